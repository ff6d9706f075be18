package org.airkg.build;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.airkg.document.Document;
import org.airkg.extract.fact.TableFacts;
import org.airkg.extract.fact.StatedOutcome;
import org.airkg.extract.fact.TextMeasurement;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.relation.Curations;
import org.airkg.extract.relation.MechanismChain;
import org.airkg.extract.relation.Relation;

/**
 * Everything extracted from one document: its structure, the entities it mentions, the statements read from it
 * (with the user's curations applied), its mechanism chains, its table measurements and the values its sentences
 * state, trial outcomes among them. A new extractor adds a field here and a step to {@link Extractor}.
 */
public record Extraction(Document document, List<Mention> mentions, Curations.Outcome curation, List<MechanismChain> mechanisms,
        TableFacts.Result tables, List<TextMeasurement> stated, List<StatedOutcome> outcomes) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(curation, "curation");
        Objects.requireNonNull(tables, "tables");
        mentions = List.copyOf(mentions);
        mechanisms = List.copyOf(mechanisms);
        stated = List.copyOf(stated);
        outcomes = List.copyOf(outcomes);
    }

    /** The document's stem, which names its graph. */
    public String stem() {
        return document.stem();
    }

    /** The statements of the document, curations applied. */
    public List<Relation> relations() {
        return curation.relations();
    }

    /** The lexicon ids of every entity the document mentions or states something of, sorted. */
    public Set<String> entityIds() {
        Set<String> used = new TreeSet<>();
        mentions.forEach(m -> used.addAll(m.entityIds()));
        relations().forEach(r -> used.addAll(List.of(r.subjectId(), r.objectId())));
        return used;
    }
}
