/*
 * The contest page's countdown: ticks the time left until the deadline that the server wrote as an
 * absolute time (<time datetime>) and as words ("6 days 23 hours left"). Progressive enhancement only:
 * without this script the page still says both. Same wording as ContestWords.left on the server.
 * Not a live region: a screen reader reads it when it gets there, not every second.
 */
(function () {
  'use strict';

  function count(n, unit) {
    return n + ' ' + unit + (n === 1 ? '' : 's');
  }

  function left(millis) {
    if (millis <= 0) {
      return 'the deadline has passed';
    }
    var seconds = Math.floor(millis / 1000);
    var days = Math.floor(seconds / 86400);
    var hours = Math.floor((seconds % 86400) / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var text;
    if (days > 0) {
      text = count(days, 'day') + ' ' + count(hours, 'hour');
    } else if (hours > 0) {
      text = count(hours, 'hour') + ' ' + count(minutes, 'minute');
    } else if (minutes > 0) {
      text = count(minutes, 'minute') + ' ' + count(seconds % 60, 'second');
    } else {
      text = count(seconds, 'second');
    }
    return text + ' left';
  }

  function start() {
    var clocks = Array.prototype.slice.call(document.querySelectorAll('.countdown-left[data-deadline]'));
    if (clocks.length === 0) {
      return;
    }
    function tick() {
      var now = Date.now();
      clocks.forEach(function (clock) {
        var at = Date.parse(clock.getAttribute('data-deadline'));
        if (!isNaN(at)) {
          clock.textContent = left(at - now);
          clock.setAttribute('data-ticking', 'true');
        }
      });
    }
    tick();
    window.setInterval(tick, 1000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
