package org.painoutcomes.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.painoutcomes.contract.Column;
import org.painoutcomes.contract.Source;

/**
 * The schema of a source's staged rows: where each record came from, the first rule it broke
 * (null while it passes), and its typed contract values (set only on rows that pass the row
 * rules). Dates are days since 1970-01-01 until {@link TypedRows} turns them into dates; a NUMBER
 * column also carries {@code <name>_exact}, its exact decimal in canonical text, which DUPLICATE
 * and CONFLICT compare (SPEC 2.5: on the typed values, {@code 7} equals {@code 7.0}).
 *
 * <p>Files are read in splits (see {@link FileSplit}): a record's {@code line} is counted from the
 * first record of its {@code split} (the first split of a file counts the file's own lines), so
 * (file_index, split, line) orders the records of a source as the files do, and {@link
 * SplitLayout} turns it into the file's physical line once every split has reported.
 *
 * <p>A row that breaks a row rule carries its raw text in {@code record}. A row that passes them
 * is rejected only rarely (by a cross-row rule), so in an uncompressed file it carries where its
 * raw text is instead ({@code raw_offset}, {@code raw_length}: bytes in the file), and {@link
 * RawRecords} reads the text back for the few that are rejected. This keeps the raw text of
 * every accepted row out of the shuffle of the cross-row rules.
 */
public final class StagedSchema {
  public static final String FILE_INDEX = "file_index";
  public static final String SPLIT = "split";
  public static final String LINE = "line";
  public static final String RECORD = "record";
  public static final String RAW_OFFSET = "raw_offset";
  public static final String RAW_LENGTH = "raw_length";
  public static final String REASON = "reason";
  public static final String REASON_COLUMN = "reason_column";
  public static final String EXACT_SUFFIX = "_exact";

  /** Number of leading meta columns before the typed contract values. */
  static final int META_COLUMNS = 8;

  public static StructType of(Source source) {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField(FILE_INDEX, DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField(SPLIT, DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField(LINE, DataTypes.LongType, false));
    f.add(DataTypes.createStructField(RECORD, DataTypes.StringType, true));
    f.add(DataTypes.createStructField(RAW_OFFSET, DataTypes.LongType, true));
    f.add(DataTypes.createStructField(RAW_LENGTH, DataTypes.IntegerType, true));
    f.add(DataTypes.createStructField(REASON, DataTypes.StringType, true));
    f.add(DataTypes.createStructField(REASON_COLUMN, DataTypes.StringType, true));
    for (Column c : source.columns()) {
      f.add(DataTypes.createStructField(c.name(), stagedType(c), true));
      if (c.type() == org.painoutcomes.contract.ValueType.NUMBER) {
        f.add(DataTypes.createStructField(c.name() + EXACT_SUFFIX, DataTypes.StringType, true));
      }
    }
    return DataTypes.createStructType(f);
  }

  /** The meta columns (every source's first): where a record came from, its raw text or where it is, its reason. */
  static org.apache.spark.sql.Column[] metaColumns() {
    return Arrays.stream(of(Source.ENROLLMENT).fieldNames(), 0, META_COLUMNS)
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** The {@code <name>_exact} columns of a source's NUMBER columns. */
  static List<String> exactColumns(Source source) {
    return source.columns().stream()
        .filter(c -> c.type() == org.painoutcomes.contract.ValueType.NUMBER)
        .map(c -> c.name() + EXACT_SUFFIX)
        .toList();
  }

  static DataType stagedType(Column c) {
    return switch (c.type()) {
      case IDENTIFIER, ENUM -> DataTypes.StringType;
      case DATE -> DataTypes.IntegerType;
      case BOOLEAN -> DataTypes.BooleanType;
      case WHOLE_NUMBER -> DataTypes.LongType;
      case NUMBER -> DataTypes.DoubleType;
    };
  }

  private StagedSchema() {}
}
