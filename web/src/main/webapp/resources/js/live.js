// Live updates for a signed-in page: a toast and the new unread count when a notification
// arrives, without reloading. Reconnects after a drop (not after a refusal: 1008).
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="live-url"]');
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

  function connect() {
    var socket = new WebSocket(url);
    socket.onopen = function () {
      wait = 1000;
      document.documentElement.dataset.live = 'connected'; // for styles and tests: updates will come
    };
    socket.onmessage = function (message) {
      var update = JSON.parse(message.data);
      if (update.type === 'notification') {
        toast(update);
        var count = document.getElementById('unread-count');
        if (count) {
          count.textContent = update.unread;
        }
      }
    };
    socket.onclose = function (closed) {
      document.documentElement.dataset.live = 'disconnected';
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
