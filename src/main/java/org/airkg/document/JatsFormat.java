package org.airkg.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.airkg.document.render.JatsRenderer;
import org.airkg.document.render.MarkupMetadata;
import org.airkg.document.render.SafeXml;
import org.w3c.dom.Element;

/**
 * Journal articles in JATS XML ({@code .xml}, or any file whose root element is {@code article}), read with the
 * JDK's XML parser hardened against external entities and entity expansion; quotes point into the file by the
 * XPath of their element.
 */
public final class JatsFormat implements DocumentFormat {
    /** The extractor recorded with every quote. */
    public static final String EXTRACTOR = "JDK XML parser (Java " + Runtime.version().feature() + ")";
    private static final Pattern START = Pattern.compile(
            "(?s)^(?:\\s|<\\?xml[^>]*\\?>|<!--.*?-->|<!DOCTYPE\\s+article(?:[^\\[>]*\\[.*?\\])?[^>]*>)*<article\\b");

    @Override
    public Set<String> extensions() {
        return Set.of("xml", "nxml");
    }

    @Override
    public boolean recognizes(byte[] head) {
        return START.matcher(HtmlFormat.headText(head)).find();
    }

    @Override
    public Document read(String displayName, String fileName, String stem, String sha256, byte[] bytes) {
        org.w3c.dom.Document xml = SafeXml.parse(displayName, bytes);
        Element root = xml.getDocumentElement();
        if (!root.getTagName().equals("article")) {
            throw new DocumentException(displayName, 0, 0, "not a JATS article: the root element is <" + root.getTagName() + ">, not <article>");
        }
        return JatsRenderer.render(xml)
                .orElseThrow(() -> new DocumentException(displayName, 0, 0, "JATS article has no front/article-meta/title-group/article-title"))
                .read(displayName, fileName, stem, sha256, bytes.length, Origin.Kind.XPATH, "application/jats+xml", EXTRACTOR,
                        found -> metadata(root).over(found));
    }

    private static MarkupMetadata metadata(Element article) {
        Optional<Element> meta = JatsRenderer.path(article, "front", "article-meta");
        List<String> authors = meta.stream().flatMap(m -> JatsRenderer.children(m, "contrib-group").stream())
                .flatMap(g -> JatsRenderer.children(g, "contrib").stream())
                .filter(c -> c.getAttribute("contrib-type").isEmpty() || c.getAttribute("contrib-type").equals("author"))
                .map(JatsFormat::name).filter(n -> !n.isEmpty()).toList();
        Optional<String> doi = meta.stream().flatMap(m -> JatsRenderer.children(m, "article-id").stream())
                .filter(id -> id.getAttribute("pub-id-type").equals("doi")).map(JatsRenderer::text).findFirst();
        Optional<Element> date = meta.stream().flatMap(m -> JatsRenderer.children(m, "pub-date").stream()).findFirst();
        Optional<java.time.YearMonth> yearMonth = date.flatMap(d -> MarkupMetadata.yearMonth(
                d.getElementsByTagName("year").getLength() == 0 ? null
                        : text(d, "year") + "-" + (d.getElementsByTagName("month").getLength() == 0 ? "01" : text(d, "month"))));
        Optional<String> publisher = JatsRenderer.path(article, "front", "journal-meta", "publisher", "publisher-name").map(JatsRenderer::text)
                .or(() -> JatsRenderer.path(article, "front", "journal-meta", "journal-title-group", "journal-title").map(JatsRenderer::text));
        return new MarkupMetadata(authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors)),
                publisher.filter(p -> !p.isEmpty()), yearMonth, doi.map(d -> "https://doi.org/" + d));
    }

    private static String name(Element contrib) {
        return JatsRenderer.child(contrib, "name").map(n -> (JatsRenderer.child(n, "given-names").map(JatsRenderer::text).orElse("") + " "
                + JatsRenderer.child(n, "surname").map(JatsRenderer::text).orElse("")).strip())
                .or(() -> JatsRenderer.child(contrib, "collab").map(JatsRenderer::text)).orElse("");
    }

    private static String text(Element e, String tag) {
        return JatsRenderer.text((Element) e.getElementsByTagName(tag).item(0));
    }
}
