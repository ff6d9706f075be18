package org.airkg.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Inputs for the reader's robustness tests, all drawn from a caller's {@link Random} so that a seed
 * replays them: random bytes, random text made of the tokens the plain-text parser reacts to, and
 * mutations of real documents.
 */
final class ReaderInputs {
    /** The largest random input. */
    static final int MAX_RANDOM = 64 * 1024;
    /** The most bytes one duplication of lines adds. */
    private static final int MAX_GROWTH = 128 * 1024;

    /** Pieces of text the parser gives meaning to, and some it should take as plain words. */
    private static final List<String> TOKENS = List.of(
            "\t", "|", "||", "| ", " |", "|---|---|", "---", "-----", "#", "# ", "## ", "### ", "###### ", "####### ",
            "[1]", "[2-5]", "[3, 4]", "^[8]^", "[\\[2\\]](#)", "[pubmed.ncbi.nlm.nih.gov]", "[", "]", "(#)",
            "<b>", "</b>", "<i>", "<sup>", "&amp;", "$\\alpha$", "<math>\\alpha</math>", "**", "*", "__",
            "- ", "* ", "• ", "  - ", "1. ", "12) ", "0. ", "9999. ", "Q1: ", "A1: ", "**Q2:** ", "Table 3: ",
            "Data from ", "Source: ", "Caption: ", "Note: ", "Figure 1. ", "References", "## References",
            "To cite this document: BenchChem. [", "Author: ", "Date: March 2024", "Author: X Team. Date: May 2020",
            "CAS No.: 112809-51-5", "Cat. No.: S1", "Compound Focus: ", "Compound of Interest", "Get Quote",
            "Need Custom Synthesis?", "Disclaimer", "Introduction", "Troubleshooting Guides", "Materials:",
            "https://example.org/x", " - PMC", " | ", ":", ".", ",", ";", "?", "\"", "(", ")",
            "0", "1", "42", "3.14", "10^6", "letrozole", "Anastrozole", "ER", "HER2", "the", "a", "resistance",
            " ", "  ", "\n", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\u00A0", "\u200B", "\uFEFF", "\u2028",
            "\u2007", "\u3000", "é", "–", "µM", "😀", "𝛼");

    private ReaderInputs() {}

    /** A length from 0 to {@link #MAX_RANDOM}, mostly short. */
    static int length(Random r) {
        double p = r.nextDouble();
        return p < 0.5 ? r.nextInt(257) : p < 0.85 ? r.nextInt(4097) : r.nextInt(MAX_RANDOM + 1);
    }

    /** Random bytes, most of them not text. */
    static byte[] randomBytes(Random r) {
        byte[] bytes = new byte[length(r)];
        r.nextBytes(bytes);
        return bytes;
    }

