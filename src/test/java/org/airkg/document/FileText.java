package org.airkg.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.airkg.document.render.Folded;
import org.airkg.document.render.PdfPageText;
import org.airkg.document.render.SafeXml;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;

/**
 * Finds the text a file selector names by reading the file again, without the document reader: the page's
 * extracted text of a PDF, jsoup's XPath over the HTML page with the element's whole text folded, the JDK's
 * XPath {@code normalize-space()} over the XML.
 */
public final class FileText {
    private FileText() {}

    /** The text of {@code selector} in {@code file}, read as {@code mediaType}. */
    public static String of(Path file, String mediaType, String selector) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        switch (mediaType) {
            case "application/pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return PdfPageText.of(pdf, Integer.parseInt(selector.substring("page=".length())));
                }
            }
            case "text/html" -> {
                Elements found = Jsoup.parse(file.toFile()).selectXpath(selector);
                if (found.size() != 1) {
                    throw new AssertionError(selector + " selects " + found.size() + " elements in " + file);
                }
                return Folded.fold(found.get(0).wholeText());
            }
            default -> {
                try {
                    return XPathFactory.newInstance().newXPath().evaluate("normalize-space(" + selector + ")",
                            SafeXml.parse(file.toString(), bytes));
                } catch (XPathExpressionException e) {
                    throw new AssertionError(selector + " is not XPath", e);
                }
            }
        }
    }

    /** Text compared across a line-end hyphen and white space: "inde-\npendent" and "independent" agree. */
    public static String squeeze(String s) {
        return s.replaceAll("-[ \\t]*\\n", "").replaceAll("\\s+", "");
    }

    /** The code points {@code [start, end)} of {@code s}. */
    public static String codePoints(String s, int start, int end) {
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }
}
