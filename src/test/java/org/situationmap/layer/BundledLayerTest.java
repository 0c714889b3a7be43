package org.situationmap.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled layer and its README are resources: the program finds them through its class loader,
 * whatever the working folder, whether it runs from the build's classes or from its jar.
 */
class BundledLayerTest {
  private static final Path REPO_LAYER = Path.of("data", "donbas.geojson");
  private static final Path REPO_README = Path.of("data", "README.md");
  @TempDir Path dir;

  @Test
  void theProgramFindsItsLayerAmongItsResourcesNotInTheWorkingFolder() throws Exception {
    BundledLayer bundled = BundledLayer.standard();
    Path file = bundled.file().orElseThrow();

    assertTrue(file.isAbsolute(), file::toString);
    assertNotEquals(REPO_LAYER.toAbsolutePath(), file, "not the working folder's copy");
    assertArrayEquals(Files.readAllBytes(REPO_LAYER), Files.readAllBytes(file), "the same data");
    Layer layer = Layer.read(file);
    assertEquals(0, layer.skipped());
    assertFalse(layer.coverage().isEmpty());
    assertTrue(bundled.isBundled(file));
    assertFalse(bundled.isBundled(REPO_LAYER.toAbsolutePath()));
    assertEquals(Files.readString(REPO_README), bundled.readme().orElseThrow());
  }

  @Test
  void anInstalledJarIsReadThroughTheJarsFileSystem() throws Exception {
    Path jar = dir.resolve("situation-map.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, BundledLayer.LAYER, REPO_LAYER);
      add(out, BundledLayer.README, REPO_README);
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      BundledLayer bundled = new BundledLayer(loader);
      Path file = bundled.file().orElseThrow();
      try {
        assertEquals("jar", file.toUri().getScheme());
        assertEquals(file, bundled.file().orElseThrow(), "found again in the open jar");
        Layer fromJar = Layer.read(file);
        Layer fromRepo = Layer.read(REPO_LAYER);
        assertEquals(fromRepo.situation(), fromJar.situation());
        assertEquals("donbas.geojson", fromJar.fileName());
        assertFalse(fromJar.onDisk(), "not watched nor listed among recent files");
        assertTrue(bundled.isBundled(fromJar.file()));
        assertEquals(Files.readString(REPO_README), bundled.readme().orElseThrow());
      } finally {
        file.getFileSystem().close();
      }
    }
  }

  @Test
  void aProgramWithoutTheResourcesHasNeither() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      BundledLayer none = new BundledLayer(empty);
      assertEquals(Optional.empty(), none.file());
      assertEquals(Optional.empty(), none.readme());
      assertFalse(none.isBundled(REPO_LAYER));
    }
  }

  private static void add(JarOutputStream out, String name, Path content) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(Files.readAllBytes(content));
    out.closeEntry();
  }
}
