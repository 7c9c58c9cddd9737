// The messages page, live: new messages and read receipts from the page's one live socket
// (live.js), text sent as a `send` frame (or by the page's form when the socket is down), files
// by the form through XMLHttpRequest (for its progress), the open conversation marked read while
// it is on screen, older messages and what a reconnect missed fetched as pages of this page.
//
// Text from people is only ever set as textContent; links are made with createElement.
(function () {
  'use strict';

  var LINK = /\bhttps?:\/\/[^\s<>"]+/g;
  var TRAILING = /[.,;:!?)\]}'"]+$/;

  function ready(start) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
    } else {
      start();
    }
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  /** Fills `target` with `text`, its http(s) URLs as links and nothing else as markup. */
  function linkify(target, text) {
    target.textContent = '';
    var at = 0;
    text.replace(LINK, function (found, index) {
      var url = found.replace(TRAILING, '');
      target.appendChild(document.createTextNode(text.slice(at, index)));
      var link = element('a', null, url);
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer nofollow ugc';
      target.appendChild(link);
      at = index + url.length;
      return found;
    });
    target.appendChild(document.createTextNode(text.slice(at)));
  }

  var TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  function showTime(time) {
    var when = new Date(time.getAttribute('datetime'));
    if (!isNaN(when.getTime())) {
      time.textContent = TIME.format(when);
    }
  }

  ready(function () {
    var chat = document.getElementById('chat');
    if (!chat) {
      return;
    }
    var live = window.designcontestLive;
    var conversationId = Number(chat.dataset.conversationId) || null;
    var side = chat.dataset.side;
    var readUpTo = Number(chat.dataset.readUpTo) || 0;
    var otherReadUpTo = Number(chat.dataset.otherReadUpTo) || 0;
    var page = chat.dataset.page;
    var attachments = chat.dataset.attachments;
    var list = document.getElementById('messages');
    var status = document.getElementById('chat-status');
    var form = document.getElementById('compose');
    var body = document.getElementById('message-body');
    var files = document.getElementById('message-file');
    var preview = document.getElementById('file-preview');
    var progress = document.getElementById('upload-progress');
    var problem = document.getElementById('send-problem');
    var clientKey = document.getElementById('client-key');
    var pending = {}; // clientKey -> the element shown until its message comes back
    var catchingUp = false;
    var again = false; // asked to catch up while catching up

    // what the server rendered: local times, links in the text
    Array.prototype.forEach.call(chat.querySelectorAll('.message time'), showTime);
    Array.prototype.forEach.call(chat.querySelectorAll('.message .text'), function (text) {
      linkify(text, text.textContent);
    });

    function messages() {
      return list ? list.querySelectorAll('.message[data-message-id]') : [];
    }

    function lastId() {
      var all = messages();
      return all.length ? Number(all[all.length - 1].dataset.messageId) : 0;
    }

    function lastFromOtherSide() {
      var all = messages();
      for (var i = all.length - 1; i >= 0; i--) {
        if (all[i].dataset.from !== side) {
          return Number(all[i].dataset.messageId);
        }
      }
      return 0;
    }

    function attachmentUrl(message, attachment, size) {
      return attachments + '?conversation=' + encodeURIComponent(message.conversationId)
        + '&id=' + encodeURIComponent(attachment.id) + (size ? '&size=' + size : '');
    }

    /** A message as the page renders it (messages.xhtml), from a frame's JSON. */
    function render(message) {
      var mine = message.from === side;
      var item = element('li', 'message ' + (mine ? 'mine' : 'theirs'));
      item.dataset.messageId = String(message.id);
      item.dataset.from = message.from;
      var meta = element('p', 'meta');
      meta.appendChild(element('span', 'sender', message.sender));
      meta.appendChild(document.createTextNode(' '));
      var time = element('time');
      time.setAttribute('datetime', message.sentAt);
      showTime(time);
      meta.appendChild(time);
      item.appendChild(meta);
      if (message.body) {
        var text = element('div', 'text');
        linkify(text, message.body);
        item.appendChild(text);
      }
      if (message.attachments && message.attachments.length) {
        var box = element('div', 'attachments');
        message.attachments.forEach(function (attachment) {
          var link = element('a');
          link.href = attachmentUrl(message, attachment);
          if (/^image\//.test(attachment.contentType)) {
            link.className = 'attachment image';
            link.target = '_blank';
            link.rel = 'noopener';
            var image = element('img');
            image.src = attachmentUrl(message, attachment, 'grid');
            image.alt = attachment.fileName;
            image.loading = 'lazy';
            link.appendChild(image);
          } else {
            link.className = 'attachment file';
            link.download = attachment.fileName;
            link.textContent = attachment.fileName;
          }
          box.appendChild(link);
        });
        item.appendChild(box);
      }
      if (mine) {
        item.appendChild(element('span', 'tick', message.id <= otherReadUpTo ? 'Read' : 'Sent'));
      }
      return item;
    }

    /** The thread scrolls in its own box on a laptop, with the page on a phone. */
    function scrollsItself() {
      return list && list.scrollHeight > list.clientHeight && getComputedStyle(list).overflowY !== 'visible';
    }

    function nearBottom() {
      if (scrollsItself()) {
        return list.scrollTop + list.clientHeight >= list.scrollHeight - 80;
      }
      return window.innerHeight + window.scrollY >= document.body.scrollHeight - 120;
    }

    function scrollToEnd() {
      if (!list || !list.lastElementChild) {
        return;
      }
      if (scrollsItself()) {
        list.scrollTop = list.scrollHeight;
      } else {
        list.lastElementChild.scrollIntoView({ block: 'end' });
      }
    }

    /** Puts a message in its place by id, once (a frame and a catch-up may bring the same one). */
    function add(item) {
      var id = Number(item.dataset.messageId);
      if (list.querySelector('.message[data-message-id="' + id + '"]')) {
        return false;
      }
      var all = messages();
      var next = null;
      for (var i = all.length - 1; i >= 0 && Number(all[i].dataset.messageId) > id; i--) {
        next = all[i];
      }
      list.insertBefore(item, next || firstPending());
      var empty = document.getElementById('chat-empty');
      if (empty) {
        empty.remove();
      }
      return true;
    }

    /** The open conversation in the list says so to screen readers too. */
    function markCurrent() {
      Array.prototype.forEach.call(document.querySelectorAll('#conversations .conversation.current a'), function (a) {
        a.setAttribute('aria-current', 'page');
      });
    }

    function firstPending() {
      return list.querySelector('.message.pending');
    }

    function showTicks() {
      Array.prototype.forEach.call(list ? list.querySelectorAll('.message.mine[data-message-id]') : [], function (item) {
        var tick = item.querySelector('.tick');
        if (tick) {
          tick.textContent = Number(item.dataset.messageId) <= otherReadUpTo ? 'Read' : 'Sent';
        }
      });
    }

    function setBadge(id, unread) {
      var item = document.querySelector('#conversations [data-conversation-id="' + id + '"] .badge');
      if (item && typeof unread === 'number') {
        item.dataset.count = String(unread);
        item.firstChild.nodeValue = String(unread);
        return true;
      }
      return !!item;
    }

    /** Tells the server the open conversation was read, when it is on screen and has news. */
    function markRead() {
      if (!conversationId || document.visibilityState !== 'visible') {
        return;
      }
      var upTo = lastFromOtherSide();
      if (upTo > readUpTo && live.send({ type: 'read', conversationId: conversationId, upTo: upTo })) {
        readUpTo = upTo;
      }
    }

    /**
     * The form posts from the view of a fetched copy of this page: its view state, and the nonce
     * PrimeFaces checks on a postback that renders (docs/faces.md), which belongs to that view.
     */
    function adoptView(doc) {
      var state = doc.querySelector('#compose input[name="jakarta.faces.ViewState"]');
      var mine = form && form.querySelector('input[name="jakarta.faces.ViewState"]');
      if (!state || !mine) {
        return;
      }
      mine.value = state.value;
      var script = doc.querySelector('script[nonce]');
      var nonce = form.querySelector('input[name="primefaces.nonce"]');
      if (script && nonce && script.getAttribute('nonce')) {
        nonce.value = script.getAttribute('nonce');
      }
    }

    /** Another rendering of this page (older messages, what a reconnect missed), parsed, not run. */
    function fetchPage(query) {
      return fetch(page + '?' + query, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          // The session keeps a few views of a page: the form posts from the newest, so that
          // fetching pages never makes it expire.
          adoptView(doc);
          return doc;
        });
    }

    function adopt(item) {
      var copy = document.importNode(item, true);
      Array.prototype.forEach.call(copy.querySelectorAll('time'), showTime);
      Array.prototype.forEach.call(copy.querySelectorAll('.text'), function (text) {
        linkify(text, text.textContent);
      });
      return copy;
    }

    /**
     * Brings the list up to date from a fetched copy without replacing what is there (a reader's
     * focus and the elements stay): counts change in place, new conversations go on top.
     */
    function mergeList(fresh) {
      var mine = document.getElementById('conversations');
      if (!fresh || !mine) {
        return;
      }
      var added = [];
      Array.prototype.forEach.call(fresh.querySelectorAll('li[data-conversation-id]'), function (item) {
        var badge = item.querySelector('.badge');
        if (!setBadge(item.dataset.conversationId, badge ? Number(badge.dataset.count) : undefined)) {
          added.push(document.importNode(item, true));
        }
      });
      added.reverse().forEach(function (item) { mine.insertBefore(item, mine.firstElementChild); });
      var none = document.querySelector('.chat-list .empty');
      if (none && mine.querySelector('li')) {
        none.remove();
      }
    }

    function catchUp() {
      if (catchingUp) {
        again = true;
        return;
      }
      catchingUp = true;
      again = false;
      var after = lastId();
      fetchPage(conversationId ? 'conversation=' + conversationId + (after ? '&after=' + after : '') : '')
        .then(function (doc) {
          var bottom = list && nearBottom();
          Array.prototype.forEach.call(list ? doc.querySelectorAll('#messages .message[data-message-id]') : [], function (item) {
            add(adopt(item));
          });
          var other = doc.getElementById('chat');
          if (other) {
            otherReadUpTo = Math.max(otherReadUpTo, Number(other.dataset.otherReadUpTo) || 0);
          }
          mergeList(doc.getElementById('conversations'));
          showTicks();
          if (bottom) {
            scrollToEnd();
          }
          markRead();
          catchingUp = false;
          if (again || (after && other && other.dataset.newer === 'true')) {
            catchUp(); // asked again meanwhile, or more than a page was missed
          }
        })
        .catch(function () { catchingUp = false; });
    }

    function older(event) {
      var link = event.target.closest('#older');
      if (!link) {
        return;
      }
      event.preventDefault();
      var first = list.querySelector('.message[data-message-id]');
      link.setAttribute('aria-busy', 'true');
      fetchPage(link.href.split('?')[1]).then(function (doc) {
        var inBox = scrollsItself();
        var height = inBox ? list.scrollHeight : document.body.scrollHeight;
        var items = doc.querySelectorAll('#messages .message[data-message-id]');
        Array.prototype.forEach.call(items, function (item) { add(adopt(item)); });
        showTicks();
        if (inBox) { // keep what was read in place
          list.scrollTop += list.scrollHeight - height;
        } else {
          window.scrollBy(0, document.body.scrollHeight - height);
        }
        var next = doc.getElementById('older');
        if (next) {
          link.href = next.href;
          link.removeAttribute('aria-busy');
        } else {
          link.remove();
        }
        status.textContent = items.length + ' older messages loaded.';
        if (first) { // the keyboard stays where the reader was
          first.setAttribute('tabindex', '-1');
          first.focus({ preventScroll: true });
        }
      }).catch(function () {
        link.removeAttribute('aria-busy');
        window.location.href = link.href;
      });
    }

    function onMessage(frame) {
      var known = setBadge(frame.conversationId, frame.unread);
      if (!known) {
        catchUp(); // a new conversation: the list comes with the page
      }
      if (frame.conversationId !== conversationId || !list) {
        return;
      }
      var message = frame.message;
      var bottom = nearBottom();
      var item = render(message);
      var waiting = message.clientKey && pending[message.clientKey];
      if (waiting) {
        delete pending[message.clientKey];
        waiting.remove();
      }
      if (add(item)) {
        if (message.from !== side) {
          status.textContent = 'New message from ' + message.sender;
        }
        if (bottom || waiting) {
          scrollToEnd();
        }
      }
      markRead();
    }

    function onRead(frame) {
      setBadge(frame.conversationId, frame.unread);
      if (frame.conversationId !== conversationId) {
        return;
      }
      if (frame.side === side) {
        readUpTo = Math.max(readUpTo, frame.upTo);
      } else if (frame.upTo > otherReadUpTo) {
        otherReadUpTo = frame.upTo;
        showTicks();
      }
    }

    function onError(frame) {
      // an error without a ref (the server failed, not the frame) concerns whatever is on its way
      var keys = frame.ref ? [frame.ref] : frame.status >= 500 ? Object.keys(pending) : [];
      keys.forEach(function (key) {
        var waiting = pending[key];
        if (!waiting) {
          return;
        }
        delete pending[key];
        waiting.remove();
        if (!body.value) {
          body.value = waiting.dataset.body;
        }
        problem.textContent = frame.detail || 'The message was not sent.';
      });
    }

    document.addEventListener('live', function (event) {
      var frame = event.detail;
      if (frame.type === 'message') {
        onMessage(frame);
      } else if (frame.type === 'read') {
        onRead(frame);
      } else if (frame.type === 'error') {
        onError(frame);
      }
    });
    // on every (re)connect: what came between the page (or the drop) and now, then read it
    document.addEventListener('live-open', catchUp);
    document.addEventListener('visibilitychange', markRead);
    markCurrent();

    if (!list) {
      return; // no conversation open: the list only
    }
    document.addEventListener('click', older);
    scrollToEnd();

    // choosing files: what will go, images as pictures (data: URLs, which the CSP allows)
    files.addEventListener('change', function () {
      preview.textContent = '';
      problem.textContent = '';
      Array.prototype.forEach.call(files.files, function (file) {
        var item = element('li');
        if (/^image\/(png|jpeg|webp)$/.test(file.type)) {
          var image = element('img');
          image.alt = 'Preview of ' + file.name;
          var reader = new FileReader();
          reader.onload = function () { image.src = reader.result; };
          reader.readAsDataURL(file);
          item.appendChild(image);
        }
        item.appendChild(element('span', 'file-name', file.name));
        preview.appendChild(item);
      });
    });

    function sendByForm() {
      var request = new XMLHttpRequest();
      var data = new FormData(form);
      data.append('send', 'Send'); // the pressed button, as a browser sends it
      progress.hidden = false;
      progress.value = 0;
      form.setAttribute('aria-busy', 'true');
      request.upload.onprogress = function (event) {
        if (event.lengthComputable) {
          progress.value = Math.round((event.loaded / event.total) * 100);
        }
      };
      request.onload = function () {
        progress.hidden = true;
        form.removeAttribute('aria-busy');
        var answer = new DOMParser().parseFromString(request.responseText || '', 'text/html');
        var errors = Array.prototype.map.call(
          answer.querySelectorAll('#message-body-error, #message-file-error'),
          function (e) { return e.textContent.trim(); }
        ).filter(Boolean);
        if (request.status >= 400 || errors.length) {
          problem.textContent = errors.join(' ') || 'The message was not sent (' + request.status + ').';
          return;
        }
        adoptView(answer); // the page the answer redirected to: the next message goes from there
        form.reset();
        preview.textContent = '';
        clientKey.value = '';
        catchUp(); // the frame usually came first; if the socket is down this shows it
      };
      request.onerror = function () {
        progress.hidden = true;
        form.removeAttribute('aria-busy');
        problem.textContent = 'The message was not sent: the connection failed. Try again.';
      };
      request.open('POST', form.action);
      request.send(data);
    }

    function sendByFrame(text) {
      var key = uuid();
      var shown = element('li', 'message mine pending');
      shown.dataset.body = text;
      var content = element('div', 'text');
      linkify(content, text);
      shown.appendChild(content);
      shown.appendChild(element('span', 'tick', 'Sending…'));
      if (!live.send({ type: 'send', conversationId: conversationId, body: text, clientKey: key })) {
        return false;
      }
      pending[key] = shown;
      list.appendChild(shown);
      var empty = document.getElementById('chat-empty');
      if (empty) {
        empty.remove();
      }
      scrollToEnd();
      return true;
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      problem.textContent = '';
      var text = body.value.trim();
      var chosen = files.files && files.files.length > 0;
      var tooMany = chosen && files.files.length > 5;
      var tooLarge = chosen && Array.prototype.some.call(files.files, function (f) { return f.size > 10 * 1024 * 1024; });
      if (tooMany || tooLarge) {
        problem.textContent = tooMany ? 'Send at most 5 files at once.' : 'Each file may have at most 10 MB.';
        files.focus();
        return;
      }
      if (!text && !chosen) {
        problem.textContent = 'Write a message or choose a file.';
        body.focus();
        return;
      }
      if (!chosen && sendByFrame(text)) {
        body.value = '';
        body.focus();
        return;
      }
      clientKey.value = uuid(); // a retry of the same form is stored once
      sendByForm();
    });

    // Ctrl+Enter (or Cmd+Enter) sends; Enter alone makes a new line
    body.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit(document.getElementById('send'));
      }
    });
  });
}());
