package org.situationmap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The online source against a tile server on 127.0.0.1 that can be slow, fail or lie. A server that
 * must still be busy when the test acts holds its answers until the test releases them, so no check
 * depends on how fast this machine is.
 */
class OsmTileSourceTest {
  private HttpServer server;
  private volatile String mode = "fast";
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger maxActive = new AtomicInteger();
  private final AtomicReference<String> userAgent = new AtomicReference<>();
  private final AtomicReference<String> ifNoneMatch = new AtomicReference<>();
  private final AtomicReference<String> ifModifiedSince = new AtomicReference<>();
  private final AtomicInteger notModified = new AtomicInteger();
  private volatile String cacheControl;
  private volatile String expires;
  private final MutableClock clock = new MutableClock();
  private final CountDownLatch release = new CountDownLatch(1);
  @TempDir Path cache;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
    ifNoneMatch.set(ex.getRequestHeaders().getFirst("If-None-Match"));
    ifModifiedSince.set(ex.getRequestHeaders().getFirst("If-Modified-Since"));
    maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
    try {
      switch (mode) {
        case "held" -> hold();
        case "fail" -> {
          ex.sendResponseHeaders(503, -1);
          return;
        }
        case "garbage" -> {
          byte[] junk = "<html>not a tile</html>".getBytes();
          ex.sendResponseHeaders(200, junk.length);
          ex.getResponseBody().write(junk);
          return;
        }
        case "slow" -> sleep(150); // downloads overlap, so a third would show
        default -> {
          // answer at once
        }
      }
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
          || ex.getRequestHeaders().containsKey("If-Modified-Since")) {
        notModified.incrementAndGet();
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        ex.sendResponseHeaders(304, -1);
        return;
      }
      if (cacheControl != null) {
        ex.getResponseHeaders().set("Cache-Control", cacheControl);
      }
      if (expires != null) {
        ex.getResponseHeaders().set("Expires", expires);
        ex.getResponseHeaders().set("Last-Modified", "Wed, 01 Jun 2022 10:00:00 GMT");
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
      }
      byte[] png = png();
      ex.sendResponseHeaders(200, png.length);
      ex.getResponseBody().write(png);
    } finally {
      active.decrementAndGet();
      ex.close();
    }
  }

  private OsmTileSource source(Duration timeout) {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    return new OsmTileSource(url, cache, "SituationMap/test", timeout);
  }

  @Test
  void downloadsIdentifiesItselfAndCachesOnDisk() throws Exception {
    OsmTileSource osm = source(Duration.ofSeconds(5));
    Image first = osm.tile(7, 77, 45).get(10, TimeUnit.SECONDS);
    assertEquals(256, first.getWidth());
    assertEquals("SituationMap/test", userAgent.get());
    assertTrue(Files.isRegularFile(cache.resolve("7/77/45.png")));
    assertNotNull(osm.tile(7, 77, 45).get(10, TimeUnit.SECONDS));
    assertEquals(1, requests.get(), "the second request is served from the disk cache");
  }

  @Test
  void neverMoreThanTwoDownloadsAtOnce() throws Exception {
    mode = "slow";
    OsmTileSource osm = source(Duration.ofSeconds(5));
    List<CompletableFuture<Image>> all = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      all.add(osm.tile(8, 150 + i, 90));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    assertEquals(8, requests.get());
    assertTrue(maxActive.get() <= 2, "at most 2 concurrent downloads, saw " + maxActive.get());
  }

  @Test
  void failingSlowAndGarbageResponsesFail() {
    mode = "fail";
    assertFails(source(Duration.ofSeconds(5)).tile(7, 1, 1), "HTTP 503");
    mode = "garbage";
    assertFails(source(Duration.ofSeconds(5)).tile(7, 1, 2), "not a 256");
    mode = "held";
    assertFails(source(Duration.ofMillis(300)).tile(7, 1, 3), "timed out");
    assertTrue(Files.notExists(cache.resolve("7/1/2.png")), "garbage is not cached");
  }

  @Test
  void fallsBackToOfflineTilesAndSaysSo() throws Exception {
    mode = "fail";
    List<org.situationmap.text.Message> messages = new ArrayList<>();
    TileService service =
        new TileService(
            new OfflineTileSource(() -> new OfflineTileRenderer(EmptyBasemap.create())),
            source(Duration.ofSeconds(5)));
    service.setKind(BasemapKind.OSM);
    service.setFallbackListener(messages::add);
    Image img = service.tile(7, 77, 45).get(10, TimeUnit.SECONDS);
    assertEquals(256, img.getWidth(), "an offline tile, never a blank one");
    assertEquals(1, messages.size());
    String said = org.situationmap.text.Messages.base().format(messages.get(0));
    assertTrue(said.contains("showing offline tiles"), said);
  }

  private OsmTileSource cappedSource(long maxCacheBytes) {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    return new OsmTileSource(
        url, cache, "SituationMap/test", Duration.ofSeconds(5), maxCacheBytes, clock);
  }

  @Test
  void honoursMaxAgeAndRevalidatesStaleTilesWithTheirETag() throws Exception {
    mode = "fast";
    cacheControl = "public, max-age=3600";
    OsmTileSource osm = cappedSource(OsmTileSource.DEFAULT_MAX_CACHE_BYTES);
    osm.tile(9, 300, 170).get(10, TimeUnit.SECONDS);
    clock.advance(Duration.ofMinutes(59));
    osm.tile(9, 300, 170).get(10, TimeUnit.SECONDS);
    assertEquals(1, requests.get(), "fresh for max-age");
    clock.advance(Duration.ofMinutes(2));
    Image again = osm.tile(9, 300, 170).get(10, TimeUnit.SECONDS);
    assertEquals(256, again.getWidth());
    assertEquals(2, requests.get(), "stale after max-age: asked again");
    assertEquals("\"v1\"", ifNoneMatch.get(), "a conditional request");
    assertEquals(1, notModified.get(), "answered 304 Not Modified, the cached tile is used");
    osm.tile(9, 300, 170).get(10, TimeUnit.SECONDS);
    assertEquals(2, requests.get(), "the 304 made the tile fresh again");
  }

  @Test
  void honoursExpiresAndRevalidatesWithIfModifiedSince() throws Exception {
    mode = "fast";
    expires = "Thu, 01 Jan 1970 00:00:00 GMT";
    OsmTileSource osm = cappedSource(OsmTileSource.DEFAULT_MAX_CACHE_BYTES);
    osm.tile(9, 301, 170).get(10, TimeUnit.SECONDS);
    osm.tile(9, 301, 170).get(10, TimeUnit.SECONDS);
    assertEquals(2, requests.get(), "already expired: revalidated at once");
    assertEquals("Wed, 01 Jun 2022 10:00:00 GMT", ifModifiedSince.get());
  }

  @Test
  void noStoreIsNotCached() throws Exception {
    mode = "fast";
    cacheControl = "no-store";
    OsmTileSource osm = cappedSource(OsmTileSource.DEFAULT_MAX_CACHE_BYTES);
    osm.tile(9, 302, 170).get(10, TimeUnit.SECONDS);
    assertTrue(Files.notExists(cache.resolve("9/302/170.png")));
  }

  @Test
  void theDiskCacheIsCappedAndEvictsTheLeastRecentlyUsedTile() throws Exception {
    mode = "fast";
    long tile = png().length + 200; // a tile and its metadata
    OsmTileSource osm = cappedSource(tile * 4);
    for (int i = 0; i < 4; i++) {
      osm.tile(10, 600 + i, 340).get(10, TimeUnit.SECONDS);
      clock.advance(Duration.ofSeconds(10));
    }
    osm.tile(10, 600, 340).get(10, TimeUnit.SECONDS); // use the oldest again
    clock.advance(Duration.ofSeconds(10));
    for (int i = 4; i < 8; i++) {
      osm.tile(10, 600 + i, 340).get(10, TimeUnit.SECONDS);
      clock.advance(Duration.ofSeconds(10));
    }
    assertTrue(osm.cacheSize() <= tile * 4, "capped, was " + osm.cacheSize());
    assertTrue(Files.isRegularFile(cache.resolve("10/607/340.png")), "the newest stays");
    assertTrue(Files.notExists(cache.resolve("10/601/340.png")), "the least recently used goes");
    long onDisk;
    try (var files = Files.walk(cache)) {
      onDisk = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertEquals(osm.cacheSize(), onDisk, "the size it counts is the size on disk");
  }

  @Test
  void offlineAStaleTileIsStillShown() throws Exception {
    mode = "fast";
    cacheControl = "max-age=60";
    OsmTileSource osm = cappedSource(OsmTileSource.DEFAULT_MAX_CACHE_BYTES);
    osm.tile(9, 303, 170).get(10, TimeUnit.SECONDS);
    clock.advance(Duration.ofHours(1));
    server.stop(0); // the network is gone
    Image stale = osm.tile(9, 303, 170).get(10, TimeUnit.SECONDS);
    assertEquals(256, stale.getWidth());
    assertFails(osm.tile(9, 304, 170), "cannot connect to 127.0.0.1");
  }

  @Test
  void aTileRequestedTwiceAtOnceIsDownloadedOnce() throws Exception {
    mode = "held";
    OsmTileSource osm = cappedSource(OsmTileSource.DEFAULT_MAX_CACHE_BYTES);
    CompletableFuture<Image> a = osm.tile(9, 305, 170);
    CompletableFuture<Image> b = osm.tile(9, 305, 170); // the first is still on its way
    release.countDown();
    assertEquals(256, a.get(10, TimeUnit.SECONDS).getWidth());
    assertEquals(256, b.get(10, TimeUnit.SECONDS).getWidth());
    assertEquals(1, requests.get());
  }

  @Test
  void askingForTilesNeverBlocksTheFxThread() throws Exception {
    mode = "held"; // no download can finish until the FX thread has asked for every tile
    OsmTileSource osm = cappedSource(OsmTileSource.DEFAULT_MAX_CACHE_BYTES);
    CompletableFuture<List<CompletableFuture<Image>>> asked = new CompletableFuture<>();
    javafx.application.Platform.runLater(
        () -> {
          List<CompletableFuture<Image>> tiles = new ArrayList<>();
          for (int i = 0; i < 20; i++) {
            tiles.add(osm.tile(11, 1200 + i, 700));
          }
          asked.complete(tiles);
        });
    List<CompletableFuture<Image>> tiles = asked.get(10, TimeUnit.SECONDS);
    assertTrue(tiles.stream().noneMatch(CompletableFuture::isDone), "answers come later");
    release.countDown();
    CompletableFuture.allOf(tiles.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    assertEquals(20, requests.get());
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends java.time.Clock {
    private volatile java.time.Instant now = java.time.Instant.parse("2024-03-01T12:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  private static void assertFails(CompletableFuture<Image> f, String expected) {
    try {
      f.get(10, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure containing " + expected);
    } catch (ExecutionException e) {
      assertTrue(String.valueOf(e.getCause()).contains(expected), String.valueOf(e.getCause()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] png() throws IOException {
    BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** Holds an answer until the test releases it (at the latest when the test ends). */
  private void hold() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
