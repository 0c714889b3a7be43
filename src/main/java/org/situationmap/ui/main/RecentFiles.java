package org.situationmap.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.ui.common.Settings;

/** The most recently opened files, newest first, kept in the preferences. */
public final class RecentFiles {
  static final int MAX = 8;
  private final Settings settings;

  /** Creates the list over the preferences. */
  public RecentFiles(Settings settings) {
    this.settings = settings;
  }

  /** The files, newest first. */
  public List<Path> list() {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < MAX; i++) {
      settings.get("recent." + i).map(Path::of).ifPresent(out::add);
    }
    return out;
  }

  /** Puts a file first (removing an older mention) and saves. */
  public void add(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>(list());
    files.remove(abs);
    files.add(0, abs);
    for (int i = 0; i < MAX; i++) {
      settings.put("recent." + i, i < files.size() ? files.get(i).toString() : null);
    }
    settings.put("lastFile", abs.toString());
    settings.save();
  }
}
