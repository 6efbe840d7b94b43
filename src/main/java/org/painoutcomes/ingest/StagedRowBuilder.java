package org.painoutcomes.ingest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.painoutcomes.contract.Column;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.ValueType;
import org.painoutcomes.ingest.csv.CsvRecord;

/**
 * Turns one parsed record of a file into a staged row (see {@link StagedSchema}), applying the row
 * rules. The row is a catalyst row holding each value as Spark stores it (see {@link ExtractReader}).
 */
final class StagedRowBuilder implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Distinct enum values kept as catalyst strings; the contract's and configuration's lists are far shorter. */
  private static final int MAX_ENUM_TEXTS = 4096;

  private final RuleCatalogue rules;
  private final ValueType[] types;
  private final int width;
  /** Each enum value's catalyst string, made once per task rather than once per row. */
  private transient Map<String, UTF8String> enumTexts;

  StagedRowBuilder(RuleCatalogue rules) {
    this.rules = rules;
    this.types = rules.source().columns().stream().map(Column::type).toArray(ValueType[]::new);
    this.width = StagedSchema.of(rules.source()).size();
  }

  /**
   * SPEC 2.1: whether the identifier guard stops the run on this record: it looks at every record
   * with the header's number of fields, whatever else is wrong with it.
   */
  static boolean suspicious(HeaderLayout layout, CsvRecord record) {
    List<String> fields = record.fields();
    return fields.size() == layout.fieldCount()
        && ValueParsers.looksLikeDirectIdentifier(fields.get(layout.columnIndex()[0]));
  }

  /**
   * The staged row of a record.
   *
   * @param line the record's line counted from its split's first record (see {@link StagedSchema})
   * @param rawOffset where the record's raw text starts in the file
   * @param rawEnd where it ends (exclusive)
   */
  InternalRow build(FileSplit split, CsvRecord record, long line, long rawOffset, long rawEnd) {
    HeaderLayout layout = split.layout();
    Object[] out = new Object[width];
    out[0] = split.file().index();
    out[1] = split.index();
    out[2] = line;
    List<String> fields = record.fields();
    boolean complete = fields.size() == layout.fieldCount();
    if (record.status() != CsvRecord.Status.OK || !complete) {
      out[3] = utf8(record.raw());
      out[6] = utf8(ReasonCode.MALFORMED.name());
      return new GenericInternalRow(out);
    }
    String[] values = layout.contractValues(fields);
    FieldRule broken = rules.firstViolation(values);
    if (broken != null) {
      out[3] = utf8(record.raw());
      out[6] = utf8(broken.reason().name());
      out[7] = utf8(broken.column());
      return new GenericInternalRow(out);
    }
    if (split.file().gzipped()) {
      out[3] = utf8(record.raw()); // a compressed file cannot be read back at an offset
    } else {
      out[4] = rawOffset;
      out[5] = (int) (rawEnd - rawOffset); // at most the 64 MiB record cap
    }
    int o = StagedSchema.META_COLUMNS;
    for (int c = 0; c < types.length; c++) {
      String v = values[c];
      if (types[c] == ValueType.NUMBER) {
        if (v == null) {
          out[o++] = null;
          out[o++] = null;
        } else {
          long whole = ValueParsers.canonicalWhole(v);
          if (whole >= 0) { // what the decimal's path gives, without a BigDecimal
            out[o++] = (double) whole;
            out[o++] = utf8(v);
          } else {
            BigDecimal d = ValueParsers.number(v);
            out[o++] = d.doubleValue();
            out[o++] = utf8(ValueParsers.canonical(d));
          }
        }
      } else {
        out[o++] = v == null ? null : typed(types[c], v);
      }
    }
    return new GenericInternalRow(out);
  }

  private static UTF8String utf8(String s) {
    return UTF8String.fromString(s);
  }

  private Object typed(ValueType type, String v) {
    return switch (type) {
      case IDENTIFIER -> utf8(v);
      case ENUM -> enumText(v);
      case DATE -> (int) ValueParsers.epochDay(v);
      case BOOLEAN -> ValueParsers.bool(v);
      case WHOLE_NUMBER -> ValueParsers.number(v).longValueExact();
      case NUMBER -> throw new IllegalStateException("numbers carry an exact twin");
    };
  }

  private UTF8String enumText(String v) {
    if (enumTexts == null) {
      enumTexts = new HashMap<>();
    }
    UTF8String text = enumTexts.get(v);
    if (text == null) {
      text = utf8(v);
      if (enumTexts.size() < MAX_ENUM_TEXTS) {
        enumTexts.put(v, text);
      }
    }
    return text;
  }
}
