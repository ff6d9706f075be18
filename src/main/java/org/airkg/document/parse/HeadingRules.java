package org.airkg.document.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which blocks are headings and at what level. Markdown headings ({@code ## ...}) carry their
 * level; a plain heading is a short single line that reads as a title (no final full stop, no comma, a
 * capital first letter), with its level taken from the names of template sections
 * ({@code top-level-headings.txt}) or from its place in the outline.
 */
final class HeadingRules {
    static final int MAX_HEADING_LENGTH = 120;
    private static final int MAX_HEADING_WORDS = 16;
    private static final Pattern MARKDOWN = Pattern.compile("^\\s*(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern NOT_A_HEADING = Pattern.compile(
            "(?i)^(?:caption:|table \\d|figure \\d|fig\\. \\d|q\\d+[:.]|a\\d+[:.]|data from |source:|note:|https?:|\\[|[-*•]\\s|\\d+[.)]\\s).*");
    private static final Pattern TOP_LEVEL = load("top-level-headings.txt");

    private HeadingRules() {}

    /**
     * A heading found on a block: its title (plain words), its level when markup gives one, and where in its
     * line the heading's words start (after any {@code #} marks).
     */
    record Heading(String title, Optional<Integer> markupLevel, int textOffset) {
        Heading {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(markupLevel, "markupLevel");
        }
    }

    /** The heading a block is, if it is one. */
    static Optional<Heading> heading(RawBlock block) {
        if (!block.isSingleLine()) {
            return Optional.empty();
        }
        String line = block.first().text();
        if (line.length() > 2 * MAX_HEADING_LENGTH) {
            return Optional.empty();
        }
        Matcher md = MARKDOWN.matcher(line);
        if (md.matches()) {
            return Optional.of(new Heading(Text.plain(md.group(2)), Optional.of(md.group(1).length()), md.start(2)));
        }
        if (line.indexOf('\t') >= 0 || line.strip().startsWith("|")) {
            return Optional.empty();
        }
        String plain = Text.plain(line);
        if (plain.isEmpty() || plain.length() > MAX_HEADING_LENGTH || plain.split(" ").length > MAX_HEADING_WORDS) {
            return Optional.empty();
        }
        char first = plain.charAt(0);
        char last = plain.charAt(plain.length() - 1);
        boolean titleLike = (Character.isUpperCase(first) || Character.isDigit(first))
                && ".,;:".indexOf(last) < 0
                && !plain.contains(", ")
                && !NOT_A_HEADING.matcher(plain).matches();
        return titleLike ? Optional.of(new Heading(plain, Optional.empty(), block.first().indent())) : Optional.empty();
    }

    /** True when a plain heading names a template section that stands at the top level. */
    static boolean isTopLevelName(String title) {
        return title.length() <= MAX_HEADING_LENGTH && TOP_LEVEL.matcher(title).matches();
    }

    /** The names of a resource file, one regular expression a line, as one case-insensitive alternation. */
    private static Pattern load(String resource) {
        try (InputStream in = HeadingRules.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, "missing resource " + resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> "(?:" + l + ")")
                    .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.joining("|"),
                            alternation -> Pattern.compile(alternation, Pattern.CASE_INSENSITIVE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
