/**
 * Who is calling, for Jakarta Security: one authentication mechanism for pages (form sign-in,
 * session, remember-me) and the API (bearer tokens; HTTP Basic only to make a token), one identity
 * store over the accounts, and the security headers every response carries. What a caller may do is
 * decided in the ejb services, never here.
 */
package org.designcontest.web.security;
