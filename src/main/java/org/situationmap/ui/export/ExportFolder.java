package org.situationmap.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.situationmap.ui.common.Settings;

/**
 * The folder the export save dialogs start in: the one the last export went to (kept in the
 * settings), else the person's pictures folder (as the desktop names it in {@code
 * ~/.config/user-dirs.dirs}, else {@code ~/Pictures}), else their home; never the folder of the
 * data. FX thread (it reads and writes the settings).
 */
public final class ExportFolder {
  /** The settings key that remembers the folder of the last export. */
  static final String SETTING = "exportFolder";

  private static final String XDG_PICTURES = "XDG_PICTURES_DIR=";

  /** The pictures folder when the desktop names none (freedesktop.org's default). */
  private static final String DEFAULT_PICTURES = "$HOME/Pictures";

  private final Settings settings;
  private final Path home;

  /** The folder for a person whose home is {@code home}, remembered in {@code settings}. */
  public ExportFolder(Settings settings, Path home) {
    this.settings = settings;
    this.home = home;
  }

  /** The folder for the person running the app ({@code user.home}). */
  public static ExportFolder of(Settings settings) {
    return new ExportFolder(settings, Path.of(System.getProperty("user.home")));
  }

  /** Where the next save dialog starts; empty when not even the home folder exists. */
  Optional<Path> initial() {
    return remembered().or(this::pictures).or(() -> folder(home));
  }

  /** Remembers the folder of a file just chosen for an export. */
  void remember(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      settings.put(SETTING, folder.toString());
      settings.save();
    }
  }

  private Optional<Path> remembered() {
    return settings.get(SETTING).flatMap(ExportFolder::path).flatMap(ExportFolder::folder);
  }

  private Optional<Path> pictures() {
    String named = DEFAULT_PICTURES;
    Path dirs = home.resolve(".config").resolve("user-dirs.dirs");
    if (Files.isRegularFile(dirs)) {
      try {
        for (String line : Files.readAllLines(dirs)) {
          String l = line.strip();
          if (l.startsWith(XDG_PICTURES)) {
            named = l.substring(XDG_PICTURES.length()).replace("\"", "");
          }
        }
      } catch (IOException | RuntimeException unreadable) {
        // a desktop file we cannot read: the default name
      }
    }
    return path(named.replace("$HOME", home.toString())).flatMap(ExportFolder::folder);
  }

  private static Optional<Path> path(String text) {
    try {
      return Optional.of(Path.of(text));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> folder(Path path) {
    return path.isAbsolute() && Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }
}
