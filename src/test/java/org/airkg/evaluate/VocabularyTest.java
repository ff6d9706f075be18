package org.airkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.rdf.AIRKG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The gold format's words agree with the format document and the ontology. */
class VocabularyTest {
    private static final Path FORMAT = Path.of("data/GOLD-FORMAT.md");

    /** The backquoted words of the format document's paragraph that starts with {@code start}, up to {@code end}. */
    private static List<String> quoted(String start, String end) throws IOException {
        String text = Files.readString(FORMAT);
        int from = text.indexOf(start);
        String part = text.substring(from, text.indexOf(end, from));
        Matcher m = Pattern.compile("`([A-Za-z]+)`").matcher(part);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    @Test
    void kindsAreThoseOfTheFormat() throws IOException {
        assertEquals(quoted("- `kind`: one of", "- `name`").subList(1, 14),
                Arrays.stream(Gold.Kind.values()).map(Enum::name).toList());
    }

    @Test
    void predicatesAreThoseOfTheFormatAndPropertiesOfTheOntology() throws IOException {
        List<String> format = quoted("`predicate` is the local name", "`polarity`");
        assertEquals(format.subList(1, format.size()), List.copyOf(Vocabulary.predicates()));
        Model ontology = RDFDataMgr.loadModel("ontology/airkg.ttl");
        for (String p : Vocabulary.predicates()) {
            assertTrue(ontology.contains(ontology.createResource(AIRKG.NS + p), RDF.type), p + " is not declared in the ontology");
        }
    }

    @Test
    void everyEntityClassOfTheOntologyIsScoredAsAKind() {
        Model ontology = RDFDataMgr.loadModel("ontology/airkg.ttl");
        Set<String> unscored = new TreeSet<>();
        Set<Resource> seen = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(ontology.createResource(AIRKG.NS + "LexiconEntity")));
        while (!todo.isEmpty()) {
            Resource cls = todo.pop();
            ontology.listSubjectsWithProperty(RDFS.subClassOf, cls).forEach(sub -> {
                if (seen.add(sub)) {
                    todo.push(sub);
                    String name = sub.getURI().substring(AIRKG.NS.length());
                    if (Vocabulary.kindOf(name).isEmpty()) {
                        unscored.add(name);
                    }
                }
            });
        }
        assertEquals(Set.of(), unscored, "entity classes of the ontology without a line in kinds.tsv");
        assertEquals(Optional.of(Gold.Kind.Gene), Vocabulary.kindOf("Protein"));
        assertEquals(Optional.of(Gold.Kind.AnimalModel), Vocabulary.kindOf("XenograftModel"));
        assertEquals(Optional.empty(), Vocabulary.kindOf("Regimen"));
    }
}
