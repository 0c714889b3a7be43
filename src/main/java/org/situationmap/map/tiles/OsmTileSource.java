package org.situationmap.map.tiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.Image;
import org.situationmap.text.Message;

/**
 * OpenStreetMap raster tiles, following the OSM tile usage policy: an identifying User-Agent, at
 * most two downloads at a time, a capped disk cache that honours the server's cache headers ({@code
 * Cache-Control: max-age}, {@code Expires}; stale tiles are revalidated with {@code
 * If-None-Match}/{@code If-Modified-Since} and a 304 keeps them), timeouts, and no prefetching:
 * only tiles the map asks for are fetched, and a tile already on its way is not asked for twice.
 * Downloads never run on the caller's (FX) thread. Offline, a stale cached tile is better than none
 * and is used; with no tile at all the future fails with a {@link TileFetchException} that says why
 * in words for people, and the caller falls back. Thread-safe.
 */
public final class OsmTileSource {
  /** The OpenStreetMap standard tile layer. */
  public static final String OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

  /** System property that disables all network access (set by the test build). */
  public static final String NETWORK_PROPERTY = "situationmap.network";

  /** Default cap of the disk cache: 256 MiB. */
  public static final long DEFAULT_MAX_CACHE_BYTES = 256L << 20;

  /** Most downloads at once, as the OSM tile usage policy asks. */
  static final int MAX_CONNECTIONS = 2;

  private static final AtomicLong REQUESTS = new AtomicLong();

  private final Duration timeout;
  private final String urlTemplate;
  private final String userAgent;
  private final HttpClient client;
  private final TileDiskCache cache;
  private final Clock clock;
  private final Map<String, CompletableFuture<Image>> inFlight = new ConcurrentHashMap<>();
  private final ExecutorService downloads =
      Executors.newFixedThreadPool(MAX_CONNECTIONS, TileThreads.named("osm-tiles"));

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
    this(urlTemplate, cacheDir, userAgent, timeout, DEFAULT_MAX_CACHE_BYTES, Clock.systemUTC());
  }

  /** Creates a source with a request timeout, a disk cache cap and a clock (for tests). */
  public OsmTileSource(
      String urlTemplate,
      Path cacheDir,
      String userAgent,
      Duration timeout,
      long maxCacheBytes,
      Clock clock) {
    this.timeout = timeout;
    this.urlTemplate = urlTemplate;
    this.userAgent = userAgent;
    this.cache = new TileDiskCache(cacheDir, maxCacheBytes);
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(Math.min(8, Math.max(1, timeout.toSeconds()))))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * The per-user tile cache folder: {@code $XDG_CACHE_HOME} (or {@code ~/.cache}), then {@code
   * situation-map/osm-tiles}.
   */
  public static Path defaultCacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("situation-map").resolve("osm-tiles");
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

  /** Bytes the disk cache holds now. */
  public long cacheSize() {
    return cache.size();
  }

  /**
   * The tile; fails (exceptionally) when it cannot be had, so the caller can fall back. Returns at
   * once: all work happens on the download threads.
   */
  public CompletableFuture<Image> tile(int zoom, long x, long y) {
    String key = zoom + "/" + x + "/" + y;
    CompletableFuture<Image> mine = new CompletableFuture<>();
    CompletableFuture<Image> existing = inFlight.putIfAbsent(key, mine);
    if (existing != null) {
      return existing.copy();
    }
    try {
      downloads.execute(
          () -> {
            Image image = null;
            Throwable failure = null;
            try {
              image = load(zoom, x, y);
            } catch (RuntimeException | Error e) {
              failure = e instanceof CompletionException ? e.getCause() : e;
            }
            inFlight.remove(key, mine); // before completing: a later request asks afresh
            if (failure == null) {
              mine.complete(image);
            } else {
              mine.completeExceptionally(failure);
            }
          });
    } catch (RuntimeException e) {
      inFlight.remove(key, mine);
      mine.completeExceptionally(e);
    }
    return mine.copy();
  }

  private Image load(int zoom, long x, long y) {
    Instant now = clock.instant();
    Optional<TileDiskCache.Entry> cached = cache.get(zoom, x, y, now);
    URI uri = tileUri(zoom, x, y);
    try {
      if (cached.isPresent() && cached.get().isFresh(now)) {
        return decode(cached.get().bytes());
      }
      if (networkDisabled() && !isLoopback(uri)) {
        throw new TileFetchException(Message.of("tiles.problem.networkOff"), null);
      }
      HttpResponse<byte[]> response = download(uri, cached.orElse(null));
      Instant expires = TileCachePolicy.expiry(response.headers(), now).orElse(null);
      if (response.statusCode() == 304 && cached.isPresent()) {
        TileDiskCache.Entry old = cached.get();
        cache.refresh(
            zoom,
            x,
            y,
            new TileDiskCache.Entry(
                old.bytes(),
                expires == null ? now : expires,
                response.headers().firstValue("ETag").orElse(old.etag()),
                response.headers().firstValue("Last-Modified").orElse(old.lastModified())),
            now);
        return decode(old.bytes());
      }
      if (response.statusCode() != 200) {
        throw new TileFetchException(
            Message.of(
                "tiles.problem.http",
                "host",
                uri.getHost(),
                "status",
                Integer.toString(response.statusCode())),
            null);
      }
      byte[] body = response.body();
      Image image = decode(body);
      if (expires != null) {
        cache.put(
            zoom,
            x,
            y,
            new TileDiskCache.Entry(
                body,
                expires,
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null)),
            now);
      }
      return image;
    } catch (IOException e) {
      return stale(cached, TileFetchException.of(e, uri.getHost()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    }
  }

  /** Offline or failing server: a stale tile we still have beats none. */
  private static Image stale(Optional<TileDiskCache.Entry> cached, IOException failure) {
    if (cached.isPresent()) {
      try {
        return decode(cached.get().bytes());
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    throw new CompletionException(failure);
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

  private HttpResponse<byte[]> download(URI uri, TileDiskCache.Entry stale)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent).GET();
    if (stale != null && stale.etag() != null) {
      request.header("If-None-Match", stale.etag());
    }
    if (stale != null && stale.lastModified() != null) {
      request.header("If-Modified-Since", stale.lastModified());
    }
    if (!isLoopback(uri)) {
      REQUESTS.incrementAndGet();
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Image decode(byte[] bytes) throws IOException {
    Image image = new Image(new ByteArrayInputStream(bytes));
    if (image.isError() || image.getWidth() != TileMath.TILE_SIZE) {
      throw new TileFetchException(Message.of("tiles.problem.notATile"), null);
    }
    return image;
  }
}
