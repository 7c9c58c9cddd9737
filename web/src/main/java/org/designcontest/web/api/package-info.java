/**
 * The REST API for external systems, under {@code /api}: thin resources that parse and validate a
 * request, call one service and map the result; errors leave as RFC 9457 problem+json.
 */
package org.designcontest.web.api;
