package org.painoutcomes.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.painoutcomes.contract.Source;

/**
 * Seeded generator of hostile and malformed input files for the fuzz test: each variant is a
 * plausible extract of one source, then broken one way (random byte flips, truncation, gzip cut
 * or corrupted, binary garbage, invalid UTF-8, mixed line endings, stray quotes, wrong field
 * counts, NUL and control bytes, header damage, duplicated header names), plus fixed extremes (a
 * 10 MB field, a header of 1,000,000 names, empty and header-only files). The same seed always
 * gives the same bytes.
 */
final class HostileInputs {

  /** One input file: its source, its name inside the source's folder, its bytes as stored. */
  record Variant(int id, String kind, Source source, String fileName, byte[] bytes) {
    boolean gzipped() {
      return fileName.endsWith(".gz");
    }

    /** The name as rejects and messages give it (relative to the input location). */
    String relativeName() {
      return source.id() + "/" + fileName;
    }
  }

  static final String[] HEADERS = {
    "participant_id,site,cohort_id,enrollment_date,exit_date,exit_reason,age_band,sex,primary_condition,opioid_use_at_baseline,note",
    "participant_id,session_id,session_date,modality,visit_type,attended,minutes",
    "participant_id,assessment_date,instrument,item,value"
  };

  /**
   * Participants P0001..P0040 are enrolled in {@link #baseEnrollment()}; attendance and outcome
   * variants use P0001..P0045 (some unknown), enrollment variants participants of their own. The
   * extremes use P0101..P0110, also enrolled and used by nothing else, so their expected rows are
   * exact.
   */
  static final int ENROLLED = 40;

  private final Random random;
  private int next;

  HostileInputs(long seed) {
    this.random = new Random(seed);
  }

  /** The enrollment every variant's participants refer to. */
  static String baseEnrollment() {
    StringBuilder b = new StringBuilder(HEADERS[0]).append('\n');
    for (int i = 1; i <= ENROLLED; i++) {
      b.append(String.format("P%04d,S1,C1,2025-01-%02d,,,45-54,F,migraine,yes,base%n", i, 1 + i % 28));
    }
    for (int i = 101; i <= 110; i++) {
      b.append(String.format("P%04d,S2,C1,2025-01-02,,,55-64,M,low_back_pain,no,base%n", i));
    }
    return b.toString();
  }

