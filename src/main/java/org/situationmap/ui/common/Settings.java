package org.situationmap.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.situationmap.text.Message;

/**
 * The person's preferences (basemap, last file, window geometry, playback speed), kept in a small
 * properties file and written atomically. A corrupt file is reset, and {@link #resetNotice()} says
 * so. Not thread-safe: use from the FX thread.
 */
public final class Settings {
  /** System property naming the settings file (tests point it at a temporary directory). */
  public static final String FILE_PROPERTY = "situationmap.settings";

  private static final Logger LOG = Logger.getLogger(Settings.class.getName());
  private final Path file;
  private final Properties values = new Properties();
  private Message resetNotice;

  private Settings(Path file) {
    this.file = file;
  }

  /** Loads the settings from their default place (or the system property's). */
  public static Settings load() {
    String override = System.getProperty(FILE_PROPERTY);
    Path file =
        override != null
            ? Path.of(override)
            : Path.of(
                System.getProperty("user.home"), ".config", "situation-map", "settings.properties");
    return load(file);
  }

  /** Loads the settings from a file; a missing file gives defaults, a corrupt one is reset. */
  public static Settings load(Path file) {
    Settings s = new Settings(file);
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        s.values.load(r);
      } catch (IOException | IllegalArgumentException e) {
        s.values.clear();
        s.resetNotice = Message.of("settings.reset", "file", file.getFileName().toString());
        LOG.log(Level.WARNING, "resetting unreadable settings " + file, e);
      }
    }
    return s;
  }

  /** A message for the status bar when the file was corrupt and reset; empty otherwise. */
  public Optional<Message> resetNotice() {
    return Optional.ofNullable(resetNotice);
  }

  /** A string value. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key));
  }

  /** A number, or the default when missing or not a number. */
  public double getDouble(String key, double fallback) {
    try {
      return get(key).map(Double::parseDouble).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** A boolean value ("true" or "false"), or the fallback when unset or unreadable. */
  public boolean getBoolean(String key, boolean fallback) {
    return get(key)
        .filter(v -> v.equals("true") || v.equals("false"))
        .map(Boolean::parseBoolean)
        .orElse(fallback);
  }

  /** Sets a value (null removes it); call {@link #save()} to persist. */
  public void put(String key, String value) {
    if (value == null) {
      values.remove(key);
    } else {
      values.setProperty(key, value);
    }
  }

  /** Writes the file atomically; failures are logged, never thrown (preferences are not data). */
  public void save() {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "settings", ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        values.store(w, null);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not save settings to " + file, e);
    }
  }
}
