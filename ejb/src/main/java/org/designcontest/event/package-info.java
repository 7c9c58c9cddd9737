/**
 * Domain events: what happened to a contest, published through the {@code EventPublisher} port
 * inside the business transaction and recorded, once, in the contest's event history by the
 * listener on the {@code notifications} queue.
 */
package org.designcontest.event;
