package org.airkg.extract.relation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.airkg.SourceException;
import org.airkg.document.Document;
import org.airkg.document.Span;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.Texts;
import org.apache.jena.rdf.model.Model;

/**
 * The corrections of {@code data/curated/*.json}, applied to each document's relations after extraction.
 * Curation corrects extraction; it does not replace it.
 *
 * <p>Each file is a JSON array of corrections. Every entry is checked against {@code curation.schema.json} when it is
 * loaded, and against the build's corpus, lexicon and ontology before any document is read ({@link #check}): an entry
 * naming an unknown document, entity or predicate, or a subject or object outside the predicate's domain or range,
 * fails the build with the file, the entry's line and the reason. So does an addition whose quote is not in its
 * document. What each entry did is reported: applied, a retraction that matches no extracted statement any more
 * (stale), or an addition the rules now read themselves (redundant, to be removed).
 */
public final class Curations {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    private static final Schema SCHEMA = schema();

    /** One correction with the place it was written. */
    public record Entry(Curation curation, Path file, int line, int index) {
        /** "data/curated/corrections.json:12 (entry 3: add ltlt-ca derivedFrom mcf-7ca)". */
        @Override
        public String toString() {
            return file + ":" + line + " (entry " + index + ": " + describe() + ")";
        }

        String describe() {
            Curation c = curation;
            return c.action().name().toLowerCase(java.util.Locale.ROOT) + " " + c.subject() + " " + c.predicate() + " " + c.object()
                    + " in " + c.document();
        }

        RuleProfile.Check check() {
            return new RuleProfile.Check(file, line, "entry " + index + " (" + describe() + "): ");
        }
    }

    /** What one entry did to its document. */
    public enum Status {
        /** Retracted an extracted statement, or added one the rules do not read. */
        APPLIED,
        /** A retraction that matches no extracted statement: the rules no longer state it, so the entry can go. */
        STALE,
        /** An addition the rules read themselves now: the entry can go. */
        REDUNDANT
    }

    /** An entry and what it did. */
    public record Applied(Entry entry, Status status) {}

    private final List<Entry> entries;

