/**
 * Newsletters: the weekly digest of open contests for designers and announcements written by staff,
 * sent by a restartable batch job through the {@code newsletters} queue, exactly once per
 * recipient, each with a one-click unsubscribe.
 */
package org.designcontest.newsletter;
