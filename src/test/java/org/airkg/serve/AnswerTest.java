package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

/** An answer in memory: its chunks, its cap, and the server's budget taken and given back. */
class AnswerTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    private static byte[] contents(Answer answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < answer.chunkCount(); i++) {
            out.write(answer.chunk(i), 0, answer.chunkLength(i));
        }
        return out.toByteArray();
    }

    @Test
    void bytesComeBackInOrderAcrossChunks() {
        AnswerBudget budget = new AnswerBudget(10 * Answer.CHUNK);
        Answer answer = new Answer(1_000_000, budget, Duration.ofSeconds(1));
        byte[] data = bytes(Answer.CHUNK * 2 + 17);
        answer.write(data, 0, 100);
        answer.write(data, 100, data.length - 100);
        assertEquals(data.length, answer.size());
        assertEquals(3, answer.chunkCount());
        assertArrayEquals(data, contents(answer));
        assertEquals(7 * Answer.CHUNK, budget.free());
        answer.release();
        answer.release();
        assertEquals(10 * Answer.CHUNK, budget.free(), "given back once");
        assertNull(answer.refusal());
    }

    @Test
    void crossingTheCapRefusesAndFreesTheBudget() {
        AnswerBudget budget = new AnswerBudget(10 * Answer.CHUNK);
        Answer answer = new Answer(1000, budget, Duration.ofSeconds(1));
        answer.write(bytes(1000), 0, 1000);
        assertThrows(QueryCancelledException.class, () -> answer.write(bytes(1), 0, 1));
        assertTrue(answer.refusal().reason().contains("cap of 1000 bytes"), answer.refusal().reason());
        assertEquals(false, answer.refusal().retryLater());
        assertEquals(10 * Answer.CHUNK, budget.free());
        answer.write(bytes(10), 0, 10);
        assertEquals(0, answer.size(), "writes after a refusal are dropped");
    }

    @Test
    void aSpentBudgetRefusesWithRetryLater() {
        AnswerBudget budget = new AnswerBudget(2 * Answer.CHUNK);
        Answer first = new Answer(1_000_000, budget, Duration.ofSeconds(1));
        first.write(bytes(Answer.CHUNK + 1), 0, Answer.CHUNK + 1);
        Answer second = new Answer(1_000_000, budget, Duration.ofSeconds(1));
        assertThrows(QueryCancelledException.class, () -> second.write(bytes(10), 0, 10));
        assertTrue(second.refusal().retryLater());
        first.release();
        Answer third = new Answer(1_000_000, budget, Duration.ofSeconds(1));
        third.write(bytes(10), 0, 10);
        assertNull(third.refusal());
    }
}
