package org.airkg.rdf;

import static org.airkg.rdf.ElementWriter.integer;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.airkg.document.Block;
import org.airkg.document.Document;
import org.airkg.document.FaqItem;
import org.airkg.document.Figure;
import org.airkg.document.Metadata;
import org.airkg.document.Paragraph;
import org.airkg.document.Reference;
import org.airkg.document.Section;
import org.airkg.document.TableBlock;
import org.airkg.document.TableCell;
import org.airkg.document.TableRow;
import org.airkg.extract.mention.Texts;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes a {@link Document} as the triples of its named graph: the document with its metadata and file
 * digest, its sections, paragraphs, tables (rows and cells), figures, FAQ items, protocols and references,
 * each element with its span in the file, its sentences and its citations tied to the references.
 */
public final class DocumentMapper {
    private final String loaderVersion;
    private final Function<String, Optional<String>> entityByName;

    /**
     * A mapper that stamps each document graph with the loader version that produced it.
     *
     * @param entityByName the IRI of the drug a compound name denotes, if one does unambiguously
     */
    public DocumentMapper(String loaderVersion, Function<String, Optional<String>> entityByName) {
        this.loaderVersion = loaderVersion;
        this.entityByName = entityByName;
    }

    /** The document's graph as a new model. */
    public Model map(Document document) {
        Model model = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        String stem = document.stem();
        Resource doc = model.createResource(Iris.document(stem), AIRKG.Document);
        Set<Integer> numbers = new HashSet<>();
        document.references().forEach(r -> numbers.add(r.number()));
        ElementWriter out = new ElementWriter(model, stem, doc, numbers);
        metadata(model, doc, document);
        document.metadata().titleText().ifPresent(t -> out.passage(out.element(Iris.block(stem, Texts.TITLE, 0), AIRKG.TitleLine, t.span()), t));
        for (Section section : document.sections()) {
            Resource node = out.element(Iris.section(stem, section.id()), AIRKG.Section, section.span())
                    .addProperty(DCTerms.title, section.title())
                    .addLiteral(AIRKG.headingLevel, integer(section.level()));
            section.parentId().ifPresent(p -> node.addProperty(AIRKG.parentSection, model.createResource(Iris.section(stem, p))));
            section.citations().forEach(c -> out.citation(node, c));
            doc.addProperty(AIRKG.hasSection, node);
        }
        for (Block block : document.blocks()) {
            block(out, block);
        }
        for (Reference reference : document.references()) {
            Resource node = out.element(Iris.reference(stem, reference.number()), AIRKG.Reference, reference.span())
                    .addLiteral(AIRKG.referenceNumber, integer(reference.number()))
                    .addProperty(AIRKG.text, reference.text());
            reference.title().ifPresent(t -> node.addProperty(DCTerms.title, t));
            reference.sourceName().ifPresent(s -> node.addProperty(DCTerms.publisher, s));
            reference.host().ifPresent(h -> node.addProperty(AIRKG.sourceHost, h));
            reference.doi().ifPresent(d -> node.addProperty(DCTerms.identifier, "doi:" + d)
                    .addProperty(RDFS.seeAlso, model.createResource("https://doi.org/" + d)));
            reference.pmid().ifPresent(p -> node.addProperty(DCTerms.identifier, "pmid:" + p)
                    .addProperty(RDFS.seeAlso, model.createResource("https://pubmed.ncbi.nlm.nih.gov/" + p + "/")));
            doc.addProperty(AIRKG.hasReference, node);
        }
        document.protocols().forEach(p -> ProtocolMapper.map(out, p));
        model.createResource(Iris.documentGraph(stem))
                .addProperty(DCTerms.source, doc)
                .addProperty(AIRKG.loaderVersion, loaderVersion);
        return model;
    }

