package org.painoutcomes.privacy;

/**
 * A total row and the member rows whose counts add up to it (SPEC 7.2 rule 3, 7.3 rule 3), as
 * indices into one table's row list.
 */
record Partition(int total, int[] members) {}
