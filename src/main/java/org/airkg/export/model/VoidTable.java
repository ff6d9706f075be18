package org.airkg.export.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/** Renders a VoID description as a plain-text table, reading it back through Jena's API. */
public final class VoidTable {
    private VoidTable() {}

    /** The table of every {@code void:Dataset} in {@code description} that has {@code void:triples}. */
    public static String render(Model description) {
        StringBuilder out = new StringBuilder();
        for (Resource ds : description.listResourcesWithProperty(RDF.type, VOID.Dataset).toList()) {
            if (!ds.hasProperty(VOID.triples)) {
                continue;
            }
            out.append(text(ds, DCTerms.title).orElse("dataset")).append("  <").append(ds.getURI()).append(">\n");
            row(out, "triples (distinct)", number(ds, VOID.triples));
            row(out, "distinct subjects", number(ds, VOID.distinctSubjects));
            row(out, "distinct objects", number(ds, VOID.distinctObjects));
            row(out, "properties", number(ds, VOID.properties));
            row(out, "classes", number(ds, VOID.classes));
            Optional.ofNullable(ds.getPropertyResourceValue(VOID.sparqlEndpoint)).ifPresent(e -> row(out, "SPARQL endpoint", e.getURI()));

            List<String[]> classes = new ArrayList<>();
            for (Statement s : ds.listProperties(VOID.classPartition).toList()) {
                Resource p = s.getResource();
                classes.add(new String[] {description.shortForm(p.getPropertyResourceValue(VOID._class).getURI()), number(p, VOID.entities)});
            }
            classes.sort(Comparator.comparingLong((String[] r) -> -Long.parseLong(r[1])).thenComparing(r -> r[0]));
            out.append("\nEntities per class\n");
            table(out, new String[] {"class", "entities"}, classes);

            List<String[]> linksets = new ArrayList<>();
            for (Statement s : ds.listProperties(VOID.subset).toList()) {
                Resource ls = s.getResource();
                if (!ls.hasProperty(RDF.type, VOID.Linkset)) {
                    continue;
                }
                Resource target = ls.getPropertyResourceValue(VOID.objectsTarget);
                linksets.add(new String[] {text(target, DCTerms.title).orElse(target.getURI()), text(target, VOID.uriSpace).orElse(""),
                        description.shortForm(ls.getPropertyResourceValue(VOID.linkPredicate).getURI()), number(ls, VOID.triples)});
            }
            linksets.sort(Comparator.comparingLong((String[] r) -> -Long.parseLong(r[3])).thenComparing(r -> r[0]));
            out.append("\nLinksets\n");
            table(out, new String[] {"target", "URI space", "predicate", "links"}, linksets);

            List<String[]> vocabularies = new ArrayList<>();
            for (Statement s : ds.listProperties(VOID.subset).toList()) {
                Resource v = s.getResource();
                if (v.hasProperty(org.apache.jena.vocabulary.OWL.versionInfo)) {
                    List<String> licences = v.listProperties(DCTerms.license).mapWith(l -> l.getResource().getURI()).toList();
                    vocabularies.add(new String[] {v.getURI().substring(v.getURI().lastIndexOf("vocab-") + 6),
                        text(v, org.apache.jena.vocabulary.OWL.versionInfo).orElse(""), number(v, VOID.entities), String.join(" ", licences)});
                }
            }
            vocabularies.sort(Comparator.comparing(r -> r[0]));
            if (!vocabularies.isEmpty()) {
                out.append("\nVocabularies grounded in\n");
                table(out, new String[] {"table", "version", "entities", "licence"}, vocabularies);
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append(String.format("  %-20s %s%n", name, value));
    }

    private static void table(StringBuilder out, String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] r : all) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < r.length; i++) {
                boolean numeric = i == r.length - 1;
                line.append(' ').append(numeric ? String.format("%" + widths[i] + "s", r[i]) : String.format("%-" + widths[i] + "s", r[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (rows.isEmpty()) {
            out.append("  (none)\n");
        }
    }

    private static String number(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "0" : s.getLiteral().getLexicalForm();
    }

    private static Optional<String> text(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            return Optional.empty();
        }
        RDFNode o = s.getObject();
        return Optional.of(o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString());
    }
}
