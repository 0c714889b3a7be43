package org.situationmap.generate;

import java.util.SplittableRandom;

/** Made-up place names and note texts, built from fixed word lists. */
final class Words {
  private static final String[] STEMS = {
    "Novo", "Staro", "Verkhnio", "Nyzhnio", "Krasno", "Bilo", "Zolo", "Chervono", "Pisko", "Myro",
    "Kamiano", "Sosno", "Dobro", "Zeleno", "Pryvil", "Vesel", "Lyman", "Torsk", "Opyt", "Kurakh"
  };
  private static final String[] ENDINGS = {
    "ivka",
    "pillia",
    "hrad",
    "dolynske",
    "ske",
    "ove",
    "ynka",
    "ivske",
    "ne",
    "horivka",
    "yi Yar",
    "mykhailivka",
    "selydove",
    "kostiantynivka",
    "ivanivka"
  };
  private static final String[] SUBJECTS = {
    "Local officials",
    "Geolocated footage",
    "A regional administration statement",
    "Satellite imagery",
    "Residents",
    "The general staff",
    "A milblogger",
    "Drone video",
    "A press officer",
    "Volunteers"
  };
  private static final String[] VERBS = {
    "indicate", "suggest", "confirm", "show", "claim", "report", "describe", "document"
  };
  private static final String[] EVENTS = {
    "shelling of the eastern outskirts", "an advance along the railway line",
    "fighting near the water treatment plant", "the evacuation of remaining civilians",
    "damage to the bridge over the river", "a counterattack from the south",
    "positional fighting in the forest belt", "strikes on the power substation",
    "a withdrawal to prepared positions", "assaults by small infantry groups",
    "the repair of the main road", "mine clearance in the fields to the north"
  };

  private Words() {}

  /** A plausible Donbas-like place name. */
  static String placeName(SplittableRandom random) {
    String stem = STEMS[random.nextInt(STEMS.length)];
    String ending = ENDINGS[random.nextInt(ENDINGS.length)];
    return stem + ending;
  }

  /** A text of {@code min}–{@code max} characters made of sentences about {@code place}. */
  static String noteText(SplittableRandom random, String place, int min, int max) {
    int target = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder(target + 80);
    while (text.length() < target) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(SUBJECTS[random.nextInt(SUBJECTS.length)])
          .append(' ')
          .append(VERBS[random.nextInt(VERBS.length)])
          .append(' ')
          .append(EVENTS[random.nextInt(EVENTS.length)])
          .append(" near ")
          .append(place)
          .append('.');
    }
    if (text.length() > max) {
      text.setLength(max - 1);
      while (text.charAt(text.length() - 1) == ' ') {
        text.setLength(text.length() - 1);
      }
      text.append('.');
    }
    return text.toString();
  }
}
