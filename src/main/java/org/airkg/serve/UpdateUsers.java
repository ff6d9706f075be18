package org.airkg.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;

/**
 * The users of an update password file and the Jetty HTTP Basic security handler that checks them on the
 * update endpoints only.
 *
 * <p>The file is read the way Jetty's {@code PropertyUserStore} reads it (Java properties:
 * {@code user: password[,role...]}, passwords plain or {@code OBF:}/{@code MD5:}/{@code CRYPT:}).
 */
final class UpdateUsers {

    /** The realm named in the HTTP Basic challenge. */
    static final String REALM = "AIR-KG";

    private UpdateUsers() {}

    /** The user names in the file; fails if there are none. */
    static Set<String> read(Path file) {
        Properties users = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            users.load(in);
        } catch (IOException e) {
            throw new ServeException("Cannot read update password file " + file + ": " + e.getMessage(), e);
        }
        Set<String> names = new TreeSet<>(users.stringPropertyNames());
        names.removeIf(String::isBlank);
        if (names.isEmpty()) {
            throw new ServeException(
                    "Update password file " + file + " names no users; write one 'user: password' line per user.");
        }
        return names;
    }

    /** A Basic-auth handler for the users in {@code file}, constraining only the given paths. */
    static ConstraintSecurityHandler securityHandler(Path file, String... protectedPaths) {
        UserStore store = JettySecurityLib.makeUserStore(file.toAbsolutePath().toString());
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM, store, AuthScheme.BASIC);
        // Fuseki starts the store (re-reading the file every 5 s) outside the server's life cycle: stop it with the server.
        handler.addManaged(store);
        for (String path : protectedPaths) {
            JettySecurityLib.addPathConstraint(handler, path);
        }
        return handler;
    }
}
