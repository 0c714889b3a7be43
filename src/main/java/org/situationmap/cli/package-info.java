/**
 * The {@code situation-map} command line (picocli): opening the app, and the subcommands of the
 * design's contract ({@code validate}, {@code status}, {@code export}, {@code animate}, {@code
 * generate}), which work with no display. Errors are one line on stderr; exit codes are documented
 * per command.
 */
package org.situationmap.cli;
