/**
 * Synthetic situation layers for benchmarks and tests: places spread over Luhansk and Donetsk
 * oblasts, control changes clustered along a front that moves west over time, and sourced notes.
 * Output is deterministic for a seed.
 *
 * <p>Rule: like {@code io}, this package imports nothing from JavaFX, Gluon or the {@code map},
 * {@code ui}, {@code export} packages; it writes JSON with Jackson's streaming generator so that a
 * layer of any size is written in constant memory.
 */
package org.situationmap.generate;
