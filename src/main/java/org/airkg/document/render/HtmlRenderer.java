package org.airkg.document.render;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a saved web page, parsed by jsoup as a browser parses it, into text for the plain-text reader: the
 * first {@code h1} (else the {@code title}) as the title, headings with their levels, paragraphs, list items,
 * figure captions, tables with their captions, and the numbered list under a References heading. Site chrome
 * is left out: scripts, navigation, forms, asides, the page's own header and footer, and blocks whose class
 * or id says cookie, advert, banner, share, newsletter, sidebar or menu. Each copied stretch records the
 * XPath of its element in the parsed page.
 */
public final class HtmlRenderer {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "nav", "aside", "form", "button", "iframe", "svg",
            "template", "select", "input", "textarea", "head", "object", "canvas", "img", "video", "audio", "map");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "table", "figure", "figcaption", "blockquote", "dl", "dd", "dt", "pre", "header", "footer", "nav",
            "aside", "form", "hr", "address", "details", "summary", "caption");
    private static final Set<String> PARAGRAPHS = Set.of("p", "dd", "dt", "pre", "address", "summary");
    private static final Pattern CHROME = Pattern.compile("(?i)(?:^|[\\s_-])(?:cookies?|adverts?|advertisement|ads?|banner|share|social"
            + "|newsletter|sidebar|menu|breadcrumbs?|promo)(?:$|[\\s_-])");
    private static final Pattern CITATION = Pattern.compile("\\[?\\d{1,3}(?:\\s*[-–,]\\s*\\d{1,3})*\\]?");
    private static final Pattern REFERENCES = Pattern.compile("(?i)^(?:references|bibliography|literature cited|works cited)$");
    private static final Pattern TABLE_TITLE = Pattern.compile("(?i)^table\\s+\\d+\\b.*");

    private final Rendition out = new Rendition();
    private final Element title;
    private boolean inReferences;
    private int tables;

    private HtmlRenderer(Element title) {
        this.title = title;
    }

    /** Renders a parsed page; empty when the page has neither an {@code h1} nor a {@code title}. */
    public static java.util.Optional<Rendition> render(org.jsoup.nodes.Document page) {
        Element title = page.body().select("h1").stream().filter(h -> !skipped(h)).findFirst()
                .orElseGet(() -> page.selectFirst("head > title"));
        if (title == null || text(title).isEmpty()) {
            return java.util.Optional.empty();
        }
        HtmlRenderer renderer = new HtmlRenderer(title);
        Inline t = Inline.of(title, e -> false);
        renderer.out.block("", t.text(), List.of(), xpath(title));
        renderer.children(page.body(), 0);
        return java.util.Optional.of(renderer.out);
    }

    /** The XPath of an element in its page: each step its name and its position among siblings of that name. */
    public static String xpath(Element element) {
        StringBuilder path = new StringBuilder();
        for (Element e = element; e != null && !(e instanceof org.jsoup.nodes.Document); e = e.parent()) {
            int position = 1;
            for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                if (s.normalName().equals(e.normalName())) {
                    position++;
                }
            }
            path.insert(0, "/" + e.normalName() + "[" + position + "]");
        }
        return path.toString();
    }

    /** The folded text of an element: its text nodes, a line break for each {@code br}, folded as {@code normalize-space()}. */
    public static String text(Element element) {
        InlineText<Element> inline = new InlineText<>();
        Inline.collect(element, inline, e -> false);
        return inline.folded().text();
    }

    private static boolean skipped(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String name = a.normalName();
            if (SKIP.contains(name) || a.hasAttr("hidden") || CHROME.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
            if ((name.equals("header") || name.equals("footer")) && a.closest("article, main") == null) {
                return true;
            }
        }
        return false;
    }

    private void children(Element parent, int depth) {
        for (Element child : parent.children()) {
            element(child, depth);
        }
    }

    private void element(Element e, int depth) {
        String name = e.normalName();
        if (e == title || skipped(e)) {
            return;
        }
        if (name.matches("h[1-6]")) {
            Inline h = Inline.of(e, HtmlRenderer::isCitation);
            inReferences = REFERENCES.matcher(h.text()).matches();
            int level = Math.max(2, name.charAt(1) - '0');
            out.block("#".repeat(level) + " ", h.text(), h.citations(), xpath(e));
        } else if (name.equals("ul") || name.equals("ol")) {
            list(e, depth);
        } else if (name.equals("table")) {
            table(e);
        } else if (name.equals("figcaption")) {
            Inline c = Inline.of(e, HtmlRenderer::isCitation);
            out.block("Caption: ", c.text(), c.citations(), xpath(e));
        } else if (PARAGRAPHS.contains(name) || !hasBlockChild(e)) {
            Inline p = Inline.of(e, HtmlRenderer::isCitation);
            out.block("", p.text(), p.citations(), xpath(e));
        } else {
            children(e, depth);
        }
    }

    private static boolean hasBlockChild(Element e) {
        return e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()));
    }

    private void list(Element list, int depth) {
        int number = list.normalName().equals("ol") && list.hasAttr("start") ? parseOr(list.attr("start"), 1) : 1;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li") || skipped(item)) {
                continue;
            }
            Inline li = Inline.of(item, c -> isCitation(c) || c.normalName().equals("ul") || c.normalName().equals("ol"));
            int end = li.parts().stream().filter(p -> p.element().normalName().matches("[uo]l")).mapToInt(InlineText.Part::from).findFirst()
                    .orElse(li.text().length());
            List<int[]> citations = li.parts().stream().filter(p -> isCitation(p.element())).map(InlineText.Part::range).toList();
            String marker = inReferences ? number + ". " : "  ".repeat(depth) + "- ";
            String prefix = li.text().substring(0, end).strip();
            if (!prefix.isEmpty()) {
                out.add(marker).inline(li.text(), 0, prefix.length(), citations, xpath(item)).endBlock();
            }
            number++;
            for (Element nested : item.children()) {
                if (nested.normalName().matches("[uo]l")) {
                    list(nested, depth + 1);
                }
            }
        }
    }

    private void table(Element table) {
        tables++;
        Element caption = table.children().stream().filter(c -> c.normalName().equals("caption")).findFirst().orElse(null);
        if (caption != null) {
            Inline c = Inline.of(caption, HtmlRenderer::isCitation);
            out.block(TABLE_TITLE.matcher(c.text()).matches() ? "" : "Table " + tables + ": ", c.text(), c.citations(), xpath(caption));
        }
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            Inline r = Inline.of(row, c -> c.normalName().equals("td") || c.normalName().equals("th") || isCitation(c));
            List<InlineText.Part<Element>> cells = r.parts().stream().filter(p -> p.element().parent() == row).toList();
            if (cells.stream().allMatch(p -> p.from() == p.to())) {
                continue;
            }
            List<int[]> citations = r.parts().stream().filter(p -> isCitation(p.element())).map(InlineText.Part::range).toList();
            for (int i = 0; i < cells.size(); i++) {
                out.add(i == 0 ? "" : "\t").inline(r.text(), cells.get(i).from(), cells.get(i).to(), citations, xpath(row));
            }
            out.add("\n");
        }
        out.endBlock();
    }

    private static boolean isCitation(Element e) {
        boolean marker = e.normalName().equals("sup") || e.normalName().equals("a") && e.attr("href").startsWith("#");
        return marker && CITATION.matcher(text(e)).matches();
    }

    private static int parseOr(String s, int otherwise) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A block's folded text and the parts of it that {@code isPart} picks, in document order. */
    private record Inline(String text, List<InlineText.Part<Element>> parts) {
        static Inline of(Element block, Predicate<Element> isPart) {
            InlineText<Element> inline = new InlineText<>();
            collect(block, inline, isPart);
            Folded folded = inline.folded();
            return new Inline(folded.text(), inline.parts(folded));
        }

        List<int[]> citations() {
            return parts.stream().map(InlineText.Part::range).toList();
        }

        static void collect(Node node, InlineText<Element> out, Predicate<Element> isPart) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (child instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.append("\n");
                        continue;
                    }
                    int mark = isPart.test(e) ? out.open(e) : -1;
                    collect(e, out, isPart);
                    if (mark >= 0) {
                        out.close(mark);
                    }
                }
            }
        }
    }
}
