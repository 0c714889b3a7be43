package org.situationmap.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {
  @ParameterizedTest
  @CsvSource({
    "SEVERODONETSK, severodonetsk",
    "Slov’yansk, slovyansk",
    "slovʼyansk, slovyansk",
    "Slov'yansk, slovyansk",
    "Артёмовск, артемовск",
    "Сєвєродонецьк, сєвєродонецьк",
    "Kramators'k, kramatorsk",
    "'  Zolote-3 ', zolote 3",
    "Mariupol’ — port, mariupol port",
  })
  void foldsCaseAccentsApostrophesAndSeparators(String in, String expected) {
    assertEquals(expected, NameNormalizer.normalize(in));
  }

  @ParameterizedTest
  @CsvSource({"Kyïv, kyiv", "Bílá, bila", "ŁÓDŹ, łodz"})
  void stripsCombiningMarks(String in, String expected) {
    assertEquals(expected, NameNormalizer.normalize(in));
  }
}
