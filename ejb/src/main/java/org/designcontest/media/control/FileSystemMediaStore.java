package org.designcontest.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files in a folder given by MEDIA_DIR (server-config), named by random keys: nothing a user typed
 * becomes part of a path.
 */
@ApplicationScoped
public class FileSystemMediaStore implements MediaStore {

  @Inject
  @ConfigProperty(name = "MEDIA_DIR", defaultValue = "designcontest-media")
  String folder;

  @Override
  public String put(byte[] content) {
    String key = UUID.randomUUID().toString();
    try {
      Path file = path(key);
      Files.createDirectories(file.getParent());
      Files.write(file, content, StandardOpenOption.CREATE_NEW);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store an upload", e);
    }
  }

  @Override
  public InputStream open(String key) {
    try {
      return Files.newInputStream(path(key));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + key, e);
    }
  }

  private Path path(String key) {
    UUID.fromString(key); // only keys this store made
    return Path.of(folder).toAbsolutePath().resolve(key.substring(0, 2)).resolve(key);
  }
}
