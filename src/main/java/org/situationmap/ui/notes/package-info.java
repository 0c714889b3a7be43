/**
 * The notes panel of a selected place: names and facts, the status at the selected date and since
 * when, a clickable history strip of its control periods, and its sourced notes (later ones
 * dimmed). Notes are plain text that can be selected. Source links open in the system browser only
 * for http(s) URLs and only after the person has seen the full URL and agreed ({@link
 * org.situationmap.domain.UrlPolicy}, {@link LinkOpener}); when no browser can be started the link
 * is copied and the panel says so. Each source can be copied as a citation or a link. Content is
 * computed toolkit-free ({@link PlaceDetails}); views only render it.
 */
package org.situationmap.ui.notes;
