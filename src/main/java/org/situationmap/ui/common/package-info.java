/**
 * Pieces every view uses: the one error presenter (plain message, details in an expandable area,
 * never a stack trace as the message), the usual dialog buttons in the app's language, the
 * converter that shows a box's values in words, the field to type a date in (and the check of what
 * was typed), spinners that follow typed numbers, plain text to the clipboard, and the preferences
 * file.
 */
package org.situationmap.ui.common;
