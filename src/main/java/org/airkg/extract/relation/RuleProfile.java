package org.airkg.extract.relation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.airkg.SourceException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The relation rules a build runs: {@code profile.txt} lists rule names in order, and each {@code NAME.yaml}
 * beside it says what the rule reads. Every rule is checked against the ontology before any document is
 * read: its property must be an object property, its kinds entity classes within the property's domain and
 * range, its patterns valid; a problem names the file, line and reason. Kinds include their subclasses
 * ({@code ExperimentalModel} is every kind of model).
 *
 * <pre>{@code
 * RuleProfile profile = RuleProfile.load(Path.of("rules/relations"), Path.of("ontology/airkg.ttl"));
 * }</pre>
 */
public final class RuleProfile {
    /** The file listing the rules, in the rules directory. */
    public static final String PROFILE = "profile.txt";
    private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final List<RelationRule> rules;
    private final OntologyKinds kinds;
    private final Set<String> symmetric;
    private final Map<String, Set<String>> disjoint;

    private RuleProfile(List<RelationRule> rules, OntologyKinds kinds) {
        this.rules = List.copyOf(rules);
        this.kinds = kinds;
        this.symmetric = kinds.symmetric();
        this.disjoint = kinds.disjoint();
    }

    /** What a rule file holds, as written. */
    private record RuleFile(String comment, String example, String predicate, Optional<String> alternate, String reader, List<String> subject,
            List<String> object, Optional<String> cue, Optional<String> alternateCue, Optional<String> requires, Optional<String> unless,
            Optional<String> notBetween, Optional<String> notAfter, Optional<String> notSubject, Optional<Boolean> negatable, Optional<Boolean> hedgeable, Optional<Boolean> indication, Optional<Boolean> modelQualifier, Optional<Boolean> fallback,
            Optional<Boolean> compoundObject, Optional<Boolean> prevails, Optional<Boolean> inverse, Optional<String> title, List<String> expect) {}

    /** The project's standard rules ({@code rules/relations}) checked against its ontology, below the working directory. */
    public static RuleProfile standard() {
        return load(Path.of("rules/relations"), Path.of("ontology/airkg.ttl"));
    }

    /** The rules {@code dir}'s profile lists, checked against the ontology in {@code ontologyFile}. */
    public static RuleProfile load(Path dir, Path ontologyFile) {
        return load(dir, RDFDataMgr.loadModel(ontologyFile.toString()));
    }

