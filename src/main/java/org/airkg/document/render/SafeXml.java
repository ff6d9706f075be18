package org.airkg.document.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.airkg.document.DocumentException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The JDK's XML parser, hardened for files from anywhere (OWASP's XXE prevention settings): no external
 * entity, DTD, schema or XInclude is ever fetched, and a document that declares entities in its DTD is refused
 * before any is expanded, which stops both external-entity attacks and entity expansion ("billion laughs").
 * A JATS file's {@code DOCTYPE} naming the JATS DTD is allowed; the DTD is never loaded.
 */
public final class SafeXml {
    /** The parser features both passes set: the JDK's limits on, every external entity and DTD off. */
    private static final java.util.Map<String, Boolean> FEATURES = java.util.Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private SafeXml() {}

    /** Parses {@code bytes} into a DOM (not namespace-aware, so XPath steps match names as written). */
    public static org.w3c.dom.Document parse(String displayName, byte[] bytes) {
        try {
            refuseEntityDeclarations(displayName, bytes);
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity '" + systemId + "' refused");
            });
            builder.setErrorHandler(new DefaultHandler2() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw new DocumentException(displayName, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                    "not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new DocumentException(displayName, 0, 0, "cannot read the XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser takes the hardening features", e);
        }
    }

    /** The parser factory with every external access off and the JDK's processing limits on. */
    public static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        for (java.util.Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
            f.setFeature(feature.getKey(), feature.getValue());
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        return f;
    }

    /** A first, streaming pass that fails at the first entity declaration, before the body can use it. */
    private static void refuseEntityDeclarations(String displayName, byte[] bytes)
            throws ParserConfigurationException, SAXException, IOException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(false);
        for (java.util.Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
            f.setFeature(feature.getKey(), feature.getValue());
        }
        f.setXIncludeAware(false);
        XMLReader reader = f.newSAXParser().getXMLReader();
        DefaultHandler2 handler = new DefaultHandler2() {
            private org.xml.sax.Locator locator;

            @Override
            public void setDocumentLocator(org.xml.sax.Locator l) {
                locator = l;
            }

            @Override
            public void internalEntityDecl(String name, String value) throws SAXException {
                refuse(name);
            }

            @Override
            public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
                refuse(name);
            }

            private void refuse(String name) throws SAXException {
                int line = locator == null ? 0 : locator.getLineNumber();
                int column = locator == null ? 0 : locator.getColumnNumber();
                throw new DocumentException(displayName, Math.max(0, line), Math.max(0, column), "the DTD declares the entity '" + name
                        + "'; entity declarations are refused (they can read local files or expand without bound)");
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        };
        reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new java.io.StringReader("")));
        reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
    }
}
