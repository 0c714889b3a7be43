package org.situationmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;

/**
 * Writes an edited situation into the text of the file it was read from, changing only the values
 * that differ ({@link TextPatch}): unchanged places keep their bytes, a changed place has only its
 * changed members written anew, new places go after the last feature. Works when the text reads as
 * the situation the edits started from, with no feature skipped, and the edits changed or added
 * places without touching the layer's facts; otherwise there is no patch. The patched text is read
 * back and must give the edited situation. Stateless.
 */
final class SituationPatch {
  private SituationPatch() {}

  /**
   * The text of {@code edited}, made from {@code text}, which reads as {@code base}.
   *
   * @return empty when the text cannot be patched (then the layer must be written whole)
   */
  static Optional<byte[]> patch(byte[] text, Situation base, Situation edited) {
    try {
      ReadResult read = new SituationReader().read(new ByteArrayInputStream(text), "patch");
      if (read.skipped() > 0 || !read.situation().equals(base) || !fits(base, edited)) {
        return Optional.empty();
      }
      List<JsonSpan> features = features(text);
      if (features.size() != base.places().size() || features.isEmpty()) {
        return Optional.empty();
      }
      List<TextPatch.Replacement> changes = new ArrayList<>();
      List<Place> before = base.places();
      List<Place> after = edited.places();
      for (int i = 0; i < after.size(); i++) {
        if (i < before.size() && before.get(i).equals(after.get(i))) {
          continue;
        }
        byte[] written = written(after.get(i));
        JsonSpan neu = span(written, 0, written.length);
        TextPatch p = new TextPatch(text, written);
        if (i < before.size()) {
          JsonSpan old = features.get(i);
          p.value(span(text, old.start, old.end - old.start), neu, true);
        } else {
          p.insertAfter(features.get(features.size() - 1), neu);
        }
        changes.addAll(p.replacements());
      }
      if (changes.isEmpty()) {
        return Optional.of(text);
      }
      byte[] patched = TextPatch.apply(text, changes);
      ReadResult check = new SituationReader().read(new ByteArrayInputStream(patched), "patched");
      return check.skipped() == 0 && check.situation().equals(edited)
          ? Optional.of(patched)
          : Optional.empty();
    } catch (SituationReadException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code edited} is {@code base} with places changed in place or added at the end. */
  private static boolean fits(Situation base, Situation edited) {
    if (!base.meta().equals(edited.meta()) || !base.extras().equals(edited.extras())) {
      return false;
    }
    List<Place> before = base.places();
    List<Place> after = edited.places();
    if (after.size() < before.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).id().equals(after.get(i).id())) {
        return false;
      }
    }
    return true;
  }

  /** The spans of the features (shallow: only their start and end). */
  private static List<JsonSpan> features(byte[] text) throws IOException {
    List<JsonSpan> out = new ArrayList<>();
    try (JsonParser p = JsonFactories.FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("features") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            int start = (int) p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getByteOffset();
            out.add(JsonSpan.bounds(start, end));
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return out;
  }

  /** The span tree of the value in {@code text[start, start + length)}. */
  private static JsonSpan span(byte[] text, int start, int length) throws IOException {
    try (JsonParser p = JsonFactories.FACTORY.createParser(text, start, length)) {
      p.nextToken();
      return JsonSpan.parse(p, text, start);
    }
  }

  /** {@code place} as a feature in the indented layout. */
  private static byte[] written(Place place) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonFactories.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new IndentPrinter(Integer.MAX_VALUE));
      new DocumentWriter(g).place(place);
    }
    return out.toByteArray();
  }
}
