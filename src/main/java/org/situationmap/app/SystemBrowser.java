package org.situationmap.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.situationmap.ui.notes.Browser;

/**
 * The system's browser, started with the platform's opener as a separate process ({@code open} on
 * macOS, {@code rundll32 url.dll,FileProtocolHandler} on Windows, {@code xdg-open} elsewhere), the
 * URL a single argument (no shell). It answers false when the opener is missing or reports failure
 * (as {@code xdg-open} does when no browser is installed), so the app can say so instead of doing
 * nothing ({@code HostServices.showDocument} gives no answer). Thread-safe.
 */
final class SystemBrowser implements Browser {
  private static final Logger LOG = Logger.getLogger(SystemBrowser.class.getName());

  /** How long an opener may take to report failure; one still running is taken to have worked. */
  private static final long ANSWER_SECONDS = 10;

  private final List<String> opener;

  /** The platform's opener. */
  SystemBrowser() {
    this(platformOpener());
  }

  /** Opens with {@code opener}, the URL appended as its last argument (for tests). */
  SystemBrowser(List<String> opener) {
    this.opener = List.copyOf(opener);
  }

  @Override
  public CompletionStage<Boolean> browse(String url) {
    List<String> command = new ArrayList<>(opener);
    command.add(url);
    CompletableFuture<Boolean> answer = new CompletableFuture<>();
    Thread t = new Thread(() -> answer.complete(run(command)), "browser");
    t.setDaemon(true);
    t.start();
    return answer;
  }

  private static List<String> platformOpener() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return List.of("rundll32", "url.dll,FileProtocolHandler");
    }
    return List.of(os.contains("mac") ? "open" : "xdg-open");
  }

  private static boolean run(List<String> command) {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return !p.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS) || p.exitValue() == 0;
    } catch (IOException e) {
      LOG.log(Level.INFO, "no browser opener: " + command.get(0), e);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
