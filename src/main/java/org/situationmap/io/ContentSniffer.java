package org.situationmap.io;

/**
 * Looks at the first bytes of a file: whether they start a JSON object (how a GeoJSON file whose
 * name says nothing is recognised), and what common files that are not UTF-8 JSON are, so the
 * message can say what the file is instead of "not UTF-8". Thread-safe (stateless).
 */
final class ContentSniffer {
  private ContentSniffer() {}

  /**
   * Whether {@code head} starts a JSON object: an opening brace after an optional UTF-8 byte order
   * mark and white space.
   */
  static boolean startsJsonObject(byte[] head, int length) {
    int i = starts(head, length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
      i++;
    }
    return i < length && head[i] == '{';
  }

  /** A plain explanation for a file starting with {@code head}, or null when nothing is known. */
  static String explain(byte[] head, int length) {
    if (starts(head, length, 0x89, 'P', 'N', 'G')) {
      return "the file is a PNG image, not GeoJSON text";
    }
    if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
      return "the file is a JPEG image, not GeoJSON text";
    }
    if (starts(head, length, 'P', 'K', 3, 4)) {
      return "the file is a ZIP archive; unpack it and open the GeoJSON file inside";
    }
    if (starts(head, length, 0x1F, 0x8B)) {
      return "the file is gzip-compressed; uncompress it first";
    }
    if (starts(head, length, '%', 'P', 'D', 'F')) {
      return "the file is a PDF document, not GeoJSON text";
    }
    if (starts(head, length, 0xFF, 0xFE)
        || starts(head, length, 0xFE, 0xFF)
        || (length >= 2 && (head[0] == 0) != (head[1] == 0))) {
      return "the file is UTF-16 text; save it as UTF-8";
    }
    return null;
  }

  private static boolean starts(byte[] head, int length, int... signature) {
    if (length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