    /** The rules {@code dir}'s profile lists, checked against {@code ontology}. */
    public static RuleProfile load(Path dir, Model ontology) {
        OntologyKinds kinds = new OntologyKinds(ontology);
        Path profile = dir.resolve(PROFILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(profile + ": cannot read the rule profile", e);
        }
        List<RelationRule> rules = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Path file = dir.resolve(name + ".yaml");
            if (!seen.add(name)) {
                throw new SourceException(profile.toString(), i + 1, 0, "rule '" + name + "' is listed twice", null);
            }
            if (!Files.isRegularFile(file)) {
                throw new SourceException(profile.toString(), i + 1, 0, "rule '" + name + "' has no file " + file, null);
            }
            rules.add(read(name, file, kinds));
        }
        return new RuleProfile(rules, kinds);
    }

    /**
     * The rules of {@code dir} named in {@code names}, in that order, whether its profile lists them or not (a rule
     * left out of the profile, read on its own), checked against the ontology in {@code ontologyFile}.
     */
    public static RuleProfile named(Path dir, Path ontologyFile, List<String> names) {
        OntologyKinds kinds = new OntologyKinds(RDFDataMgr.loadModel(ontologyFile.toString()));
        List<RelationRule> rules = new ArrayList<>();
        for (String name : names) {
            Path file = dir.resolve(name + ".yaml");
            if (!Files.isRegularFile(file)) {
                throw new UncheckedIOException(new java.io.FileNotFoundException(file + ": no such rule"));
            }
            rules.add(read(name, file, kinds));
        }
        return new RuleProfile(rules, kinds);
    }

    private static RelationRule read(String name, Path file, OntologyKinds kinds) {
        RuleFile r;
        try {
            r = YAML.readValue(file.toFile(), RuleFile.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SourceException(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the rule", e);
        }
        Check check = new Check(file);
        Reader reader = Reader.byLabel(check.given(r.reader(), "reader"))
                .orElseThrow(() -> check.fail("unknown reader '" + r.reader() + "'; known: " + java.util.Arrays.stream(Reader.values())
                        .map(Reader::label).toList()));
        String predicate = check.given(r.predicate(), "predicate");
        Set<String> subjects = kinds.expand(check.givenList(r.subject(), "subject"), check);
        Set<String> objects = kinds.expand(check.givenList(r.object(), "object"), check);
        boolean inverse = r.inverse().orElse(false);
        // an inverse rule's statements run from its objects to its subjects
        kinds.checkProperties(r.alternate().map(a -> List.of(predicate, a)).orElse(List.of(predicate)), inverse ? objects : subjects,
                inverse ? subjects : objects, check);
        Optional<Pattern> cue = r.cue().map(p -> check.pattern(p, "cue"));
        if (reader.needsCue() && cue.isEmpty()) {
            throw check.fail("reader '" + reader.label() + "' needs a cue");
        }
        check.given(r.example(), "example");
        return new RelationRule(name, predicate, r.alternate(), reader, subjects, objects, cue, r.alternateCue().map(p -> check.pattern(p, "alternateCue")),
                r.requires().map(p -> check.pattern(p, "requires")), r.unless().map(p -> check.pattern(p, "unless")),
                r.notBetween().map(p -> check.pattern(p, "notBetween")), r.notAfter().map(p -> check.pattern(p, "notAfter")),
                r.notSubject().map(p -> check.pattern(p, "notSubject")),
                r.negatable().orElse(true), r.hedgeable().orElse(true), r.indication().orElse(true), r.modelQualifier().orElse(true), r.fallback().orElse(false), r.compoundObject().orElse(false),
                r.prevails().orElse(false), inverse, titleLine(r.title(), check), r.example(), r.expect() == null ? List.of() : r.expect(), r.comment() == null ? "" : r.comment());
    }

    private static RelationRule.TitleLine titleLine(Optional<String> given, Check check) {
        return given.map(g -> Arrays.stream(RelationRule.TitleLine.values()).filter(t -> t.label().equals(g)).findFirst()
                .orElseThrow(() -> check.fail("title '" + g + "' is none of no, also, only"))).orElse(RelationRule.TitleLine.NO);
    }

    /** The rules, in the profile's order. */
    public List<RelationRule> rules() {
        return rules;
    }

    /** Whether the ontology declares {@code predicate} symmetric: a statement of it is the same either way round. */
    public boolean symmetric(String predicate) {
        return symmetric.contains(predicate);
    }

    /** Whether the ontology declares two properties disjoint: no pair of entities may be related by both. */
    public boolean disjoint(String predicate, String other) {
        return disjoint.getOrDefault(predicate, Set.of()).contains(other);
    }

    /** An entity class of the ontology and its subclasses, by local name. */
    public Set<String> kinds(String ontologyClass) {
        return kinds.expand(List.of(ontologyClass), new Check(Path.of("ontology")));
    }

    /** Problems of one rule file or one curation entry, as {@link SourceException}s naming the file, line and what is checked. */
    record Check(Path file, int line, String context) {
        Check(Path file) {
            this(file, 0, "");
        }

        SourceException fail(String problem) {
            return new SourceException(file.toString(), line, 0, context + problem, null);
        }

        String given(String value, String field) {
            if (value == null || value.isBlank()) {
                throw fail("'" + field + "' is missing");
            }
            return value;
        }

        List<String> givenList(List<String> value, String field) {
            if (value == null || value.isEmpty()) {
                throw fail("'" + field + "' lists no kind");
            }
            return value;
        }

        Pattern pattern(String regex, String field) {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new SourceException(file.toString(), 0, 0, "'" + field + "' is no valid pattern: " + e.getDescription(), e);
            }
        }
    }
}
