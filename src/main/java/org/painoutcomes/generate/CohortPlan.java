package org.painoutcomes.generate;

import java.util.List;

/**
 * A cohort: 8 to 13 people of one site who start together and meet weekly.
 *
 * @param site its site
 * @param cohortId its cohort_id
 * @param size how many participants it has
 * @param startDay the epoch day of its first session
 * @param sessions its sessions, in date order
 * @param educationOnly whether its sessions offer education modalities only
 */
record CohortPlan(
    Site site, String cohortId, int size, int startDay, List<SessionPlan> sessions, boolean educationOnly) {}
