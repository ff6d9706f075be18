package org.airkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airkg.build.DocumentChange;
import org.airkg.build.DocumentUpdates;

/**
 * {@code POST /airkg/documents} adds or replaces a document of the served corpus, {@code DELETE
 * /airkg/documents/{name}} removes one, each as a live update ({@link DocumentUpdates}): one write transaction for the
 * document's graph and the graphs derived from all documents, the file written into (or deleted from) the corpus
 * folder once the store has the change. Only the users of the update password file may call it (HTTP Basic, the
 * security handler of {@link UpdateUsers}, checked here again).
 *
 * <p>A POST carries the file as the part {@code file} of a {@code multipart/form-data} body (its file name the
 * document's), or as the raw body with the name in the path ({@code /airkg/documents/NAME}), the parameter
 * {@code name} or the {@code Slug} header. The answer is JSON: {@code {"document", "graph", "change", "triplesBefore",
 * "triplesAfter", "reasons"}}, with 201 for a new document, 200 for one replaced, removed or unchanged, 422 for a
 * document rejected (unreadable, invalid graph; nothing changed), 400 for a bad name, 404 for no such document, 413
 * for a file over {@link #MAX_BYTES}.
 */
final class DocumentServlet extends HttpServlet {
    /** Where the documents are posted and deleted. */
    static final String PATH = AirkgServer.DATASET_PATH + "/documents";
    /** The largest file taken, 16 MB: uploads are held in memory while they are read and extracted. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** The request attribute through which Jetty's servlet request finds the multipart settings of a servlet. */
    private static final String MULTIPART = "org.eclipse.jetty.multipartConfig";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DocumentUpdates updates;
    private final Set<String> users;

    DocumentServlet(DocumentUpdates updates, Set<String> users) {
        this.updates = updates;
        this.users = Set.copyOf(users);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!allowed(request, response)) {
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the file is over " + MAX_BYTES + " bytes");
            return;
        }
        String name;
        byte[] bytes;
        String type = Optional.ofNullable(request.getContentType()).orElse("");
        if (type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            request.setAttribute(MULTIPART, new MultipartConfigElement("", MAX_BYTES, MAX_BYTES + 64 * 1024, 0));
            Part part;
            try {
                part = request.getPart("file");
            } catch (IllegalStateException | ServletException e) {
                error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the form is not readable or over " + MAX_BYTES + " bytes: "
                        + e.getMessage());
                return;
            }
            if (part == null) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "the form has no part 'file'");
                return;
            }
            name = part.getSubmittedFileName();
            try (InputStream in = part.getInputStream()) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } else {
            name = pathName(request).or(() -> Optional.ofNullable(request.getParameter("name")))
                    .orElse(request.getHeader("Slug"));
            try (InputStream in = request.getInputStream()) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        }
        if (bytes.length > MAX_BYTES) {
            error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the file is over " + MAX_BYTES + " bytes");
            return;
        }
        Optional<String> bad = DocumentUpdates.badName(name);
        if (bad.isPresent()) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, bad.get());
            return;
        }
        answer(response, updates.put(name, bytes));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!allowed(request, response)) {
            return;
        }
        String name = pathName(request).orElse(null);
        Optional<String> bad = DocumentUpdates.badName(name);
        if (bad.isPresent()) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, bad.get());
            return;
        }
        answer(response, updates.delete(name));
    }

    /** The name after {@code /airkg/documents/}, as sent (not decoded twice). */
    private static Optional<String> pathName(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? Optional.empty() : Optional.of(info.substring(1));
    }

    /** Only users of the password file; the security handler has asked for credentials already. */
    private boolean allowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + UpdateUsers.REALM + "\"");
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "log in as a user of the update password file");
            return false;
        }
        if (!users.contains(user)) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "user " + user + " may not change documents");
            return false;
        }
        return true;
    }

    private static void answer(HttpServletResponse response, DocumentChange change) throws IOException {
        int status = switch (change.kind()) {
            case ADDED -> HttpServletResponse.SC_CREATED;
            case REPLACED, REMOVED, UNCHANGED -> HttpServletResponse.SC_OK;
            case REJECTED -> 422;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("document", change.document());
        body.put("graph", change.graph());
        body.put("change", change.kind().name().toLowerCase(java.util.Locale.ROOT));
        body.put("triplesBefore", change.triplesBefore());
        body.put("triplesAfter", change.triplesAfter());
        body.put("reasons", change.reasons());
        send(response, status, body);
    }

    private static void error(HttpServletResponse response, int status, String reason) throws IOException {
        send(response, status, Map.of("error", reason, "reasons", List.of(reason)));
    }

    private static void send(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
