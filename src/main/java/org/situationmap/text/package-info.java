/**
 * Text people read, in their language: every message of the app, the exports and the map lives in
 * the resource bundle {@code org/situationmap/text/messages.properties} (English, the base) and its
 * translations {@code messages_<language>.properties}, one per entry of {@link
 * org.situationmap.text.Languages#ALL}. Messages are ICU {@code MessageFormat} patterns with named
 * arguments, plural forms ({@code one/few/many/other}) and dates; {@link
 * org.situationmap.text.Messages} formats them, {@link org.situationmap.text.Message} carries one
 * from code that does not know the reader's language to code that does.
 *
 * <p>Rules: code never decides anything by display text (values stay behind the words); a new
 * language is one bundle file and one entry in {@link org.situationmap.text.Languages#ALL}. This
 * package depends only on {@code domain} and ICU4J, never on JavaFX.
 */
package org.situationmap.text;
