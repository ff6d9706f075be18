package org.airkg.extract.relation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.airkg.SourceException;
import org.airkg.document.Document;
import org.airkg.document.Span;
import org.airkg.extract.mention.Texts;

/**
 * The corrections of {@code data/curated/*.json}, applied to each document's relations after extraction.
 * Curation corrects extraction; it does not replace it: a retraction that no longer matches anything, or
 * an addition whose quote is not in its document, is reported rather than silently ignored.
 */
public final class Curations {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private final List<Curation> curations;

    private Curations(List<Curation> curations) {
        this.curations = List.copyOf(curations);
    }

    /** No corrections. */
    public static Curations none() {
        return new Curations(List.of());
    }

    /** Loads every {@code *.json} file of {@code dir} (none if the directory does not exist). */
    public static Curations load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return none();
        }
        List<Curation> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    all.addAll(JSON.readValue(file.toFile(), new TypeReference<List<Curation>>() {}));
                } catch (JsonProcessingException e) {
                    var at = e.getLocation();
                    throw new SourceException(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                            e.getOriginalMessage(), e);
                }
            }
        }
        return new Curations(all);
    }

    /** The corrections, in file order. */
    public List<Curation> all() {
        return curations;
    }

    /** What applying the corrections to one document did. */
    public record Outcome(List<Relation> relations, int retracted, int added, List<String> problems) {}

    /** The document's relations with its corrections applied. */
    public Outcome apply(Document document, List<Relation> relations) {
        List<Relation> result = new ArrayList<>(relations);
        List<String> problems = new ArrayList<>();
        int retracted = 0;
        int added = 0;
        for (Curation c : curations) {
            if (!c.document().equals(document.stem())) {
                continue;
            }
            if (c.action() == Curation.Action.RETRACT) {
                int before = result.size();
                result.removeIf(c::matches);
                retracted += before - result.size();
                if (before == result.size()) {
                    problems.add(document.stem() + ": retraction of " + c.subject() + " " + c.predicate() + " " + c.object()
                            + " matches no extracted statement");
                }
            } else {
                Optional<Relation> relation = anchor(document, c);
                relation.ifPresent(result::add);
                added += relation.isPresent() ? 1 : 0;
                if (relation.isEmpty()) {
                    problems.add(document.stem() + ": quote of added " + c.subject() + " " + c.predicate() + " " + c.object()
                            + " is not in the document");
                }
            }
        }
        return new Outcome(result, retracted, added, problems);
    }

    private static Optional<Relation> anchor(Document document, Curation c) {
        String text = document.source().text();
        int at = text.indexOf(c.quote().orElseThrow());
        if (at < 0) {
            return Optional.empty();
        }
        Span span = document.source().span(at, at + c.quote().get().length());
        Optional<Texts.Text> holder = Texts.of(document).stream()
                .filter(t -> t.passage().span().start() <= span.start() && span.end() <= t.passage().span().end() + 4)
                .findFirst();
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Relation(c.subject(), c.predicate(), c.object(), Relation.Polarity.SUPPORTS, Relation.Modality.ASSERTED,
                c.evidenceKind().map(k -> Relation.EvidenceKind.valueOf(k.toUpperCase(java.util.Locale.ROOT))),
                c.model(), c.indication(), holder.get().element(), holder.get().sectionId(), span, "curated", Optional.of(c.reason())));
    }
}
