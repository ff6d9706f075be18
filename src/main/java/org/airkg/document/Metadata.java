package org.airkg.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * What a document says about itself: its title and the facts of its header and footer (vendor, date,
 * compound, catalogue and CAS numbers, how to cite it), kept out of the content. {@code titleText} is the title
 * line as a passage, read like any other text (it names the drugs, trials and diseases the document is about); it
 * is derived from {@code titleSpan} and not written to the document's JSON.
 */
public record Metadata(
        String title,
        Span titleSpan,
        @JsonIgnore Optional<Passage> titleText,
        Optional<String> author,
        Optional<String> publisher,
        Optional<YearMonth> date,
        Optional<String> compoundName,
        Optional<String> catalogNumber,
        Optional<String> casNumber,
        Optional<String> sourceUrl,
        Optional<String> howToCite) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleSpan, "titleSpan");
        Objects.requireNonNull(titleText, "titleText");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(compoundName, "compoundName");
        Objects.requireNonNull(catalogNumber, "catalogNumber");
        Objects.requireNonNull(casNumber, "casNumber");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(howToCite, "howToCite");
    }
}
