package org.painoutcomes.report;

import org.painoutcomes.privacy.PublicAdjustedEffectRow;
import static org.painoutcomes.tables.OutcomeChangeRow.ALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_ATTENDANCE_BAND;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_OVERALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_PRIMARY_MODALITY;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;

/**
 * The plain-language summary at the top of the page, sentence by sentence, from the public
 * tables only (and the public-safe {@link StudyPeriod}). Each sentence names the figure or table
 * it rests on and says plainly when the data cannot answer: every group suppressed, or an
 * interval that includes zero.
 *
 * <p>The comparisons (conditions, modalities, attendance) are made on one measure at one
 * timepoint, the "focus": the first measure in the contract's order whose all-participants row
 * is shown, at the timepoint where that row has the most participants (the earliest on a tie).
 */
final class SummaryText {
  /** A sentence, and the figure it rests on: its name and the page anchor (both null for none). */
  record Sentence(String text, String figure, String anchor) {}

  /** The measure and timepoint the comparisons are made on. */
  record Focus(String measure, String timepoint) {}

  private final ReportData data;
  private final ReportModel model;
  private final OutcomeRows rows;
  private final ReportOrder order;

  SummaryText(ReportData data, ReportModel model) {
    this.data = data;
    this.model = model;
    this.rows = new OutcomeRows(data.outcomeChange());
    this.order = new ReportOrder(data.config());
  }

  /** Every sentence of the summary, in order; {@code adjusted} may be empty (no sentence then). */
  List<Sentence> sentences(List<PublicAdjustedEffectRow> adjusted) {
    List<Sentence> out = new ArrayList<>();
    out.add(period(data.period(), data.config().suppressionThreshold()));
    out.add(enrollment());
    Focus focus = focus();
    for (KeyResult k : headlineResults()) {
      out.add(measure(k));
    }
    if (focus == null) {
      out.add(new Sentence("No measure has a shown result for all participants, so the data cannot say how"
          + " conditions, modalities or attendance compare.", null, null));
      return out;
    }
    out.add(compare(focus, GROUPING_OVERALL, "conditions", true));
    out.add(compare(focus, GROUPING_PRIMARY_MODALITY, "primary modalities", false));
    Sentence adjustedSentence = adjustedEffects(adjusted, focus);
    if (adjustedSentence != null) {
      out.add(adjustedSentence);
    }
    out.add(attendance(focus));
    return out;
  }

  /** The period, or a plain statement that it cannot be given. */
  static Sentence period(StudyPeriod p, int threshold) {
    String rule = " (the first and last months in which at least " + threshold + " people started; a few may"
        + " have started just outside them).";
    if (p == null) {
      return new Sentence("The period the data cover cannot be stated: no month had " + threshold + " or more"
          + " people start, and a month with fewer is never named.", null, null);
    }
    String first = month(p.first());
    String last = month(p.last());
    return new Sentence(first.equals(last)
        ? "Participants started the program (first session attended) in " + first + rule
        : "Participants started the program (first session attended) between " + first + " and " + last + rule,
        null, null);
  }

  private static String month(java.time.YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
  }

