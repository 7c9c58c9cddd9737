/**
 * The messages page: the caller's conversations, the open one with its messages and the form that
 * sends to it, and its attachments (the page's session cannot use the API, which takes tokens).
 */
package org.designcontest.web.faces.chat;
