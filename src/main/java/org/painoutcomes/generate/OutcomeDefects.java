package org.painoutcomes.generate;

import static org.painoutcomes.generate.RowLayout.*;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.Source;

/** How an outcome item row goes wrong (SPEC 2.4). */
final class OutcomeDefects extends SourceDefects {
  OutcomeDefects(SplittableRandom rng, Supplier<String> phantoms) {
    super(Source.OUTCOMES, 2, rng, phantoms);
  }

  @Override
  void badOwnFormat(String[] row, int which) {
    switch (which) {
      case 0 -> badDate(row, O_DATE);
      default -> row[O_VALUE] = bad.notNumber();
    }
  }

  @Override
  String[] badValue(String[] row) {
    Instrument instrument = Instrument.byCode(row[O_INSTRUMENT]);
    switch (rng.nextInt(3)) {
      case 0 -> row[O_INSTRUMENT] = bad.oneOf("PHQ9", "peg", "PROMIS-PI", "GAD7", "Oswestry");
      case 1 -> row[O_ITEM] = bad.oneOf("PEG_4", "ODI_11", "ODI_1", "TSCORE_RAW", "peg_1");
      default -> row[O_ITEM] = // an item of another instrument (SPEC 2.5)
          switch (instrument) {
            case PEG -> "NRS_PAIN";
            case NRS -> "PEG_1";
            case PROMIS_PI, PROMIS_PF -> "ODI_01";
            case ODI -> "TSCORE";
          };
    }
    return row;
  }

  @Override
  String[] outOfRange(String[] row) {
    row[O_VALUE] =
        switch (Instrument.byCode(row[O_INSTRUMENT])) {
          case PEG, NRS -> bad.oneOf("11", "12", "-1", "7.5", "10.5", "15");
          case ODI -> bad.oneOf("6", "-1", "2.5", "9");
          case PROMIS_PI -> bad.oneOf("90.1", "95.0", "19.9", "15.2", "100");
          case PROMIS_PF -> bad.oneOf("80.5", "85.0", "9.9", "5.0");
        };
    return row;
  }

  @Override
  String[] conflict(String[] row) {
    Instrument instrument = Instrument.byCode(row[O_INSTRUMENT]);
    BigDecimal value = new BigDecimal(row[O_VALUE]);
    BigDecimal step = instrument.whole() ? BigDecimal.ONE : new BigDecimal("1.5");
    BigDecimal up = value.add(step);
    row[O_VALUE] = (up.compareTo(instrument.max()) <= 0 ? up : value.subtract(step)).toPlainString();
    return row;
  }

  @Override
  void respell(String[] raw, String[] row) {
    raw[O_VALUE] = bad.respellNumber(row[O_VALUE]);
  }
}
