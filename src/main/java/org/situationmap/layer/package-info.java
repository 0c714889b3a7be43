/**
 * The loaded layer: what a file held ({@link org.situationmap.io.ReadResult}: the situation, its
 * problems and skipped features), the file it came from, its timeline index and the indexes derived
 * from it on demand. The app, the exports and the command line share this one type.
 *
 * <p>Rule: this package imports nothing from JavaFX, Gluon or the {@code map}, {@code ui} and
 * {@code export} packages (ArchUnit). Indexes that need them (the drawable place set) are derived
 * by their own packages through {@link org.situationmap.layer.Layer#derived}.
 */
package org.situationmap.layer;
