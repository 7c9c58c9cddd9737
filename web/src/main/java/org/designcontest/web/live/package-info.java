/**
 * Live updates in open pages over WebSocket: toasts and unread counts of notifications. Every
 * instance subscribes to the {@code live} JMS topic and relays what it hears to its own sessions,
 * so a person sees it whichever instance did the work (ARCHITECTURE.md decision 5).
 */
package org.designcontest.web.live;