    /** Valid UTF-8 text of random tokens, with now and then a token repeated into a long run. */
    static byte[] randomText(Random r) {
        int target = length(r);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < target) {
            String token = TOKENS.get(r.nextInt(TOKENS.size()));
            int repeat = r.nextInt(20) == 0 ? 1 + r.nextInt(Math.max(1, Math.min(5000, target - sb.length()))) : 1;
            sb.append(token.repeat(repeat));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A way of damaging a document. */
    enum Mutation {
        FLIP_BITS((b, r) -> {
            byte[] out = b.clone();
            for (int i = 1 + r.nextInt(8); i > 0 && out.length > 0; i--) {
                out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return out;
        }),
        DELETE((b, r) -> {
            int at = r.nextInt(b.length + 1);
            int n = Math.min(b.length - at, 1 + r.nextInt(r.nextBoolean() ? 8 : 512));
            return splice(b, at, n, new byte[0]);
        }),
        INSERT_BYTES((b, r) -> {
            byte[] junk = new byte[1 + r.nextInt(64)];
            r.nextBytes(junk);
            return splice(b, r.nextInt(b.length + 1), 0, junk);
        }),
        INSERT_TOKENS((b, r) -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 1 + r.nextInt(12); i > 0; i--) {
                sb.append(TOKENS.get(r.nextInt(TOKENS.size())));
            }
            return splice(b, lineBoundary(b, r), 0, sb.toString().getBytes(StandardCharsets.UTF_8));
        }),
        DUPLICATE_LINES((b, r) -> {
            List<byte[]> lines = lines(b);
            int from = r.nextInt(lines.size());
            int to = Math.min(lines.size(), from + 1 + r.nextInt(20));
            List<byte[]> copy = new ArrayList<>(lines.subList(from, to));
            int size = Math.max(1, join(copy).length);
            for (int i = r.nextInt(8) == 0 ? Math.min(50 + r.nextInt(500), MAX_GROWTH / size) : 1; i > 0; i--) {
                lines.addAll(to, copy);
            }
            return join(lines);
        }),
        TRUNCATE((b, r) -> Arrays.copyOf(b, r.nextInt(b.length + 1))),
        SWAP_BLOCKS((b, r) -> {
            List<byte[]> blocks = blocks(b);
            int i = r.nextInt(blocks.size());
            int j = r.nextInt(blocks.size());
            byte[] t = blocks.get(i);
            blocks.set(i, blocks.get(j));
            blocks.set(j, t);
            return join(blocks);
        }),
        INSERT_NUL((b, r) -> splice(b, r.nextInt(b.length + 1), 0, new byte[] {0})),
        INSERT_INVALID_UTF8((b, r) -> {
            byte[][] bad = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8}};
            return splice(b, r.nextInt(b.length + 1), 0, bad[r.nextInt(bad.length)]);
        }),
        REMOVE_BLANK_LINES((b, r) -> {
            List<byte[]> lines = lines(b);
            lines.removeIf(ReaderInputs::isBlank);
            return join(lines);
        }),
        CRLF((b, r) -> new String(b, StandardCharsets.ISO_8859_1).replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1)),
        LONE_CR((b, r) -> new String(b, StandardCharsets.ISO_8859_1).replace('\n', '\r').getBytes(StandardCharsets.ISO_8859_1)),
        UTF8_BOM((b, r) -> splice(b, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})),
        UTF16((b, r) -> {
            String text = new String(b, StandardCharsets.UTF_8);
            return (r.nextBoolean() ? "\uFEFF" + text : text).getBytes(r.nextBoolean() ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        });

        private final BiFunction<byte[], Random, byte[]> apply;

        Mutation(BiFunction<byte[], Random, byte[]> apply) {
            this.apply = apply;
        }

        /** The mutated copy of {@code bytes}, which is left as it was. */
        byte[] apply(byte[] bytes, Random r) {
            return apply.apply(bytes, r);
        }
    }

    /** One to four mutations of a document, of random kinds. */
    static byte[] mutate(byte[] bytes, Random r) {
        byte[] out = bytes;
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            out = Mutation.values()[r.nextInt(Mutation.values().length)].apply(out, r);
        }
        return out;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    /** A random offset just after a line feed, or 0. */
    private static int lineBoundary(byte[] b, Random r) {
        int at = r.nextInt(b.length + 1);
        while (at > 0 && b[at - 1] != '\n') {
            at--;
        }
        return at;
    }

    /** The lines of the bytes, each with its line feed. */
    private static List<byte[]> lines(byte[] b) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lines.add(Arrays.copyOfRange(b, start, i + 1));
                start = i + 1;
            }
        }
        if (start < b.length || lines.isEmpty()) {
            lines.add(Arrays.copyOfRange(b, start, b.length));
        }
        return lines;
    }

    /** The runs of lines between blank lines, each with the blank lines after it. */
    private static List<byte[]> blocks(byte[] b) {
        List<byte[]> blocks = new ArrayList<>();
        List<byte[]> current = new ArrayList<>();
        boolean inBlank = false;
        for (byte[] line : lines(b)) {
            boolean blank = isBlank(line);
            if (!blank && inBlank) {
                blocks.add(join(current));
                current = new ArrayList<>();
            }
            inBlank = blank;
            current.add(line);
        }
        blocks.add(join(current));
        return blocks;
    }

    private static boolean isBlank(byte[] line) {
        for (byte c : line) {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static byte[] join(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