    private void metadata(Model model, Resource doc, Document document) {
        Metadata meta = document.metadata();
        doc.addProperty(DCTerms.title, meta.title())
                .addProperty(AIRKG.fileName, document.fileName())
                .addProperty(AIRKG.sha256, document.sha256())
                .addLiteral(AIRKG.byteSize, integer(document.byteSize()));
        document.origin().ifPresent(o -> doc.addProperty(DCTerms.format, o.mediaType()));
        meta.publisher().ifPresent(name -> doc.addProperty(DCTerms.publisher,
                model.createResource(Iris.publisher(name), AIRKG.Publisher).addProperty(RDFS.label, name)));
        meta.date().ifPresent(d -> doc.addLiteral(DCTerms.date, model.createTypedLiteral(d.toString(), XSDDatatype.XSDgYearMonth)));
        meta.compoundName().ifPresent(c -> doc.addProperty(AIRKG.compoundName, c));
        meta.compoundName().flatMap(entityByName)
                .ifPresent(iri -> doc.addProperty(AIRKG.compoundOfInterest, model.createResource(iri)));
        meta.catalogNumber().ifPresent(c -> doc.addProperty(AIRKG.catalogNumber, c));
        meta.casNumber().ifPresent(c -> doc.addProperty(AIRKG.casNumber, c));
        meta.sourceUrl().ifPresent(u -> doc.addProperty(DCTerms.source, model.createResource(u)));
        meta.howToCite().ifPresent(c -> doc.addProperty(AIRKG.howToCite, c));
    }

    private static void block(ElementWriter out, Block block) {
        String stem = out.stem();
        Resource node;
        if (block instanceof Paragraph p) {
            node = out.element(Iris.block(stem, "paragraph", p.position()), AIRKG.Paragraph, p.span())
                    .addProperty(AIRKG.blockKind, p.kind().name())
                    .addLiteral(AIRKG.listDepth, integer(p.depth()));
            out.passage(node, p.content());
        } else if (block instanceof Figure f) {
            node = out.element(Iris.block(stem, "figure", f.position()), AIRKG.Figure, f.span());
            out.passage(node, f.caption());
        } else if (block instanceof FaqItem q) {
            node = out.element(Iris.block(stem, "faq", q.position()), AIRKG.FaqItem, q.span())
                    .addLiteral(AIRKG.faqNumber, integer(q.number()))
                    .addProperty(AIRKG.questionText, q.question().text());
            int asked = out.sentences(node, q.question(), 0);
            out.citations(node, q.question());
            q.answer().ifPresent(a -> {
                node.addProperty(AIRKG.answerText, a.text());
                out.sentences(node, a, asked);
                out.citations(node, a);
            });
            node.addProperty(AIRKG.text, q.question().text() + q.answer().map(a -> " " + a.text()).orElse(""));
        } else if (block instanceof TableBlock t) {
            node = table(out, t);
        } else {
            throw new IllegalArgumentException("unknown block " + block.getClass());
        }
        node.addLiteral(AIRKG.position, integer(block.position()));
        block.sectionId().ifPresent(id -> node.addProperty(AIRKG.inSection, out.model().createResource(Iris.section(stem, id))));
    }

    private static Resource table(ElementWriter out, TableBlock t) {
        Resource node = out.element(Iris.block(out.stem(), "table", t.position()), AIRKG.Table, t.span())
                .addProperty(AIRKG.text, t.rawText())
                .addProperty(AIRKG.tableLayout, t.layout().name());
        t.title().ifPresent(title -> {
            node.addProperty(DCTerms.title, title.text());
            out.citations(node, title);
        });
        t.source().ifPresent(s -> {
            node.addProperty(DCTerms.bibliographicCitation, s.text());
            out.citations(node, s);
        });
        Resource[] headers = new Resource[t.columnCount()];
        for (TableRow row : t.rows()) {
            Resource r = out.element(node.getURI() + "/row/" + row.index(), AIRKG.TableRow, row.span())
                    .addLiteral(AIRKG.rowIndex, ElementWriter.typed(row.index(), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(AIRKG.isHeader, row.header());
            node.addProperty(AIRKG.hasRow, r);
            for (TableCell cell : row.cells()) {
                Resource c = out.element(r.getURI() + "/cell/" + cell.column(), AIRKG.TableCell, cell.content().span())
                        .addLiteral(AIRKG.columnIndex, ElementWriter.typed(cell.column(), XSDDatatype.XSDnonNegativeInteger));
                out.passage(c, cell.content());
                c.listProperties(AIRKG.cites).toList().forEach(s -> r.addProperty(AIRKG.cites, s.getObject()));
                r.addProperty(AIRKG.hasCell, c);
                if (row.header()) {
                    headers[cell.column()] = c;
                } else if (headers[cell.column()] != null) {
                    c.addProperty(AIRKG.columnHeader, headers[cell.column()]);
                }
            }
        }
        return node;
    }
}
