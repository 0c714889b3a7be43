package org.situationmap.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code export} and {@code animate}: size, box, scale, basemap, zones, --force.
 */
final class MapOptions {
  @Option(names = "--width", paramLabel = "W", description = "image width in pixels")
  Integer width;

  @Option(names = "--height", paramLabel = "H", description = "image height in pixels")
  Integer height;

  @Option(
      names = "--bbox",
      paramLabel = "minLon,minLat,maxLon,maxLat",
      description = "area to show (default: the data's extent with a margin)")
  String bbox;

  @Option(
      names = "--scale",
      defaultValue = "1",
      paramLabel = "1|2",
      description = "pixels per point: 2 for print (default: ${DEFAULT-VALUE})")
  int scale;

  @Option(
      names = "--basemap",
      defaultValue = "offline",
      paramLabel = "offline|osm|mbtiles:PATH",
      description = "basemap tiles (default: ${DEFAULT-VALUE})")
  String basemap;

  @Option(
      names = "--zones",
      defaultValue = "on",
      paramLabel = "on|off",
      description =
          "control zones estimated from the nearest sourced place, with the front line and the"
              + " area each status holds (default: ${DEFAULT-VALUE})")
  String zones;

  @Option(names = "--force", description = "replace the output file if it exists")
  boolean force;

  @Option(names = "--verbose", description = "print timings on stderr")
  boolean verbose;

  /** The box, or null when none was given; fails with a plain message when malformed. */
  Envelope parseBbox() {
    if (bbox == null) {
      return null;
    }
    String[] parts = bbox.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "invalid --bbox '" + bbox + "': expected minLon,minLat,maxLon,maxLat");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "invalid --bbox '" + bbox + "': '" + parts[i].trim() + "' is not a number");
      }
    }
    boolean ok =
        v[0] >= -180 && v[2] <= 180 && v[1] >= -85 && v[3] <= 85 && v[0] < v[2] && v[1] < v[3];
    if (!ok) {
      throw new IllegalArgumentException(
          "invalid --bbox '"
              + bbox
              + "': need -180 <= minLon < maxLon <= 180 and -85 <= minLat < maxLat <= 85");
    }
    return new Envelope(v[0], v[2], v[1], v[3]);
  }

  /** Whether to draw zones; fails with a plain message for a word other than on or off. */
  boolean zonesOn() {
    return switch (zones.trim().toLowerCase(Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      default ->
          throw new IllegalArgumentException("invalid --zones '" + zones + "': expected on or off");
    };
  }

  /** Checks the scale and basemap words; returns the normalised basemap word. */
  String checkedBasemap() {
    if (scale != 1 && scale != 2) {
      throw new IllegalArgumentException("invalid --scale " + scale + ": expected 1 or 2");
    }
    String b = basemap.trim();
    if (b.toLowerCase(Locale.ROOT).startsWith("mbtiles:")) {
      Path path = Path.of(b.substring("mbtiles:".length()));
      throw new IllegalArgumentException(
          "--basemap mbtiles:"
              + path
              + " is not supported in this version (reading MBTiles needs SQLite, which is not"
              + " bundled); use offline or osm");
    }
    String word = b.toLowerCase(Locale.ROOT);
    if (!word.equals("offline") && !word.equals("osm")) {
      throw new IllegalArgumentException(
          "invalid --basemap '" + basemap + "': expected offline, osm or mbtiles:PATH");
    }
    return word;
  }
}
