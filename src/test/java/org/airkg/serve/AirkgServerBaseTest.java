package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How {@link AirkgServer} treats its Fuseki base and failures to start. */
class AirkgServerBaseTest {

    private DatasetGraph dataset;

    @BeforeEach
    void makeDataset() {
        dataset = TestKg.dataset();
    }

    @AfterEach
    void closeDataset() {
        dataset.close();
    }

    @Test
    void datasetsFromTheConfigurationDirectoryAreRefused() throws IOException {
        ServerSettings settings = TestKg.settings("base-config", Duration.ofSeconds(5)).build();
        Path configuration = Files.createDirectories(settings.fusekiBase().resolve("configuration"));
        try (InputStream in = getClass().getResourceAsStream("/serve/extra-dataset.ttl")) {
            Files.copy(in, configuration.resolve("extra.ttl"));
        }
        ServeException e = assertThrows(ServeException.class, () -> AirkgServer.start(settings, dataset));
        assertTrue(e.getMessage().contains("/extra"), e.getMessage());
    }

    @Test
    void aWebappDirectoryInTheBaseIsRefused() throws IOException {
        ServerSettings settings = TestKg.settings("base-webapp", Duration.ofSeconds(5)).build();
        Files.createDirectories(settings.fusekiBase().resolve("webapp"));
        ServeException e = assertThrows(ServeException.class, () -> AirkgServer.start(settings, dataset));
        assertTrue(e.getMessage().contains("webapp directory"), e.getMessage());
    }

    @Test
    void aPortInUseIsReportedAndTheSystemPropertyRestored() {
        String before = System.getProperty("FUSEKI_BASE");
        AirkgServer first = AirkgServer.start(TestKg.settings("base-port-1", Duration.ofSeconds(5)).build(), dataset);
        try {
            assertEquals(before, System.getProperty("FUSEKI_BASE"), "FUSEKI_BASE was left changed");
            ServerSettings clash = TestKg.settings("base-port-2", Duration.ofSeconds(5)).port(first.port()).build();
            ServeException e = assertThrows(ServeException.class, () -> AirkgServer.start(clash, dataset));
            assertTrue(e.getMessage().startsWith("Cannot start the server on 127.0.0.1:" + first.port()), e.getMessage());
            assertEquals(200, new Http(first.uiUrl()).get("/$/ping").statusCode(), "first server harmed");
        } finally {
            first.stop();
            first.stop();
        }
    }
}
