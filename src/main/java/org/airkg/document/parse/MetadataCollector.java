package org.airkg.document.parse;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airkg.document.Metadata;
import org.airkg.document.Passage;
import org.airkg.document.SourceText;
import org.airkg.document.Span;

/** Gathers a document's title, header facts and how-to-cite footer into its {@link Metadata}. */
final class MetadataCollector {
    private final SourceText source;
    private final Map<HeaderRules.Field, String> facts = new EnumMap<>(HeaderRules.Field.class);
    private final StringBuilder citation = new StringBuilder();
    private String title;
    private Span titleSpan;
    private Optional<Passage> titleText = Optional.empty();

    MetadataCollector(SourceText source) {
        this.source = source;
    }

    /** Takes the document's title from its first block. */
    void title(RawBlock block) {
        Line first = block.first();
        Optional<HeadingRules.Heading> heading = HeadingRules.heading(block);
        title = heading.map(HeadingRules.Heading::title).orElseGet(() -> Text.plain(first.text()));
        titleSpan = source.span(first.start() + first.indent(), first.end());
        int textStart = first.start() + heading.map(HeadingRules.Heading::textOffset).orElse(first.indent());
        titleText = textStart < first.end() && !title.isBlank() ? Optional.of(Normalizer.passage(source, textStart, first.end())) : Optional.empty();
    }

    /** Takes the facts of a header line; false when the block is not a header line. */
    boolean header(RawBlock block) {
        Optional<List<HeaderRules.Fact>> found = HeaderRules.headerFacts(block);
        found.ifPresent(list -> list.forEach(f -> facts.putIfAbsent(f.field(), f.value())));
        return found.isPresent();
    }

    /** Adds a block of the how-to-cite footer. */
    void citation(RawBlock block) {
        if (citation.length() > 0) {
            citation.append(' ');
        }
        citation.append(Text.fold(block.text()).replaceFirst("^[-*•]\\s+", ""));
    }

    Metadata build() {
        Optional<String> author = field(HeaderRules.Field.AUTHOR);
        Optional<String> howToCite = citation.length() == 0 ? Optional.empty() : Optional.of(citation.toString());
        Optional<String> publisher = howToCite.flatMap(HeaderRules::citedPublisher)
                .or(() -> author.flatMap(HeaderRules::authorPublisher));
        Optional<YearMonth> date = field(HeaderRules.Field.DATE).flatMap(HeaderRules::yearMonth);
        return new Metadata(title, titleSpan, titleText, author, publisher, date,
                field(HeaderRules.Field.COMPOUND).map(Text::plain),
                field(HeaderRules.Field.CATALOG_NUMBER).map(Text::plain),
                field(HeaderRules.Field.CAS_NUMBER),
                howToCite.flatMap(HeaderRules::firstUrl),
                howToCite);
    }

    private Optional<String> field(HeaderRules.Field field) {
        return Optional.ofNullable(facts.get(field));
    }
}
