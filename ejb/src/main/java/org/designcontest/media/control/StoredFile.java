package org.designcontest.media.control;

/**
 * An upload once checked and stored: where it is, what it is, and its SHA-256 fingerprint (hex),
 * recorded at upload to settle "who was first".
 */
public record StoredFile(String mediaKey, String contentType, long sizeBytes, String sha256) {}
