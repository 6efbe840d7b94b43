package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;
import static org.painoutcomes.tables.OutcomeChangeRow.ALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_ATTENDANCE_BAND;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_OVERALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_PRIMARY_MODALITY;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.config.AttendanceBand;
import org.painoutcomes.config.FollowUpWindow;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.derive.AnalysisColumns;
import org.painoutcomes.derive.Exposure;

/**
 * The outcome_change cells (grouping, group, condition, measure, timepoint: SPEC 7.1) of a change
 * record, each as one long. Every label comes from a list known before the data is read (the
 * configuration and the contract), so a cell is a number in a mixed-radix system of their
 * positions: aggregating on one long rather than five strings is several times faster, and the
 * labels are put back on the few thousand aggregated rows.
 */
final class CellKeys {

  private static final List<String> GROUPINGS =
      List.of(GROUPING_OVERALL, GROUPING_PRIMARY_MODALITY, GROUPING_MODALITY_EXPOSURE, GROUPING_ATTENDANCE_BAND);

  private static final String MEMBERSHIP = "_membership_";
  private static final String OWN = "_own_condition";

  private final PipelineConfig config;
  private final List<String> groups;
  private final List<String> conditions;
  private final List<String> measures;
  private final List<String> timepoints;

  CellKeys(PipelineConfig config) {
    this.config = config;
    LinkedHashSet<String> g = new LinkedHashSet<>();
    g.add(ALL);
    g.addAll(config.modalities());
    g.add(Exposure.MULTIMODAL);
    g.add(Exposure.EDUCATION_ONLY);
    config.attendanceBands().stream().map(AttendanceBand::label).forEach(g::add);
    this.groups = List.copyOf(g);
    List<String> c = new ArrayList<>(config.conditions());
    c.add(ALL);
    this.conditions = List.copyOf(c);
    this.measures = java.util.Arrays.stream(Instrument.values()).map(Instrument::name).toList();
    this.timepoints = config.followUpWindows().stream().map(FollowUpWindow::timepoint).toList();
  }

  /**
   * One row per change record and cell it belongs to under its own condition: overall/ALL, its
   * primary modality, every modality it is exposed to (groups overlap), its attendance band (none
   * when the band is null). The same cells under condition ALL are sums of these ({@link
   * #underAllConditions}), not listed again.
   *
   * @param changeRecords change_records rows
   * @param cell the name of the cell key column (long)
   * @param carried the columns kept beside it
   */
  Dataset<Row> cells(Dataset<Row> changeRecords, String cell, String... carried) {
    // The positions first, once per record; the cells are sums of them.
    List<Column> coded = new ArrayList<>();
    for (String c : carried) {
      coded.add(col(c));
    }
    List<Column> memberships = new ArrayList<>();
    memberships.add(membership(GROUPING_OVERALL, lit(ALL)));
    memberships.add(membership(GROUPING_PRIMARY_MODALITY, col(AnalysisColumns.PRIMARY_MODALITY)));
    for (String m : config.modalities()) {
      Column exposed = Exposure.exposed(col(AnalysisColumns.sessionsOf(m)), config);
      memberships.add(when(exposed, membership(GROUPING_MODALITY_EXPOSURE, lit(m))));
    }
    memberships.add(
        when(
            col(AnalysisColumns.ATTENDANCE_BAND).isNotNull(),
            membership(GROUPING_ATTENDANCE_BAND, col(AnalysisColumns.ATTENDANCE_BAND))));
    for (int i = 0; i < memberships.size(); i++) {
      coded.add(memberships.get(i).cast("long").multiply(perMembership()).as(MEMBERSHIP + i));
    }
    Column measureAndTimepoint =
        position(measures, col(AnalysisColumns.MEASURE), "measure")
            .multiply(timepoints.size())
            .plus(position(timepoints, col(AnalysisColumns.TIMEPOINT), "timepoint"));
    coded.add(position(conditions, col(AnalysisColumns.PRIMARY_CONDITION), "condition").multiply(perCondition()).plus(measureAndTimepoint).as(OWN));

    List<Column> cells = new ArrayList<>();
    for (int i = 0; i < memberships.size(); i++) {
      cells.add(col(MEMBERSHIP + i).plus(col(OWN)));
    }
    List<Column> out = new ArrayList<>();
    // array_except rather than array_compact, whose lambda function would leave code generation;
    // the cells of a record are distinct, so its removing duplicates changes nothing.
    Column noCell = array(lit(null).cast("long"));
    out.add(explode(array_except(array(cells.toArray(Column[]::new)), noCell)).as(cell));
    for (String c : carried) {
      out.add(col(c));
    }
    return changeRecords.select(coded.toArray(Column[]::new)).select(out.toArray(Column[]::new));
  }

  /**
   * The cell under condition ALL with the same grouping, group, measure and timepoint as a cell
   * under one condition (no configured condition is called ALL: {@code ConfigLoader}).
   */
  Column underAllConditions(Column cell) {
    long perMembership = perMembership();
    return cell.divide(perMembership).cast("long").multiply(perMembership)
        .plus(allConditionsIndex() * perCondition())
        .plus(cell.mod(perCondition()));
  }

  private long allConditionsIndex() {
    return conditions.indexOf(ALL);
  }

  private long perCondition() {
    return (long) measures.size() * timepoints.size();
  }

  private long perMembership() {
    return conditions.size() * perCondition();
  }

  /** The five label columns of a cell key, named as outcome_change's. */
  Column[] labels(Column cell) {
    long perCondition = perCondition();
    long perMembership = perMembership();
    Column membership = cell.divide(perMembership).cast("long");
    Column rest = cell.mod(perMembership);
    return new Column[] {
      label(GROUPINGS, membership.divide(groups.size()).cast("long")).as("grouping"),
      label(groups, membership.mod(groups.size())).as("group"),
      label(conditions, rest.divide(perCondition).cast("long")).as(AnalysisColumns.CONDITION),
      label(measures, rest.mod(perCondition).divide(timepoints.size()).cast("long")).as(AnalysisColumns.MEASURE),
      label(timepoints, rest.mod(timepoints.size())).as(AnalysisColumns.TIMEPOINT)
    };
  }

  private Column membership(String grouping, Column group) {
    return lit(GROUPINGS.indexOf(grouping) * groups.size()).plus(position(groups, group, "group"));
  }

  /** The 0-based place of a value in a list; the run fails on a value the list lacks. */
  private static Column position(List<String> values, Column value, String what) {
    Column p = array_position(literal(values), value);
    return when(p.gt(0), p.minus(1)).otherwise(raise_error(lit("outcome_change: a " + what + " outside the configuration")));
  }

  private static Column label(List<String> values, Column index) {
    return element_at(literal(values), index.plus(1).cast("int"));
  }

  private static Column literal(List<String> values) {
    return array(values.stream().map(v -> lit(v)).toArray(Column[]::new));
  }
}
