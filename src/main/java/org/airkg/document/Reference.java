package org.airkg.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of a document's numbered reference list: its number, the cited work's title when the entry
 * gives one beyond a bare host name, the source name after the title ("PMC", "PubMed"...), and the host
 * name in brackets. {@code content} is the entry after its number, normalised; {@code span} covers the
 * whole entry, number included. {@code doi} and {@code pmid} are the DOI ({@code 10.1234/abc}) and PubMed id
 * the entry gives, if any.
 */
public record Reference(int number, Optional<String> title, Optional<String> sourceName, Optional<String> host, Passage content, Span span,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> doi,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> pmid) {
    public Reference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(pmid, "pmid");
        if (number < 1) {
            throw new IllegalArgumentException("reference number must be at least 1: " + number);
        }
    }

    /** The entry's normalised text. */
    public String text() {
        return content.text();
    }
}
