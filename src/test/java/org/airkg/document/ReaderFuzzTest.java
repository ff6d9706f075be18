package org.airkg.document;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the reader with Jazzer: every input must satisfy {@link ReaderOracle}.
 * {@code mvn test} only replays the stored inputs under
 * {@code src/test/resources/org/airkg/document/ReaderFuzzTestInputs/read/} (small notes using each
 * construct the parser knows, and any finding saved there). To fuzz for five minutes:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest -Djazzer.hooks=true
 * </pre>
 *
 * <p>{@code junit-platform.properties} turns Jazzer's hooks off so that plain test runs neither instrument
 * the test JVM nor log; fuzzing needs them back on, hence {@code -Djazzer.hooks=true}. The fuzzer keeps
 * its corpus in {@code .cifuzz-corpus/}; copy a finding into the inputs directory to replay it from then on.
 * The seeded, always-run counterpart is {@link ReaderRobustnessTest}.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void read(byte[] bytes) {
        ReaderOracle.check("fuzz-input.txt", "fuzz.txt", bytes);
    }
}
