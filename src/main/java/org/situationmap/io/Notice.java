package org.situationmap.io;

/**
 * One warning for a condition shared by many features, placed at the first of them, so that a plain
 * GeoJSON file from another tool gets one notice rather than one per feature.
 */
final class Notice {
  private FeatureDraft first;
  private String firstId;
  private int count;

  void count(FeatureDraft draft, String id) {
    if (first == null) {
      first = draft;
      firstId = id;
    }
    count++;
  }

  /**
   * Reports the warning if any feature was counted: {@code single} (formatted with the id) for one,
   * {@code many} (formatted with the count) for more.
   */
  void report(ProblemCollector problems, String subPointer, String single, String many) {
    if (first == null) {
      return;
    }
    String message = count == 1 ? String.format(single, firstId) : String.format(many, count);
    boolean inProperties = !subPointer.isEmpty() && first.propertiesLocation != null;
    problems.add(
        inProperties ? first.propertiesLocation : first.start,
        first.pointer() + (inProperties ? subPointer : ""),
        Severity.WARNING,
        message);
    problems.attribute(problems.size() - 1, firstId);
  }
}
