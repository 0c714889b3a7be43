package org.situationmap.map.tiles;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Tiles on disk ({@code Z/X/Y.png} plus {@code Z/X/Y.png.meta} with expiry and validators), capped
 * in size: when the cache grows past its limit the least recently used tiles (by the file time,
 * which every read refreshes) are removed until it is at 90 % of the limit. Writes are atomic.
 * Thread-safe: methods are synchronized (disk work is small next to downloads).
 */
final class TileDiskCache {
  /** A cached tile: its bytes and what the server said about freshness. */
  record Entry(byte[] bytes, Instant expires, String etag, String lastModified) {
    boolean isFresh(Instant now) {
      return now.isBefore(expires);
    }
  }

  private final Path dir;
  private final long maxBytes;
  private long size = -1; // unknown until first scanned

  TileDiskCache(Path dir, long maxBytes) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  Path fileOf(int zoom, long x, long y) {
    return dir.resolve(zoom + "/" + x + "/" + y + ".png");
  }

  /** The cached tile, marked as just used; empty when there is none or it cannot be read. */
  synchronized Optional<Entry> get(int zoom, long x, long y, Instant now) {
    Path file = fileOf(zoom, x, y);
    try {
      byte[] bytes = Files.readAllBytes(file);
      Properties meta = new Properties();
      Path metaFile = meta(file);
      Instant expires =
          Files.getLastModifiedTime(file).toInstant().plus(TileCachePolicy.DEFAULT_MAX_AGE);
      if (Files.isRegularFile(metaFile)) {
        try (Reader r = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
          meta.load(r);
        }
        expires = Instant.ofEpochMilli(Long.parseLong(meta.getProperty("expires", "0")));
      }
      Files.setLastModifiedTime(file, FileTime.from(now));
      return Optional.of(
          new Entry(bytes, expires, meta.getProperty("etag"), meta.getProperty("lastModified")));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      remove(file); // unreadable: fetch it again
      return Optional.empty();
    }
  }

  /** Stores a tile atomically and evicts old tiles if the cache is over its limit. */
  synchronized void put(int zoom, long x, long y, Entry entry, Instant now) throws IOException {
    Path file = fileOf(zoom, x, y);
    Files.createDirectories(file.getParent());
    ensureSized();
    long before = sizeOf(file) + sizeOf(meta(file));
    Properties meta = new Properties();
    meta.setProperty("expires", Long.toString(entry.expires().toEpochMilli()));
    if (entry.etag() != null) {
      meta.setProperty("etag", entry.etag());
    }
    if (entry.lastModified() != null) {
      meta.setProperty("lastModified", entry.lastModified());
    }
    Path metaTmp = Files.createTempFile(file.getParent(), "meta", ".tmp");
    try (Writer w = Files.newBufferedWriter(metaTmp, StandardCharsets.UTF_8)) {
      meta.store(w, null);
    }
    Path tmp = Files.createTempFile(file.getParent(), "tile", ".tmp");
    Files.write(tmp, entry.bytes());
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.move(
        metaTmp, meta(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.setLastModifiedTime(file, FileTime.from(now));
    size += sizeOf(file) + sizeOf(meta(file)) - before;
    if (size > maxBytes) {
      evict();
    }
  }

  /** Records a 304 Not Modified: the tile is fresh until {@code expires}. */
  synchronized void refresh(int zoom, long x, long y, Entry entry, Instant now) throws IOException {
    put(zoom, x, y, entry, now);
  }

  /** Bytes on disk, tiles and their metadata. */
  synchronized long size() {
    ensureSized();
    return size;
  }

  private void ensureSized() {
    if (size >= 0) {
      return;
    }
    size = 0;
    for (Path p : files()) {
      size += sizeOf(p);
    }
  }

  private void evict() {
    List<Path> tiles = new ArrayList<>();
    for (Path p : files()) {
      if (p.toString().endsWith(".png")) {
        tiles.add(p);
      }
    }
    tiles.sort(Comparator.comparing(TileDiskCache::lastUsed));
    long target = maxBytes / 10 * 9;
    for (Path tile : tiles) {
      if (size <= target) {
        break;
      }
      size -= sizeOf(tile) + sizeOf(meta(tile));
      remove(tile);
    }
  }

  private List<Path> files() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private static void remove(Path tile) {
    try {
      Files.deleteIfExists(tile);
      Files.deleteIfExists(meta(tile));
    } catch (IOException e) {
      // Best effort: a file we cannot delete is retried at the next eviction.
    }
  }

  private static Path meta(Path tile) {
    return tile.resolveSibling(tile.getFileName() + ".meta");
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static FileTime lastUsed(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
