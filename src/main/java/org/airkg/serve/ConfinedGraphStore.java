package org.airkg.serve;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The read-write graph store protocol, taking only RDF syntaxes whose parsing reads nothing but the request:
 * Turtle, N-Triples, TriG, N-Quads and RDF/XML (Jena's XML parser resolves no external entity). JSON-LD is
 * refused, because a remote {@code @context} makes the parser fetch URLs or read files and Fuseki parses uploads
 * without the endpoint's context; so are multipart forms, whose parts choose their own syntax by file name.
 */
final class ConfinedGraphStore extends GSP_RW {

    private static final Set<Lang> ACCEPTED = Set.of(Lang.TURTLE, Lang.NTRIPLES, Lang.TRIG, Lang.NQUADS, Lang.RDFXML);

    @Override
    protected void doPut(HttpAction action) {
        checkSyntax(action);
        super.doPut(action);
    }

    @Override
    protected void doPost(HttpAction action) {
        checkSyntax(action);
        super.doPost(action);
    }

    private static void checkSyntax(HttpAction action) {
        String header = action.getRequest().getContentType();
        Lang lang = header == null ? null : RDFLanguages.contentTypeToLang(ContentType.create(header).getContentTypeStr());
        if (lang == null || !ACCEPTED.contains(lang)) {
            ServletOps.error(415, "Content-Type '" + header + "' is not accepted here; send one of "
                    + ACCEPTED.stream().map(l -> l.getHeaderString()).sorted().collect(Collectors.joining(", "))
                    + " (JSON-LD and multipart uploads are refused: they can make the server read files or URLs).");
        }
    }
}
