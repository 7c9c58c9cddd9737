// Live updates for a signed-in page: a toast and the new unread count when a notification
// arrives, the unread message count in the header, without reloading. Reconnects after a drop
// (not after a refusal: 1008).
//
// One socket per page. Other scripts (chat.js) listen to it and write through it:
//   document.addEventListener('live', function (e) { e.detail /* a frame */ });
//   document.addEventListener('live-open', function () { /* (re)connected: catch up */ });
//   window.designcontestLive.send(frame) // false if the socket is not open (then use the page)
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="live-url"]');
  var live = { socket: null, send: function () { return false; }, connected: function () { return false; } };
  window.designcontestLive = live;
  if (!meta || !window.WebSocket) {
    return;
  }
  var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + meta.content;
  var wait = 1000;

  function toast(update) {
    var box = document.getElementById('toasts');
    var item = document.createElement('a');
    item.className = 'toast';
    item.href = meta.content.replace(/\/live$/, '') + update.link;
    item.textContent = update.title; // text, never markup
    box.appendChild(item);
    setTimeout(function () { item.remove(); }, 8000);
  }

  function showCount(id, count) {
    var element = document.getElementById(id);
    if (element && typeof count === 'number') {
      element.textContent = String(count);
      element.dataset.count = String(count);
    }
  }

  live.connected = function () {
    return live.socket !== null && live.socket.readyState === WebSocket.OPEN;
  };

  live.send = function (frame) {
    if (!live.connected()) {
      return false;
    }
    live.socket.send(JSON.stringify(frame));
    return true;
  };

  function connect() {
    var socket = new WebSocket(url);
    live.socket = socket;
    socket.onopen = function () {
      wait = 1000;
      document.documentElement.dataset.live = 'connected'; // for styles and tests: updates will come
      document.dispatchEvent(new CustomEvent('live-open'));
    };
    socket.onmessage = function (message) {
      var frame;
      try {
        frame = JSON.parse(message.data);
      } catch (notJson) {
        return;
      }
      if (frame.type === 'notification') {
        toast(frame);
        showCount('unread-count', frame.unread);
      } else if (frame.type === 'message' || frame.type === 'read') {
        showCount('messages-unread', frame.totalUnread);
      }
      document.dispatchEvent(new CustomEvent('live', { detail: frame }));
    };
    socket.onclose = function (closed) {
      if (live.socket === socket) {
        live.socket = null;
      }
      document.documentElement.dataset.live = 'disconnected';
      document.dispatchEvent(new CustomEvent('live-close'));
      if (closed.code !== 1008) {
        setTimeout(connect, wait);
        wait = Math.min(wait * 2, 30000);
      }
    };
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', connect);
  } else {
    connect();
  }
}());
