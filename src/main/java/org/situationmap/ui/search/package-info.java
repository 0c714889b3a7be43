/**
 * Finding places by any of their names (English, Ukrainian, Russian, former and other spellings),
 * with filters by oblast and by status at the selected date. {@link SearchIndex} and {@link
 * NameNormalizer} are toolkit-free; {@link SearchViewModel} holds JavaFX properties; {@link
 * SearchView} is the control.
 */
package org.situationmap.ui.search;
