/**
 * Scoring a built graph against hand-written gold annotations ({@code data/GOLD-FORMAT.md}): precision,
 * recall and F1 of entities, relations and measurement fields, with every false positive and false negative.
 *
 * <pre>{@code
 * List<Gold> gold = GoldLoader.load(Path.of("data/heldout/gold")).orThrow();   // strict: file:line:col: entry: reason
 * Evaluation evaluation = Scorer.score(dataset, gold);                          // a TDB2 store or an in-memory dataset
 * ReportFormat.TEXT.write(evaluation, new PrintWriter(System.out, true));
 * }</pre>
 *
 * <p>The public API is at this root: {@link org.airkg.evaluate.Gold} and {@link org.airkg.evaluate.GoldLoader}
 * (the annotations), {@link org.airkg.evaluate.Scorer}, {@link org.airkg.evaluate.Evaluation} and
 * {@link org.airkg.evaluate.Score} (the result), {@link org.airkg.evaluate.ReportFormat} and
 * {@link org.airkg.evaluate.Floors}. Below: {@code gold} (reading and checking the JSON), {@code graph} (reading the
 * graph with the SPARQL queries beside it), {@code match} (the rules below), {@code report} (the text report).
 *
 * <h2>Scoring rules</h2>
 * Only documents with a gold file are scored; counts are summed over them (micro-averaged). Texts are compared
 * after {@link org.airkg.evaluate.match.Names#normalize}: Unicode NFKC, lower case, Greek letters spelled out,
 * hyphens, dashes, slashes and white space left out.
 *
 * <p><b>Entities.</b> The system entities of a document are the distinct entities its linked mentions
 * ({@code airkg:mentionStatus "LINKED"}, {@code airkg:mentionOf}) point to in its graph, leaving out mentions in
 * {@code airkg:Reference} elements (the reference list). An entity's ontology class gives its gold kind through
 * {@code kinds.tsv} (Protein is scored as Gene, XenograftModel as AnimalModel ...); an entity of a class not listed
 * there is not scored and is listed apart. A system entity matches a gold entity when the kinds agree and either
 * one of the texts its mentions in the document are written as equals one of the gold forms, or one of its
 * identifiers ({@code skos:exactMatch} IRIs contracted to CURIEs with the lexicon's prefixes) is one of the gold
 * ids. System and required gold entities are matched one to one (a maximum matching), so a second entity for
 * one gold entity is a false positive. A system entity left unmatched that matches an optional gold entity
 * counts neither way. So precision = matched / (system entities − those matched only to optional ones), recall
 * = matched / required gold entities, per kind and overall. A matched entity (to a required or an optional gold
 * entity) that carries an identifier of a prefix the gold entity gives, other than the gold's, is a wrong
 * identifier; each is listed and counted.
 *
 * <p><b>Relations.</b> The system relations of a document are its graph's associations with evidence from it;
 * associations that differ only in their qualifiers are one relation. A system relation matches a gold relation
 * when the predicates (local names) are equal, the polarities are equal ({@code does-not-support} is
 * {@code negative}), and its subject and object match the gold subject and object entities (as above, by kind and
 * text or identifier). Matching is one to one; scores per predicate and overall. Over the matched pairs each
 * qualifier is compared: among the pairs where the gold or the system states it, how many state the same
 * (model and indication: an entity of the association's {@code airkg:inModel} / {@code airkg:inIndication} is
 * what the gold text names; modality: one of the associations' {@code airkg:modality} is the gold's). The graph does
 * not model a relation's population yet; it is reported as not stated.
 *
 * <p><b>Measurements.</b> Each gold measurement, in file order, is paired with the first unpaired system
 * measurement of its document whose {@code airkg:numericValue} equals the gold value (or the number of the gold
 * p-value when there is no value) and whose source overlaps the gold quote: the quote contains the text of the
 * element it was quoted from (or the reverse) and, for a table cell, also the text of another cell of its row.
 * Gold measurements left are then paired in the same way with a measurement whose endpoint is the gold endpoint.
 * Unpaired system measurements are false positives, unpaired gold ones false negatives. For each field of the
 * pairs, precision = correct / stated by the system and recall = correct / given by the gold. The graph states a
 * comparator only for an effect measure of two arms ({@code airkg:comparedArm}); it never states a timepoint as a
 * field; it always states a statistic ({@code value} when it has
 * none); a p-value measurement states its number as {@code pValue}, not as {@code value}; the interval level is
 * compared as a percentage; endpoint, trial, arm and comparator drugs and model (a cell line or animal model the row
 * is about) are entities, correct when they are what the gold text names.
 */
package org.airkg.evaluate;
