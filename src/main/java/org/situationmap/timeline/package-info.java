/**
 * Answers "who controlled what, when" for a loaded situation: status of each place at a date,
 * change dates for the slider, notes for the event feed, counts for the legend.
 *
 * <p>{@link org.situationmap.timeline.TimelineIndex} is built once per load and is immutable, so
 * any thread may query it. Rule: this package imports nothing from JavaFX, Gluon or the {@code io},
 * {@code map}, {@code ui} and {@code export} packages.
 */
package org.situationmap.timeline;
