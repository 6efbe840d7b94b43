package org.painoutcomes.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader of the public tables knows about each count: the counts shown, plus every count
 * that follows from them through the tables' linear relations (for {@link DisclosureAudit}).
 *
 * <p>A relation is {@code sum of coefficient * count = 0}. Two inferences are drawn, repeatedly
 * until nothing new follows: a relation with one unknown count gives that count; a relation
 * whose unknown counts all have coefficients of one sign and whose known part leaves 0 gives 0
 * for each of them (counts are never negative).
 */
final class CountKnowledge {

  /** One term of a relation. */
  record Term(String count, long coefficient) {}

  private record Relation(String label, List<Term> terms) {}

  private final Map<String, Long> known = new HashMap<>();
  private final Map<String, String> derivedFrom = new HashMap<>();
  private final Map<String, Boolean> declared = new LinkedHashMap<>();
  private final List<Relation> relations = new ArrayList<>();
  private final Map<String, List<Integer>> relationsOfCount = new HashMap<>();
  private final java.util.ArrayDeque<Integer> toRevisit = new java.util.ArrayDeque<>();

  /** Declares a count; {@code shown} is its published value, or null where it is hidden. */
  void declare(String count, Long shown) {
    declared.put(count, Boolean.TRUE);
    if (shown != null) {
      known.put(count, shown);
    }
  }

  boolean isDeclared(String count) {
    return declared.containsKey(count);
  }

  /** Adds {@code sum of terms = 0}; every count in it must be declared. */
  void relate(String label, List<Term> terms) {
    int id = relations.size();
    relations.add(new Relation(label, List.copyOf(terms)));
    terms.forEach(t -> relationsOfCount.computeIfAbsent(t.count(), k -> new ArrayList<>()).add(id));
    toRevisit.add(id);
  }

  /** Adds {@code total = sum of members}. */
  void partition(String label, String total, List<String> members) {
    List<Term> terms = new ArrayList<>();
    terms.add(new Term(total, 1));
    members.forEach(m -> terms.add(new Term(m, -1)));
    relate(label, terms);
  }

  /** Records a count worked out outside the linear relations (a rate times its base, say). */
  boolean learn(String count, long value, String how) {
    if (known.containsKey(count)) {
      return false;
    }
    known.put(count, value);
    derivedFrom.put(count, how);
    toRevisit.addAll(relationsOfCount.getOrDefault(count, List.of()));
    return true;
  }

  /** Draws the linear inferences until nothing new follows; true if anything new was learned. */
  boolean close() {
    // Only relations that hold a newly learned count can give anything new: revisit just those.
    boolean learnedAny = false;
    while (!toRevisit.isEmpty()) {
      learnedAny |= infer(relations.get(toRevisit.poll()));
    }
    return learnedAny;
  }

  /** A relation's terms as known so far: the sum of its known terms, and its unknown terms. */
  private record Split(long knownPart, List<Term> unknown) {}

  private Split split(Relation r) {
    long knownPart = 0;
    List<Term> unknown = new ArrayList<>();
    for (Term t : r.terms()) {
      Long v = known.get(t.count());
      if (v == null) {
        unknown.add(t);
      } else {
        knownPart += t.coefficient() * v;
      }
    }
    return new Split(knownPart, unknown);
  }

  private boolean infer(Relation r) {
    Split split = split(r);
    long knownPart = split.knownPart();
    List<Term> unknown = split.unknown();
    if (unknown.size() == 1) {
      Term t = unknown.get(0);
      return learn(t.count(), -knownPart / t.coefficient(), r.label());
    }
    boolean oneSign =
        !unknown.isEmpty()
            && unknown.stream().allMatch(t -> Long.signum(t.coefficient()) == Long.signum(unknown.get(0).coefficient()));
    if (oneSign && knownPart == 0) {
      boolean any = false;
      for (Term t : unknown) {
        any |= learn(t.count(), 0, r.label() + " (the rest is 0)");
      }
      return any;
    }
    return false;
  }

  /** The count's value if shown or derivable, else null. */
  Long value(String count) {
    return known.get(count);
  }

  /** How a derived count was found (the relation's label), or null when it is shown or unknown. */
  String derivation(String count) {
    return derivedFrom.get(count);
  }

  /** The declared counts, in declaration order. */
  List<String> counts() {
    return new ArrayList<>(declared.keySet());
  }

  int relationCount() {
    return relations.size();
  }
}
