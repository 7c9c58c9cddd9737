/**
 * Outgoing email. Services put mail in the outbox inside their transaction; a sweep on every
 * instance hands due mail to the SMTP server (mail/designcontest), retrying with backoff, so
 * nothing is lost while the server is down and a rolled-back request sends nothing.
 */
package org.designcontest.mail;
