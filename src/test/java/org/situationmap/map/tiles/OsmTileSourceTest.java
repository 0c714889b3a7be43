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

/** The online source against a tile server on 127.0.0.1 that can be slow, fail or lie. */
class OsmTileSourceTest {
  private HttpServer server;
  private volatile String mode = "ok";
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger maxActive = new AtomicInteger();
  private final AtomicReference<String> userAgent = new AtomicReference<>();
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
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
    maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
    try {
      switch (mode) {
        case "slow" -> sleep(1500);
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
        default -> sleep(150);
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
    mode = "slow";
    assertFails(source(Duration.ofMillis(300)).tile(7, 1, 3), "timed out");
    assertTrue(Files.notExists(cache.resolve("7/1/2.png")), "garbage is not cached");
  }

  @Test
  void fallsBackToOfflineTilesAndSaysSo() throws Exception {
    mode = "fail";
    List<String> messages = new ArrayList<>();
    TileService service =
        new TileService(
            new OfflineTileSource(() -> new OfflineTileRenderer(EmptyBasemap.create())),
            source(Duration.ofSeconds(5)));
    service.setKind(BasemapKind.OSM);
    service.setFallbackListener(messages::add);
    Image img = service.tile(7, 77, 45).get(10, TimeUnit.SECONDS);
    assertEquals(256, img.getWidth(), "an offline tile, never a blank one");
    assertEquals(1, messages.size());
    assertTrue(messages.get(0).contains("showing offline tiles"), messages.get(0));
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

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
