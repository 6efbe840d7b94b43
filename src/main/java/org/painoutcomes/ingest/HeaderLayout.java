package org.painoutcomes.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.contract.Source;

/**
 * Where each contract column stands in one file's header (SPEC 2.1): names match
 * case-insensitively after trimming, the first of a repeated name counts, extra columns are
 * ignored (and listed in the manifest).
 *
 * @param columnIndex for each of the source's contract columns in table order, its field index,
 *     or -1 when the optional column is absent
 * @param fieldCount the number of fields of the header; a record with another count is MALFORMED
 * @param ignoredColumns extra header names, as written (trimmed)
 */
public record HeaderLayout(int[] columnIndex, int fieldCount, List<String> ignoredColumns)
    implements Serializable {

  /** Direct-identifier column names, compared after lower-casing and keeping only a-z and 0-9. */
  static final Set<String> IDENTIFIER_NAMES =
      Set.of(
          "name", "firstname", "lastname", "fullname", "ssn", "socialsecuritynumber", "dob",
          "dateofbirth", "birthdate", "address", "streetaddress", "street", "city", "zip",
          "zipcode", "postalcode", "phone", "phonenumber", "fax", "email", "emailaddress", "mrn",
          "medicalrecordnumber", "medicaidid", "memberid", "healthplanid", "accountnumber",
          "ipaddress", "url");

  /**
   * Checks a file's header and maps it. Identifier columns are checked first (every name, not
   * only extra ones), then required columns.
   *
   * @throws org.painoutcomes.PipelineException (contract) naming the file and column
   */
  public static HeaderLayout of(Source source, String file, List<String> header) {
    for (String name : header) {
      if (IDENTIFIER_NAMES.contains(normalizeIdentifierName(name))) {
        throw PipelineErrors.identifierColumn(file, name);
      }
    }
    List<String> columns = source.columnNames();
    int[] index = new int[columns.size()];
    java.util.Arrays.fill(index, -1);
    List<String> ignored = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).toLowerCase(Locale.ROOT);
      int c = columns.indexOf(name);
      if (c >= 0 && index[c] < 0) {
        index[c] = i;
      } else if (c < 0 && seen.add(name)) {
        ignored.add(header.get(i));
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      if (index[c] < 0 && source.columns().get(c).required()) {
        throw PipelineErrors.requiredColumnMissing(file, columns.get(c));
      }
    }
    return new HeaderLayout(index, header.size(), List.copyOf(ignored));
  }

  static String normalizeIdentifierName(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** The values of the contract columns (null where absent or empty), in table order. */
  public String[] contractValues(List<String> fields) {
    String[] values = new String[columnIndex.length];
    for (int c = 0; c < columnIndex.length; c++) {
      int i = columnIndex[c];
      String v = i < 0 ? null : fields.get(i);
      values[c] = v == null || v.isEmpty() ? null : v;
    }
    return values;
  }
}
