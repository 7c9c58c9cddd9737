// The gallery's large view and compare view by keyboard: Escape goes back to the gallery, the arrow
// keys to the previous and next entry. Each key follows a real link of the page (data-key="…"), so
// the same works without script by Tab and Enter. Keys typed into a field (a comment, the rating's
// own arrows) are left alone.
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName)
        || (target.tagName === 'INPUT' && !/^(checkbox|radio|range|submit|button)$/.test(target.type)));
    var widget = target && /^(INPUT|BUTTON)$/.test(target.tagName);
    if (typing || (widget && event.key !== 'Escape')) {
      return;
    }
    if (!document.querySelector('[data-keys="gallery"]')) {
      return;
    }
    var link = document.querySelector('a[data-key="' + event.key + '"]');
    if (link) {
      event.preventDefault();
      window.location.assign(link.href);
    }
  });
}());
