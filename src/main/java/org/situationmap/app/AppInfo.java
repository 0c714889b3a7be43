package org.situationmap.app;

/** The application's name and version, as packaged. */
public final class AppInfo {
  /** Display name. */
  public static final String NAME = "Situation Map";

  private AppInfo() {}

  /** The version from the jar manifest, or "dev" when run from classes. */
  public static String version() {
    String v = AppInfo.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  /** The User-Agent for online tile requests, as the OSM tile usage policy asks. */
  public static String userAgent() {
    return "SituationMap/"
        + version()
        + " (desktop situation viewer; Java "
        + System.getProperty("java.version")
        + ")";
  }
}
