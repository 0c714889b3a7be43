/**
 * Wiring: the {@link org.situationmap.app.Launcher} main class (not an {@code Application}, so
 * {@code java -jar} works), the JavaFX application that builds the window from the other packages
 * with plain constructors, menus, window geometry and the icon painter.
 */
package org.situationmap.app;