  /** {@code count} random variants, then the fixed extremes. */
  List<Variant> variants(int count, boolean withExtremes) {
    List<Variant> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(randomVariant());
    }
    if (withExtremes) {
      out.addAll(extremes());
    }
    return out;
  }

  private Variant randomVariant() {
    Source source = Source.values()[random.nextInt(3)];
    byte[] clean = plain(source, 1 + random.nextInt(30));
    int kind = random.nextInt(17);
    return switch (kind) {
      case 0, 1, 2 -> variant("byte-flips", source, flip(clean, 1 + random.nextInt(16)));
      case 3 -> variant("truncated", source, Arrays.copyOf(clean, random.nextInt(clean.length + 1)));
      case 4 -> gz("gzip-truncated", source, cut(gzip(clean)));
      case 5 -> gz("gzip-corrupted", source, flipFrom(gzip(clean), 10, 1 + random.nextInt(4)));
      case 6 -> variant("binary-garbage", source, garbage(random.nextInt(4096)));
      case 7 -> variant("garbage-rows", source, concat(header(source), garbage(1 + random.nextInt(2048))));
      case 8 -> variant("invalid-utf8", source, invalidUtf8(clean));
      case 9 -> variant("mixed-line-ends", source, mixLineEnds(clean));
      case 10 -> variant("stray-quotes", source, insert(clean, (byte) '"', 1 + random.nextInt(6)));
      case 11 -> variant("field-counts", source, random.nextBoolean() ? insert(clean, (byte) ',', 1 + random.nextInt(6)) : delete(clean, (byte) ','));
      case 12 -> variant("control-bytes", source, insertAny(clean, new byte[] {0, 1, 0x1b, 0x7f, '\r', '\t', 0x0b}, 1 + random.nextInt(8)));
      case 13 -> variant("header-damage", source, headerDamage(source, clean));
      case 14 -> variant("duplicate-header-name", source, duplicateColumn(source, random.nextInt(columns(source).length)));
      case 15 -> variant("participant_id-duplicated", source, duplicateColumn(source, 0));
      default -> gz("gzip-clean", source, gzip(clean));
    };
  }

  /** The extremes the issue names, each once; the test knows the exact outcome of each. */
  private List<Variant> extremes() {
    List<Variant> out = new ArrayList<>();
    int tenMb = 10 * 1024 * 1024;
    out.add(variant("10mb-field-participant_id", Source.OUTCOMES,
        utf8(HEADERS[2] + "\n" + "P".repeat(tenMb) + ",2025-02-01,NRS,NRS_PAIN,5\nP0101,2025-02-02,NRS,NRS_PAIN,5\n")));
    out.add(variant("10mb-field-value", Source.OUTCOMES,
        utf8(HEADERS[2] + "\nP0102,2025-02-01,PROMIS_PI,TSCORE,45." + "1".repeat(tenMb) + "\nP0102,2025-02-02,NRS,NRS_PAIN,"
            + "0".repeat(tenMb) + "7\nP0102,2025-02-03,NRS,NRS_PAIN," + "9".repeat(tenMb) + "\n")));
    out.add(variant("10mb-quoted-field", Source.ENROLLMENT,
        utf8(HEADERS[0] + "\nP0111,S1,C1,2025-01-02,,,45-54,F,migraine,yes,\"" + "a,\n\"\"b".repeat(tenMb / 6) + "\"\n")));
    out.add(variant("10mb-line-no-line-end", Source.ATTENDANCE, utf8(HEADERS[1] + "\n" + "x".repeat(tenMb))));
    out.add(variant("million-column-header", Source.ATTENDANCE, millionColumns()));
    out.add(variant("empty-file", Source.OUTCOMES, new byte[0]));
    out.add(variant("bom-only", Source.ATTENDANCE, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    out.add(variant("blank-lines-only", Source.ENROLLMENT, utf8("\n\r\n\n")));
    out.add(variant("header-only", Source.OUTCOMES, utf8(HEADERS[2] + "\n")));
    out.add(variant("header-only-no-line-end", Source.ATTENDANCE, utf8(HEADERS[1])));
    // SPEC 2.1: a name given twice, the first counts: row 2 is P0103's; row 3 misses its participant_id.
    out.add(variant("required-column-duplicated", Source.OUTCOMES,
        utf8("participant_id,assessment_date,instrument,item,value,PARTICIPANT_ID\n"
            + "P0103,2025-02-01,NRS,NRS_PAIN,4,P0001\n,2025-02-02,NRS,NRS_PAIN,4,P0103\n")));
    out.add(variant("identifier-column", Source.ENROLLMENT, utf8(HEADERS[0] + ",E-mail\nP0104,S1,C1,2025-01-02,,,45-54,F,migraine,yes,n,x\n")));
    out.add(variant("required-column-missing", Source.ATTENDANCE, utf8("participant_id,session_id,modality,attended\nP0105,X1,yoga,true\n")));
    out.add(variant("unparseable-header", Source.OUTCOMES, utf8("participant_id,\"assessment_date\"x,instrument,item,value\nP0106,2025-02-01,NRS,NRS_PAIN,4\n")));
    return out;
  }

  private Variant variant(String kind, Source source, byte[] bytes) {
    int id = next++;
    return new Variant(id, kind, source, String.format("v%04d-%s.csv", id, kind), bytes);
  }

  private Variant gz(String kind, Source source, byte[] bytes) {
    int id = next++;
    return new Variant(id, kind, source, String.format("v%04d-%s.csv.gz", id, kind), bytes);
  }

  private static String[] columns(Source source) {
    return HEADERS[source.ordinal()].split(",");
  }

  private static byte[] header(Source source) {
    return utf8(HEADERS[source.ordinal()] + "\n");
  }

  /** A plausible file of a source: rows of enrolled (and a few unknown) participants. */
  private byte[] plain(Source source, int rows) {
    StringBuilder b = new StringBuilder(HEADERS[source.ordinal()]).append('\n');
    for (int r = 0; r < rows; r++) {
      String pid = String.format("P%04d", 1 + random.nextInt(ENROLLED + 5));
      String day = String.format("2025-%02d-%02d", 2 + random.nextInt(11), 1 + random.nextInt(28));
      b.append(switch (source) {
        // new participants of their own (E<variant>x<row>), so the base enrollment stays accepted
        case ENROLLMENT -> "E" + next + "x" + random.nextInt(rows) + ",S" + random.nextInt(3) + ",C1," + day + ",,,30-44,M,neck_pain,no,n" + r;
        // a session id of the variant's own: keys collide within a file, seldom across files
        case ATTENDANCE -> pid + ",X" + next + "x" + random.nextInt(2 * rows) + "," + day + ",yoga,group,true," + random.nextInt(500);
        case OUTCOMES -> pid + "," + day + ",PEG,PEG_" + (1 + random.nextInt(3)) + "," + random.nextInt(12);
      }).append('\n');
    }
    return utf8(b.toString());
  }

  private byte[] flip(byte[] b, int flips) {
    return flipFrom(b, 0, flips);
  }

  private byte[] flipFrom(byte[] b, int from, int flips) {
    byte[] out = b.clone();
    for (int i = 0; i < flips && out.length > from; i++) {
      out[from + random.nextInt(out.length - from)] = (byte) random.nextInt(256);
    }
    return out;
  }

  private byte[] cut(byte[] b) {
    return Arrays.copyOf(b, random.nextInt(b.length));
  }

  private byte[] garbage(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private byte[] invalidUtf8(byte[] b) {
    byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    byte[] out = b;
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      out = splice(out, random.nextInt(out.length + 1), bad[random.nextInt(bad.length)]);
    }
    return out;
  }

  private byte[] mixLineEnds(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte x : b) {
      if (x != '\n') {
        out.write(x);
        continue;
      }
      switch (random.nextInt(4)) {
        case 0 -> out.writeBytes(new byte[] {'\n'});
        case 1 -> out.writeBytes(new byte[] {'\r', '\n'});
        case 2 -> out.writeBytes(new byte[] {'\r'}); // a lone CR is an ordinary character
        default -> out.writeBytes(new byte[] {'\n', '\n'});
      }
    }
    return out.toByteArray();
  }

  private byte[] insert(byte[] b, byte x, int times) {
    return insertAny(b, new byte[] {x}, times);
  }

  private byte[] insertAny(byte[] b, byte[] choices, int times) {
    byte[] out = b;
    for (int i = 0; i < times; i++) {
      out = splice(out, random.nextInt(out.length + 1), new byte[] {choices[random.nextInt(choices.length)]});
    }
    return out;
  }

  private byte[] delete(byte[] b, byte x) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return b;
    }
    int drop = at.get(random.nextInt(at.size()));
    byte[] out = new byte[b.length - 1];
    System.arraycopy(b, 0, out, 0, drop);
    System.arraycopy(b, drop + 1, out, drop, b.length - drop - 1);
    return out;
  }

  /** The header changed: case and spaces, a BOM, a column dropped or renamed, names added. */
  private byte[] headerDamage(Source source, byte[] clean) {
    String text = new String(clean, StandardCharsets.UTF_8);
    String body = text.substring(text.indexOf('\n'));
    String[] cols = columns(source);
    int c = random.nextInt(cols.length);
    String header = switch (random.nextInt(5)) {
      case 0 -> "\uFEFF " + String.join(" , ", cols).toUpperCase(java.util.Locale.ROOT);
      case 1 -> String.join(",", cols).replace(cols[c], "renamed_" + c);
      case 2 -> String.join(",", cols).replace(cols[c], random.nextBoolean() ? "Phone Number" : "D.O.B.");
      case 3 -> String.join(",", cols) + ",extra_a,extra_b";
      default -> String.join(",", cols).replace(cols[c], "");
    };
    return utf8(header + body);
  }

  /** A header naming column c twice (the second in other case), rows giving the copies different values. */
  private byte[] duplicateColumn(Source source, int c) {
    String[] cols = columns(source);
    String[] rows = new String(plain(source, 1 + random.nextInt(10)), StandardCharsets.UTF_8).split("\n");
    StringBuilder b = new StringBuilder(rows[0]).append(',').append(cols[c].toUpperCase(java.util.Locale.ROOT)).append('\n');
    for (int r = 1; r < rows.length; r++) {
      b.append(rows[r]).append(",other").append(r).append('\n');
    }
    return utf8(b.toString());
  }

  /** A header of 1,000,000 short names after the contract's, a row that fills them all, and one that does not. */
  private static byte[] millionColumns() {
    int extra = 1_000_000;
    StringBuilder b = new StringBuilder(HEADERS[1]);
    for (int i = 0; i < extra; i++) {
      b.append(",c").append(i);
    }
    b.append("\nP0108,XM1,2025-02-03,yoga,group,true,30").append(",".repeat(extra)).append('\n');
    b.append("P0108,XM2,2025-02-04,yoga,group,true,30\n"); // too few fields: MALFORMED
    return utf8(b.toString());
  }

  private static byte[] splice(byte[] b, int at, byte[] piece) {
    byte[] out = new byte[b.length + piece.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(b, at, out, at + piece.length, b.length - at);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return splice(a, a.length, b);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