    private Curations(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No corrections. */
    public static Curations none() {
        return new Curations(List.of());
    }

    /** Loads every {@code *.json} file of {@code dir} (none if the directory does not exist), each entry checked against the schema. */
    public static Curations load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return none();
        }
        List<Entry> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.addAll(read(file));
            }
        }
        return new Curations(all);
    }

    private static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw fail(file, p, "a curation file is a JSON array of corrections");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                int index = entries.size() + 1;
                JsonNode node = JSON.readTree(p);
                List<Error> errors = SCHEMA.validate(node);
                if (!errors.isEmpty()) {
                    throw new SourceException(file.toString(), line, 0, "entry " + index + " does not follow curation.schema.json: "
                            + errors.stream().map(Curations::message).collect(Collectors.joining("; ")), null);
                }
                try {
                    entries.add(new Entry(JSON.treeToValue(node, Curation.class), file, line, index));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new SourceException(file.toString(), line, 0, "entry " + index + ": " + e.getMessage(), e);
                }
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw fail(file, p, "entry " + (entries.size() + 1) + " is no JSON object");
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new SourceException(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage(), e);
        }
        return entries;
    }

    /** "evidenceKind: does not have a value in the enumeration [...]", or the message alone for the entry as a whole. */
    private static String message(Error error) {
        String at = error.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        return at.isEmpty() ? error.getMessage() : at + ": " + error.getMessage();
    }

    private static SourceException fail(Path file, JsonParser p, String problem) {
        var at = p.currentTokenLocation();
        return new SourceException(file.toString(), at.getLineNr(), at.getColumnNr(), problem, null);
    }

    private static Schema schema() {
        try (InputStream in = Curations.class.getResourceAsStream("curation.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("curation.schema.json is missing from the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corrections, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Fails, naming the file, line and entry, on the first correction that names a document not in {@code documents}
     * (stems), an entity the lexicon does not hold, a predicate that is no object property of {@code ontology}, or
     * a subject or object outside that property's domain or range.
     */
    public void check(Set<String> documents, Lexicon lexicon, Model ontology) {
        OntologyKinds kinds = new OntologyKinds(ontology);
        for (Entry e : entries) {
            Curation c = e.curation();
            RuleProfile.Check check = e.check();
            if (!documents.contains(c.document())) {
                throw check.fail("no document '" + c.document() + "' in the corpus");
            }
            LexiconEntry subject = entity(lexicon, c.subject(), "subject", check);
            LexiconEntry object = entity(lexicon, c.object(), "object", check);
            c.model().ifPresent(m -> entity(lexicon, m, "model", check));
            c.indication().ifPresent(i -> entity(lexicon, i, "indication", check));
            kinds.checkProperties(List.of(c.predicate()), Set.of(subject.ontologyClass()), Set.of(object.ontologyClass()), check);
        }
    }

    private static LexiconEntry entity(Lexicon lexicon, String id, String role, RuleProfile.Check check) {
        return lexicon.byId(id).orElseThrow(() -> check.fail(role + " '" + id + "' is no entity of the lexicon"));
    }

    /** What applying the corrections to one document did. */
    public record Outcome(List<Relation> relations, List<Applied> applied) {
        public Outcome {
            relations = List.copyOf(relations);
            applied = List.copyOf(applied);
        }

        /** Extracted statements retracted. */
        public long retracted() {
            return applied.stream().filter(a -> a.status() == Status.APPLIED && a.entry().curation().action() == Curation.Action.RETRACT).count();
        }

        /** Statements added. */
        public long added() {
            return applied.stream().filter(a -> a.status() == Status.APPLIED && a.entry().curation().action() == Curation.Action.ADD).count();
        }
    }

    /** The document's relations with its corrections applied; fails, naming the entry, on an addition whose quote is not in it. */
    public Outcome apply(Document document, List<Relation> relations) {
        List<Relation> result = new ArrayList<>(relations);
        List<Applied> applied = new ArrayList<>();
        for (Entry e : entries) {
            Curation c = e.curation();
            if (!c.document().equals(document.stem())) {
                continue;
            }
            if (c.action() == Curation.Action.RETRACT) {
                boolean removed = result.removeIf(c::matches);
                applied.add(new Applied(e, removed ? Status.APPLIED : Status.STALE));
            } else if (relations.stream().anyMatch(r -> c.matches(r) && r.polarity() == Relation.Polarity.SUPPORTS
                    && r.modality() == Relation.Modality.ASSERTED)) {
                applied.add(new Applied(e, Status.REDUNDANT));
            } else {
                result.add(anchor(document, e));
                applied.add(new Applied(e, Status.APPLIED));
            }
        }
        return new Outcome(result, applied);
    }

    private static Relation anchor(Document document, Entry e) {
        Curation c = e.curation();
        String text = document.source().text();
        int at = text.indexOf(c.quote().orElseThrow());
        Optional<Texts.Text> holder = Optional.empty();
        Span span = null;
        if (at >= 0) {
            span = document.source().span(at, at + c.quote().get().length());
            Span quoted = span;
            holder = Texts.of(document).stream()
                    .filter(t -> t.passage().span().start() <= quoted.start() && quoted.end() <= t.passage().span().end() + 4)
                    .findFirst();
        }
        if (holder.isEmpty()) {
            throw e.check().fail("the quote is not " + (at < 0 ? "in" : "within one passage of") + " document " + document.stem());
        }
        return new Relation(c.subject(), c.predicate(), c.object(), Relation.Polarity.SUPPORTS, Relation.Modality.ASSERTED,
                c.evidenceKind().map(k -> Relation.EvidenceKind.valueOf(k.toUpperCase(java.util.Locale.ROOT))),
                c.model(), c.indication(), holder.get().element(), holder.get().sectionId(), span, "curated", Optional.of(c.reason()));
    }
}
