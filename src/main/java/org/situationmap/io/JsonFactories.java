package org.situationmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The one Jackson {@link JsonFactory} of this package, configured on purpose (see {@code
 * docs/data-format.md}, "Limits"). Thread-safe: a factory may be shared once built.
 */
final class JsonFactories {

  /** Deepest nesting of arrays and objects; the format itself needs 6. */
  static final int MAX_NESTING_DEPTH = 64;

  /** Longest string value, in characters (1 MiB). */
  static final int MAX_STRING_LENGTH = 1 << 20;

  /** Longest member name, in characters. */
  static final int MAX_NAME_LENGTH = 1_000;

  /** Longest number literal, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;

  /** Largest document, in characters (2 GiB). */
  static final long MAX_DOCUMENT_LENGTH = 2L << 30;

  /**
   * The factory for everything but reading situation files: strict duplicate detection on (Jackson
   * keeps a set of names per object).
   */
  static final JsonFactory FACTORY =
      builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * The factory {@link SituationReader} reads with: the same limits and strictness, but duplicate
   * member names are found by {@link JsonCursor} itself (cheaper: it knows the members it expects)
   * with the same fatal error and position Jackson gives.
   */
  static final JsonFactory SITUATION =
      builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static JsonFactoryBuilder builder() {
    return new JsonFactoryBuilder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  private JsonFactories() {}
}
