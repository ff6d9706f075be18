package org.airkg.document.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders the extracted text of a PDF's pages into one text for the plain-text reader: running headers and
 * footers (a line of up to 80 characters that starts or ends at least half of the pages, digits aside) and page numbers are left out,
 * a word hyphenated at a line end is joined ("prolif-" + "eration"; a hyphen before a capital or digit, as in
 * "MCF-" + "7", is kept), and pages are separated by a blank line (the reader joins a paragraph a page break
 * cut); a blank line is put between a table's rows (tab-separated cells) and the lines just before or after
 * them, and blank lines between two rows are dropped. Each copied stretch records its page ({@code page=N}) and its position in that page's text.
 */
public final class PdfRenderer {
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^\\s*(?:page\\s+)?[-–]?\\s*\\d{1,4}\\s*[-–]?(?:\\s*(?:of|/)\\s*\\d{1,4})?\\s*$");
    private static final Pattern HYPHENATED = Pattern.compile(".*\\p{Ll}-$");
    private static final int EDGE_LINES = 2;
    /** Running headers and footers are short; a longer line at the top of every page is text that happens to repeat. */
    private static final int MAX_RUNNING = 80;

    private PdfRenderer() {}

    /** Renders page texts, the first page first. */
    public static Rendition render(List<String> pages) {
        Set<String> running = runningLines(pages);
        Rendition out = new Rendition();
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            String selector = "page=" + (p + 1);
            List<int[]> lines = lines(text);
            List<int[]> kept = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
                boolean edge = nonBlankIndex(text, lines, i, true) < EDGE_LINES || nonBlankIndex(text, lines, i, false) < EDGE_LINES;
                if (edge && !line.isBlank() && (PAGE_NUMBER.matcher(line).matches() || running.contains(key(line)))) {
                    continue;
                }
                kept.add(lines.get(i));
            }
            kept = joinTableRows(text, kept);
            if (p > 0) {
                out.endBlock();
            }
            for (int i = 0; i < kept.size(); i++) {
                int[] line = kept.get(i);
                String content = text.substring(line[0], line[1]);
                if (i > 0 && startsOrEndsTable(text, kept.get(i - 1), line)) {
                    out.add("\n");
                }
                boolean joins = i + 1 < kept.size() && HYPHENATED.matcher(content.stripTrailing()).matches()
                        && startsLowerCase(text.substring(kept.get(i + 1)[0], kept.get(i + 1)[1]));
                if (joins) {
                    out.copy(text, line[0], line[0] + content.stripTrailing().length() - 1, selector);
                } else if (line[1] < text.length()) {
                    out.copy(text, line[0], line[1] + 1, selector);
                } else {
                    out.copy(text, line[0], line[1], selector).add("\n");
                }
            }
        }
        return out;
    }

    /** The lines, as {start, end} of each line's text without its line feed. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }

    /** How many non-blank lines come before (or after) line {@code i}. */
    private static int nonBlankIndex(String text, List<int[]> lines, int i, boolean fromTop) {
        int count = 0;
        for (int j = fromTop ? 0 : lines.size() - 1; fromTop ? j < i : j > i; j += fromTop ? 1 : -1) {
            if (!text.substring(lines.get(j)[0], lines.get(j)[1]).isBlank()) {
                count++;
            }
        }
        return count;
    }

    /** The lines that start or end at least half of the pages (and two at least), digits aside. */
    static Set<String> runningLines(List<String> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (String page : pages) {
            List<String> nonBlank = page.lines().filter(l -> !l.isBlank()).toList();
            Set<String> edges = new HashSet<>();
            for (int i = 0; i < Math.min(EDGE_LINES, nonBlank.size()); i++) {
                for (String line : List.of(nonBlank.get(i), nonBlank.get(nonBlank.size() - 1 - i))) {
                    if (line.strip().length() <= MAX_RUNNING) {
                        edges.add(key(line));
                    }
                }
            }
            edges.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= 2 && n * 2 >= pages.size()) {
                running.add(k);
            }
        });
        return running;
    }

    private static String key(String line) {
        return Folded.fold(line.replaceAll("\\d+", "#"));
    }

    /** The lines without the blank ones between two table rows: rows set with wide spacing stay one table. */
    private static List<int[]> joinTableRows(String text, List<int[]> lines) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (text.substring(lines.get(i)[0], lines.get(i)[1]).isBlank() && !out.isEmpty()) {
                int next = i + 1;
                while (next < lines.size() && text.substring(lines.get(next)[0], lines.get(next)[1]).isBlank()) {
                    next++;
                }
                int[] before = out.get(out.size() - 1);
                if (next < lines.size() && text.substring(before[0], before[1]).contains("\t")
                        && text.substring(lines.get(next)[0], lines.get(next)[1]).contains("\t")) {
                    continue;
                }
            }
            out.add(lines.get(i));
        }
        return out;
    }

    /** True when one of two non-blank lines holds cells (tabs) and the other not: a table's title or the text after it. */
    private static boolean startsOrEndsTable(String text, int[] before, int[] line) {
        String a = text.substring(before[0], before[1]);
        String b = text.substring(line[0], line[1]);
        return !a.isBlank() && !b.isBlank() && a.contains("\t") != b.contains("\t");
    }

    private static boolean startsLowerCase(String line) {
        String s = line.stripLeading();
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }
}
