package org.painoutcomes;

/** What one run reads and writes: the input location, OUTPUT, and the run's id. */
public record RunOptions(String input, String output, String runId) {}
