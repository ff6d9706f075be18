package org.airkg.cli;

import java.nio.file.Path;
import org.airkg.build.Inputs;
import picocli.CommandLine.Option;

/** The options every command that builds or reads the store shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "target/airkg/tdb2",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "The documents to build from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--ontology", paramLabel = "FILE", defaultValue = "ontology/airkg.ttl",
            description = "The ontology (default: ${DEFAULT-VALUE}).")
    Path ontology;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules/relations",
            description = "The relation rules and the profile.txt listing those to run (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--lexicon", paramLabel = "DIR", defaultValue = "data/lexicon",
            description = "The lexicon directory (default: ${DEFAULT-VALUE}).")
    Path lexicon;

    @Option(names = "--vocab", paramLabel = "DIR", defaultValue = "data/vocab",
            description = "The name tables of public vocabularies (default: ${DEFAULT-VALUE}).")
    Path vocab;

    @Option(names = "--curated", paramLabel = "DIR",
            description = "Curated corrections to extraction (default: the folder 'curated' beside the corpus, data/curated for data/corpus).")
    Path curated;

    @Option(names = "--shapes", paramLabel = "FILE", defaultValue = "ontology/shapes.ttl",
            description = "The SHACL shapes the build validates against (default: ${DEFAULT-VALUE}).")
    Path shapes;

    @Option(names = "--catalogue", paramLabel = "DIR", defaultValue = "queries",
            description = "The query catalogue published in the dataset as SPARQL examples (default: ${DEFAULT-VALUE}).")
    Path catalogue;

    Inputs inputs() {
        return new Inputs(corpus, ontology, rules, lexicon, vocab, curated != null ? curated : Inputs.curatedBeside(corpus),
                Path.of(Inputs.DEFAULT_CACHE));
    }
}
