package org.situationmap.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version recorded in the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"situation-map " + version()};
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }
}