  private Sentence enrollment() {
    List<Long> analysed = model.keyResults().stream().map(k -> k.analysed().value()).filter(v -> v != null).sorted().toList();
    String analysedText = analysed.isEmpty()
        ? "the number analysed is suppressed or there is none"
        : analysed.get(0).equals(analysed.get(analysed.size() - 1))
            ? NumberText.count(analysed.get(0)) + " were analysed (a baseline and a follow-up of a measure)"
            : NumberText.count(analysed.get(0)) + " to " + NumberText.count(analysed.get(analysed.size() - 1))
                + " were analysed, depending on the measure and timepoint (a baseline and a follow-up)";
    String enrolled = model.enrolled().isShown() ? NumberText.count(model.enrolled().value()) + " people were enrolled"
        : "the number enrolled is " + hidden(model.enrolled());
    String attended = model.attended().isShown()
        ? NumberText.count(model.attended().value()) + " attended at least one session"
        : "the number who attended a session is " + hidden(model.attended());
    String text = enrolled + ", " + attended + ", and " + analysedText + ".";
    return new Sentence(text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1), "Participant flow",
        FlowSection.ID);
  }

  private static String hidden(CountCell c) {
    return c.suppressed() ? "suppressed" : "not in the public table";
  }

  /** Per measure, its result at the timepoint with the most participants shown. */
  private List<KeyResult> headlineResults() {
    List<KeyResult> out = new ArrayList<>();
    for (KeyResult k : model.keyResults()) {
      KeyResult best = out.stream().filter(x -> x.measure().equals(k.measure())).findFirst().orElse(null);
      if (best == null) {
        out.add(k);
      } else if (size(k) > size(best)) {
        out.set(out.indexOf(best), k);
      }
    }
    return out;
  }

  private static long size(KeyResult k) {
    ForestRow f = k.improvement();
    return f == null || f.n() == null ? -1 : f.n();
  }

  /** The baseline level next to the improvement, for all participants at one timepoint. */
  private Sentence measure(KeyResult k) {
    String name = Labels.measure(k.measure());
    PublicOutcomeChangeRow row = rows.find(GROUPING_OVERALL, ALL, ALL, k.measure(), k.timepoint());
    ForestRow f = k.improvement();
    if (row == null || f == null || f.suppressed() || f.estimate() == null || row.row().baselineMean() == null
        || row.row().followupMean() == null) {
      return new Sentence(name + ": no shown result for all participants (suppressed or no follow-up).",
          "Key results", HeadlineSection.ID);
    }
    int d = Labels.decimals(k.measure());
    String unit = Labels.unit(k.measure());
    String level = NumberText.fixed(row.row().baselineMean(), d) + " at baseline, "
        + NumberText.fixed(row.row().followupMean(), d) + " at " + Labels.timepoint(k.timepoint())
        + " on average (" + NumberText.count(f.n()) + " people)";
    return new Sentence(name + ": " + level + ", " + verdict(f, d, unit) + ".", "Key results", HeadlineSection.ID);
  }

  /** "an improvement of 1.20 points (95% CI 0.90 to 1.50)", or that the data cannot tell. */
  static String verdict(ForestRow f, int decimals, String unit) {
    String est = NumberText.fixed(f.estimate(), decimals) + " " + unit;
    if (f.low() == null || f.high() == null) {
      return "a mean improvement of " + est + " with no interval (too few people)";
    }
    String ci = "95% CI " + NumberText.interval(f.low(), f.high(), decimals);
    if (f.low() > 0) {
      return "an improvement of " + est + " (" + ci + ")";
    }
    if (f.high() < 0) {
      return "a worsening: improvement " + est + " (" + ci + ")";
    }
    return "a mean improvement of " + est + " whose interval (" + ci + ") includes zero, so the data cannot say"
        + " whether it changed";
  }

  /** The focus: the first measure with a shown overall row, at its timepoint with the largest n. */
  Focus focus() {
    for (KeyResult k : headlineResults()) {
      if (size(k) > 0) {
        return new Focus(k.measure(), k.timepoint());
      }
    }
    return null;
  }

  /** Best and worst of a grouping's groups at the focus (conditions: grouping overall by condition). */
  private Sentence compare(Focus f, String grouping, String what, boolean byCondition) {
    List<String> groups = byCondition
        ? rows.conditionsOf(GROUPING_OVERALL, ALL, f.measure(), List.of(f.timepoint()), order.conditions())
        : rows.groupsOf(grouping, ALL, f.measure(), List.of(f.timepoint()), order.groups(grouping));
    List<ForestRow> shown = new ArrayList<>();
    for (String g : groups) {
      PublicOutcomeChangeRow p = byCondition
          ? rows.find(GROUPING_OVERALL, ALL, g, f.measure(), f.timepoint())
          : rows.find(grouping, g, ALL, f.measure(), f.timepoint());
      ForestRow r = OutcomeRows.improvement("", byCondition ? Labels.condition(g) : Labels.group(grouping, g), p);
      if (!r.suppressed() && r.estimate() != null) {
        shown.add(r);
      }
    }
    String figure = Labels.measure(f.measure()) + ": mean improvement by group";
    String anchor = Html.id(OutcomeSections.ID_FOREST, f.measure(), "figure");
    String at = " (" + Labels.measure(f.measure()) + ", " + Labels.timepoint(f.timepoint()) + ")";
    int suppressed = groups.size() - shown.size();
    String hidden = suppressed > 0
        ? "; " + suppressed + " of " + groups.size() + (suppressed == 1 ? " is" : " are") + " suppressed" : "";
    String caveat = byCondition ? "" : " These are unadjusted: the groups differ in who is in them.";
    if (shown.size() < 2) {
      return new Sentence("The data cannot compare " + what + at + ": fewer than two have a shown result" + hidden
          + ".", figure, anchor);
    }
    shown.sort(Comparator.comparingDouble(ForestRow::estimate));
    ForestRow low = shown.get(0);
    ForestRow high = shown.get(shown.size() - 1);
    int d = Labels.decimals(f.measure());
    String text = "Of " + shown.size() + " " + what + " with a shown result" + at + ", " + high.label()
        + " improved most (" + NumberText.fixed(high.estimate(), d) + " " + Labels.unit(f.measure()) + ") and "
        + low.label() + " least (" + NumberText.fixed(low.estimate(), d) + ")" + hidden + "; "
        + (overlap(low, high)
            ? "their 95% intervals overlap, so the data cannot tell them apart."
            : "their 95% intervals do not overlap.")
        + caveat;
    return new Sentence(text, figure, anchor);
  }

  private static boolean overlap(ForestRow a, ForestRow b) {
    if (a.low() == null || a.high() == null || b.low() == null || b.high() == null) {
      return true; // no interval: nothing can be told apart
    }
    return a.high() >= b.low() && b.high() >= a.low();
  }

  /** Lowest against highest attendance band with a shown result at the focus. */
  private Sentence attendance(Focus f) {
    List<String> bands = rows.groupsOf(GROUPING_ATTENDANCE_BAND, ALL, f.measure(), List.of(f.timepoint()),
        order.groups(GROUPING_ATTENDANCE_BAND));
    List<ForestRow> shown = new ArrayList<>();
    for (String b : bands) {
      ForestRow r = OutcomeRows.improvement("", Labels.group(GROUPING_ATTENDANCE_BAND, b),
          rows.find(GROUPING_ATTENDANCE_BAND, b, ALL, f.measure(), f.timepoint()));
      if (!r.suppressed() && r.estimate() != null) {
        shown.add(r);
      }
    }
    String figure = Labels.measure(f.measure()) + " by attendance band";
    String anchor = Html.id(OutcomeSections.ID_DOSE, f.measure(), "figure");
    String at = " (" + Labels.measure(f.measure()) + ", " + Labels.timepoint(f.timepoint()) + ")";
    if (shown.size() < 2) {
      return new Sentence("The data cannot relate improvement to attendance" + at
          + ": fewer than two attendance bands have a shown result.", figure, anchor);
    }
    ForestRow first = shown.get(0);
    ForestRow last = shown.get(shown.size() - 1);
    int d = Labels.decimals(f.measure());
    String trend = last.estimate() > first.estimate() ? "larger" : "smaller";
    return new Sentence("People who attended " + last.label() + " improved " + NumberText.fixed(last.estimate(), d)
        + " " + Labels.unit(f.measure()) + " on average against " + NumberText.fixed(first.estimate(), d) + " for "
        + first.label() + at + ", a " + trend + " improvement with more sessions; "
        + (overlap(first, last)
            ? "the two intervals overlap, so the data cannot tell them apart."
            : "the two intervals do not overlap, though people who attend more also differ in other ways."),
        figure, anchor);
  }

  /**
   * The adjusted-effects sentence (SPEC 7.5), at the focus, all conditions: the modality with the
   * largest shown estimate whose interval is above zero, or that none is clear. Null when there
   * are no adjusted rows (the table absent, or nothing fitted at the focus): no sentence then.
   */
  static Sentence adjustedEffects(List<PublicAdjustedEffectRow> adjusted, Focus f) {
    List<PublicAdjustedEffectRow> atFocus = adjusted == null ? List.of() : adjusted.stream()
        .filter(a -> ALL.equals(a.condition()) && f.measure().equals(a.measure()) && f.timepoint().equals(a.timepoint()))
        .toList();
    if (atFocus.isEmpty()) {
      return null;
    }
    String figure = "Adjusted effects";
    String anchor = "adjusted-effects";
    String at = " (" + Labels.measure(f.measure()) + ", " + Labels.timepoint(f.timepoint()) + ")";
    List<PublicAdjustedEffectRow> shown = atFocus.stream().filter(a -> !a.suppressed() && a.estimate() != null).toList();
    if (shown.isEmpty()) {
      return new Sentence("Adjusted for who is in each group, the data cannot say which modality helps" + at
          + ": every estimate is suppressed.", figure, anchor);
    }
    PublicAdjustedEffectRow best = shown.stream()
        .filter(a -> a.ciLow() != null && a.ciLow() > 0)
        .max(Comparator.comparingDouble(PublicAdjustedEffectRow::estimate))
        .orElse(null);
    int d = Labels.decimals(f.measure());
    if (best == null) {
      return new Sentence("Adjusted for condition, baseline level, age, sex and site, no modality's extra sessions"
          + " go with a clearly larger improvement" + at + ": every interval includes zero or lies below it.",
          figure, anchor);
    }
    return new Sentence("Adjusted for condition, baseline level, age, sex and site, each extra session of "
        + Labels.humanize(best.term()) + " went with " + NumberText.fixed(best.estimate(), d) + " "
        + Labels.unit(f.measure()) + " more improvement (95% CI " + NumberText.interval(best.ciLow(), best.ciHigh(), d)
        + ")" + at + ", the largest clear association; an association, not proof of an effect.", figure, anchor);
  }
}
