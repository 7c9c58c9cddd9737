/**
 * Moderation: what moderators do by hand, each with a reason kept in the contest's history. Here,
 * the manual award; suspensions live with accounts, cancellation with contests, and reading a
 * conversation with chat (each recorded where it happens).
 */
package org.designcontest.moderation;
