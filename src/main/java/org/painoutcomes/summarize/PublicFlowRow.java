package org.painoutcomes.summarize;

/** One row of public/participant_flow (SPEC 7.3): participants is null when suppressed is true. */
public record PublicFlowRow(FlowRow row, boolean suppressed) {}
