package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.layer.Layer;

/** {@code animate} and the GIF writer: frames, delays, loop, progress, cancel. */
@Tag("ui")
class AnimateCommandTest {
  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws Exception {
    ExportCli.startToolkit();
  }

  @Test
  void writesOneFramePerStepWithAPauseOnTheLast() throws Exception {
    Path out = dir.resolve("a.gif");
    ExportCli run =
        ExportCli.run(
            "animate",
            ExportCommandTest.SMALL.toString(),
            "--from",
            "2022-05-01",
            "--to",
            "2022-07-03",
            "--step",
            "7d",
            "--out",
            out.toString(),
            "--width",
            "320",
            "--height",
            "200",
            "--fps",
            "4");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("frame 10/10 2022-07-03"), run.err());
    List<Integer> delays = new ArrayList<>();
    boolean loops = false;
    try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      int n = reader.getNumImages(true);
      for (int i = 0; i < n; i++) {
        IIOMetadataNode root =
            (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode gce =
            (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
        delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
        if (i == 0) {
          loops = root.getElementsByTagName("ApplicationExtension").getLength() > 0;
        }
      }
      assertEquals(320, reader.getWidth(0));
      reader.dispose();
    }
    assertEquals(10, delays.size());
    assertEquals(List.of(25, 25, 25, 25, 25, 25, 25, 25, 25, 200), delays);
    assertTrue(loops, "the first frame carries the NETSCAPE2.0 loop extension");
  }

  @Test
  void theLastFrameShowsTheEndDateEvenOffTheStep() throws Exception {
    Path out = dir.resolve("june.gif");
    ExportCli run =
        ExportCli.run(
            "animate",
            ExportCommandTest.SMALL.toString(),
            "--from",
            "2022-06-01",
            "--to",
            "2022-07-10",
            "--step",
            "7d",
            "--out",
            out.toString(),
            "--width",
            "320",
            "--height",
            "200");
    assertEquals(0, run.exitCode(), run.err());
    List<String> frames = run.err().lines().filter(l -> l.startsWith("frame ")).toList();
    assertEquals(
        List.of(
            "frame 1/7 2022-06-01",
            "frame 2/7 2022-06-08",
            "frame 3/7 2022-06-15",
            "frame 4/7 2022-06-22",
            "frame 5/7 2022-06-29",
            "frame 6/7 2022-07-06",
            "frame 7/7 2022-07-10"),
        frames);
    try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(7, reader.getNumImages(true), "the GIF has a frame for each date");
      reader.dispose();
    }
  }

  @Test
  void cancellingLeavesNoFile() throws Exception {
    HeadlessFx.ensureStarted();
    Layer layer = Layer.read(ExportCommandTest.SMALL);
    Viewport v = Viewport.fit(Viewport.dataBox(layer), 200, 120, ExportOptions.ALL);
    ExportRequest base =
        new ExportRequest(
            layer,
            LocalDate.of(2022, 5, 1),
            -1,
            v,
            1,
            null,
            null,
            "test",
            org.situationmap.text.Messages.base());
    AnimationRequest a =
        new AnimationRequest(base, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 8, 1), 7, 4);
    Path out = dir.resolve("cancelled.gif");
    AtomicInteger frames = new AtomicInteger();
    assertThrows(
        CancellationException.class,
        () ->
            new GifAnimator(OfflineTiles.bundled())
                .write(
                    a, out, false, (done, total, d) -> frames.set(done), () -> frames.get() >= 2));
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void badStepExitsOne() {
    ExportCli run =
        ExportCli.run(
            "animate",
            ExportCommandTest.SMALL.toString(),
            "--from",
            "2022-05-01",
            "--to",
            "2022-07-03",
            "--step",
            "soon",
            "--out",
            dir.resolve("b.gif").toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }
}
