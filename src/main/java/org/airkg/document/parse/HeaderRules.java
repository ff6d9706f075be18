package org.airkg.document.parse;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the header and footer lines of vendor notes (author and date, compound, catalogue and CAS
 * numbers, "Get Quote" and download links, how to cite) and the boilerplate kept out of the content.
 */
final class HeaderRules {
    private static final Pattern AUTHOR_DATE = Pattern.compile("(?i)^Author:\\s*(.+?)\\.?\\s+Date:\\s*(.+?)\\.?$");
    private static final Pattern AUTHOR = Pattern.compile("(?i)^Author:\\s*(.+?)\\.?$");
    private static final Pattern DATE = Pattern.compile("(?i)^Date:\\s*(.+?)\\.?$");
    private static final Pattern COMPOUND = Pattern.compile("(?i)^#*\\s*Compound (?:Name|Focus):\\s*(.+)$");
    private static final Pattern CATALOG = Pattern.compile("(?i)^Cat(?:alog(?:ue)?)?\\.? No\\.?:\\s*(\\S+)$");
    private static final Pattern CAS = Pattern.compile("(?i)^CAS(?: No\\.?| Number)?:\\s*(\\d{2,7}-\\d{2}-\\d)$");
    private static final Pattern COMPOUND_OF_INTEREST = Pattern.compile("(?i)^Compound of Interest$");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^\\[?(?:Get Quote|Click to download full resolution via product page|Request Quote Online)\\]?(?:\\(#\\))?\\.?$");
    private static final Pattern TEAM = Pattern.compile("(?i)\\s+(?:Technical Support|Support|Editorial|Scientific)?\\s*Team$");
    private static final Pattern CITE = Pattern.compile("(?i)^To cite this document:\\s*(.+?)\\.\\s*\\[");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\\]>)\"]+");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private HeaderRules() {}

    /** The header fields a vendor note states. */
    enum Field { AUTHOR, DATE, COMPOUND, CATALOG_NUMBER, CAS_NUMBER }

    /** A header fact found on a line. */
    record Fact(Field field, String value) {}

    /**
     * The facts a header line states; an empty list for a header line that states none ("Compound of
     * Interest", "Get Quote"); empty when the block is not a header line at all.
     */
    static Optional<List<Fact>> headerFacts(RawBlock block) {
        if (!block.isSingleLine() || block.first().text().length() > 300) {
            return Optional.empty();
        }
        String line = Text.stripMarkup(block.first().text());
        Matcher m;
        if ((m = AUTHOR_DATE.matcher(line)).matches()) {
            return Optional.of(List.of(new Fact(Field.AUTHOR, m.group(1)), new Fact(Field.DATE, m.group(2))));
        }
        if ((m = AUTHOR.matcher(line)).matches()) {
            return Optional.of(List.of(new Fact(Field.AUTHOR, m.group(1))));
        }
        if ((m = DATE.matcher(line)).matches()) {
            return Optional.of(List.of(new Fact(Field.DATE, m.group(1))));
        }
        if ((m = COMPOUND.matcher(line)).matches()) {
            return Optional.of(List.of(new Fact(Field.COMPOUND, m.group(1).strip())));
        }
        if ((m = CATALOG.matcher(line)).matches()) {
            return Optional.of(List.of(new Fact(Field.CATALOG_NUMBER, m.group(1))));
        }
        if ((m = CAS.matcher(line)).matches()) {
            return Optional.of(List.of(new Fact(Field.CAS_NUMBER, m.group(1))));
        }
        if (COMPOUND_OF_INTEREST.matcher(line).matches() || isBoilerplate(block)) {
            return Optional.of(List.of());
        }
        return Optional.empty();
    }

    /** True for download links, quote buttons and the like, anywhere in a document. */
    static boolean isBoilerplate(RawBlock block) {
        return block.isSingleLine() && block.first().text().length() < 120 && BOILERPLATE.matcher(Text.stripMarkup(block.first().text())).matches();
    }

    /** True for the heading that opens the vendor's closing advertisement ("Need Custom Synthesis?"). */
    static boolean opensAdvertisement(RawBlock block) {
        return block.isSingleLine() && block.first().text().contains("Need ") && Text.plain(block.first().text()).replaceFirst("^#+\\s*", "")
                .matches("(?i)Need (?:Custom Synthesis|Industrial/Bulk Grade)\\?");
    }

    /**
     * True for the disclaimer heading ("Disclaimer & Data Validity:"), or a rule line, after which nothing is content. A
     * paragraph that opens with the word ("Disclaimer: this trial is fictional; every figure below is illustrative.") is
     * content, wherever it stands: taken for the footer, it would drop the rest of the document.
     */
    static boolean opensDisclaimer(RawBlock block) {
        String first = block.first().text();
        if (first.length() > 200 || !(first.contains("isclaimer") || first.strip().startsWith("---"))) {
            return false;
        }
        String plain = Text.plain(block.first().text()).replaceFirst("^#+\\s*", "").strip();
        return plain.matches("(?i)Disclaimers?(?:\\s*(?:&|and)\\s*[\\w ]{1,40})?\\s*:?") || plain.matches("-{3,}");
    }

    /** True for the first line of the "To cite this document" footer. */
    static boolean opensCitation(RawBlock block) {
        return opensCitation(block.first());
    }

    /** True for a line that starts the "To cite this document" footer, as a list item or not. */
    static boolean opensCitation(Line line) {
        return line.text().contains("cite") && Text.stripMarkup(line.text()).replaceFirst("^[-*•]\\s+", "").startsWith("To cite this document");
    }

    /** The publisher named by a how-to-cite text ("To cite this document: BenchChem. [...]"). */
    static Optional<String> citedPublisher(String howToCite) {
        Matcher m = CITE.matcher(howToCite);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The publisher implied by an author line such as "BenchChem Technical Support Team". */
    static Optional<String> authorPublisher(String author) {
        Matcher m = TEAM.matcher(author);
        return m.find() && m.start() > 0 ? Optional.of(author.substring(0, m.start()).strip()) : Optional.empty();
    }

    /** The first URL in a text. */
    static Optional<String> firstUrl(String text) {
        Matcher m = URL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Parses "February 2026" as a year and month. */
    static Optional<YearMonth> yearMonth(String text) {
        try {
            return Optional.of(YearMonth.parse(Text.fold(text), MONTH_YEAR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
