package org.airkg.document.render;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Metadata;

/** What a file's markup says about the document (author, publisher, date, address), laid over what its text says. */
public record MarkupMetadata(Optional<String> author, Optional<String> publisher, Optional<YearMonth> date, Optional<String> sourceUrl) {
    private static final Pattern YEAR_MONTH = Pattern.compile("^\\s*(\\d{4})(?:[-/](\\d{1,2}))?");

    /** The metadata read from the text, with every fact the markup gives put first. */
    public Metadata over(Metadata found) {
        return new Metadata(found.title(), found.titleSpan(), found.titleText(), author.or(found::author), publisher.or(found::publisher),
                date.or(found::date), found.compoundName(), found.catalogNumber(), found.casNumber(), sourceUrl.or(found::sourceUrl),
                found.howToCite());
    }

    /** The year and month of an ISO date or year ("2024-03-07", "2024"; a year alone is taken as January). */
    public static Optional<YearMonth> yearMonth(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = YEAR_MONTH.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month)) : Optional.empty();
    }

    /** An empty value as empty, others stripped. */
    public static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
