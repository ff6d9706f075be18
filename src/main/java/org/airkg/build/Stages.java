package org.airkg.build;

import java.util.Optional;
import java.util.Set;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.VocabularyTables;
import org.airkg.extract.relation.Curations;
import org.airkg.extract.relation.RuleProfile;
import org.airkg.rdf.SentenceCues;
import org.airkg.validate.GraphValidator;
import org.apache.jena.rdf.model.Model;

/**
 * What every document's way through the pipeline shares, loaded once from the inputs: the ontology, the extractor
 * (lexicon, rules, stop lists, curations) and the SHACL validator. A full {@link Build} and a live
 * {@link DocumentUpdates} load it the same way, so a document is read, extracted and validated by the same code.
 */
record Stages(Model ontology, Extractor extractor, Curations curations, Optional<GraphValidator> validator) {

    /** Parses the ontology, loads the rules, the lexicon and the curations, and the shapes when the options name them. */
    static Stages load(Inputs inputs, BuildOptions options) throws java.io.IOException {
        Model ontology = inputs.loadOntology();
        RuleProfile rules = RuleProfile.load(inputs.rules(), ontology);
        Lexicon lexicon = inputs.loadLexicon();
        Curations curations = Curations.load(inputs.curated());
        Extractor extractor = new Extractor(lexicon, rules, inputs.stopLists(), curations, SentenceCues.from(ontology));
        return new Stages(ontology, extractor, curations, options.shapes().map(s -> GraphValidator.load(s, inputs.ontology())));
    }

    /** Checks the curations against the documents of a corpus (their stems), the lexicon and the ontology. */
    void checkCurations(Set<String> stems) {
        curations.check(stems, extractor.lexicon(), ontology);
    }

    /** A new stage, with check counts of its own, finding and keeping extractions as {@code caching} says. */
    DocumentStage stage(DocumentStage.Caching caching) {
        return new DocumentStage(extractor, validator, caching);
    }

    /** The corpus-wide graphs over this lexicon and ontology, with the vocabulary tables of {@code inputs}. */
    CorpusGraphs corpusGraphs(Inputs inputs) {
        return new CorpusGraphs(extractor.lexicon(), VocabularyTables.load(inputs.vocab()), ontology);
    }
}
