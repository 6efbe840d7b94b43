package org.painoutcomes.generate;

/**
 * One group visit of a cohort.
 *
 * @param sessionId the session_id of its attendance rows
 * @param day its epoch day
 * @param modalities the modalities it combined (indexes of {@link ProgramMix#MODALITIES})
 * @param visitType its visit_type
 * @param weight its planted-effect weight ({@link PlantedEffects})
 */
record SessionPlan(String sessionId, int day, int[] modalities, String visitType, double weight) {}
