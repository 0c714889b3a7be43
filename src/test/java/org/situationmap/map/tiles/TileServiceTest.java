package org.situationmap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.text.Message;
import org.situationmap.text.Messages;
import org.testfx.api.FxToolkit;

/**
 * What the tile service credits and says: against a tile server on 127.0.0.1 that serves tiles of
 * even columns and fails the others, the credits name the basemaps the tiles actually came from,
 * and a failure is put in words — also one that the network library left without any.
 */
class TileServiceTest {
  private static final String OSM = "© OpenStreetMap contributors";
  private static final String OFFLINE = "Natural Earth; GSHHG";
  private final List<Message> said = new CopyOnWriteArrayList<>();
  private HttpServer server;
  @TempDir Path cache;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void offlineTilesAreCreditedToTheOfflineBasemap() throws Exception {
    TileService service = service(null);
    tile(service, 8, 2);
    assertEquals(Set.of(BasemapKind.OFFLINE), service.credits().drawn());
    assertEquals(OFFLINE, service.credits().line());
  }

  @Test
  void onlineTilesAreCreditedToOpenStreetMap() throws Exception {
    TileService service = service(evenColumnsServer());
    service.setKind(BasemapKind.OSM);
    assertEquals(OSM, service.credits().line(), "the chosen basemap's, before any tile");
    tile(service, 8, 2);
    tile(service, 8, 4);
    assertEquals(Set.of(BasemapKind.OSM), service.credits().drawn());
    assertEquals(OSM, service.credits().line());
  }

  @Test
  void offlineTilesStandingInForOnlineOnesAreCreditedToo() throws Exception {
    TileService service = service(evenColumnsServer());
    service.setKind(BasemapKind.OSM);
    List<String> heard = new CopyOnWriteArrayList<>();
    TileCredits credits = service.credits();
    credits.onChange(() -> heard.add(credits.line()));
    tile(service, 8, 2);
    tile(service, 8, 3);
    tile(service, 8, 5);
    assertEquals(Set.of(BasemapKind.OSM, BasemapKind.OFFLINE), credits.drawn());
    assertEquals(OSM + "; " + OFFLINE, credits.line());
    assertEquals(List.of(OSM, OSM + "; " + OFFLINE), heard, "told once per new source");
    assertEquals(
        "OpenStreetMap tiles unavailable (127.0.0.1 answered HTTP 503); showing offline tiles",
        Messages.base().format(said.get(0)));
  }

  @Test
  void withoutOnlineTilesOnlyTheOfflineBasemapIsCredited() throws Exception {
    TileService service = service(null);
    service.setKind(BasemapKind.OSM);
    tile(service, 8, 2);
    assertEquals(OFFLINE, service.credits().line());
    assertEquals(
        "Online tiles are switched off; showing offline tiles",
        Messages.base().format(said.get(0)));
  }

  @Test
  void aRefusedConnectionIsSaidInWords() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    TileService service =
        service(
            new OsmTileSource(
                "http://127.0.0.1:" + closed + "/{z}/{x}/{y}.png",
                cache,
                "SituationMap/test",
                Duration.ofSeconds(5)));
    service.setKind(BasemapKind.OSM);
    tile(service, 8, 2);
    String message = Messages.base().format(said.get(0));
    assertEquals(
        "OpenStreetMap tiles unavailable (cannot connect to 127.0.0.1); showing offline tiles",
        message);
    assertFalse(message.contains("null"), message);
    assertEquals(OFFLINE, service.credits().line());
  }

  @Test
  void choosingABasemapStartsNewCredits() throws Exception {
    TileService service = service(evenColumnsServer());
    service.setKind(BasemapKind.OSM);
    TileCredits online = service.credits();
    tile(service, 8, 2);
    service.setKind(BasemapKind.OFFLINE);
    assertNotSame(online, service.credits());
    tile(service, 8, 2);
    assertEquals(Set.of(BasemapKind.OSM), online.drawn());
    assertEquals(Set.of(BasemapKind.OFFLINE), service.credits().drawn());
  }

  @Test
  void failuresWithoutAMessageAreDescribed() {
    ConnectException unresolved = new ConnectException();
    unresolved.initCause(new ConnectException().initCause(new UnresolvedAddressException()));
    assertEquals(
        "tile.openstreetmap.org not found; check the network connection",
        TileFetchException.of(unresolved, "tile.openstreetmap.org").getMessage());
    ConnectException refused = new ConnectException();
    refused.initCause(new ClosedChannelException());
    assertEquals("cannot connect to example.org", words(refused));
    assertEquals("IOException", words(new IOException()));
    assertEquals("disk full", words(new IOException(null, new IOException("disk full"))));
  }

  private static String words(IOException e) {
    return Messages.base()
        .format(
            TileFetchException.problemOf(
                new java.util.concurrent.CompletionException(
                    TileFetchException.of(e, "example.org"))));
  }

  private TileService service(OsmTileSource osm) {
    TileService service =
        new TileService(
            new OfflineTileSource(() -> new OfflineTileRenderer(EmptyBasemap.create())), osm);
    service.setFallbackListener(said::add);
    return service;
  }

  private static void tile(TileService service, int zoom, long x) throws Exception {
    service.tile(zoom, x, 90).get(10, TimeUnit.SECONDS);
  }

  /** A source whose server serves the tiles of even columns and fails the others (HTTP 503). */
  private OsmTileSource evenColumnsServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    return new OsmTileSource(url, cache, "SituationMap/test", Duration.ofSeconds(5));
  }

  private void answer(HttpExchange ex) throws IOException {
    try (ex) {
      String[] parts = ex.getRequestURI().getPath().split("/");
      if (Long.parseLong(parts[2]) % 2 != 0) {
        ex.sendResponseHeaders(503, -1);
        return;
      }
      BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(img, "png", png);
      ex.getResponseHeaders().set("Cache-Control", "max-age=60");
      ex.sendResponseHeaders(200, png.size());
      ex.getResponseBody().write(png.toByteArray());
    }
  }
}
