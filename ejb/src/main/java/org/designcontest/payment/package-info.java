/**
 * The prize's money. At launch the prize is held in escrow; it is released to the winner after the
 * handover, or refunded when the contest ends without one. Until payment providers come, the ledger
 * is the record of what is owed to whom.
 */
package org.designcontest.payment;
