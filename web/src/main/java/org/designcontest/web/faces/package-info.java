/** Jakarta Faces backing beans ({@code *Backing}), one package per component. */
package org.designcontest.web.faces;
