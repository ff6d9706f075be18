package org.airkg.serve.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.airkg.AirkgException;
import org.airkg.query.CatalogQuery;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The explorer at {@code /explore/}: its page, scripts and style sheets from the jar, and two small read-only
 * calls. {@code GET /explore/api/queries} lists the queries the page can run (its own and the catalogue's) with
 * their parameters; {@code GET /explore/api/bind?query=NAME&NAME=VALUE...} answers the query's SPARQL text with
 * the parameters bound by Jena ({@link QueryBinder}). The page then sends that text to the read-only SPARQL
 * endpoint; this servlet never runs a query for the page, so the endpoint's limits hold for everything it does.
 *
 * <p>Register it with {@code FusekiServer.Builder.addServlet(ExplorerServlet.PATH + "/*", new ExplorerServlet(dataset))}.
 */
public final class ExplorerServlet extends HttpServlet {

    /** Where the explorer is served. */
    public static final String PATH = "/explore";

    private static final String WWW = "/org/airkg/serve/explore/www/";
    private static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9]+)*(/[a-z0-9][a-z0-9_-]*(\\.[a-z0-9]+)*)*");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8",
            "json", "application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ExplorerQueries queries;

    /** An explorer over {@code dataset}, whose catalogue graph supplies the catalogue's queries. */
    public ExplorerServlet(DatasetGraph dataset) {
        this.queries = new ExplorerQueries(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(PATH + "/" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return;
        }
        switch (path) {
            case "/" -> asset("index.html", response);
            case "/api/queries" -> listQueries(response);
            case "/api/bind" -> bind(request, response);
            default -> asset(path.substring(1), response);
        }
    }

    private void listQueries(HttpServletResponse response) throws IOException {
        List<Map<String, Object>> list = queries.all().stream().map(ExplorerServlet::describe).toList();
        response.setContentType(MEDIA_TYPES.get("json"));
        response.setHeader("Cache-Control", "no-cache");
        JSON.writeValue(response.getOutputStream(), list);
    }

    private static Map<String, Object> describe(CatalogQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("title", q.title());
        m.put("question", q.question());
        m.put("parameters", new LinkedHashMap<>(q.parameters()));
        return m;
    }

    private void bind(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("query");
        if (name == null) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "parameter query (the name of a query) is missing");
            return;
        }
        Optional<CatalogQuery> query = queries.find(name);
        if (query.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "no query named " + name);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!e.getKey().equals("query")) {
                if (e.getValue().length != 1) {
                    plain(response, HttpServletResponse.SC_BAD_REQUEST, "parameter " + e.getKey() + " is given "
                            + e.getValue().length + " times");
                    return;
                }
                values.put(e.getKey(), e.getValue()[0]);
            }
        }
        String text;
        try {
            text = QueryBinder.bind(query.get(), values);
        } catch (AirkgException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("application/sparql-query; charset=utf-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void asset(String name, HttpServletResponse response) throws IOException {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : MEDIA_TYPES.get(name.substring(dot + 1));
        if (type == null || !ASSET.matcher(name).matches()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "not found");
            return;
        }
        try (InputStream in = ExplorerServlet.class.getResourceAsStream(WWW + name)) {
            if (in == null) {
                plain(response, HttpServletResponse.SC_NOT_FOUND, "not found");
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPES.get("txt"));
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
