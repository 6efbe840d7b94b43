package org.painoutcomes.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.painoutcomes.contract.CrossRowRule;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;
import org.painoutcomes.contract.ValueType;

/**
 * SPEC 2.5's cross-row rules over one partition of a source's staged rows, where every row of a
 * participant is in the same partition (and so is the participant's enrollment). In the order of
 * {@link CrossRowRule}, each decided only on the rows without a reason yet:
 *
 * <ol>
 *   <li>KNOWN_PARTICIPANT: the participant_id has an accepted enrollment;
 *   <li>SESSION_NOT_BEFORE_ENROLLMENT (attendance): session_date not before that enrollment_date;
 *   <li>CONFLICT: rows of one key that differ on a typed contract value (a number's exact decimal,
 *       not its double), all of them;
 *   <li>DUPLICATE: rows of one key alike on every typed value: all but the earliest by (file_index,
 *       split, line), which is the files' order whether or not lines are physical yet.
 * </ol>
 *
 * <p>The partition's rows are held (copied) and grouped by key in a hash table, not sorted: few
 * keys have more than one row, and the rest need no comparing at all. A partition is at most
 * about 32 MiB of CSV ({@code SourceCheck}), so what is held is bounded whatever the input's size.
 * Spark's join, sort and window did the same work with a full copy of each row at every step
 * (docs/PERFORMANCE.md, change 47). The rows are passed on in participant_id order; a row whose
 * reason does not change is passed on as it came.
 */
