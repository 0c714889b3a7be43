/**
 * Editing a layer: the {@link org.situationmap.edit.LayerDocument} that holds the layer being
 * edited, whether it has unsaved changes, and the history of {@link org.situationmap.edit.Edit}s
 * for undo and redo; each edit changes or adds one place, and the document hands out the next layer
 * with its timeline index updated for that place alone.
 *
 * <p>Rule: this package imports nothing from JavaFX, Gluon or the {@code map}, {@code ui}, {@code
 * export}, {@code app} and {@code cli} packages (ArchUnit). It names its edits with {@link
 * org.situationmap.text.Message}s, put into words by the views.
 */
package org.situationmap.edit;
