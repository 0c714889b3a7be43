/**
 * The Help menu: About (version, licences, bundled libraries, credits) and About the data (the open
 * layer's title, description, licence, coverage and counts, and for the bundled layer the text of
 * its README, shown readably by {@link org.situationmap.ui.help.MarkdownView}).
 */
package org.situationmap.ui.help;
