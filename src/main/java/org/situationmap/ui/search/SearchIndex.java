package org.situationmap.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.situationmap.domain.Place;
import org.situationmap.timeline.TimelineIndex;

/**
 * Every name of every place in a layer, folded by {@link NameNormalizer}, for search as you type.
 * Ranking: exact before prefix before word-prefix before substring matches; within a rank bigger
 * places first (population, then kind), then by name. Built once per layer; a query scans all names
 * (a few milliseconds for 100,000 places). Immutable and thread-safe.
 */
public final class SearchIndex {
  /** An index with no places. */
  public static final SearchIndex EMPTY = new SearchIndex(TimelineIndex.of(List.of()));

  private final TimelineIndex index;
  private final String[][] folded;
  private final String[][] names;

  private SearchIndex(TimelineIndex index) {
    this.index = index;
    int n = index.size();
    folded = new String[n][];
    names = new String[n][];
    for (int i = 0; i < n; i++) {
      List<String> all = namesOf(index.place(i));
      names[i] = all.toArray(String[]::new);
      folded[i] = all.stream().map(NameNormalizer::normalize).toArray(String[]::new);
    }
  }

  /** Indexes the names of the places of {@code index}. */
  public static SearchIndex of(TimelineIndex index) {
    return new SearchIndex(index);
  }

  /** The places' timeline index. */
  public TimelineIndex timeline() {
    return index;
  }

  /**
   * The best {@code limit} places whose names match {@code query} and that {@code accept} lets
   * through, best first; empty for a blank query.
   */
  public List<SearchHit> find(String query, IntPredicate accept, int limit) {
    String q = NameNormalizer.normalize(query);
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < folded.length; i++) {
      SearchHit best = null;
      for (int k = 0; k < folded[i].length; k++) {
        SearchHit.Match m = match(folded[i][k], q);
        if (m != null && (best == null || m.compareTo(best.match()) < 0)) {
          best = new SearchHit(i, names[i][k], m);
        }
      }
      if (best != null && accept.test(i)) {
        hits.add(best);
      }
    }
    hits.sort(Comparator.comparing(SearchHit::match).thenComparing(h -> h.place(), bySize()));
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }

  /** Places that {@code accept} lets through, biggest first, at most {@code limit}. */
  public List<Integer> all(IntPredicate accept, int limit) {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < folded.length; i++) {
      if (accept.test(i)) {
        result.add(i);
      }
    }
    result.sort(bySize());
    return List.copyOf(result.subList(0, Math.min(limit, result.size())));
  }

  /** Bigger places first: population (unknown last), then kind, then English name. */
  Comparator<Integer> bySize() {
    return Comparator.<Integer>comparingInt(
            i -> {
              Integer pop = index.place(i).population();
              return pop == null ? 1 : -pop;
            })
        .thenComparing(i -> index.place(i).kind())
        .thenComparing(i -> index.place(i).name());
  }

  private static SearchHit.Match match(String name, String q) {
    if (name.equals(q)) {
      return SearchHit.Match.EXACT;
    }
    if (name.startsWith(q)) {
      return SearchHit.Match.PREFIX;
    }
    int at = name.indexOf(q);
    if (at < 0) {
      return null;
    }
    return name.contains(" " + q) ? SearchHit.Match.WORD_PREFIX : SearchHit.Match.SUBSTRING;
  }

  private static List<String> namesOf(Place p) {
    Set<String> all = new LinkedHashSet<>();
    all.add(p.name());
    if (p.names().uk() != null) {
      all.add(p.names().uk());
    }
    if (p.names().ru() != null) {
      all.add(p.names().ru());
    }
    all.addAll(p.names().alt());
    return List.copyOf(all);
  }
}
