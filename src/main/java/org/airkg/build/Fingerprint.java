package org.airkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of everything a build's output depends on: the content of every input file (corpus, ontology, rules,
 * lexicon, vocabulary tables, curations, shapes, query catalogue), each with its name, and the code that builds
 * (the jar, or the compiled classes). A store records the fingerprint it was built from, so that {@code serve}
 * rebuilds it when any of these changed, a rule or the code as much as a document.
 *
 * <pre>{@code
 * String f = Fingerprint.of(Inputs.defaults(root), options);
 * }</pre>
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** The fingerprint of the inputs and options of a build, with the code's. */
    public static String of(Inputs inputs, BuildOptions options) throws IOException {
        return of(inputs.files(), options);
    }

    /**
     * The fingerprint of everything a build's output depends on but the documents' bytes: the code, the ontology, rules,
     * lexicon, vocabulary, curations, shapes and query catalogue. A store built from the same base is updated in place by
     * the next build ({@link GraphSink#forBuild}); any other change rebuilds it whole.
     */
    public static String base(Inputs inputs, BuildOptions options) throws IOException {
        return of(inputs.extractionFiles(), options);
    }

    private static String of(List<Path> inputFiles, BuildOptions options) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "code", code());
        List<Path> files = new ArrayList<>(inputFiles);
        options.shapes().ifPresent(files::add);
        if (options.describe() && options.catalogue().isPresent() && Files.isDirectory(options.catalogue().get())) {
            try (Stream<Path> s = Files.list(options.catalogue().get())) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            update(digest, file.toString(), hash(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint of what shapes one document's extraction besides its own bytes: the code, the ontology, rules,
     * lexicon, vocabulary and curations, and the shapes its graph is checked against. It keys {@link DocumentCache}.
     */
    public static String extraction(Inputs inputs, BuildOptions options) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "code", code());
        List<Path> files = new ArrayList<>(inputs.extractionFiles());
        options.shapes().ifPresent(files::add);
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            update(digest, abs.getParent().getFileName() + "/" + abs.getFileName(), hash(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of the code: the jar it runs from, or every file of the class directory. */
    static String code() throws IOException {
        Path location;
        try {
            location = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return org.airkg.Version.get();
        }
        if (Files.isRegularFile(location)) {
            return hash(location);
        }
        MessageDigest digest = sha256();
        try (Stream<Path> s = Files.walk(location)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                update(digest, location.relativize(f).toString(), hash(f));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String name, String hash) {
        digest.update((name + "\0" + hash + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of {@code bytes}, in hexadecimal: what a document graph records of its file. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }
}
