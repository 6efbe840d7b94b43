/**
 * The data contract's facts, declared once, as data (docs/CONTRACT.md, numbered as the contract).
 *
 * <p>What goes in: {@link org.painoutcomes.contract.Source} lists each source's columns in the
 * contract's table order, whether each is required, and the values it accepts ({@link
 * org.painoutcomes.contract.Domain}: an identifier of a length, a date, a boolean, a fixed or a
 * configured list, a range, an item or value of an instrument); its key; and the rules a row is
 * checked against, {@link org.painoutcomes.contract.Source#rowRules()} and {@link
 * org.painoutcomes.contract.Source#crossRowRules()}, each with its id (as the manifest lists it)
 * and its {@link org.painoutcomes.contract.ReasonCode}. {@link
 * org.painoutcomes.contract.Instrument} holds the instruments' items, ranges, direction and how
 * the report names them.
 *
 * <p>What comes out: {@link org.painoutcomes.contract.QualityMetrics} (the metric names of
 * quality/summary), {@link org.painoutcomes.contract.OutputVocabulary} (groupings, stages, {@code
 * ALL}, {@code multimodal}, {@code education_only}, code-point order) and {@link
 * org.painoutcomes.contract.SmallCount} (which counts may not be published).
 *
 * <p>Nothing here evaluates a rule: {@code ingest.RuleCatalogue} and {@code ingest.CrossRowRules}
 * turn the declarations into checks, and the generator's defects and the report read them.
 */
package org.painoutcomes.contract;
