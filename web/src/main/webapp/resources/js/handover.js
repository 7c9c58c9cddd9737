/*
 * The handover page (handover.xhtml). PrimeFaces' file upload previews a chosen image by loading it
 * from a blob: address into a canvas, which the pages' Content-Security-Policy refuses (img-src 'self'
 * data:). Its list shows the file's name, size and progress instead: no preview is tried.
 */
document.addEventListener('DOMContentLoaded', function () {
  if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.FileUpload) {
    PrimeFaces.widget.FileUpload.prototype.IMAGE_TYPES = /^$/;
  }
});
