package org.painoutcomes.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.painoutcomes.contract.Source;

/**
 * Turns a clean row of one source into the record text of a planted defect. Each result breaks
 * exactly the rule of its kind and no rule checked before it (SPEC 2.5 order), so a correct
 * pipeline gives it exactly that reason code. The parts common to every source live here; each
 * source says how its own columns go wrong.
 */
abstract class SourceDefects {
  protected final SplittableRandom rng;
  protected final BadText bad;
  private final MalformedRecords malformed;
  private final Supplier<String> phantoms;
  private final Source source;
  private final int ownFormatDefects;

  /** @param ownFormatDefects how many ways {@link #badOwnFormat} breaks the source's own columns */
  SourceDefects(Source source, int ownFormatDefects, SplittableRandom rng, Supplier<String> phantoms) {
    this.source = source;
    this.ownFormatDefects = ownFormatDefects;
    this.rng = rng;
    this.bad = new BadText(rng);
    this.malformed = new MalformedRecords(rng);
    this.phantoms = phantoms;
  }

  /** The longest value an identifier column accepts (SPEC 2.2 to 2.4, as {@link Source} declares it). */
  final int maxLength(String column) {
    return source.column(column).maxLength();
  }

  /** Breaks the identifier in {@code row[at]} (the column {@code column}) in its format. */
  final void badIdentifier(String[] row, int at, String column) {
    row[at] = bad.identifier(row[at], maxLength(column));
  }

  /** Breaks the date in {@code row[at]} in its format. */
  final void badDate(String[] row, int at) {
    row[at] = bad.date((int) LocalDate.parse(row[at]).toEpochDay());
  }

  /** The record that takes the clean row's place, for a kind that replaces it. */
  final String replacement(DefectKind kind, String[] row, int enrollmentDay) {
    return switch (kind) {
      case FIELD_COUNT -> malformed.fieldCount(row);
      case INVALID_UTF8 -> malformed.invalidUtf8(row);
      case TEXT_AFTER_QUOTE -> malformed.textAfterQuote(row);
      case MISSING_REQUIRED -> missingRequired(row);
      case BAD_FORMAT -> CsvText.join(badFormat(row.clone()));
      case BAD_VALUE -> CsvText.join(badValue(row.clone()));
      case OUT_OF_RANGE -> CsvText.join(outOfRange(row.clone()));
      case UNKNOWN_PARTICIPANT -> CsvText.join(withParticipant(row, phantoms.get()));
      case BAD_DATE_ORDER -> CsvText.join(badDateOrder(row.clone(), enrollmentDay));
      default -> throw new IllegalArgumentException(kind + " adds a copy");
    };
  }

  /** The record added after the clean row, for DUPLICATE or CONFLICT. */
  final String copy(DefectKind kind, String[] row) {
    return switch (kind) {
      case DUPLICATE -> duplicate(row);
      case CONFLICT -> CsvText.join(conflict(row.clone()));
      default -> throw new IllegalArgumentException(kind + " replaces the row");
    };
  }

  /** The file's last record: a phantom's row whose second field opens a quote never closed. */
  final String unclosedQuote(String[] template) {
    return malformed.unclosedQuote(withParticipant(template, phantoms.get()));
  }

  /** A required value left empty: blank, spaces, a quoted empty field, or a row of commas. */
  private String missingRequired(String[] row) {
    String[] raw = CsvText.encoded(row);
    int variant = rng.nextInt(8);
    if (variant == 0) {
      return ",".repeat(raw.length - 1);
    }
    int[] required = RowLayout.required(source);
    raw[required[rng.nextInt(required.length)]] = variant < 4 ? "" : variant < 6 ? "  " : "\"\"";
    return CsvText.joinRaw(raw);
  }

  /**
   * A copy equal on typed values (SPEC 2.5): an exact copy, or one with a value padded with
   * spaces, quoted, or a boolean or number spelt another way.
   */
  private String duplicate(String[] row) {
    String[] raw = CsvText.encoded(row);
    switch (rng.nextInt(4)) {
      case 0:
        break;
      case 1: {
        int f = 1 + rng.nextInt(raw.length - 1);
        raw[f] = " " + raw[f] + "  ";
        break;
      }
      case 2: {
        int f = rng.nextInt(raw.length);
        raw[f] = CsvText.quote(row[f]);
        break;
      }
      default:
        respell(raw, row);
    }
    return CsvText.joinRaw(raw);
  }

  private static String[] withParticipant(String[] row, String pid) {
    String[] out = row.clone();
    out[0] = pid;
    return out;
  }

  /**
   * Breaks the format of one column, each way as likely: participant_id, which every source has,
   * or one of the source's own columns ({@link #badOwnFormat}).
   */
  final String[] badFormat(String[] row) {
    int which = rng.nextInt(1 + ownFormatDefects);
    if (which == 0) {
      badIdentifier(row, RowLayout.participantId(source), "participant_id");
    } else {
      badOwnFormat(row, which - 1);
    }
    return row;
  }

  /** Breaks the format of one of the source's own columns (identifier, date, boolean or number), {@code which} from 0. */
  abstract void badOwnFormat(String[] row, int which);

  /** Puts a value outside an enum in one column. */
  abstract String[] badValue(String[] row);

  /** Puts a number out of its range or not whole; only for sources with numbers. */
  String[] outOfRange(String[] row) {
    throw new UnsupportedOperationException(source.id() + " has no number");
  }

  /** Breaks the date order rule; only for sources with one. */
  String[] badDateOrder(String[] row, int enrollmentDay) {
    throw new UnsupportedOperationException(source.id() + " has no date order rule");
  }

  /** Changes one value to another valid one, so that the two rows of the key differ. */
  abstract String[] conflict(String[] row);

  /** Respells a boolean or number of the encoded row in place, keeping its typed value. */
  abstract void respell(String[] raw, String[] row);
}
