package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.SeedStore;
import org.airkg.export.SssomWriter;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.Xref;
import org.airkg.build.Inputs;
import org.airkg.rdf.LexiconMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airkg export --format sssom}: the mapping file read back and checked against the lexicon. */
class ExportCommandTest {
    private static final Pattern CURIE_MAP_LINE = Pattern.compile("^#\\s{2}([A-Za-z][\\w.]*): \"(.*)\"$");

    @TempDir
    Path tmp;

    @Test
    void sssomHoldsEveryIdentifierOfTheLexiconAndExpandsToItsIri() throws IOException {
        Path out = tmp.resolve("lexicon.sssom.tsv");
        int exit = Main.commandLine().execute("export", "--format", "sssom", "--out", out.toString(),
                "--lexicon", SeedStore.root().resolve("data/lexicon").toString());
        assertEquals(0, exit);

        Map<String, String> curieMap = new HashMap<>();
        Set<String> metadata = new HashSet<>();
        for (String line : Files.readAllLines(out)) {
            Matcher m = CURIE_MAP_LINE.matcher(line);
            if (m.matches()) {
                curieMap.put(m.group(1), m.group(2));
            } else if (line.startsWith("#") && line.contains(":")) {
                metadata.add(line.substring(1, line.indexOf(':')).strip());
            }
        }
        assertTrue(metadata.containsAll(List.of("curie_map", "mapping_set_id", "license", "mapping_set_version")), metadata.toString());

        Lexicon lexicon = Inputs.defaults(SeedStore.root()).loadLexicon();
        Set<String> expected = new HashSet<>();
        for (LexiconEntry entry : lexicon.entries()) {
            for (Xref xref : entry.xrefs()) {
                expected.add(LexiconMapper.iri(entry) + " " + xref.iri() + " " + String.join("|", xref.sources()));
            }
        }
        Set<String> actual = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(out);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.TDF.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(SssomWriter.COLUMNS, parser.getHeaderNames());
            for (CSVRecord row : parser) {
                assertEquals("skos:exactMatch", row.get("predicate_id"));
                if (!row.get("mapping_justification").equals("semapv:ManualMappingCuration")) {
                    assertEquals("semapv:LexicalMatching", row.get("mapping_justification"), "vocabulary groundings of a store");
                    continue;
                }
                actual.add(expand(curieMap, row.get("subject_id")) + " " + expand(curieMap, row.get("object_id")) + " " + row.get("see_also"));
            }
        }
        assertEquals(expected, actual);
        assertTrue(actual.size() > 100, "the lexicon has over a hundred confirmed identifiers: " + actual.size());
    }

    private static String expand(Map<String, String> curieMap, String curie) {
        int colon = curie.indexOf(':');
        String base = curieMap.get(curie.substring(0, colon));
        assertTrue(base != null, "prefix of " + curie + " is not in the curie map");
        return base + curie.substring(colon + 1);
    }
}
