/**
 * People and the companies they work for. For now only what the contest draft needs; sign-up,
 * login, tokens and invitations come with the security issue.
 */
package org.designcontest.account;
