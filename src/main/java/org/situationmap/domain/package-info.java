/**
 * Immutable values that describe a situation layer: places, their dated control changes, notes and
 * the sources behind them.
 *
 * <p>Every type here is a record or an enum; constructors validate their arguments and copy
 * collections into unmodifiable ones, so a value that exists is a valid value. All types are
 * immutable and therefore safe to share between threads. Rule: this package imports nothing from
 * JavaFX, Gluon or the {@code io}, {@code map}, {@code ui} and {@code export} packages.
 */
package org.situationmap.domain;
