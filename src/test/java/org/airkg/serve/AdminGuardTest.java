package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which admin calls {@link AdminGuard} lets through. */
class AdminGuardTest {

    @Test
    void uiReadsPass() {
        for (String path : new String[] {"/$/ping", "/$/server", "/$/datasets", "/$/datasets/airkg",
                "/$/stats", "/$/stats/airkg", "/$/tasks", "/$/tasks/1"}) {
            assertTrue(AdminGuard.isAllowed("GET", path), path);
            assertTrue(AdminGuard.isAllowed("HEAD", path), path);
        }
    }

    @Test
    void writesAndOtherPathsAreRefused() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
            assertFalse(AdminGuard.isAllowed(method, "/$/datasets"), method);
            assertFalse(AdminGuard.isAllowed(method, "/$/datasets/airkg"), method);
            assertFalse(AdminGuard.isAllowed(method, "/$/ping"), method);
        }
        for (String path : new String[] {"/$/compact/airkg", "/$/backup/airkg", "/$/backups-list", "/$/sleep",
                "/$/reload", "/$/metrics", "/$/validate/query", "/$/stats/../compact/airkg", "/$/datasets/a/b",
                "/$/datasets/", "/$//ping", "/$/"}) {
            assertFalse(AdminGuard.isAllowed("GET", path), path);
        }
    }
}
