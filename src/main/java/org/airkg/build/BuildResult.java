package org.airkg.build;

import java.util.List;
import org.airkg.document.DocumentException;
import org.airkg.extract.fact.Conflict;
import org.airkg.extract.lexicon.Lexicon;

/**
 * What a build wrote: the documents read and those that could not be (skipped), the quads written (the triples of
 * each named graph, summed), the named graphs, the distinct triples of their union, the conflicts found among the
 * documents' values, the lexicon, a summary of each document extracted (in corpus order), the shape warnings, and how
 * many documents were extracted (the others came from the {@link DocumentCache}), and whether the store was found up to
 * date ({@code unchanged}: a build in place with nothing to do, whose conflicts, lexicon and summaries are left empty).
 */
public record BuildResult(int documents, List<DocumentException> skipped, long quads, long graphs, long distinct,
        List<Conflict> conflicts, Lexicon lexicon, List<DocumentSummary> summaries, long warnings, int extracted,
        boolean unchanged) {
    public BuildResult {
        skipped = List.copyOf(skipped);
        conflicts = List.copyOf(conflicts);
        summaries = List.copyOf(summaries);
    }
}
