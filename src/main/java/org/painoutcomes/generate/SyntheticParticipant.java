package org.painoutcomes.generate;

import java.util.List;

/**
 * One generated participant's clean rows, in contract column order: the only thing the generator
 * holds in memory, one participant at a time.
 *
 * @param index the participant's 0-based number in the run
 * @param enrollmentDay the epoch day of the enrollment_date
 * @param enrollment the enrollment row
 * @param attendance the attendance rows, in date order
 * @param outcomes the outcome item rows, in date order
 * @param attended whether any attendance row has attended = true
 */
record SyntheticParticipant(
    long index,
    int enrollmentDay,
    String[] enrollment,
    List<String[]> attendance,
    List<String[]> outcomes,
    boolean attended) {}
