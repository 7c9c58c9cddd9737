// Forms that send an image (submit-entry.xhtml, the revision forms of my-entries.xhtml), marked
// data-upload="true": a preview of the chosen image before it goes, and a progress bar while it
// goes. The form is sent by XMLHttpRequest as a Faces ajax request (the same fields, plus the
// partial-request parameters): a refusal comes back as the form's messages (elements whose id ends
// in "Message"), copied in as text; a success is a redirect, followed by the browser, so the flash
// message shows on the next page. Without this script the forms post as they are.
// No blob: URLs (the pages' img-src is 'self' data:): the preview is a data: URL.
(function () {
  'use strict';

  function messagesOf(form) {
    return Array.prototype.filter.call(form.querySelectorAll('[id]'), function (element) {
      return /Message$/.test(element.id);
    });
  }

  function setUp(form) {
    var input = form.querySelector('input[type=file]');
    var figure = form.querySelector('.upload-preview');
    var image = form.querySelector('.upload-preview-image');
    var caption = form.querySelector('.upload-preview-name');
    var progress = form.querySelector('.upload-progress');
    var button = form.querySelector('input[type=submit]');
    var fileMessage = input && document.getElementById(input.id + 'Message');
    var maxBytes = input ? parseInt(input.getAttribute('data-max-bytes') || '0', 10) : 0;
    if (!input || !button) {
      return;
    }

    function say(element, text) {
      if (element) {
        element.textContent = text;
        element.classList.add('field-error');
      }
    }

    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      say(fileMessage, '');
      if (!file) {
        figure.hidden = true;
        image.removeAttribute('src');
        return;
      }
      caption.textContent = file.name;
      if (!/^image\//.test(file.type)) {
        figure.hidden = true;
        image.removeAttribute('src');
        return; // the server checks the content in any case and says what it takes
      }
      var reader = new FileReader();
      reader.onload = function () {
        image.src = reader.result;
        figure.hidden = false;
      };
      reader.readAsDataURL(file);
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = input.files && input.files[0];
      if (file && maxBytes && file.size > maxBytes) {
        say(fileMessage, 'The file may be at most ' + Math.round(maxBytes / 1048576) + ' MB.');
        input.focus();
        return;
      }
      var messages = messagesOf(form);
      messages.forEach(function (element) { element.textContent = ''; });
      var data = new FormData(form);
      data.append(button.name, button.value); // the pressed button, as a browser sends it
      data.append('jakarta.faces.partial.ajax', 'true');
      data.append('jakarta.faces.source', button.name);
      data.append('jakarta.faces.partial.event', 'click'); // Mojarra runs a button's action only then
      data.append('jakarta.faces.partial.execute', form.id);
      data.append('jakarta.faces.partial.render', messages.map(function (m) { return m.id; }).join(' '));
      var request = new XMLHttpRequest();
      progress.hidden = false;
      progress.value = 0;
      button.disabled = true;
      form.setAttribute('aria-busy', 'true');
      request.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          progress.value = Math.round((e.loaded / e.total) * 100);
        }
      };
      function done() {
        progress.hidden = true;
        button.disabled = false;
        form.removeAttribute('aria-busy');
      }
      request.onload = function () {
        var answer = new DOMParser().parseFromString(request.responseText || '', 'application/xml');
        var redirect = answer.querySelector('redirect');
        if (request.status === 200 && redirect) {
          window.location.assign(redirect.getAttribute('url'));
          return;
        }
        done();
        var shown = false;
        Array.prototype.forEach.call(answer.querySelectorAll('update'), function (update) {
          var id = update.getAttribute('id');
          if (id.indexOf('jakarta.faces.ViewState') >= 0) {
            var state = form.querySelector('input[name="jakarta.faces.ViewState"]');
            if (state) {
              state.value = update.textContent;
            }
            return;
          }
          var target = document.getElementById(id);
          if (!target) {
            return;
          }
          var html = new DOMParser().parseFromString(update.textContent, 'text/html');
          var text = (html.body.textContent || '').trim();
          say(target, text);
          shown = shown || text.length > 0;
        });
        if (!shown) {
          var error = answer.querySelector('error-name, error-message');
          if (window.console) {
            window.console.error('upload: unexpected answer', request.status,
              error ? answer.querySelector('error').textContent : (request.responseText || '').slice(0, 1000));
          }
          say(document.getElementById(button.id + 'Message'),
            'It was not sent (' + request.status + '). Try again.');
        }
        var first = messages.filter(function (m) { return m.textContent; })[0];
        if (first) {
          var field = document.getElementById(first.id.replace(/Message$/, ''));
          (field || button).focus();
        }
      };
      request.onerror = function () {
        done();
        say(document.getElementById(button.id + 'Message'),
          'It was not sent: the connection failed. Try again.');
      };
      request.open('POST', form.action);
      request.setRequestHeader('Faces-Request', 'partial/ajax');
      request.send(data);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-upload="true"]'), setUp);
  });
})();
