/**
 * Contests: the brief and prize a company announces, and the stage the contest is in. For now a
 * company can save a draft; the rest of the lifecycle arrives with the lifecycle issue.
 */
package org.designcontest.contest;
