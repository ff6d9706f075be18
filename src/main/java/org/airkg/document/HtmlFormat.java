package org.airkg.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.airkg.document.render.HtmlRenderer;
import org.airkg.document.render.MarkupMetadata;
import org.airkg.document.render.Versions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Saved web pages ({@code .html}, {@code .htm}, or any file that starts as HTML), parsed with jsoup as a
 * browser parses them; quotes point into the page by the XPath of their element in that parse.
 */
public final class HtmlFormat implements DocumentFormat {
    /** The extractor recorded with every quote. */
    public static final String EXTRACTOR = "jsoup " + Versions.of("org.jsoup", "jsoup");
    private static final Pattern START = Pattern.compile("(?is)^(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body)\\b");

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "xhtml");
    }

    @Override
    public boolean recognizes(byte[] head) {
        return START.matcher(headText(head)).find();
    }

    @Override
    public Document read(String displayName, String fileName, String stem, String sha256, byte[] bytes) {
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new DocumentException(displayName, 0, 0, "cannot read the HTML page: " + e.getMessage(), e);
        }
        return HtmlRenderer.render(page)
                .orElseThrow(() -> new DocumentException(displayName, 0, 0, "HTML page has no title: neither an h1 nor a title element"))
                .read(displayName, fileName, stem, sha256, bytes.length, Origin.Kind.XPATH, "text/html", EXTRACTOR,
                        found -> metadata(page).over(found));
    }

    private static MarkupMetadata metadata(org.jsoup.nodes.Document page) {
        return new MarkupMetadata(
                meta(page, "citation_author", "author", "dc.creator"),
                meta(page, "citation_publisher", "og:site_name", "dc.publisher"),
                MarkupMetadata.yearMonth(meta(page, "citation_publication_date", "citation_date", "article:published_time", "date",
                        "dc.date").orElse(null)),
                MarkupMetadata.nonBlank(page.select("link[rel=canonical]").attr("href")).filter(u -> u.matches("https?://\\S+")));
    }

    private static java.util.Optional<String> meta(org.jsoup.nodes.Document page, String... names) {
        for (String name : names) {
            for (Element m : page.select("meta[name], meta[property]")) {
                String key = (m.hasAttr("name") ? m.attr("name") : m.attr("property")).toLowerCase(Locale.ROOT);
                if (key.equals(name) && !m.attr("content").isBlank()) {
                    return java.util.Optional.of(m.attr("content").strip());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The first bytes as text, for recognising a format by its start (a UTF-8 or UTF-16 byte-order mark dropped). */
    static String headText(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return new String(head, StandardCharsets.UTF_16);
        }
        String s = new String(head, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
