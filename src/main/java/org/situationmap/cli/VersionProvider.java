package org.situationmap.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version recorded in the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"situation-map " + (v != null ? v : "dev")};
  }
}
