package org.airkg.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The decoded text of a source file, with the index needed to turn a position in it into a line number
 * and a code-point offset.
 *
 * <p>Files are UTF-8, with or without a byte-order mark; a file that starts with a UTF-16 byte-order mark
 * is decoded as UTF-16. Anything else that is not valid UTF-8, and any file with a NUL character, is
 * refused with the line and column of the first bad byte: the corpus is text, and guessing a legacy
 * encoding would silently corrupt names and numbers.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    /** For each char index, the code-point offset; {@code null} when the text has no surrogate pairs. */
    private final int[] codePointAt;

    private SourceText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.codePointAt = text.codePoints().count() == text.length() ? null : codePointIndex(text);
    }

    /** Wraps text that is already decoded. */
    public static SourceText of(String text) {
        return new SourceText(text);
    }

    /**
     * Decodes a file's bytes.
     *
     * @param file the file's name for error messages
     * @throws DocumentException if the bytes are empty, binary or not valid text
     */
    public static SourceText decode(String file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new DocumentException(file, 0, 0, "file is empty");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = strictDecode(file, bytes, 2, StandardCharsets.UTF_16);
        } else {
            int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = strictDecode(file, bytes, from, StandardCharsets.UTF_8);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            SourceText partial = new SourceText(text.substring(0, nul));
            int line = partial.lineCount();
            int col = nul - partial.lineStarts[line - 1] + 1;
            throw new DocumentException(file, line, col, "binary file: NUL character; the corpus takes text files only");
        }
        if (text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF')) {
            throw new DocumentException(file, 0, 0, "file has no text (only white space)");
        }
        return new SourceText(text);
    }

    private static String strictDecode(String file, byte[] bytes, int from, java.nio.charset.Charset charset) {
        // A UTF-16 decoder needs the BOM to know its byte order; UTF-8 must not see it.
        int offset = charset == StandardCharsets.UTF_16 ? 0 : from;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            SourceText good = new SourceText(out.toString());
            int line = good.lineCount();
            int col = good.text.length() - good.lineStarts[line - 1] + 1;
            throw new DocumentException(file, line, col, String.format(
                    "not valid %s (byte offset %d); save the file as UTF-8", charset.name(), in.position()));
        }
        out.flip();
        String decoded = out.toString();
        if (charset == StandardCharsets.UTF_16 && !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
            decoded = decoded.substring(1);
        }
        return decoded;
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

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (newline && i + 1 < text.length()) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int[] codePointIndex(String text) {
        int[] index = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++, cp++) {
            index[i] = cp;
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                index[++i] = cp;
            }
        }
        index[text.length()] = cp;
        return index;
    }

    /** The decoded text. */
    public String text() {
        return text;
    }

    /** The number of lines. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The char index where line {@code line} (from 1) starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The char index just past the end of line {@code line}, before its line break. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of line {@code line} (from 1), without its line break. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** The line, from 1, that holds char index {@code index}. */
    public int lineOf(int index) {
        int i = Arrays.binarySearch(lineStarts, index);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The code-point offset of char index {@code index}. */
    public int codePointOffset(int index) {
        return codePointAt == null ? index : codePointAt[index];
    }

    /** The char index of code-point offset {@code offset}. */
    public int charIndex(int offset) {
        return codePointAt == null ? offset : text.offsetByCodePoints(0, offset);
    }

    /** The span of the chars {@code [start, end)}, in code points, with the line of {@code start}. */
    public Span span(int start, int end) {
        return new Span(codePointOffset(start), codePointOffset(end), lineOf(start));
    }

    /** The text a span covers. */
    public String slice(Span span) {
        return text.substring(charIndex(span.start()), charIndex(span.end()));
    }
}
