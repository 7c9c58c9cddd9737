/**
 * The company judging its contest: star ratings, private comments (company and that entry's
 * designer only), eliminating with a reason and restoring, and picking the finalists.
 */
package org.designcontest.judging;
