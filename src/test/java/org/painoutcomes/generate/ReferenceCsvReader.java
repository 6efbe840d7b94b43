package org.painoutcomes.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An independent reading of SPEC 2.1, written from the spec for checking the generator's ledger
 * in tests: a file's bytes in, records (fields, or MALFORMED) out. Deliberately simple and slow.
 */
final class ReferenceCsvReader {

  /** One record: its fields, or null fields when MALFORMED for a parse or encoding reason. */
  record Record(long line, List<String> fields) {
    boolean unparseable() {
      return fields == null;
    }
  }

  static List<Record> read(Path file) throws IOException {
    byte[] b;
    try (InputStream in = Files.newInputStream(file)) {
      InputStream src = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      b = src.readAllBytes();
    }
    int p = 0;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      p = 3; // SPEC 2.1: a byte order mark at the start is ignored
    }
    List<Record> out = new ArrayList<>();
    long line = 1;
    while (p < b.length) {
      int eol = lineEnd(b, p);
      if (eol == p || (eol == p + 1 && b[p] == '\r' && eol < b.length)) {
        // an entirely empty line (LF or CR LF) is skipped
        p = next(b, eol);
        line++;
        continue;
      }
      int start = p;
      long startLine = line;
      List<String> fields = new ArrayList<>();
      boolean broken = false;
      int q = p;
      while (true) {
        if (q < b.length && b[q] == '"') {
          StringBuilder v = new StringBuilder();
          int r = q + 1;
          int newlines = 0;
          boolean closed = false;
          while (r < b.length) {
            if (b[r] == '"') {
              if (r + 1 < b.length && b[r + 1] == '"') {
                v.append('"');
                r += 2;
                continue;
              }
              closed = true;
              r++;
              break;
            }
            if (b[r] == '\n') {
              newlines++;
            }
            v.append((char) (b[r] & 0xFF));
            r++;
          }
          while (closed && r < b.length && (b[r] == ' ' || b[r] == '\t')) {
            r++;
          }
          boolean endsField = closed && (r >= b.length || b[r] == ',' || b[r] == '\n'
              || (b[r] == '\r' && r + 1 < b.length && b[r + 1] == '\n'));
          if (!endsField) {
            broken = true; // unclosed, or text after the closing quote: the first line only
            break;
          }
          line += newlines;
          fields.add(v.toString());
          q = r;
        } else {
          int r = q;
          while (r < b.length && b[r] != ',' && b[r] != '\n') {
            r++;
          }
          int end = r;
          if (r < b.length && b[r] == '\n' && end > q && b[end - 1] == '\r') {
            end--;
          }
          fields.add(latin1(b, q, end));
          q = r;
        }
        if (q < b.length && b[q] == ',') {
          q++;
          continue;
        }
        break; // at a line end or the end of the file
      }
      if (broken) {
        int eolFirst = lineEnd(b, start);
        out.add(new Record(startLine, null));
        p = next(b, eolFirst);
        line = startLine + 1;
        continue;
      }
      int recordEnd = q;
      boolean utf8 = validUtf8(b, start, recordEnd);
      List<String> decoded = utf8 ? decode(fields) : null;
      out.add(new Record(startLine, decoded));
      p = next(b, q);
      line++;
    }
    return out;
  }

  /** Re-reads the fields, gathered byte by byte, as UTF-8 (valid, checked before). */
  private static List<String> decode(List<String> fields) {
    List<String> out = new ArrayList<>(fields.size());
    for (String f : fields) {
      out.add(new String(f.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static boolean validUtf8(byte[] b, int from, int to) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String latin1(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** Index of the LF ending the line starting at p, or the file's length. */
  private static int lineEnd(byte[] b, int p) {
    int r = p;
    while (r < b.length && b[r] != '\n') {
      r++;
    }
    return r;
  }

  private static int next(byte[] b, int eol) {
    return Math.min(b.length, eol + 1);
  }

  private ReferenceCsvReader() {}
}
