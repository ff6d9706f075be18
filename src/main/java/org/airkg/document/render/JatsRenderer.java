package org.airkg.document.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders a JATS article (the XML of PubMed Central and most publishers) into text for the plain-text reader:
 * the article title, the abstract, the body's sections with their titles and levels, paragraphs, lists, tables
 * from {@code table-wrap} (label, caption, rows), figure captions, {@code xref ref-type="bibr"} citations as
 * reference numbers, and the {@code ref-list} as a numbered reference list. Each copied stretch records the
 * XPath of its element.
 */
public final class JatsRenderer {
    private static final Pattern TABLE_TITLE = Pattern.compile("(?i)^table\\s+\\d+\\b.*");

    private final Rendition out = new Rendition();
    private final Map<String, Integer> referenceNumbers;
    private int tables;

    private JatsRenderer(Map<String, Integer> referenceNumbers) {
        this.referenceNumbers = referenceNumbers;
    }

    /** Renders an article; empty when it has no {@code article-title}. */
    public static Optional<Rendition> render(org.w3c.dom.Document article) {
        Element root = article.getDocumentElement();
        Optional<Element> title = path(root, "front", "article-meta", "title-group", "article-title");
        if (title.isEmpty() || text(title.get()).isEmpty()) {
            return Optional.empty();
        }
        List<Element> refs = path(root, "back").map(b -> descendants(b, "ref")).orElse(List.of());
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            numbers.put(refs.get(i).getAttribute("id"), number(refs.get(i), i + 1));
        }
        JatsRenderer r = new JatsRenderer(numbers);
        r.out.block("", text(title.get()), List.of(), xpath(title.get()));
        path(root, "front", "article-meta").flatMap(m -> child(m, "abstract")).ifPresent(a -> {
            if (child(a, "title").isEmpty()) {
                r.out.add("## Abstract").endBlock();
            }
            r.content(a, 2);
        });
        path(root, "body").ifPresent(b -> r.content(b, 1));
        path(root, "back").ifPresent(b -> {
            for (Element list : children(b, "ref-list")) {
                r.references(list);
            }
        });
        return Optional.of(r.out);
    }

    private void content(Element parent, int level) {
        for (Element e : children(parent, null)) {
            switch (e.getTagName()) {
                case "title" -> {
                    Inline t = inline(e, this::isCitation);
                    out.block("#".repeat(level) + " ", t.text(), t.citations(), xpath(e));
                }
                case "sec" -> content(e, child(e, "title").isPresent() ? level + 1 : level);
                case "p" -> paragraph(e, "");
                case "list" -> list(e, 0);
                case "table-wrap" -> table(e);
                case "fig" -> figure(e);
                case "disp-quote", "boxed-text", "statement" -> content(e, level);
                default -> { }
            }
        }
    }

    private void paragraph(Element p, String prefix) {
        Inline text = inline(p, this::isCitation);
        out.block(prefix, text.text(), text.citations(), xpath(p));
    }

    private void list(Element list, int depth) {
        for (Element item : children(list, "list-item")) {
            for (Element e : children(item, null)) {
                if (e.getTagName().equals("p")) {
                    paragraph(e, "  ".repeat(depth) + "- ");
                } else if (e.getTagName().equals("list")) {
                    list(e, depth + 1);
                }
            }
        }
    }

    private void table(Element wrap) {
        tables++;
        Optional<Element> label = child(wrap, "label");
        Optional<Element> caption = child(wrap, "caption");
        String labelText = label.map(JatsRenderer::text).orElse("");
        if (TABLE_TITLE.matcher(labelText).matches()) {
            out.copy(labelText, 0, labelText.length(), xpath(label.get()));
        } else {
            out.add("Table " + tables);
        }
        caption.ifPresent(c -> {
            Inline t = inline(c, this::isCitation);
            out.add(": ").inline(t.text(), 0, t.text().length(), t.citations(), xpath(c));
        });
        out.endBlock();
        for (Element row : descendants(wrap, "tr")) {
            Inline r = inline(row, e -> e.getTagName().equals("td") || e.getTagName().equals("th") || isCitation(e));
            List<InlineText.Part<Element>> cells = r.parts().stream().filter(p -> p.element().getParentNode() == row).toList();
            List<int[]> citations = r.citations(this::isCitation);
            for (int i = 0; i < cells.size(); i++) {
                out.add(i == 0 ? "" : "\t").inline(r.text(), cells.get(i).from(), cells.get(i).to(), citations, xpath(row));
            }
            out.add("\n");
        }
        out.endBlock();
        children(wrap, "table-wrap-foot").forEach(foot -> descendants(foot, "p").forEach(p -> paragraph(p, "")));
    }

    private void figure(Element fig) {
        child(fig, "caption").ifPresent(c -> {
            Inline t = inline(c, this::isCitation);
            out.block("Caption: ", t.text(), t.citations(), xpath(c));
        });
    }

    private void references(Element list) {
        Optional<Element> title = child(list, "title");
        if (title.isPresent()) {
            out.add("## ").copy(text(title.get()), 0, text(title.get()).length(), xpath(title.get())).endBlock();
        } else {
            out.add("## References").endBlock();
        }
        int n = 0;
        for (Element ref : children(list, "ref")) {
            n++;
            Element citation = children(ref, null).stream().filter(c -> c.getTagName().endsWith("citation")).findFirst().orElse(ref);
            String t = text(citation);
            out.add(number(ref, n) + ". ").copy(t, 0, t.length(), xpath(citation)).endBlock();
        }
    }

    private boolean isCitation(Element e) {
        return e.getTagName().equals("xref") && e.getAttribute("ref-type").equals("bibr");
    }

    private Inline inline(Element block, Predicate<Element> isPart) {
        InlineText<Element> inline = new InlineText<>();
        collect(block, inline, isPart);
        Folded folded = inline.folded();
        return new Inline(folded.text(), inline.parts(folded), referenceNumbers);
    }

    /** A block's folded text and its parts; citations carry the number of the reference their {@code rid} names. */
    private record Inline(String text, List<InlineText.Part<Element>> parts, Map<String, Integer> numbers) {
        List<int[]> citations() {
            return citations(e -> true);
        }

        List<int[]> citations(Predicate<Element> which) {
            List<int[]> all = new ArrayList<>();
            for (InlineText.Part<Element> p : parts) {
                if (which.test(p.element()) && p.element().getTagName().equals("xref")) {
                    String rid = p.element().getAttribute("rid").strip().split("\\s+")[0];
                    all.add(new int[] {p.from(), p.to(), numbers.getOrDefault(rid, 0)});
                }
            }
            return all;
        }
    }

    private static void collect(Node node, InlineText<Element> out, Predicate<Element> isPart) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            } else if (child instanceof Element e) {
                int mark = isPart.test(e) ? out.open(e) : -1;
                collect(e, out, isPart);
                if (mark >= 0) {
                    out.close(mark);
                }
            }
        }
    }

    /** The element's text as XPath's {@code normalize-space(.)} gives it. */
    public static String text(Element e) {
        return Folded.fold(e.getTextContent());
    }

    /** The XPath of an element: each step its name and its position among siblings of that name. */
    public static String xpath(Element element) {
        StringBuilder path = new StringBuilder();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            int position = 1;
            for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s instanceof Element se && se.getTagName().equals(e.getTagName())) {
                    position++;
                }
            }
            path.insert(0, "/" + e.getTagName() + "[" + position + "]");
        }
        return path.toString();
    }

    private static int number(Element ref, int ordinal) {
        String label = child(ref, "label").map(JatsRenderer::text).orElse("").replaceAll("[\\[\\].]", "");
        return label.matches("\\d{1,4}") ? Integer.parseInt(label) : ordinal;
    }

    /** The child elements named {@code name} (all of them when it is null). */
    public static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && (name == null || e.getTagName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }

    public static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    public static Optional<Element> path(Element from, String... names) {
        Optional<Element> at = Optional.of(from);
        for (String name : names) {
            at = at.flatMap(e -> child(e, name));
        }
        return at;
    }

    private static List<Element> descendants(Element root, String name) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList list = root.getElementsByTagName(name);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
