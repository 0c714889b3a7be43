package org.situationmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.situationmap.text.Messages;

/** Preferences survive a corrupt file: reset to defaults with a notice, and saved again. */
class SettingsTest {
  @TempDir Path dir;

  static Stream<Arguments> corrupt() {
    return Stream.of(
        Arguments.of("invalid \\u escape", "basemap=osm\nlast.file=\\uZZZZ\n".getBytes()),
        Arguments.of("not UTF-8", new byte[] {'b', '=', (byte) 0xFF, (byte) 0xFE, '\n'}),
        Arguments.of("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, '\\', 'u', '1'}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corrupt")
  void aCorruptFileIsResetWithANotice(String what, byte[] content) throws Exception {
    Path file = dir.resolve("settings.properties");
    Files.write(file, content);

    Settings settings = Settings.load(file);

    assertEquals(
        Optional.of("Preferences in settings.properties could not be read and were reset."),
        settings.resetNotice().map(Messages.of(Locale.ENGLISH)::format));
    assertEquals(Optional.empty(), settings.get("basemap"), "defaults, nothing half-read");
    assertEquals(2.5, settings.getDouble("speed", 2.5));
    settings.put("basemap", "offline");
    settings.save();
    Settings again = Settings.load(file);
    assertEquals(Optional.empty(), again.resetNotice(), "the saved file reads cleanly");
    assertEquals(Optional.of("offline"), again.get("basemap"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corrupt")
  void savingLeavesNoTemporaryFiles(String what, byte[] content) throws Exception {
    Path file = dir.resolve("settings.properties");
    Files.write(file, content);
    Settings settings = Settings.load(file);
    settings.put("speed", "not a number");
    settings.save();
    assertEquals(4.0, Settings.load(file).getDouble("speed", 4.0), "a bad number falls back");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
    assertTrue(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("speed="));
  }
}
