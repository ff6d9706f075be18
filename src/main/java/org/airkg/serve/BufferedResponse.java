package org.airkg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body goes into an {@link Answer} in memory instead of to the client, so that nothing is sent,
 * status included, until the servlet has finished: the status and headers are those set on the real response,
 * which stays uncommitted, and {@link AnswerBuffer} sends the body afterwards.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final Answer answer;
    private final ServletOutputStream stream = new AnswerStream();
    private PrintWriter writer;
    private int status = SC_OK;

    BufferedResponse(HttpServletResponse response, Answer answer) {
        super(response);
        this.answer = answer;
    }

    /** The status the servlet set. */
    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
        answer.clear();
        setStatus(sc);
        setContentType("text/plain;charset=utf-8");
        if (msg != null) {
            byte[] text = (msg + "\n").getBytes(StandardCharsets.UTF_8);
            answer.write(text, 0, text.length);
        }
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(stream, charset));
        }
        return writer;
    }

    /** Flushes the writer into the answer, if one was taken. */
    void finish() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void flushBuffer() {
        // Nothing leaves before the answer is complete.
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        answer.clear();
    }

    @Override
    public void reset() {
        answer.clear();
        status = SC_OK;
        super.reset();
    }

    @Override
    public void setBufferSize(int size) {
        // The whole answer is buffered.
    }

    @Override
    public void setContentLength(int len) {
        // Set from the buffered answer when it is sent.
    }

    @Override
    public void setContentLengthLong(long len) {
        // Set from the buffered answer when it is sent.
    }

    /** Writes into the answer. */
    private final class AnswerStream extends ServletOutputStream {
        @Override
        public void write(int b) {
            answer.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            answer.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("answers are buffered; write blocking");
        }
    }
}
