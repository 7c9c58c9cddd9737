/**
 * Designers' entries: submitted while a contest is open (an image checked by its content, its
 * SHA-256 recorded), at most five live per designer, withdrawn by their designer. Blind and
 * anonymous in the queries: a designer sees only their own entries and the count; the company sees
 * pseudonyms.
 */
package org.designcontest.entry;
