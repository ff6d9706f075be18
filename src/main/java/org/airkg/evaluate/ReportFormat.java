package org.airkg.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import org.airkg.evaluate.report.TextReport;

/** How an {@link Evaluation} is written: tables and lists for people, or JSON (the records as they are) for tools. */
public enum ReportFormat {
    /** Score tables, then every false positive, false negative and wrong identifier, one a line. */
    TEXT {
        @Override
        public void write(Evaluation evaluation, PrintWriter out) {
            TextReport.write(evaluation, out);
        }
    },
    /** The {@link Evaluation} record as indented JSON; scores that are undefined are {@code null}. */
    JSON {
        @Override
        public void write(Evaluation evaluation, PrintWriter out) {
            try {
                out.println(WRITER.writeValueAsString(evaluation));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("evaluation cannot be written as JSON", e);
            }
            out.flush();
        }
    };

    private static final ObjectWriter WRITER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writer();

    /** Writes {@code evaluation} to {@code out}. */
    public abstract void write(Evaluation evaluation, PrintWriter out);
}
