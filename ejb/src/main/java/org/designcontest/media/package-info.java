/**
 * Uploaded files: checked by their content, stored through one interface (a folder on disk for
 * now), never under the web root, and served only through the services that decide who may see
 * them.
 */
package org.designcontest.media;
