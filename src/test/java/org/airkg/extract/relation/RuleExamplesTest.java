package org.airkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.EntityRecognizer;
import org.airkg.build.Inputs;
import org.airkg.SeedStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of every file in {@code rules/relations}, run alone on its own example sentence (written for the
 * rule, not taken from the seed documents) with the project's full lexicon and vocabulary, reads exactly the
 * statements its file expects: a missing one fails, and so does an extra, wrong one.
 */
class RuleExamplesTest {
    private static final Path RULES = SeedStore.root().resolve(Inputs.DEFAULT_RULES);
    private static final Lexicon LEXICON = Inputs.defaults(SeedStore.root()).loadLexicon();
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(LEXICON,
            Inputs.defaults(SeedStore.root()).stopLists());

    /** Every rule file, listed in the profile or not, as a profile of that one rule. */
    static Stream<String> rules() throws Exception {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleReadsExactlyWhatItsExampleStates(String name, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.copy(RULES.resolve(name + ".yaml"), dir.resolve(name + ".yaml"));
        Files.writeString(dir.resolve(RuleProfile.PROFILE), name + "\n");
        RuleProfile profile = RuleProfile.load(dir, SeedStore.root().resolve("ontology/airkg.ttl"));
        RelationRule rule = profile.rules().get(0);
        // a rule that reads the title line has its example's first line as the document's title
        String text = (rule.title() == RelationRule.TitleLine.NO ? "Title\n\n" : "") + rule.example() + "\n";
        Document d = DocumentReader.read(name + ".txt", name + ".txt", text.getBytes(StandardCharsets.UTF_8));
        List<String> read = new RelationExtractor(LEXICON, profile).extract(d, RECOGNIZER.recognize(d)).stream()
                .map(RuleExamplesTest::statement).sorted().toList();
        assertEquals(rule.expect().stream().sorted().toList(), read, name + ": " + rule.example());
        assertFalse(rule.expect().isEmpty(), name + ": the rule file lists no expected statement for its example");

    }

    private static String statement(Relation r) {
        String label = LEXICON.byId(r.subjectId()).map(LexiconEntry::label).orElse(r.subjectId()) + " " + r.predicate() + " "
                + LEXICON.byId(r.objectId()).map(LexiconEntry::label).orElse(r.objectId());
        if (r.polarity() == Relation.Polarity.DOES_NOT_SUPPORT) {
            label += " (not)";
        }
        return r.modality() == Relation.Modality.HYPOTHESISED ? label + " (hypothesised)" : label;
    }
}
