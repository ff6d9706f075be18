package org.airkg.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.airkg.evaluate.gold.GoldChecker;
import org.airkg.evaluate.gold.GoldJson;
import org.airkg.evaluate.gold.GoldReader;

/**
 * Loads gold annotation files ({@code NAME.gold.json}, the format of {@code data/GOLD-FORMAT.md})
 * strictly: malformed JSON, a field given twice or unknown, a value of the wrong type, an unknown kind,
 * predicate or value, a relation naming an entity the file does not have, or a document field that is not
 * the file's name fail with {@code file:line:col: entry: reason}. Every file is read, so all bad files are reported at once.
 *
 * <pre>{@code
 * GoldLoader.Result gold = GoldLoader.load(Path.of("data/heldout/gold"));
 * gold.failures().forEach(f -> System.err.println(f.getMessage()));
 * Evaluation evaluation = Scorer.score(dataset, gold.orThrow());
 * }</pre>
 */
public final class GoldLoader {
    /** What a gold file's name ends with; before it comes the document's file stem. */
    public static final String SUFFIX = ".gold.json";

    private GoldLoader() {}

    /** The gold files read, in file-name order, and those that could not be. */
    public record Result(List<Gold> golds, List<GoldException> failures) {
        public Result {
            golds = List.copyOf(golds);
            failures = List.copyOf(failures);
        }

        /** The gold files, when all could be read; else the one failure, or an exception counting them. */
        public List<Gold> orThrow() {
            if (failures.size() == 1) {
                throw failures.get(0);
            }
            if (!failures.isEmpty()) {
                throw new org.airkg.AirkgException(failures.size() + " of " + (failures.size() + golds.size())
                        + " gold files could not be read");
            }
            return golds;
        }
    }

    /** Loads one gold file, or every {@code *.gold.json} file directly in a directory. */
    public static Result load(Path fileOrDir) {
        List<Path> files = files(fileOrDir);
        List<Gold> golds = new ArrayList<>();
        List<GoldException> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                golds.add(read(file));
            } catch (GoldException e) {
                failures.add(e);
            }
        }
        return new Result(golds, failures);
    }

    /** Reads and checks one gold file. */
    public static Gold read(Path file) {
        String name = file.toString();
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(SUFFIX) || fileName.length() == SUFFIX.length()) {
            throw new GoldException(name, 0, 0, "a gold file is named after its document: NAME" + SUFFIX);
        }
        GoldJson.File json = GoldReader.read(file, name);
        return GoldChecker.check(name, fileName.substring(0, fileName.length() - SUFFIX.length()), json);
    }

    private static List<Path> files(Path fileOrDir) {
        if (Files.isRegularFile(fileOrDir)) {
            return List.of(fileOrDir);
        }
        if (!Files.isDirectory(fileOrDir)) {
            throw new GoldException(fileOrDir.toString(), 0, 0, "no such gold file or directory");
        }
        try (Stream<Path> s = Files.list(fileOrDir)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            if (files.isEmpty()) {
                throw new GoldException(fileOrDir.toString(), 0, 0, "no *" + SUFFIX + " files in this directory");
            }
            return files;
        } catch (IOException e) {
            throw new GoldException(fileOrDir.toString(), 0, 0, "cannot list the directory: " + e.getMessage(), e);
        }
    }
}
