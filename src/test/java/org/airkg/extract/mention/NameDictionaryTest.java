package org.airkg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.airkg.SeedStore;
import org.airkg.build.Inputs;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

class NameDictionaryTest {
    private static final Lexicon LEXICON = Inputs.defaults(SeedStore.root()).loadLexicon();

    /** Every span of every text of the seed corpus that the dictionary matches, as "start-end refs". */
    private static List<String> matches(NameDictionary dictionary) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SeedStore.root().resolve("data/corpus"))) {
            for (Path file : files.sorted().toList()) {
                for (Texts.Text text : Texts.of(DocumentReader.read(file))) {
                    for (int i = 0; i < text.tokens().size(); i++) {
                        for (NameDictionary.Match m : dictionary.matchesAt(text.tokens(), i, text.passage().text())) {
                            found.add(file.getFileName() + " " + text.element() + " " + m);
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void spansMatchTheSameNamesThroughTheRememberedTrieAsLookedUpAfresh() throws Exception {
        NameDictionary remembering = new NameDictionary(LEXICON);
        List<String> first = matches(remembering);
        // the second pass walks the trie the first one made; a dictionary that remembers one key looks nearly every span up again
        assertEquals(first, matches(remembering));
        assertEquals(first, matches(new NameDictionary(LEXICON, 1)));
        assertTrue(first.size() > 1000, "the seed corpus names far more than " + first.size() + " spans");
        assertTrue(first.stream().anyMatch(m -> m.contains("first=") && m.contains("table=curated")), "curated names among the matches");
    }

    /** The matches at the first token of {@code text}. */
    private static List<NameDictionary.Match> matchesAtStart(NameDictionary dictionary, String text) {
        return dictionary.matchesAt(org.airkg.extract.lexicon.NameKeys.tokens(text), 0, text);
    }

    @Test
    void aTokenJoinedWithoutASpaceIsNotTheSameTokenAfterASpace() {
        NameDictionary dictionary = new NameDictionary(LEXICON);
        List<NameDictionary.Match> joined = matchesAtStart(new NameDictionary(LEXICON), "T-47D cells");
        assertTrue(joined.stream().anyMatch(m -> m.last() == 1), joined.toString());
        // "T 47D" keeps its space ("47D" is no number), so its key is not T47D's, whose trie node it walks first here
        assertEquals(List.of(), matchesAtStart(dictionary, "T 47D cells").stream().filter(m -> m.last() == 1).toList());
        assertEquals(joined, matchesAtStart(dictionary, "T-47D cells"));
    }
}
