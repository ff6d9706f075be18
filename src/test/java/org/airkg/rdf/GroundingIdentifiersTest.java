package org.airkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airkg.build.Build;
import org.airkg.build.BuildListener;
import org.airkg.build.BuildOptions;
import org.airkg.build.Inputs;
import org.airkg.SeedStore;
import org.airkg.extract.lexicon.Curies;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.Vocabulary;
import org.airkg.extract.lexicon.Xref;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every identifier the seed and held-out builds give an entity is one the tables give it: a vocabulary entity
 * carries exactly the identifiers of its table row, a curated entry its own plus those of the vocabulary
 * entities it became (each listed in that entity's row), and no external identifier names two entities.
 */
class GroundingIdentifiersTest {
    @ParameterizedTest
    @ValueSource(strings = {"data/corpus", "data/heldout/corpus"})
    void everyIdentifierIsOneTheTablesGiveAndNamesOneEntity(String corpus) throws Exception {
        Path root = SeedStore.root();
        Inputs d = Inputs.defaults(root);
        Inputs inputs = new Inputs(root.resolve(corpus), d.ontology(), d.lexicon(), d.vocab(), Inputs.curatedBeside(root.resolve(corpus)),
                d.cache());
        Build.InMemory assembly = Build.inMemory(inputs, BuildOptions.defaults(), BuildListener.NONE);
        Lexicon lexicon = assembly.result().lexicon();
        Model graph = assembly.dataset().getNamedModel(Iris.LEXICON_GRAPH);
        Map<String, Set<String>> owners = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var s : graph.listSubjectsWithProperty(SKOS.exactMatch).toList()) {
            String iri = s.getURI();
            String id = iri.substring(iri.lastIndexOf('/') + 1);
            LexiconEntry entry = lexicon.byId(id).orElseThrow(() -> new AssertionError("no lexicon entry for " + iri));
            Set<String> written = new TreeSet<>();
            s.listProperties(SKOS.exactMatch).forEach(st -> written.add(st.getResource().getURI()));
            Set<String> expected = new TreeSet<>(entry.xrefs().stream().map(Xref::iri).toList());
            if (!written.equals(expected)) {
                wrong.add(id + ": written " + written + ", lexicon " + expected);
            }
            Set<String> allowed = new TreeSet<>();
            lexicon.vocabulary().byId(id).ifPresent(e -> e.xrefs().forEach(x -> allowed.add(Curies.expand(x.substring(0, x.indexOf(' '))))));
            for (Xref x : entry.xrefs()) {
                boolean confirmed = x.sources().stream().anyMatch(src -> !src.startsWith("vocab-sources/"))
                        || allowed.contains(x.iri()) || fromMergedEntity(lexicon.vocabulary(), x);
                if (!confirmed) {
                    wrong.add(id + ": " + x.curie() + " is in no table row of the entity");
                }
                owners.computeIfAbsent(x.iri(), k -> new TreeSet<>()).add(id);
                checked++;
            }
        }
        owners.forEach((external, ids) -> {
            if (ids.size() > 1) {
                wrong.add(external + " names several entities: " + ids);
            }
        });
        assertTrue(checked > 50, "identifiers checked: " + checked);
        assertEquals(List.of(), wrong);
    }

    /** Whether a vocabulary entity that carries the identifier also lists it (an identifier a curated entry gained). */
    private static boolean fromMergedEntity(Vocabulary vocabulary, Xref x) {
        return !vocabulary.byXref(x.curie()).isEmpty();
    }
}
