package org.situationmap.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How current a layer is: for each oblast (a places' {@code admin1} value), the date up to which
 * every place in it was checked. After that date the layer may miss changes there. Immutable and
 * thread-safe.
 *
 * @param oblasts the checked oblasts in file order, each named once
 */
public record Coverage(List<Oblast> oblasts) {
  /** Nothing said about how current the layer is. */
  public static final Coverage NONE = new Coverage(List.of());

  /**
   * One oblast's coverage.
   *
   * @param admin1 the oblast, as the places' {@code admin1} names it; not blank
   * @param checkedTo the last day up to which every place in it was checked
   */
  public record Oblast(String admin1, LocalDate checkedTo) {
    /** Validates the arguments. */
    public Oblast {
      Validation.requireText(admin1, "admin1");
      Objects.requireNonNull(checkedTo, "checkedTo");
    }

    /** Whether {@code date} lies after the checked period, where changes may be missing. */
    public boolean lapsedAt(LocalDate date) {
      return date.isAfter(checkedTo);
    }
  }

  /** Copies the list and checks that each oblast is named once. */
  public Coverage {
    oblasts = Validation.copy(oblasts, "oblasts");
    Set<String> seen = new HashSet<>();
    for (Oblast oblast : oblasts) {
      if (!seen.add(oblast.admin1())) {
        throw new IllegalArgumentException("oblast '" + oblast.admin1() + "' named twice");
      }
    }
  }

  /** Whether no oblast's coverage is given. */
  public boolean isEmpty() {
    return oblasts.isEmpty();
  }

  /** The date up to which the places of {@code admin1} were checked, if given. */
  public Optional<LocalDate> checkedTo(String admin1) {
    return oblasts.stream()
        .filter(o -> o.admin1().equals(admin1))
        .map(Oblast::checkedTo)
        .findFirst();
  }

  /** The coverage of those of {@code admin1s} that have one, in this coverage's order. */
  public List<Oblast> of(Collection<String> admin1s) {
    return oblasts.stream().filter(o -> admin1s.contains(o.admin1())).toList();
  }

  /**
   * The oblasts among {@code admin1s} whose checked period ended before {@code date}, in this
   * coverage's order: where a map of that date may miss changes.
   */
  public List<Oblast> lapsedAt(LocalDate date, Collection<String> admin1s) {
    return of(admin1s).stream().filter(o -> o.lapsedAt(date)).toList();
  }
}
