/**
 * The notes panel of a selected place: names and facts, the status at the selected date and since
 * when, a clickable history strip of its control periods, and its sourced notes (later ones
 * dimmed). Notes are plain text. Source links open in the system browser only for http(s) URLs and
 * only after the person has seen the full URL and agreed ({@link
 * org.situationmap.domain.UrlPolicy}, {@link LinkOpener}). Content is computed toolkit-free ({@link
 * PlaceDetails}); views only render it.
 */
package org.situationmap.ui.notes;
