package org.designcontest.media.control;

import java.io.InputStream;

/** Where uploaded files live; an object store can implement it later. */
public interface MediaStore {

  /** Stores the bytes under a new key and returns the key. */
  String put(byte[] content);

  /** The stored bytes; the caller closes the stream. */
  InputStream open(String key);
}
