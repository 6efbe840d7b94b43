package org.painoutcomes.report;

/**
 * One line of the headline table: a measure at a timepoint for all participants.
 *
 * @param analysed the follow-up count of participant_flow, site ALL, condition ALL
 * @param improvement the overall mean improvement (overall / ALL / ALL)
 * @param responders the overall responder rate
 */
record KeyResult(String measure, String timepoint, CountCell analysed, ForestRow improvement, RateRow responders) {}
