/**
 * Chat: a conversation per contest and designer between the company's staff, who speak as the
 * company, and that designer, who stays pseudonymous to the company until revealed as the winner.
 * Text and files (images, PDF), delivered live to every open page of both sides through the {@code
 * live} topic, paged history, a read position per side, unread counts, and a notification when
 * messages stay unread. Who may read and write is decided here, in the queries (docs/chat.md).
 */
package org.designcontest.chat;
