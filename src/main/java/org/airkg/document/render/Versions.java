package org.airkg.document.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions of the libraries that extract text, as their jars record them, for provenance. */
public final class Versions {
    private Versions() {}

    /** The version of a Maven artifact on the class path, from its {@code pom.properties}; "unknown" when absent. */
    public static String of(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
