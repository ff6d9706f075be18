package org.airkg.build;

import java.util.List;
import org.airkg.extract.fact.TableFacts;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.relation.Curations;

/**
 * What a build reports of one document once its graph is written: the names no entry links, how many mentions
 * stayed ambiguous, what its curations did, and its table cells without a measurement. It is all a build keeps of
 * a document besides the values compared for conflicts.
 */
public record DocumentSummary(String stem, List<Mention> candidates, long ambiguous, Curations.Outcome curation,
        int measurements, List<TableFacts.Skipped> skipped) {
    public DocumentSummary {
        candidates = List.copyOf(candidates);
        skipped = List.copyOf(skipped);
    }

    /** The summary of one extraction. */
    public static DocumentSummary of(Extraction e) {
        return new DocumentSummary(e.stem(), e.mentions().stream().filter(m -> m.status() == MentionStatus.CANDIDATE).toList(),
                e.mentions().stream().filter(m -> m.status() == MentionStatus.AMBIGUOUS).count(),
                new Curations.Outcome(List.of(), e.curation().applied()), e.tables().measurements().size(), e.tables().skipped());
    }
}
