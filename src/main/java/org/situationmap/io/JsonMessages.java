package org.situationmap.io;

/** Turns Jackson's parse messages into one plain line. */
final class JsonMessages {
  private JsonMessages() {}

  static String plain(String jacksonMessage) {
    if (jacksonMessage == null || jacksonMessage.isBlank()) {
      return "syntax error";
    }
    String line = jacksonMessage.strip();
    int newline = line.indexOf('\n');
    if (newline >= 0) {
      line = line.substring(0, newline).strip();
    }
    line =
        line.replaceAll(" \\(code \\d+\\)", "")
            .replaceAll(" \\(for (Object|Array|root) starting at.*$", "")
            .replace("Unexpected end-of-input", "unexpected end of file")
            // The parser over bytes words two messages more tersely than the one over characters.
            .replace(
                "unexpected end of file in VALUE_STRING",
                "unexpected end of file: was expecting closing quote for a string value")
            .replaceAll(
                ": expected a value$",
                ": expected a valid value (JSON String, Number, Array, Object or token 'null',"
                    + " 'true' or 'false')")
            .replaceAll("(?i)^non-standard token '([^']*)'.*$", "'$1' is not a JSON number")
            .replace("Duplicate field ", "duplicate member ")
            .replace("Duplicate Object property ", "duplicate member ")
            .replaceAll(
                "^Unexpected character \\('/' \\(code 47\\)?\\)?: maybe a \\(non-standard\\) comment.*$",
                "comments are not allowed in JSON")
            .replaceAll(
                "(?i)^unexpected character \\('/'\\): maybe a \\(non-standard\\) comment.*$",
                "comments are not allowed in JSON");
    return Character.toLowerCase(line.charAt(0)) + line.substring(1);
  }
}
