package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.testing.AppHarness;

/**
 * The program as people start it — a fresh JVM running {@link Launcher}, in a working folder that
 * holds no data — says nothing on stderr that is not for them: no JavaFX "Unsupported JavaFX
 * configuration" warning from {@code export}, {@code animate} or the app's start, which opens the
 * bundled layer from its resources.
 */
@Tag("ui")
class LauncherStderrTest {
  private static final long TIMEOUT_SECONDS = 120;
  @TempDir Path dir;

  /** What a run of the launcher gave. */
  private record Run(int exitCode, String out, String err) {}

  private Run launch(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dsituationmap.network=off");
    command.add("-Dsituationmap.settings=" + dir.resolve("settings.properties"));
    command.addAll(jvmOptions);
    command.add(Launcher.class.getName());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not end within " + TIMEOUT_SECONDS + " s");
    }
    return new Run(process.exitValue(), read(out), read(err));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String small() {
    return AppHarness.resource("/app/small.geojson").toString();
  }

  @Test
  void exportAndAnimateWriteNothingToStderr() throws Exception {
    Run export =
        launch(
            List.of(),
            "export",
            small(),
            "--date",
            "2022-06-26",
            "--out",
            "small.png",
            "--width",
            "320",
            "--height",
            "200");
    assertEquals(0, export.exitCode(), export.err());
    assertEquals("", export.err());
    assertTrue(Files.isRegularFile(dir.resolve("small.png")));

    Run animate =
        launch(
            List.of(),
            "animate",
            small(),
            "--from",
            "2022-06-19",
            "--to",
            "2022-06-26",
            "--out",
            "small.gif",
            "--width",
            "320",
            "--height",
            "200");
    assertEquals(0, animate.exitCode(), animate.err());
    assertEquals("frame 1/2 2022-06-19\nframe 2/2 2022-06-26\n", animate.err());
  }

  @Test
  void theAppStartsWithoutTheWarningOnTheBundledLayerFromAnotherFolder() throws Exception {
    Path shot = dir.resolve("window.png");
    Run app =
        launch(
            List.of(
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-Dsituationmap.screenshot=" + shot,
                "-Dsituationmap.screenshot.delay=3000"),
            "--date",
            "2022-06-26");
    assertEquals(0, app.exitCode(), app.err());
    assertFalse(app.err().contains("Unsupported JavaFX configuration"), app.err());
    assertFalse(app.err().contains("WARNING"), app.err());
    assertTrue(Files.isRegularFile(shot), app.out() + app.err());
    assertTrue(
        countNear(ImageIO.read(shot.toFile()), 0xD55E00) > 200,
        "the bundled layer's Russian-held places are drawn");
  }

  /** Pixels within a few levels of {@code rgb}. */
  private static int countNear(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        boolean near = true;
        for (int shift = 0; shift <= 16; shift += 8) {
          near &= Math.abs(((p >> shift) & 0xFF) - ((rgb >> shift) & 0xFF)) <= 6;
        }
        count += near ? 1 : 0;
      }
    }
    return count;
  }
}
