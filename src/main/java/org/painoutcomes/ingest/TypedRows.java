package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.contract.Source;
import org.painoutcomes.contract.ValueType;

/** Splits checked staged rows into the accepted typed rows and the rejects (SPEC 2.5, 7.4). */
public final class TypedRows {

  /** The accepted rows of a source: the contract's columns, typed (dates as dates). */
  public static Dataset<Row> accepted(Source source, Dataset<Row> checked) {
    List<Column> cols = new ArrayList<>();
    for (org.painoutcomes.contract.Column c : source.columns()) {
      Column v = col(c.name());
      cols.add(c.type() == ValueType.DATE ? date_from_unix_date(v).as(c.name()) : v);
    }
    return checked
        .filter(col(StagedSchema.REASON).isNull())
        .select(cols.toArray(Column[]::new));
  }

  /**
   * The rejected rows of a source, in the layout of quality/rejects.
   *
   * @param file the relative name of a row's file
   * @param line a row's physical line
   */
  public static Dataset<Row> rejects(Source source, Dataset<Row> checked, Column file, Column line) {
    return checked
        .filter(col(StagedSchema.REASON).isNotNull())
        .select(
            lit(source.id()).as("source"),
            file.as("file"),
            line.as(StagedSchema.LINE),
            col(StagedSchema.REASON),
            col(StagedSchema.REASON_COLUMN).as("column"),
            col(StagedSchema.RECORD));
  }

  private TypedRows() {}
}
