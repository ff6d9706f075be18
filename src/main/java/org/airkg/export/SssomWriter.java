package org.airkg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.airkg.Version;
import org.airkg.extract.lexicon.Curies;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.Xref;
import org.airkg.rdf.Iris;
import org.airkg.rdf.LexiconMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the lexicon's mappings to external identifiers as an SSSOM TSV: a YAML metadata block (mapping
 * set id, version, license, curie map) in {@code #} lines, then one row per identifier with the entity as
 * subject, {@code skos:exactMatch}, the identifier as object, the justification (manual curation) and, in
 * {@code see_also}, where the identifier was confirmed.
 */
public final class SssomWriter {
    /** The CURIE prefix of AIR-KG's own entities in the mapping file. */
    public static final String PREFIX = "airkg.id";
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("subject_id", "subject_label", "subject_category", "predicate_id",
            "object_id", "mapping_justification", "see_also", "comment");

    private SssomWriter() {}

    /** Writes the mapping set of {@code lexicon}'s curated entries. */
    public static void write(Lexicon lexicon, Writer out) throws IOException {
        write(lexicon, java.util.Set.of(), out);
    }

    /**
     * Writes the mapping set of {@code lexicon}'s curated entries ({@code semapv:ManualMappingCuration}) and of the
     * vocabulary entities among {@code grounded} (the ids a build grounded mentions in, {@code semapv:LexicalMatching}:
     * the entity came from a name table by matching its names; see_also names the table's source files).
     */
    public static void write(Lexicon lexicon, java.util.Set<String> grounded, Writer out) throws IOException {
        Map<String, String> curieMap = new TreeMap<>();
        curieMap.put(PREFIX, Iris.ID);
        curieMap.put("skos", "http://www.w3.org/2004/02/skos/core#");
        curieMap.put("semapv", "https://w3id.org/semapv/vocab/");
        curieMap.put("biolink", "https://w3id.org/biolink/vocab/");
        List<List<String>> rows = new ArrayList<>();
        for (LexiconEntry entry : lexicon.entries()) {
            for (Xref xref : entry.xrefs()) {
                String prefix = xref.curie().substring(0, xref.curie().indexOf(':'));
                curieMap.put(prefix, Curies.iriPrefix(prefix).orElseThrow());
                rows.add(List.of(PREFIX + ":" + LexiconMapper.iri(entry).substring(Iris.ID.length()), entry.label(),
                        "airkg:" + entry.ontologyClass(), "skos:exactMatch", xref.curie(), "semapv:ManualMappingCuration",
                        String.join("|", xref.sources()), ""));
            }
        }
        java.util.Set<String> curated = new java.util.HashSet<>();
        lexicon.entries().forEach(e -> curated.add(e.id()));
        for (String id : new java.util.TreeSet<>(grounded)) {
            if (curated.contains(id)) {
                continue;
            }
            for (LexiconEntry entry : lexicon.byId(id).stream().toList()) {
                for (Xref xref : entry.xrefs()) {
                    String prefix = xref.curie().substring(0, xref.curie().indexOf(':'));
                    curieMap.put(prefix, Curies.iriPrefix(prefix).orElseThrow());
                    rows.add(List.of(PREFIX + ":" + LexiconMapper.iri(entry).substring(Iris.ID.length()), entry.label(),
                            "airkg:" + entry.ontologyClass(), "skos:exactMatch", xref.curie(), "semapv:LexicalMatching",
                            String.join("|", xref.sources()), "grounded by name in a public vocabulary table"));
                }
            }
        }
        curieMap.put("airkg", "https://w3id.org/airkg/ontology#");
        out.write("#curie_map:\n");
        for (var e : curieMap.entrySet()) {
            out.write("#  " + e.getKey() + ": \"" + e.getValue() + "\"\n");
        }
        out.write("#mapping_set_id: \"https://w3id.org/airkg/mappings/lexicon.sssom.tsv\"\n");
        out.write("#mapping_set_version: \"" + Version.get() + "\"\n");
        out.write("#mapping_set_title: \"AIR-KG lexicon mappings to external identifiers\"\n");
        out.write("#mapping_set_description: \"Every external identifier of the AIR-KG lexicon; each was confirmed in the"
                + " public source named in see_also.\"\n");
        out.write("#license: \"https://creativecommons.org/licenses/by/4.0/\"\n");
        out.write("#mapping_provider: \"https://w3id.org/airkg\"\n");
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.TDF.builder().setRecordSeparator('\n').get());
        printer.printRecord(COLUMNS);
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
    }
}
