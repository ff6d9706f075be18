package org.airkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.airkg.AirkgException;
import org.airkg.build.Inputs;

/**
 * Synthetic corpora of the genre for benchmarks: each document takes the title lines and first section of a seed
 * document (where it states its subject, such as its compound of interest) and recombines other sections (with their
 * tables) of the seed documents, adds sentences drawn from other seed paragraphs, varies the numbers, and swaps the names of drugs, genes
 * and cell lines the curated lexicon knows for others of the same kind drawn from the vocabulary tables. Names are drawn
 * with a long tail (a few often, most rarely), so documents share entities as a real library does rather than all of
 * them. The same seed gives the same documents.
 *
 * <pre>{@code
 * CorpusGenerator g = CorpusGenerator.load(Path.of("data/corpus"), Path.of("data/lexicon"), Path.of("data/vocab"));
 * List<Path> files = g.write(Path.of("/tmp/corpus"), 1000, 42L);
 * }</pre>
 */
public final class CorpusGenerator {
    /**
     * The kinds of entity swapped, in a fixed order: the curated lexicon's file and the vocabulary table of each
     * ({@code Map.of} iterates in an order that changes from one JVM to the next, which changed the generated corpus).
     */
    private static final List<Map.Entry<String, String>> KINDS = List.of(Map.entry("drugs.json", "drugs.tsv.gz"),
            Map.entry("genes.json", "genes.tsv.gz"), Map.entry("cell-lines.json", "cell-lines.tsv.gz"));
    /** A name the generator puts into a document: letters, digits, spaces and dashes, starting with a letter. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 -]{2,29}");
    /** A number standing alone (not part of a name such as MCF-7 or CYP19A1, not a citation such as [4]). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.\\-/\\[^])(\\d{1,6})(\\.\\d{1,3})?(?![\\w\\]^]|\\.\\d)");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[a-z0-9)][.!?])\\s+(?=[A-Z])");
    /** The heading of a document's list of references, from which on the rest of the document is that list. */
    private static final Pattern REFERENCES = Pattern.compile("(?i)(#+\\s*)?(\\*\\*)?references(\\*\\*)?:?");
    /**
     * A table cell stating the parts of a whole ("27% (CR: 8%, PR: 19%)"): with the names around it swapped, the extractor
     * gives such a cell's parts two endpoints (a shape violation), so sections with one are not recombined.
     */
    private static final Pattern PARTS = Pattern.compile("\\([A-Za-z]+: [\\d.]+%, [A-Za-z]+: [\\d.]+%\\)");
    /** A document's line naming its compound of interest, as the genre's pages give it. */
    private static final Pattern COMPOUND = Pattern.compile("(?m)^#*\\s*Compound (?:Name|Focus):\\s*\\**([^*\\n]+?)\\**\\s*$");
    /** Paragraphs of a section at least, in a seed document without '## ' headings. */
    private static final int CHUNK = 4;
    /** Seed names kept as they are in a document, out of 10. */
    private static final int KEPT = 3;

    private final List<String> preambles = new ArrayList<>();
    /** The first section of each seed document, by the index of its preamble: where the document states its subject. */
    private final List<String> openings = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final List<String> references = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    /** The seed names of each kind, longest first, and the vocabulary's names of that kind. */
    private final List<List<String>> seedNames = new ArrayList<>();
    private final List<List<String>> pools = new ArrayList<>();

    private CorpusGenerator() {}

