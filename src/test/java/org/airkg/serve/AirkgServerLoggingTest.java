package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.RollingFileAppender;
import org.apache.logging.log4j.core.appender.rolling.SizeBasedTriggeringPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 17, point 3: the request log is a size-rotated file, a logged query is cut at 2,000 characters, and a
 * request too deep to evaluate is a user error: 400 with one sentence, no stack trace in any log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AirkgServerLoggingTest {

    private DatasetGraph dataset;
    private AirkgServer server;
    private Http http;

    @BeforeAll
    void start() {
        dataset = TestKg.dataset();
        server = AirkgServer.start(TestKg.settings("logging", Duration.ofSeconds(30)).build(), dataset);
        http = new Http(server.uiUrl());
    }

    @AfterAll
    void stop() {
        TestKg.stop(server, dataset);
    }

    private static RollingFileAppender requestLog() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Appender appender = context.getConfiguration().getLoggerConfig("org.apache.jena.fuseki.Fuseki")
                .getAppenders().get("requests");
        assertTrue(appender instanceof RollingFileAppender, "the request log is not a rolling file: " + appender);
        return (RollingFileAppender) appender;
    }

    @Test
    void theRequestLogIsRotatedBySize() {
        RollingFileAppender log = requestLog();
        assertTrue(log.getTriggeringPolicy() instanceof SizeBasedTriggeringPolicy, () -> "" + log.getTriggeringPolicy());
        assertEquals(10L * 1024 * 1024, ((SizeBasedTriggeringPolicy) log.getTriggeringPolicy()).getMaxFileSize());
        assertTrue(log.getFileName().endsWith("requests.log"), log.getFileName());
    }

    private static UnionQuery deepUnion(int branches) {
        StringBuilder q = new StringBuilder("SELECT * {");
        for (int i = 0; i < branches; i++) {
            q.append(i == 0 ? "" : " UNION ").append("{ ?s <urn:p").append(i).append("> ?o }");
        }
        return new UnionQuery(q.append('}').toString());
    }

    private record UnionQuery(String text) {}

    @Test
    void aQueryTooDeepIsABadRequestWithoutAStackTrace() throws IOException {
        Path log = Path.of(requestLog().getFileName());
        long before = Files.exists(log) ? Files.size(log) : 0;
        String q = deepUnion(5000).text();
        HttpResponse<String> response = http.send("POST", "/airkg/sparql", Http.FORM, "query=" + Http.encode(q), null);
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().startsWith(ConfinedQuery.TOO_DEEP), response::body);
        assertEquals(200, http.query("/airkg/sparql", "ASK {}").statusCode(), "server unhealthy after the overflow");

        List<String> lines = newLines(log, before);
        assertFalse(lines.isEmpty(), "nothing logged in " + log);
        for (String line : lines) {
            assertTrue(line.length() <= 2200, () -> "a log line of " + line.length() + " characters");
            assertFalse(line.startsWith("\tat ") || line.contains("StackOverflowError"), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("Query = SELECT * {{ ?s <urn:p0> ?o }") && l.endsWith("...")),
                () -> "the query was not logged cut: " + lines);
    }

    private static List<String> newLines(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8).lines().toList();
    }
}
