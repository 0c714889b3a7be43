package org.situationmap.export;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.situationmap.cli.SituationMapCommand;
import picocli.CommandLine;

/** Runs the real command line in-process and captures its output. */
record ExportCli(int exitCode, String out, String err) {
  static ExportCli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl =
        SituationMapCommand.commandLine(
            (f, d, p) -> {
              throw new AssertionError("no window in tests");
            });
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new ExportCli(code, out.toString(), err.toString());
  }

  static Path resource(String name) {
    try {
      return Path.of(ExportCli.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts JavaFX the way TestFX does, so UI tests in the same JVM can still use it. */
  static void startToolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }
}
