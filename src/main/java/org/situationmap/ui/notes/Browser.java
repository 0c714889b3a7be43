package org.situationmap.ui.notes;

import java.util.concurrent.CompletionStage;

/**
 * The system's web browser, as the notes panel uses it. {@link LinkOpener} calls it only with
 * checked http(s) URLs the person agreed to open.
 */
@FunctionalInterface
public interface Browser {
  /**
   * Asks the system to show {@code url} in a browser. The answer (on any thread) is false when no
   * browser could be started, so the caller can say so and offer the link another way.
   */
  CompletionStage<Boolean> browse(String url);
}
