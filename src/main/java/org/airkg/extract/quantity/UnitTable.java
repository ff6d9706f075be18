package org.airkg.extract.quantity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units the quantity parser recognises, read from a tab-separated table with the columns
 * {@code symbol, synonyms, iri, label, confirmed_by}; lines starting with {@code #} are comments. The standard
 * table is {@code units.tsv} beside this class.
 */
public final class UnitTable {
    /** The header every unit table starts with. */
    public static final String HEADER = "symbol\tsynonyms\tiri\tlabel\tconfirmed_by";
    /** The classpath resource of the standard table. */
    public static final String STANDARD_RESOURCE = "units.tsv";

    private final List<UnitDefinition> definitions;
    private final Map<String, UnitDefinition> byForm;

    private UnitTable(List<UnitDefinition> definitions, Map<String, UnitDefinition> byForm) {
        this.definitions = List.copyOf(definitions);
        this.byForm = Map.copyOf(byForm);
    }

    /** The standard table shipped with AIR-KG. */
    public static UnitTable standard() {
        return Standard.TABLE;
    }

    private static final class Standard {
        static final UnitTable TABLE = loadResource();

        private static UnitTable loadResource() {
            try (InputStream in = UnitTable.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new QuantityException(STANDARD_RESOURCE, 0, 0, "resource not found beside " + UnitTable.class.getName());
                }
                return parse(STANDARD_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a table; {@code file} names it in error messages.
     *
     * @throws QuantityException naming the line and column of the first problem
     */
    public static UnitTable parse(String file, String content) {
        String[] lines = content.split("\n", -1);
        List<UnitDefinition> definitions = new ArrayList<>();
        Map<String, UnitDefinition> byForm = new HashMap<>();
        Map<String, Integer> formLine = new HashMap<>();
        boolean header = false;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].endsWith("\r") ? lines[k].substring(0, lines[k].length() - 1) : lines[k];
            int lineNo = k + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new QuantityException(file, lineNo, 1, "expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
                }
                header = true;
                continue;
            }
            UnitDefinition d = row(file, lineNo, line);
            for (String form : d.forms()) {
                Integer previous = formLine.putIfAbsent(form, lineNo);
                if (previous != null) {
                    throw new QuantityException(file, lineNo, 1, "unit form '" + form + "' is already defined on line " + previous);
                }
                byForm.put(form, d);
            }
            definitions.add(d);
        }
        if (!header) {
            throw new QuantityException(file, 0, 0, "no header line");
        }
        return new UnitTable(definitions, byForm);
    }

    private static UnitDefinition row(String file, int lineNo, String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 5) {
            throw new QuantityException(file, lineNo, 1, "row has " + cells.length + " columns, header has 5");
        }
        List<String> synonyms = cells[1].isBlank() ? List.of()
                : Arrays.stream(cells[1].split("\\|", -1)).map(String::strip).toList();
        if (synonyms.stream().anyMatch(String::isEmpty)) {
            throw new QuantityException(file, lineNo, column(cells, 1), "empty synonym in '" + cells[1] + "'");
        }
        try {
            return new UnitDefinition(cells[0].strip(), synonyms, optional(cells[2]), cells[3].strip(), optional(cells[4]));
        } catch (IllegalArgumentException e) {
            throw new QuantityException(file, lineNo, 1, e.getMessage(), e);
        }
    }

    private static Optional<String> optional(String cell) {
        return cell.isBlank() ? Optional.empty() : Optional.of(cell.strip());
    }

    private static int column(String[] cells, int index) {
        int col = 1;
        for (int k = 0; k < index; k++) {
            col += cells[k].length() + 1;
        }
        return col;
    }

    /** Every row, in table order. */
    public List<UnitDefinition> definitions() {
        return definitions;
    }

    /** The row whose symbol or synonym is exactly {@code form}. */
    public Optional<UnitDefinition> lookup(String form) {
        return Optional.ofNullable(byForm.get(form));
    }
}
