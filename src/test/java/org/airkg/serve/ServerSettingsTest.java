package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defaults and validation of {@link ServerSettings}. */
class ServerSettingsTest {

    @Test
    void defaultsAreLoopbackReadOnly() {
        ServerSettings settings = ServerSettings.defaults();
        assertEquals("127.0.0.1", settings.host());
        assertEquals(3030, settings.port());
        assertEquals(Duration.ofSeconds(30), settings.queryTimeout());
        assertEquals(Optional.empty(), settings.updatePasswordFile());
        assertEquals(ServerSettings.defaultFusekiBase(), settings.fusekiBase());
        assertEquals(List.of(), settings.allowedSources(), "no file or URL may be read by default");
        assertEquals(List.of(), settings.hostNames());
    }

    @Test
    void allowedSourcesMustBeAbsoluteIrisWithAPath() {
        assertMessage("Allowed source 'data/' is not an absolute IRI such as https://example.org/data/.",
                ServerSettings.builder().allowedSources(List.of("data/")));
        assertMessage("Allowed source 'https://example.org' names a host without a path; end it with /"
                + " (https://example.org/), or it would also allow https://example.org.example.net.",
                ServerSettings.builder().allowedSources(List.of("https://example.org")));
        assertMessage("Allowed source 'https://example.org/a/../b/' is not an absolute IRI such as https://example.org/data/.",
                ServerSettings.builder().allowedSources(List.of("https://example.org/a/../b/")));
        assertEquals(List.of("https://example.org/data/"),
                ServerSettings.builder().allowedSources(List.of("https://example.org/data/")).build().allowedSources());
    }

    @Test
    void sourcePolicyComparesSchemeAndHostWithoutCase() {
        SourcePolicy policy = new SourcePolicy(List.of("https://Example.org/data/"));
        assertTrue(policy.allows("HTTPS://example.ORG/data/x.ttl"));
        assertFalse(policy.allows("https://example.org/Data/x.ttl"), "paths keep their case");
        assertFalse(policy.allows("https://example.org/data/../secret.ttl"));
        assertFalse(policy.allows("https://example.org.evil.example/data/x.ttl"));
        assertFalse(policy.allows("file:///etc/passwd"));
        assertFalse(SourcePolicy.none().allows("https://example.org/data/x.ttl"));
    }

    @Test
    void toBuilderKeepsEveryValue() {
        ServerSettings settings = ServerSettings.builder().host("localhost").port(0)
                .queryTimeout(Duration.ofMillis(1500)).fusekiBase(Path.of("target/x"))
                .allowedSources(List.of("https://example.org/data/")).hostNames(List.of("kg.example.org")).build();
        assertEquals(settings, settings.toBuilder().build());
    }

    @Test
    void portOutOfRangeIsRefused() {
        assertMessage("Port 70000 is out of range; use 1 to 65535, or 0 for any free port.",
                ServerSettings.builder().port(70000));
        assertMessage("Port -1 is out of range; use 1 to 65535, or 0 for any free port.",
                ServerSettings.builder().port(-1));
        assertEquals(0, ServerSettings.builder().port(0).build().port());
        assertEquals(65535, ServerSettings.builder().port(65535).build().port());
    }

    @Test
    void timeoutMustBePositive() {
        assertMessage("Query timeout PT0S is not positive; give at least one millisecond.",
                ServerSettings.builder().queryTimeout(Duration.ZERO));
        assertMessage("Query timeout PT-1S is not positive; give at least one millisecond.",
                ServerSettings.builder().queryTimeout(Duration.ofSeconds(-1)));
        assertMessage("No query timeout given.", ServerSettings.builder().queryTimeout(null));
    }

    @Test
    void hostMustBeGiven() {
        assertMessage("No host given; use an address such as 127.0.0.1.", ServerSettings.builder().host(" "));
        assertMessage("Host '127.0.0.1 ' contains white space.", ServerSettings.builder().host("127.0.0.1 "));
    }

    @Test
    void passwordFileMustBeReadable() throws IOException {
        Path dir = TestKg.base("settings");
        Path missing = dir.resolve("missing-passwd");
        assertMessage("Update password file " + missing + " does not exist.",
                ServerSettings.builder().updatePasswordFile(missing));
        assertMessage("Update password file " + dir + " is not a readable file.",
                ServerSettings.builder().updatePasswordFile(dir));
        Path passwd = Files.writeString(dir.resolve("passwd"), "u: p\n");
        assertEquals(Optional.of(passwd), ServerSettings.builder().updatePasswordFile(passwd).build().updatePasswordFile());
    }

    @Test
    void fusekiBaseMustBeADirectory() throws IOException {
        Path file = Files.writeString(TestKg.base("settings-base").resolve("file"), "x");
        assertMessage("Fuseki base " + file + " exists but is not a directory.",
                ServerSettings.builder().fusekiBase(file));
        assertMessage("No Fuseki base directory given.", ServerSettings.builder().fusekiBase(null));
    }

    private static void assertMessage(String expected, ServerSettings.Builder builder) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals(expected, e.getMessage());
        assertTrue(e.getMessage().endsWith("."));
    }
}
