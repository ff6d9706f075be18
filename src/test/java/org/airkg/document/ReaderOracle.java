package org.airkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What every read must give, whatever the bytes: a {@link Document} whose spans, outline and reference
 * list are consistent, or a {@link DocumentException} that names the file and a line the input has;
 * never another exception, an {@link Error}, or the reader's "reader failed" catch-all, which wraps an
 * internal {@link RuntimeException}.
 *
 * <pre>{@code
 * Optional<Document> doc = ReaderOracle.check("seed-3#17", "x.txt", bytes);  // empty when refused
 * }</pre>
 */
final class ReaderOracle {
    /** The message {@link DocumentReader} gives an internal failure it caught. */
    static final String CATCH_ALL = "reader failed: ";

    private ReaderOracle() {}

    /**
     * Reads the bytes and checks the outcome; returns the document, or empty when the reader refused the
     * input as it should.
     *
     * @throws AssertionError naming {@code displayName} when the reader broke a rule
     */
    static Optional<Document> check(String displayName, String fileName, byte[] bytes) {
        return check(displayName, bytes, () -> DocumentReader.read(displayName, fileName, bytes));
    }

    /** As {@link #check(String, String, byte[])}, for a file read with {@link DocumentReader#read(Path)}. */
    static Optional<Document> check(Path file) throws IOException {
        return check(file.toString(), Files.readAllBytes(file), () -> DocumentReader.read(file));
    }

    private static Optional<Document> check(String displayName, byte[] bytes, Supplier<Document> reader) {
        Document document;
        try {
            document = reader.get();
        } catch (DocumentException e) {
            checkRefusal(displayName, bytes, e);
            return Optional.empty();
        } catch (Throwable t) {
            throw new AssertionError(displayName + ": the reader threw " + t + " rather than a DocumentException", t);
        }
        checkDocument(displayName, bytes, document);
        return Optional.of(document);
    }

    private static void checkRefusal(String displayName, byte[] bytes, DocumentException e) {
        String message = e.getMessage();
        assertTrue(message != null && message.startsWith(displayName + ":"),
                () -> displayName + ": refusal does not start with the file name: " + message);
        assertEquals(displayName, e.file(), () -> "file() of " + message);
        assertFalse(message.contains(CATCH_ALL), () -> displayName + ": internal failure behind the catch-all: " + message);
        assertTrue(e.line() >= 0 && e.column() >= 0, () -> displayName + ": negative position: " + message);
        if (e.line() > 0) {
            int lines = lineStarts(lenientDecode(bytes)).length;
            assertTrue(e.line() <= lines, () -> displayName + ": refusal names line " + e.line() + " of " + lines + ": " + message);
        }
    }

    private static void checkDocument(String displayName, byte[] bytes, Document document) {
        String text = SourceText.decode(displayName, bytes).text();
        int length = text.codePointCount(0, text.length());
        int[] lineStarts = lineStarts(text);
        List<String> problems = new ArrayList<>();
        walk("document", document, (path, span) -> {
            if (span.start() < 0 || span.start() > span.end() || span.end() > length) {
                problems.add(path + " " + span + " is outside 0.." + length);
            } else if (span.line() != lineOf(lineStarts, span.start())) {
                problems.add(path + " " + span + " says line " + span.line() + ", its start is on line " + lineOf(lineStarts, span.start()));
            }
        });
        Set<String> ids = new HashSet<>();
        for (Section s : document.sections()) {
            if (!ids.add(s.id())) {
                problems.add("section id " + s.id() + " is not unique");
            }
            s.parentId().filter(p -> !ids.contains(p)).ifPresent(p -> problems.add("section " + s.id() + " has parent " + p + ", no section before it"));
            if (s.span().start() > s.headingSpan().start() || s.span().end() < s.headingSpan().end()) {
                problems.add("section " + s.id() + " " + s.span() + " does not hold its heading " + s.headingSpan());
            }
        }
        Block previous = null;
        for (int i = 0; i < document.blocks().size(); i++) {
            Block b = document.blocks().get(i);
            String name = "block " + (i + 1);
            if (b.position() != i + 1) {
                problems.add(name + " has position " + b.position());
            }
            b.sectionId().filter(id -> !ids.contains(id)).ifPresent(id -> problems.add(name + " is in section " + id + ", which does not exist"));
            if (previous != null && previous.span().end() > b.span().start()) {
                problems.add(name + " " + b.span() + " starts before block " + i + " " + previous.span() + " ends");
            }
            previous = b;
        }
        for (Reference r : document.references()) {
            if (r.number() < 1) {
                problems.add("reference number " + r.number());
            }
        }
        if (!problems.isEmpty()) {
            fail(displayName + ": inconsistent document:\n  " + String.join("\n  ", problems.subList(0, Math.min(20, problems.size())))
                    + (problems.size() > 20 ? "\n  ... and " + (problems.size() - 20) + " more" : ""));
        }
    }

    /**
     * Calls {@code visit} with every {@link Span} of a model, in whatever record, list or optional it sits,
     * and its path ({@code document.blocks[3].content.sentences[0].span}).
     */
    static void walk(String path, Object node, BiConsumer<String, Span> visit) {
        if (node instanceof Span span) {
            visit.accept(path, span);
        } else if (node instanceof Optional<?> o) {
            o.ifPresent(v -> walk(path, v, visit));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), visit);
            }
        } else if (node instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    walk(path + "." + c.getName(), accessor.invoke(record), visit);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + path + "." + c.getName(), e);
                }
            }
        }
    }

    /** The text as the reader decodes it, with malformed bytes replaced rather than refused. */
    static String lenientDecode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        return decode(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, StandardCharsets.UTF_8);
    }

    private static String decode(byte[] bytes, int from, Charset charset) {
        return new String(bytes, from, bytes.length - from, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The code-point offsets where lines start: a line ends at LF, CR LF or a lone CR, and a break at the very
     * end of the text starts no new line.
     */
    static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        int cp = 0;
        for (int i = 0; i < text.length(); i++, cp++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if ((c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) && i + 1 < text.length()) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = cp + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** The line, from 1, of a code-point offset. */
    static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
