package org.situationmap.app;

import java.util.Locale;

/**
 * The application's version, as packaged, and how it names itself to tile servers (its display name
 * is the bundle's {@code app.name}).
 */
public final class AppInfo {
  private AppInfo() {}

  /** The version from the jar manifest, or "dev" when run from classes. */
  public static String version() {
    String v = AppInfo.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  /** The User-Agent for online tile requests, as the OSM tile usage policy asks. */
  public static String userAgent() {
    return String.format(
        Locale.ROOT,
        "SituationMap/%s (desktop situation viewer; Java %s)",
        version(),
        System.getProperty("java.version"));
  }
}