    /** Reads the seed documents of {@code corpus}, the curated names of {@code lexicon} and the name tables of {@code vocab}. */
    public static CorpusGenerator load(Path corpus, Path lexicon, Path vocab) throws IOException {
        CorpusGenerator g = new CorpusGenerator();
        for (Path file : Inputs.corpusFiles(corpus)) {
            g.split(Files.readString(file, StandardCharsets.UTF_8));
        }
        if (g.sections.isEmpty()) {
            throw new AirkgException(corpus + ": no seed document has a section ('## ' heading) to recombine");
        }
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> kind : KINDS) {
            Set<String> names = new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            Path curated = lexicon.resolve(kind.getKey());
            if (Files.isRegularFile(curated)) {
                for (JsonNode e : json.readTree(curated.toFile())) {
                    names.add(e.path("label").asText());
                    e.path("synonyms").forEach(s -> names.add(s.asText()));
                }
            }
            names.removeIf(n -> n.length() < 3 || n.contains(" "));
            g.seedNames.add(new ArrayList<>(names));
            g.pools.add(pool(vocab.resolve(kind.getValue()), names));
        }
        return g;
    }

    /** The labels of the table's entities that are plain names, not common English words, and not among {@code seed}. */
    private static List<String> pool(Path table, Set<String> seed) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> words = new HashSet<>();
        if (Files.isRegularFile(table)) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(table)), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    String[] cells = line.split("\t", 3);
                    if (cells.length == 3 && cells[1].equals("label")) {
                        labels.put(cells[0], cells[2]);
                    } else if (cells.length == 3 && cells[1].endsWith(":word")) {
                        words.add(cells[0]);
                    }
                }
            }
        }
        List<String> pool = labels.entrySet().stream().filter(e -> !words.contains(e.getKey())).map(Map.Entry::getValue)
                .filter(n -> PLAIN.matcher(n).matches() && !seed.contains(n)).toList();
        if (pool.isEmpty()) {
            throw new AirkgException(table + ": no names to draw from");
        }
        return pool;
    }

    /** Splits a seed document into its preamble (title, authors), its sections, its references and its sentences. */
    private void split(String text) {
        List<String> paragraphs = List.of(text.replace("\r\n", "\n").strip().split("\n\s*\n"));
        int preamble = Math.min(2, paragraphs.size());
        int refs = preamble;
        while (refs < paragraphs.size() && !REFERENCES.matcher(paragraphs.get(refs).strip()).matches()) {
            refs++;
        }
        preambles.add(String.join("\n\n", paragraphs.subList(0, preamble)));
        if (refs < paragraphs.size()) {
            references.add(String.join("\n\n", paragraphs.subList(refs, paragraphs.size())));
        }
        String body = String.join("\n\n", paragraphs.subList(preamble, refs));
        List<String> parts = new ArrayList<>(List.of(body.split("(?m)^(?=## )")));
        if (parts.size() == 1) {
            parts = chunks(body.split("\n\n"));
        } else if (!parts.get(0).startsWith("## ")) {
            parts.remove(0);
        }
        openings.add(parts.isEmpty() ? "" : opening(parts.remove(0).strip()));
        for (String raw : parts) {
            String part = raw.strip();
            if (!PARTS.matcher(part).find()) {
                sections.add(part);
            }
            for (String paragraph : part.split("\n\\s*\n")) {
                String p = paragraph.strip();
                if (!p.startsWith("#") && !p.contains("\t") && !p.contains("|") && p.length() > 80) {
                    for (String s : SENTENCE.split(p)) {
                        if (s.length() > 40 && s.length() < 400 && s.endsWith(".")) {
                            sentences.add(s);
                        }
                    }
                }
            }
        }
    }

    /**
     * The sections of a document without '## ' headings: runs of at least {@value #CHUNK} paragraphs, each begun by a
     * paragraph that reads as a heading (short, no closing punctuation, not an item of a list or a table row), so that a
     * protocol's heading stays with its steps.
     */
    private static List<String> chunks(String[] paragraphs) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String p : paragraphs) {
            String t = p.strip();
            boolean heading = t.length() < 100 && !t.contains("\n") && !t.contains("\t") && !t.startsWith("-") && !t.startsWith("|")
                    && !t.matches(".*[.:;,)\\]]$");
            if (heading && run.size() >= CHUNK) {
                out.add(String.join("\n\n", run));
                run.clear();
            }
            run.add(p);
        }
        if (!run.isEmpty()) {
            out.add(String.join("\n\n", run));
        }
        return out;
    }

    /**
     * A seed's first section, with a sentence naming its compound of interest (when it names one) after it: the sections
     * recombined after it may not mention the compound, and a document's graph describes only the entities its text names.
     */
    private static String opening(String section) {
        Matcher m = COMPOUND.matcher(section);
        return m.find() ? section + "\n\nThe compound of interest here is " + m.group(1).strip() + "." : section;
    }

    /** The text of document {@code index} of the corpus of {@code seed}. */
    public String document(long seed, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        StringBuilder text = new StringBuilder();
        int seedDocument = random.nextInt(preambles.size());
        String opening = openings.get(seedDocument);
        text.append(preambles.get(seedDocument)).append("\n\n").append(opening).append("\n\n");
        List<String> drawn = new ArrayList<>(sections);
        java.util.Collections.shuffle(drawn, random);
        for (String section : drawn.subList(0, Math.min(drawn.size(), 2 + random.nextInt(4)))) {
            text.append(withSentences(section, random)).append("\n\n");
        }
        String varied = varyNumbers(text.toString(), random);
        return swapNames(references.isEmpty() ? varied : varied + pick(references, random) + "\n", random);
    }

    /** Writes documents 0 to {@code n - 1} of the corpus of {@code seed} into {@code dir} ({@code g00000.txt} ...); returns them. */
    public List<Path> write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(dir.resolve(name(i)), document(seed, i), StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The file name of document {@code index}. */
    public static String name(int index) {
        return String.format(Locale.ROOT, "g%05d.txt", index);
    }

    /** The section with, after a paragraph or two of its prose, a sentence drawn from another seed paragraph. */
    private String withSentences(String section, Random random) {
        if (sentences.isEmpty()) {
            return section;
        }
        String[] paragraphs = section.split("\n\\s*\n");
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            out.append(p);
            if (!p.startsWith("#") && !p.contains("\t") && !p.contains("|") && p.strip().endsWith(".") && random.nextInt(3) == 0) {
                out.append(' ').append(pick(sentences, random));
            }
            out.append("\n\n");
        }
        return out.toString().strip();
    }

    /**
     * Every number standing alone in prose scaled by a factor between 0.7 and 1.3, with its decimals (a percentage stays
     * at most 100, a year as it is); in a table, only a cell's one number: cells such as "27% (CR: 8%, PR: 19%)" state
     * parts of a whole, which varied apart would no longer add up.
     */
    private static String varyNumbers(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.contains("\t") || line.startsWith("|")) {
                String separator = line.contains("\t") ? "\t" : "|";
                String[] cells = line.split(Pattern.quote(separator), -1);
                for (int i = 0; i < cells.length; i++) {
                    if (NUMBER.matcher(cells[i]).results().count() == 1) {
                        cells[i] = vary(cells[i], random);
                    }
                }
                out.append(String.join(separator, cells));
            } else {
                out.append(vary(line, random));
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String vary(String text, Random random) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int decimals = m.group(2) == null ? 0 : m.group(2).length() - 1;
            double value = Double.parseDouble(m.group());
            if (decimals == 0 && value >= 1900 && value <= 2100) {
                continue;    // a year
            }
            double varied = value * (0.7 + 0.6 * random.nextDouble());
            if (text.startsWith("%", m.end()) || text.startsWith(" %", m.end())) {
                varied = Math.min(varied, 100);
            }
            String formatted = decimals == 0 ? Long.toString(Math.max(value >= 1 ? 1 : 0, Math.round(varied)))
                    : String.format(Locale.ROOT, "%." + decimals + "f", varied);
            m.appendReplacement(out, formatted);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Each seed name of a kind (the same throughout the document) kept, or swapped for a name of the kind from the vocabulary. */
    private String swapNames(String text, Random random) {
        String out = text;
        for (int k = 0; k < seedNames.size(); k++) {
            Map<String, String> swaps = new java.util.HashMap<>();
            List<String> names = seedNames.get(k);
            List<String> pool = pools.get(k);
            StringBuilder alternatives = new StringBuilder();
            for (String name : names) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
            }
            if (alternatives.length() == 0) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", Pattern.CASE_INSENSITIVE).matcher(out);
            StringBuilder replaced = new StringBuilder();
            while (m.find()) {
                String found = m.group().toLowerCase(Locale.ROOT);
                String to = swaps.computeIfAbsent(found, f -> random.nextInt(10) < KEPT ? "" : longTail(pool, random));
                m.appendReplacement(replaced, Matcher.quoteReplacement(to.isEmpty() ? m.group() : to));
            }
            m.appendTail(replaced);
            out = replaced.toString();
        }
        return out;
    }

    /** A name of {@code pool}, the first ones far more often than the last (the cube of a uniform draw). */
    private static String longTail(List<String> pool, Random random) {
        double u = random.nextDouble();
        return pool.get((int) (pool.size() * u * u * u));
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
