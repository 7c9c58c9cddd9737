/**
 * The moderators' pages: accounts to suspend or restore, contests to cancel or award by hand, and a
 * contest's history. Thin: every rule, role and refusal is the services' (account, contest,
 * moderation); the pages show what they answer.
 */
package org.designcontest.web.faces.moderation;
