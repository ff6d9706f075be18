package org.airkg.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Passage;
import org.airkg.document.Reference;
import org.airkg.document.SourceText;

/**
 * Reads a numbered reference list in either style the corpus uses ({@code 1. Title [host]} and
 * {@code - 1. Title - Source [host]}); an entry broken over several lines or a page break is joined. A DOI
 * and a PMID written in an entry are taken as its identifiers.
 */
final class ReferenceListParser {
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*•]\\s+)?([1-9]\\d{0,3})\\.\\s+(.*)$");
    private static final Pattern HOST = Pattern.compile("\\s*\\[([^\\[\\]\\s]+\\.[^\\[\\]\\s]+)\\]\\s*$");
    private static final Pattern SOURCE_SUFFIX = Pattern.compile("^(.+?) - ([^-]{1,40})$");
    private static final int SHORT_SOURCE = 25;
    /** A DOI (the Crossref pattern), bare, after "doi:" or in a doi.org address. */
    private static final Pattern DOI = Pattern.compile("(?i)(?<![\\w/.])(10\\.\\d{4,9}/[^\\s\\[\\]<>\"]+)");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:?\\s*(\\d{1,9})\\b");

    private final SourceText source;
    private final List<Reference> references = new ArrayList<>();
    private int number = -1;
    private int start;
    private int textStart;
    private int end;

    ReferenceListParser(SourceText source) {
        this.source = source;
    }

    /** Adds a block of the reference list. */
    void add(RawBlock block) {
        for (Line line : block.lines()) {
            Matcher m = ITEM.matcher(line.text());
            if (m.matches()) {
                flush();
                number = Integer.parseInt(m.group(1));
                start = line.start() + line.indent();
                textStart = line.start() + m.start(2);
            } else if (number <= 0) {
                continue;
            }
            end = line.end();
        }
    }

    /** The entries read so far, in order. */
    List<Reference> references() {
        flush();
        return List.copyOf(references);
    }

    private void flush() {
        if (number < 0) {
            return;
        }
        Passage content = Normalizer.passage(source, textStart, end);
        String folded = content.text();
        Optional<String> host = Optional.empty();
        String rest = folded;
        Matcher h = HOST.matcher(folded);
        if (h.find()) {
            host = Optional.of(h.group(1));
            rest = folded.substring(0, h.start()).strip();
        }
        Optional<String> title = Optional.of(rest);
        Optional<String> sourceName = Optional.empty();
        int bar = rest.indexOf(" | ");
        Matcher s = SOURCE_SUFFIX.matcher(rest);
        if (bar > 0) {
            String left = rest.substring(0, bar).strip();
            String right = rest.substring(bar + 3).strip();
            boolean sourceFirst = left.length() <= SHORT_SOURCE && right.length() > left.length();
            title = Optional.of(sourceFirst ? right : left);
            sourceName = Optional.of(sourceFirst ? left : right);
        } else if (s.matches()) {
            title = Optional.of(s.group(1).strip());
            sourceName = Optional.of(s.group(2).strip());
        }
        if (title.get().isEmpty() || title.get().equals(host.orElse(null)) || title.get().matches("[\\w.-]+\\.[a-z]{2,}")) {
            title = Optional.empty();
        }
        Matcher doi = DOI.matcher(folded);
        Matcher pmid = PMID.matcher(folded);
        references.add(new Reference(number, title, sourceName, host, content, source.span(start, end),
                doi.find() ? Optional.of(doi.group(1).replaceAll("[.,;:)]+$", "")) : Optional.empty(),
                pmid.find() ? Optional.of(pmid.group(1)) : Optional.empty()));
        number = -1;
    }
}
