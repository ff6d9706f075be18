package org.airkg.rdf;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.airkg.AirkgException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * The sentence cues the ontology declares ({@code airkg:SentenceCue} individuals with their {@code airkg:cuePattern}),
 * and the marking of a document graph's sentences with the cues their text holds ({@code airkg:hasCue}). Queries
 * about, say, sentences on resistance then follow a triple the build wrote once instead of matching the words of
 * every sentence each time they run. Patterns are RE2 expressions matched ignoring case, as SPARQL's
 * {@code REGEX(?text, pattern, "i")} matches them on the server.
 *
 * <pre>{@code
 * SentenceCues cues = SentenceCues.from(ontology);
 * cues.mark(documentGraph);   // adds ?sentence airkg:hasCue airkg:ResistanceCue where the text holds "resist"
 * }</pre>
 */
public final class SentenceCues {
    /** One cue: its IRI and its compiled pattern. */
    private record Cue(Resource cue, Pattern pattern) {}

    private final List<Cue> cues;

    private SentenceCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /**
     * The cues of {@code ontology}, in IRI order; a cue with no pattern, more than one, or one that does not compile
     * fails naming the cue.
     */
    public static SentenceCues from(Model ontology) {
        List<Cue> cues = new ArrayList<>();
        List<Resource> declared = ontology.listResourcesWithProperty(RDF.type, AIRKG.SentenceCue).toList().stream()
                .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource cue : declared) {
            List<RDFNode> patterns = cue.listProperties(AIRKG.cuePattern).mapWith(Statement::getObject).toList();
            if (patterns.size() != 1 || !patterns.get(0).isLiteral()) {
                throw new AirkgException("ontology: sentence cue <" + cue.getURI() + "> needs exactly one airkg:cuePattern"
                        + " literal, has " + patterns.size());
            }
            String pattern = patterns.get(0).asLiteral().getLexicalForm();
            try {
                cues.add(new Cue(cue, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)));
            } catch (PatternSyntaxException e) {
                throw new AirkgException("ontology: sentence cue <" + cue.getURI() + ">: airkg:cuePattern \"" + pattern
                        + "\" is not a valid RE2 expression: " + e.getDescription(), e);
            }
        }
        return new SentenceCues(cues);
    }

    /** The IRIs of the cues, in the order they are tried. */
    public List<String> iris() {
        return cues.stream().map(c -> c.cue().getURI()).toList();
    }

    /** Marks every {@code airkg:Sentence} of {@code graph} with each cue whose pattern its text holds. */
    public void mark(Model graph) {
        for (Resource sentence : graph.listResourcesWithProperty(RDF.type, AIRKG.Sentence).toList()) {
            for (Statement text : sentence.listProperties(AIRKG.text).toList()) {
                String t = text.getString();
                for (Cue cue : cues) {
                    if (cue.pattern().matcher(t).find()) {
                        sentence.addProperty(AIRKG.hasCue, cue.cue());
                    }
                }
            }
        }
    }
}
