package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad option values of {@code airkg serve} are usage errors (exit 2) naming the option, found before any build. */
class ServeCommandTest {

    private static void usageError(String expected, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(Main.EXIT_USAGE, run.exit(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("unexpected error"), run.err());
        assertFalse(run.out().contains("building it first"), "checked before building: " + run.out());
    }

    @Test
    void badValuesAreUsageErrors() {
        String store = "target/serve-command-test/none";
        usageError("Port 99999 is out of range", "serve", "--store", store, "--port", "99999");
        usageError("--timeout -1.0 is not a positive number of seconds", "serve", "--store", store, "--timeout", "-1");
        usageError("--timeout NaN is not a positive number of seconds", "serve", "--store", store, "--timeout", "NaN");
        usageError("--write-timeout 0.0 is not a positive", "serve", "--store", store, "--write-timeout", "0");
        usageError("Row cap 0 is not positive", "serve", "--store", store, "--max-rows", "0");
        usageError("Byte cap 10 is below 1024", "serve", "--store", store, "--max-bytes", "10");
        usageError("Requests per client -3 is not positive", "serve", "--store", store, "--requests-per-client", "-3");
        usageError("Invalid value for option '--port'", "serve", "--store", store, "--port", "http");
    }
}
