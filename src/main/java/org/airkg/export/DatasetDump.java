package org.airkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.airkg.AirkgException;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/** Writes a whole dataset to a file, as TriG or N-Quads chosen by the file's extension ({@code .gz} compresses). */
public final class DatasetDump {
    private DatasetDump() {}

    /** The format for a file name, by extension. */
    public static RDFFormat formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".trig")) {
            return RDFFormat.TRIG_BLOCKS;
        }
        if (name.endsWith(".nq")) {
            return RDFFormat.NQUADS;
        }
        throw new AirkgException(file + ": unknown dump format; use .trig or .nq (optionally .gz)");
    }

    public static void write(Dataset dataset, Path file) throws IOException {
        RDFFormat format = formatFor(file);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try (OutputStream raw = Files.newOutputStream(tmp);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, format));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
