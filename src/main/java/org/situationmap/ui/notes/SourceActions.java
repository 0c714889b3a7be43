package org.situationmap.ui.notes;

import org.situationmap.domain.Source;

/** What a person can do with a source shown in the notes panel. FX thread only. */
interface SourceActions {
  /** Opens the source's link (after the person agrees; see {@link LinkOpener}). */
  void openLink(String url);

  /** Puts the source's citation (publisher, title, date, URL) on the clipboard. */
  void copyCitation(Source source);

  /** Puts the source's URL on the clipboard. */
  void copyLink(String url);
}
