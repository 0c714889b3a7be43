package org.situationmap.map.tiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.Image;

/**
 * OpenStreetMap raster tiles, following the OSM tile usage policy: an identifying User-Agent, at
 * most two downloads at a time, a disk cache so a tile is fetched at most once a week, timeouts,
 * and no prefetching. Downloads never run on the FX thread. Thread-safe.
 */
public final class OsmTileSource {
  /** System property that disables all network access (set by the test build). */
  public static final String NETWORK_PROPERTY = "situationmap.network";

  static final Duration MAX_AGE = Duration.ofDays(7);
  private static final AtomicLong REQUESTS = new AtomicLong();

  private final Duration timeout;
  private final String urlTemplate;
  private final Path cacheDir;
  private final String userAgent;
  private final HttpClient client;
  private final ExecutorService downloads =
      Executors.newFixedThreadPool(2, TileThreads.named("osm-tiles"));

  /**
   * Creates a source.
   *
   * @param urlTemplate e.g. {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}
   * @param cacheDir directory of the disk cache
   * @param userAgent identifying User-Agent, e.g. {@code SituationMap/0.1.0}
   */
  public OsmTileSource(String urlTemplate, Path cacheDir, String userAgent) {
    this(urlTemplate, cacheDir, userAgent, Duration.ofSeconds(20));
  }

  /** Creates a source with a request timeout (tests use short ones). */
  public OsmTileSource(String urlTemplate, Path cacheDir, String userAgent, Duration timeout) {
    this.timeout = timeout;
    this.urlTemplate = urlTemplate;
    this.cacheDir = cacheDir;
    this.userAgent = userAgent;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(8))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * True when network access is switched off for this process (the test build does this); only
   * loopback addresses are then contacted.
   */
  public static boolean networkDisabled() {
    return "off".equals(System.getProperty(NETWORK_PROPERTY));
  }

  /** Number of tile requests this process has sent to hosts other than loopback. */
  public static long externalRequestCount() {
    return REQUESTS.get();
  }

  /** The tile; fails (exceptionally) when it cannot be had, so the caller can fall back. */
  public CompletableFuture<Image> tile(int zoom, long x, long y) {
    return CompletableFuture.supplyAsync(() -> load(zoom, x, y), downloads);
  }

  private Image load(int zoom, long x, long y) {
    Path file = cacheDir.resolve(zoom + "/" + x + "/" + y + ".png");
    try {
      if (Files.isRegularFile(file)
          && Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(MAX_AGE))) {
        return decode(Files.readAllBytes(file));
      }
      URI uri = tileUri(zoom, x, y);
      if (networkDisabled() && !isLoopback(uri)) {
        throw new IOException("network access is switched off");
      }
      byte[] body = download(uri);
      Image image = decode(body);
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "tile", ".tmp");
      Files.write(tmp, body);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return image;
    } catch (IOException e) {
      throw new CompletionException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    }
  }

  private URI tileUri(int zoom, long x, long y) {
    return URI.create(
        urlTemplate
            .replace("{z}", Integer.toString(zoom))
            .replace("{x}", Long.toString(x))
            .replace("{y}", Long.toString(y)));
  }

  private static boolean isLoopback(URI uri) {
    String host = uri.getHost();
    return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
  }

  private byte[] download(URI uri) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent).GET().build();
    if (!isLoopback(uri)) {
      REQUESTS.incrementAndGet();
    }
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("tile server answered HTTP " + response.statusCode());
    }
    return response.body();
  }

  private static Image decode(byte[] bytes) throws IOException {
    Image image = new Image(new ByteArrayInputStream(bytes));
    if (image.isError() || image.getWidth() != TileMath.TILE_SIZE) {
      throw new IOException("tile is not a 256×256 image");
    }
    return image;
  }
}
