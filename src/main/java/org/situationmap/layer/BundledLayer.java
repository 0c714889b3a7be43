package org.situationmap.layer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The layer shipped with the program ({@code data/donbas.geojson}) and its {@code README.md}, found
 * as class-path resources: so the app, the command line and an installed copy find them whatever
 * the working folder. Run from the build, the layer is a file among the classes; run from the jar,
 * it is an entry of the jar, read through the jar's file system (which stays open). Thread-safe.
 */
public final class BundledLayer {
  /** Where the build puts the layer among the resources (see the pom). */
  static final String LAYER = "org/situationmap/data/donbas.geojson";

  /** Where the build puts the layer's README among the resources. */
  static final String README = "org/situationmap/data/README.md";

  private static final Logger LOG = Logger.getLogger(BundledLayer.class.getName());
  private final ClassLoader loader;

  /** The bundled layer as {@code loader} finds it. */
  public BundledLayer(ClassLoader loader) {
    this.loader = loader;
  }

  /** The bundled layer of this program. */
  public static BundledLayer standard() {
    return new BundledLayer(BundledLayer.class.getClassLoader());
  }

  /** The layer as a path the readers can open, or empty when the program has none. */
  public Optional<Path> file() {
    URL url = loader.getResource(LAYER);
    if (url == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(pathOf(url.toURI()));
    } catch (URISyntaxException | IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "bundled layer unreadable at " + url, e);
      return Optional.empty();
    }
  }

  /** Whether {@code file} is the bundled layer. */
  public boolean isBundled(Path file) {
    return file != null && file().map(file::equals).orElse(false);
  }

  /** The text of the layer's README (Markdown), or empty when the program has none. */
  public Optional<String> readme() {
    try (InputStream in = loader.getResourceAsStream(README)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("bundled README unreadable", e);
    }
  }

  /** The path of a resource: a file as it is, a jar entry through the jar's file system. */
  private static Path pathOf(URI uri) throws IOException {
    try {
      return Path.of(uri);
    } catch (FileSystemNotFoundException notOpenYet) {
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException openedMeanwhile) {
        // another thread opened it: fine
      }
      return Path.of(uri);
    }
  }
}
