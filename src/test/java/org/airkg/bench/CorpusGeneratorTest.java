package org.airkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.SeedStore;
import org.airkg.build.Build;
import org.airkg.build.BuildListener;
import org.airkg.build.BuildOptions;
import org.airkg.build.Inputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated documents are the same for the same seed, differ from one another and from the seeds, and build cleanly. */
class CorpusGeneratorTest {
    private static CorpusGenerator generator;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        Path root = SeedStore.root();
        generator = CorpusGenerator.load(root.resolve("data/corpus"), root.resolve("data/lexicon"), root.resolve("data/vocab"));
    }

    @Test
    void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() {
        assertEquals(generator.document(7, 3), generator.document(7, 3));
        assertNotEquals(generator.document(7, 3), generator.document(8, 3));
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            texts.add(generator.document(7, i));
        }
        assertEquals(50, texts.size(), "every document differs");
    }

    @Test
    void documentsCarryNamesAndNumbersNoSeedHas() throws Exception {
        Set<String> seedWords = new HashSet<>();
        StringBuilder seeds = new StringBuilder();
        for (Path f : Inputs.corpusFiles(SeedStore.root().resolve("data/corpus"))) {
            String text = Files.readString(f);
            seeds.append(text);
            seedWords.addAll(List.of(text.split("[^A-Za-z0-9-]+")));
        }
        Set<String> names = new TreeSet<>();
        Set<String> numbers = new TreeSet<>();
        for (int i = 0; i < 20; i++) {
            String doc = generator.document(1, i);
            assertFalse(seeds.toString().contains(doc.substring(0, doc.length() / 2)), "document " + i + " is not a seed's first half");
            for (String word : doc.split("[^A-Za-z0-9-]+")) {
                if (!seedWords.contains(word)) {
                    (word.matches("[0-9]+") ? numbers : names).add(word);
                }
            }
        }
        assertTrue(names.size() > 20, "names drawn from the vocabulary: " + names);
        assertTrue(numbers.size() > 20, "numbers varied: " + numbers);
    }

    @Test
    void generatedDocumentsBuildWithoutAFailureOrAViolation() throws Exception {
        Path root = SeedStore.root();
        Path corpus = tmp.resolve("corpus");
        assertEquals(4, generator.write(corpus, 4, 42L).size());
        BuildOptions options = BuildOptions.defaults().threads(2).shapes(root.resolve("ontology/shapes.ttl")).describe(root.resolve("queries"));
        List<String> warnings = new java.util.ArrayList<>();
        Build.InMemory built;
        try {
            built = Build.inMemory(Inputs.defaults(root).withCorpus(corpus), options, new BuildListener() {
                @Override
                public void warn(String line) {
                    warnings.add(line);
                }
            });
        } catch (org.airkg.AirkgException e) {
            throw new AssertionError(e.getMessage() + "\n" + String.join("\n", warnings), e);
        }
        assertEquals(4, built.result().documents());
        assertTrue(built.result().skipped().isEmpty());
        assertTrue(built.result().quads() > 1000, "documents with content: " + built.result().quads());
    }
}
