package org.airkg.serve;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;

/**
 * Sends a complete {@link Answer} with non-blocking writes, chunk by chunk as the client takes them, and gives
 * its memory back when the request ends: sent, failed, or out of time ({@link AnswerLimits#writeTimeout()},
 * after which the container closes the connection).
 */
final class AnswerWriter implements WriteListener, AsyncListener {

    private final Answer answer;
    private final AsyncContext async;
    private final ServletOutputStream out;
    private int next;

    AnswerWriter(Answer answer, AsyncContext async, ServletOutputStream out) {
        this.answer = answer;
        this.async = async;
        this.out = out;
    }

    @Override
    public void onWritePossible() throws IOException {
        while (out.isReady()) {
            if (next == answer.chunkCount()) {
                async.complete();
                return;
            }
            out.write(answer.chunk(next), 0, answer.chunkLength(next));
            next++;
        }
    }

    @Override
    public void onError(Throwable failure) {
        async.complete();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        answer.release();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        answer.release();
        async.complete();
    }

    @Override
    public void onError(AsyncEvent event) {
        answer.release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // Nothing to do: the writer is added once the answer is ready.
    }
}
