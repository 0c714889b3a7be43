package org.situationmap.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.ui.common.Settings;

/**
 * Where the export save dialogs start: the last export's folder while it exists, else the pictures
 * folder the desktop names, else {@code ~/Pictures}, else home.
 */
class ExportFolderTest {
  @TempDir Path home;

  private ExportFolder folder() {
    return new ExportFolder(Settings.load(home.resolve("settings.properties")), home);
  }

  @Test
  void homeWhenThereIsNoPicturesFolder() {
    assertEquals(Optional.of(home), folder().initial());
  }

  @Test
  void thePicturesFolderByItsUsualName() throws Exception {
    Path pictures = Files.createDirectories(home.resolve("Pictures"));
    assertEquals(Optional.of(pictures), folder().initial());
  }

  @Test
  void thePicturesFolderAsTheDesktopNamesIt() throws Exception {
    Files.createDirectories(home.resolve("Pictures"));
    Path bilder = Files.createDirectories(home.resolve("Bilder"));
    Files.createDirectories(home.resolve(".config"));
    Files.writeString(
        home.resolve(".config").resolve("user-dirs.dirs"),
        "# written by xdg-user-dirs-update\nXDG_PICTURES_DIR=\"$HOME/Bilder\"\n");
    assertEquals(Optional.of(bilder), folder().initial());
  }

  @Test
  void theLastExportsFolderWhileItExists() throws Exception {
    Files.createDirectories(home.resolve("Pictures"));
    Path reports = Files.createDirectories(home.resolve("reports"));
    folder().remember(reports.resolve("map.png"));
    assertEquals(Optional.of(reports), folder().initial(), "remembered in the settings file");
    Files.delete(reports);
    assertEquals(Optional.of(home.resolve("Pictures")), folder().initial());
  }
}
