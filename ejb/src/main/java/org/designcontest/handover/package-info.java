/**
 * The handover after the winner is chosen: the winner uploads the final files and accepts the
 * transfer of rights, the company approves (or the platform does, 5 days later), and the prize is
 * released to the winner. The winner's identity is revealed to the company here.
 */
package org.designcontest.handover;
