package org.painoutcomes.privacy;

import org.painoutcomes.contract.QualityMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.SmallCount;
import org.painoutcomes.contract.Source;
import org.painoutcomes.tables.QualityRow;

/**
 * What a public data-quality summary may show (SPEC 7.4 leaves the public view to the report;
 * SPEC 7.2's CMS rule decides it). The rule, as the README may quote it:
 *
 * <ol>
 *   <li>Every value is treated as a count of people: a rejected enrollment row is a person, and
 *       attendance and outcome rows are rows about people, so a handful of them can point at a
 *       handful of people. A value from 1 to threshold - 1 is hidden (null); 0 is shown.
 *   <li>Within each source, two relations hold: {@code rows_read = rows_accepted +
 *       rows_rejected} and {@code rows_rejected = sum of rejected_<CODE>}. Where exactly one value
 *       of a relation is hidden, one more is hidden: the member not hidden with the smallest value
 *       above 0 (ties by metric name, by code point); else the total, if its value is above 0.
 *       Enrollment's {@code rows_accepted} is never that extra value: participant_flow publishes
 *       the same count (enrolled, site ALL, condition ALL), which {@link SmallCellSuppressor}
 *       hides only when it is itself from 1 to threshold - 1, so hiding it here would protect
 *       nothing. This repeats in passes, each deciding from the view as it stood at its start,
 *       until a pass hides nothing.
 *   <li>{@code unscored_<INSTRUMENT>} values, and any metric not named above, are in no relation
 *       (no total of them is published): only rule 1 applies.
 * </ol>
 */
public final class PublicQualitySummary {

  public static final String ROWS_READ = QualityMetrics.ROWS_READ;
  public static final String ROWS_ACCEPTED = QualityMetrics.ROWS_ACCEPTED;
  public static final String ROWS_REJECTED = QualityMetrics.ROWS_REJECTED;

  /**
   * The public view of quality/summary: the same rows in the same order, value null where hidden.
   *
   * @param restricted quality/summary rows (values never null)
   * @param threshold the smallest count that may be shown (SPEC 7.2)
   */
  public List<PublicQualityRow> publicView(List<QualityRow> restricted, int threshold) {
    Map<String, Integer> index = new HashMap<>();
    boolean[] hidden = new boolean[restricted.size()];
    for (int i = 0; i < restricted.size(); i++) {
      QualityRow r = restricted.get(i);
      if (r.value() == null) {
        throw new IllegalArgumentException("quality/summary row " + i + " has no value");
      }
      if (index.put(r.source() + "/" + r.metric(), i) != null) {
        throw new IllegalArgumentException("quality/summary has two rows for one source and metric");
      }
      hidden[i] = SmallCount.isSmall(r.value(), threshold);
    }
    List<Partition> relations = relations(restricted, index);
    Integer flowShown = index.get(Source.ENROLLMENT.id() + "/" + ROWS_ACCEPTED);
    int publishedElsewhere = flowShown == null ? -1 : flowShown;
    boolean hidSomething = true;
    while (hidSomething) {
      List<Integer> decided = new ArrayList<>();
      for (Partition p : relations) {
        int row =
            ComplementaryChoice.choose(
                p, i -> hidden[i], i -> i != publishedElsewhere,
                new ComplementaryChoice.Ranking<>(i -> restricted.get(i).value(), restricted, Comparator.comparing(QualityRow::metric)));
        if (row != ComplementaryChoice.NONE) {
          decided.add(row);
        }
      }
      decided.forEach(i -> hidden[i] = true);
      hidSomething = !decided.isEmpty();
    }
    List<PublicQualityRow> view = new ArrayList<>(restricted.size());
    for (int i = 0; i < restricted.size(); i++) {
      QualityRow r = restricted.get(i);
      view.add(new PublicRows.Quality(r.source(), r.metric(), hidden[i] ? null : r.value()));
    }
    return view;
  }

  private static List<Partition> relations(List<QualityRow> rows, Map<String, Integer> index) {
    List<Partition> relations = new ArrayList<>();
    TreeSet<String> sources = new TreeSet<>();
    rows.forEach(r -> sources.add(r.source()));
    for (String source : sources) {
      Integer read = index.get(source + "/" + ROWS_READ);
      Integer accepted = index.get(source + "/" + ROWS_ACCEPTED);
      Integer rejected = index.get(source + "/" + ROWS_REJECTED);
      if (read != null && accepted != null && rejected != null) {
        relations.add(new Partition(read, new int[] {accepted, rejected}));
      }
      List<Integer> codes = new ArrayList<>();
      for (ReasonCode code : ReasonCode.values()) {
        Integer row = index.get(source + "/" + code.metric());
        if (row != null) {
          codes.add(row);
        }
      }
      if (rejected != null && !codes.isEmpty()) {
        relations.add(new Partition(rejected, codes.stream().mapToInt(Integer::intValue).toArray()));
      }
    }
    return relations;
  }
}
