package dev.entente.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder the format examples write their files to. */
final class OutputFolder {
  private OutputFolder() {}

  /** Returns the folder, made with its parents if it does not exist. */
  static Path created(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
