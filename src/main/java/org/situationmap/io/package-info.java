/**
 * Reading and writing the situation GeoJSON format ({@code docs/data-format.md}).
 *
 * <p>{@link org.situationmap.io.SituationReader} parses with Jackson's streaming parser, reports
 * every problem with file, line, column and JSON pointer, and loads the valid features of a file
 * that also has invalid ones. {@link org.situationmap.io.SituationWriter} writes the same format
 * atomically. Rule: this package imports nothing from JavaFX, Gluon or the {@code map}, {@code ui}
 * and {@code export} packages.
 */
package org.situationmap.io;
