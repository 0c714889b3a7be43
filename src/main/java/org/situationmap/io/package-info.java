/**
 * Reading and writing layer files. {@link org.situationmap.io.LayerFormats} lists the formats and
 * picks one per file (by extension, then by content); each {@link org.situationmap.io.LayerFormat}
 * pairs a {@link org.situationmap.io.LayerReader} with a {@link org.situationmap.io.LayerWriter}. A
 * read gives a {@link org.situationmap.io.ReadResult}: the valid features, every {@link
 * org.situationmap.io.Problem} with its {@link org.situationmap.io.ProblemLocation} in the format's
 * terms, and the number of skipped features.
 *
 * <p>The situation GeoJSON format ({@code docs/data-format.md}): {@link
 * org.situationmap.io.SituationReader} parses with Jackson's streaming parser, reports every
 * problem with file, line, column and JSON pointer, and loads the valid features of a file that
 * also has invalid ones; {@link org.situationmap.io.SituationWriter} writes the same format
 * atomically. Rule: this package imports nothing from JavaFX, Gluon or the {@code layer}, {@code
 * map}, {@code ui} and {@code export} packages.
 */
package org.situationmap.io;
