package org.airkg.serve;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Sends a complete {@link Answer} with non-blocking writes, chunk by chunk as the client takes them, and gives
 * its memory back when the request ends: sent, failed, or out of time ({@link AnswerLimits#writeTimeout()}), when
 * the connection is closed with the answer unfinished (Jetty's channel abort: the servlet API can only complete a
 * response, and completing waits for the pending write).
 */
final class AnswerWriter implements WriteListener, AsyncListener {

    private final Answer answer;
    private final AsyncContext async;
    private final ServletOutputStream out;
    private int next;
    private volatile boolean stopped;

    AnswerWriter(Answer answer, AsyncContext async, ServletOutputStream out) {
        this.answer = answer;
        this.async = async;
        this.out = out;
    }

    @Override
    public void onWritePossible() throws IOException {
        while (!stopped && out.isReady()) {
            if (next == answer.chunkCount()) {
                stopped = true;
                async.complete();
                return;
            }
            out.write(answer.chunk(next), 0, answer.chunkLength(next));
            next++;
        }
    }

    @Override
    public void onError(Throwable failure) {
        stopped = true;
        answer.release();
        async.complete();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        answer.release();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        stopped = true;
        answer.release();
        ServletContextRequest.getServletContextRequest(event.getSuppliedRequest()).getServletChannel()
                .abort(new TimeoutException("the client took more than the write timeout to read its answer"));
    }

    @Override
    public void onError(AsyncEvent event) {
        stopped = true;
        answer.release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // Nothing to do: the writer is added once the answer is ready.
    }
}