final class PartitionCheck implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final byte NONE = 0;
  private static final byte UNKNOWN = 1;
  private static final byte EARLY = 2;
  private static final byte CONFLICT = 3;
  private static final byte DUPLICATE = 4;
  private static final UTF8String[] REASONS = {
    null,
    UTF8String.fromString(CrossRowRule.KNOWN_PARTICIPANT.reason().name()),
    UTF8String.fromString(CrossRowRule.SESSION_NOT_BEFORE_ENROLLMENT.reason().name()),
    UTF8String.fromString(ReasonCode.CONFLICT.name()),
    UTF8String.fromString(ReasonCode.DUPLICATE.name())
  };
  private static final UTF8String[] COLUMNS = {
    null,
    UTF8String.fromString(CrossRowRule.KNOWN_PARTICIPANT.column()),
    UTF8String.fromString(CrossRowRule.SESSION_NOT_BEFORE_ENROLLMENT.column()),
    null,
    null
  };

  private final DataType[] types;
  private final int reason;
  private final int reasonColumn;
  private final int participant;
  private final int fileIndex;
  private final int split;
  private final int line;
  private final boolean knownParticipant;
  /** session_date's ordinal where SESSION_NOT_BEFORE_ENROLLMENT applies, else -1. */
  private final int sessionDate;
  private final int[] key;
  private final int[] compared;

  /**
   * @param schema the staged rows' schema ({@link StagedSchema#of}, with its {@code _exact}
   *     columns)
   */
  PartitionCheck(Source source, StructType schema) {
    types = new DataType[schema.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = schema.fields()[i].dataType();
    }
    reason = schema.fieldIndex(StagedSchema.REASON);
    reasonColumn = schema.fieldIndex(StagedSchema.REASON_COLUMN);
    participant = schema.fieldIndex("participant_id");
    fileIndex = schema.fieldIndex(StagedSchema.FILE_INDEX);
    split = schema.fieldIndex(StagedSchema.SPLIT);
    line = schema.fieldIndex(StagedSchema.LINE);
    knownParticipant = source.crossRowRules().contains(CrossRowRule.KNOWN_PARTICIPANT);
    CrossRowRule order = CrossRowRule.SESSION_NOT_BEFORE_ENROLLMENT;
    sessionDate = source.crossRowRules().contains(order) ? schema.fieldIndex(order.column()) : -1;
    key = source.key().stream().mapToInt(schema::fieldIndex).toArray();
    for (int k : key) {
      if (types[k] == DataTypes.DoubleType) { // no key has a NUMBER: its doubles would group decimals that differ
        throw new IllegalStateException(source.id() + ": a key with a NUMBER column");
      }
    }
    // The typed values that can differ within a key: the key's own columns are equal on every row
    // of it; a NUMBER is compared by its exact decimal (equal doubles can come from different
    // decimals).
    List<Integer> c = new ArrayList<>();
    for (org.painoutcomes.contract.Column col : source.columns()) {
      if (col.type() == ValueType.NUMBER) {
        c.add(schema.fieldIndex(col.name() + StagedSchema.EXACT_SUFFIX));
      } else if (!source.key().contains(col.name())) {
        c.add(schema.fieldIndex(col.name()));
      }
    }
    compared = c.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The partition's rows, each with its reason as the rules leave it.
   *
   * @param rows the partition's staged rows (they may be reused by their iterator: each is copied)
   * @param enrolled the accepted enrollments of the same participants: (participant_id,
   *     enrollment_date in days) rows; null for a source without KNOWN_PARTICIPANT
   */
  Iterator<InternalRow> apply(Iterator<InternalRow> rows, Iterator<InternalRow> enrolled) {
    Map<UTF8String, Integer> enrolledOn = knownParticipant ? enrollments(enrolled) : null;
    List<InternalRow> held = new ArrayList<>();
    while (rows.hasNext()) {
      held.add(rows.next().copy());
    }
    int n = held.size();
    byte[] verdict = new byte[n];
    boolean[] pending = new boolean[n];
    int pendingRows = 0;
    for (int i = 0; i < n; i++) {
      InternalRow r = held.get(i);
      if (!r.isNullAt(reason)) {
        continue;
      }
      if (knownParticipant) {
        UTF8String id = r.isNullAt(participant) ? null : r.getUTF8String(participant);
        if (id == null || !enrolledOn.containsKey(id)) {
          verdict[i] = UNKNOWN;
          continue;
        }
        Integer on = enrolledOn.get(id);
        if (sessionDate >= 0 && on != null && !r.isNullAt(sessionDate) && r.getInt(sessionDate) < on) {
          verdict[i] = EARLY;
          continue;
        }
      }
      pending[i] = true;
      pendingRows++;
    }
    checkKeys(held, pending, pendingRows, verdict);
    int[] order = byParticipant(held);
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < n;
      }

      @Override
      public InternalRow next() {
        int i = order[next++];
        InternalRow r = held.get(i);
        held.set(i, null);
        return verdict[i] == NONE ? r : withReason(r, verdict[i]);
      }
    };
  }

  /**
   * The rows' indices ordered by participant_id (a null first, as Spark orders ascending), each
   * participant's rows in the order they came. Their Dataset states this order ({@link
   * CrossRowRules}), so a join on participant_id need not sort them. Grouped by participant_id in
   * a hash map, then only the participants are sorted.
   */
  private int[] byParticipant(List<InternalRow> held) {
    int n = held.size();
    Map<UTF8String, Integer> groupOf = new HashMap<>();
    List<UTF8String> ids = new ArrayList<>();
    int[] first = new int[16];
    int[] last = new int[16];
    int[] after = new int[n]; // the participant's next row, plus one; 0 ends them
    int[] order = new int[n];
    int placed = 0;
    for (int i = 0; i < n; i++) {
      InternalRow r = held.get(i);
      if (r.isNullAt(participant)) {
        order[placed++] = i;
        continue;
      }
      UTF8String id = r.getUTF8String(participant);
      Integer g = groupOf.get(id);
      if (g == null) {
        g = ids.size();
        groupOf.put(id, g);
        ids.add(id);
        if (g == first.length) {
          first = Arrays.copyOf(first, g * 2);
          last = Arrays.copyOf(last, g * 2);
        }
        first[g] = i;
      } else {
        after[last[g]] = i + 1;
      }
      last[g] = i;
    }
    Integer[] groups = new Integer[ids.size()];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = g;
    }
    Arrays.sort(groups, (a, b) -> ids.get(a).compareTo(ids.get(b)));
    for (int g : groups) {
      for (int i = first[g]; ; i = after[i] - 1) {
        order[placed++] = i;
        if (after[i] == 0) {
          break;
        }
      }
    }
    return order;
  }

  private static Map<UTF8String, Integer> enrollments(Iterator<InternalRow> enrolled) {
    Map<UTF8String, Integer> on = new HashMap<>();
    while (enrolled.hasNext()) {
      InternalRow e = enrolled.next();
      if (!e.isNullAt(0)) {
        on.put(e.getUTF8String(0).clone(), e.isNullAt(1) ? null : e.getInt(1));
      }
    }
    return on;
  }

  /** CONFLICT and DUPLICATE among the pending rows, by key in an open-addressing hash table. */
  private void checkKeys(List<InternalRow> held, boolean[] pending, int pendingRows, byte[] verdict) {
    int n = held.size();
    int capacity = Integer.highestOneBit(Math.max(16, pendingRows * 2)) << 1;
    int mask = capacity - 1;
    int[] slots = new int[capacity]; // the first row of a key, plus one; 0 is an empty slot
    int[] hashes = new int[capacity];
    int[] nextOfKey = new int[n]; // the key's next row, plus one; 0 ends its rows
    List<Integer> repeated = new ArrayList<>(); // first rows of keys with more than one row
    for (int i = 0; i < n; i++) {
      if (!pending[i]) {
        continue;
      }
      InternalRow r = held.get(i);
      int h = keyHash(r);
      int s = h & mask;
      while (true) {
        int first = slots[s] - 1;
        if (first < 0) {
          slots[s] = i + 1;
          hashes[s] = h;
          break;
        }
        if (hashes[s] == h && sameValues(held.get(first), r, key)) {
          if (nextOfKey[first] == 0) {
            repeated.add(first);
          }
          nextOfKey[i] = nextOfKey[first];
          nextOfKey[first] = i + 1;
          break;
        }
        s = (s + 1) & mask;
      }
    }
    for (int first : repeated) {
      InternalRow a = held.get(first);
      boolean alike = true;
      int earliest = first;
      for (int j = nextOfKey[first] - 1; j >= 0; j = nextOfKey[j] - 1) {
        InternalRow b = held.get(j);
        alike &= sameValues(a, b, compared);
        if (before(b, held.get(earliest))) {
          earliest = j;
        }
      }
      for (int j = first; j >= 0; j = nextOfKey[j] - 1) {
        verdict[j] = !alike ? CONFLICT : j == earliest ? NONE : DUPLICATE;
      }
    }
  }

  private int keyHash(InternalRow r) {
    int h = 17;
    for (int k : key) {
      h = h * 31 + (r.isNullAt(k) ? 0x5bd1e995 : valueHash(r, k));
    }
    // Murmur3's finalizer: the low bits pick the slot.
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  private int valueHash(InternalRow r, int i) {
    DataType t = types[i];
    if (t == DataTypes.StringType) {
      return r.getUTF8String(i).hashCode();
    } else if (t == DataTypes.IntegerType) {
      return r.getInt(i);
    } else if (t == DataTypes.LongType) {
      return Long.hashCode(r.getLong(i));
    } else if (t == DataTypes.BooleanType) {
      return r.getBoolean(i) ? 1 : 2;
    }
    throw new IllegalStateException("no key column has type " + t);
  }

  /** Equal on the given columns, a null equal to a null (as Spark compares a struct's fields). */
  private boolean sameValues(InternalRow a, InternalRow b, int[] columns) {
    for (int i : columns) {
      boolean an = a.isNullAt(i);
      boolean bn = b.isNullAt(i);
      if (an || bn) {
        if (an != bn) {
          return false;
        }
        continue;
      }
      DataType t = types[i];
      boolean same;
      if (t == DataTypes.StringType) {
        same = a.getUTF8String(i).equals(b.getUTF8String(i));
      } else if (t == DataTypes.IntegerType) {
        same = a.getInt(i) == b.getInt(i);
      } else if (t == DataTypes.LongType) {
        same = a.getLong(i) == b.getLong(i);
      } else if (t == DataTypes.BooleanType) {
        same = a.getBoolean(i) == b.getBoolean(i);
      } else { // a NUMBER is compared by its exact decimal, never by its double
        throw new IllegalStateException("no compared column has type " + t);
      }
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** Whether a comes before b in the files' order: file_index, then split, then line. */
  private boolean before(InternalRow a, InternalRow b) {
    int c = Integer.compare(a.getInt(fileIndex), b.getInt(fileIndex));
    if (c == 0) {
      c = Integer.compare(a.getInt(split), b.getInt(split));
    }
    if (c == 0) {
      c = Long.compare(a.getLong(line), b.getLong(line));
    }
    return c < 0;
  }

  /** The row with its reason (and, for the enrollment rules, the column a reject reports) set. */
  private InternalRow withReason(InternalRow r, byte code) {
    Object[] values = new Object[types.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = r.isNullAt(i) ? null : r.get(i, types[i]);
    }
    values[reason] = REASONS[code];
    if (COLUMNS[code] != null) {
      values[reasonColumn] = COLUMNS[code];
    }
    return new GenericInternalRow(values);
  }
}
