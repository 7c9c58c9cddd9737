/**
 * What every component stands on: the schema migration at startup, the clock, the business
 * exceptions that the transports map to HTTP statuses and page messages, and the readiness checks
 * operations watch.
 */
package org.designcontest.platform;
