package org.airkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Writes a document's mentions into its graph: each mention a node with its text and span, the element
 * and section it is in, how it was resolved, its confidence and rule, and the lexicon entity it names (or
 * the entities it may name, or the class a candidate's shape suggests). A mention is also linked to the sentence
 * of its element that its start falls in ({@code airkg:inSentence}), so that queries about the words around a
 * mention need not compare offsets: the element's sentences are read from the graph, where {@link DocumentMapper}
 * wrote them before.
 */
public final class MentionMapper {
    private MentionMapper() {}

    /**
     * Adds the mentions of the document {@code stem} to {@code model}.
     *
     * @param entityIri the IRI of a lexicon entry, by its id
     */
    public static void map(Model model, String stem, List<Mention> mentions, Function<String, String> entityIri) {
        Resource doc = model.createResource(Iris.document(stem));
        for (Mention mention : mentions) {
            Resource element = model.createResource(elementIri(stem, mention.element()));
            Resource m = model.createResource(
                    Iris.id("mention", Iris.slug(stem) + "/" + mention.span().start() + "-" + mention.span().end()), AIRKG.Mention)
                    .addProperty(AIRKG.inDocument, doc)
                    .addProperty(AIRKG.text, mention.text())
                    .addProperty(AIRKG.mentionIn, element)
                    .addProperty(AIRKG.mentionStatus, mention.status().name())
                    .addLiteral(AIRKG.confidence, model.createTypedLiteral(
                            BigDecimal.valueOf(mention.confidence()).setScale(2, RoundingMode.HALF_UP)))
                    .addProperty(AIRKG.method, mention.method());
            ElementWriter.span(m, mention.span());
            sentencesAt(element, mention.span().start()).forEach(sentence -> m.addProperty(AIRKG.inSentence, sentence));
            mention.sectionId().ifPresent(id -> m.addProperty(AIRKG.inSection, model.createResource(Iris.section(stem, id))));
            switch (mention.status()) {
                case LINKED -> m.addProperty(AIRKG.mentionOf, model.createResource(entityIri.apply(mention.entityIds().get(0))));
                case AMBIGUOUS -> mention.entityIds()
                        .forEach(id -> m.addProperty(AIRKG.possibleReferent, model.createResource(entityIri.apply(id))));
                case CANDIDATE -> mention.candidateKind().ifPresent(k -> m.addProperty(AIRKG.candidateKind, k));
                default -> throw new IllegalStateException(mention.status().name());
            }
        }
    }

    /** The sentences of {@code element}, as its graph holds them, whose span holds the offset {@code start}. */
    private static List<Resource> sentencesAt(Resource element, long start) {
        return element.listProperties(AIRKG.hasSentence).mapWith(Statement::getResource)
                .filterKeep(s -> s.getRequiredProperty(AIRKG.startOffset).getLong() <= start
                        && start < s.getRequiredProperty(AIRKG.endOffset).getLong())
                .toList();
    }

    /** The IRI of the element a mention's text belongs to. */
    static String elementIri(String stem, ElementRef element) {
        return switch (element.kind()) {
            case "section" -> Iris.section(stem, element.key());
            case "reference" -> Iris.reference(stem, Integer.parseInt(element.key()));
            default -> Iris.block(stem, element.kind(), Integer.parseInt(element.key())) + element.path();
        };
    }
}
