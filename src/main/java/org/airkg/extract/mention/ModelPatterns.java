package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Document;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;

/**
 * Experimental systems and assays no table lists, recognised by their form next to a known name and made into
 * lexicon entries by {@link Lexicon#mint}:
 * <ul>
 *   <li>{@code pattern-derived-cell-line}: a known cell line with a suffix naming what was done to it
 *       ("MCF-7/LetR", "MCF-7:5C", "MCF-7-PalbR", "T-47D PalboR cells", "MCF-7 LTED cells", and after a slash the
 *       gene it was given, "MCF-7/FGFR1"; a
 *       suffix after a space needs "cells" or "line" after it, or to end the text, as in a table cell): a cell line of
 *       its own, derived from the known one.</li>
 *   <li>{@code pattern-engineered-cell-line}: a known cell line engineered to carry a variant or to lose or gain a
 *       gene, named by the line and the change ("MCF-7 ESR1 Y537S", "MCF-7-Y537S", "ARID1A-knockout MCF-7"), and its empty-vector
 *       control ("MCF-7 (empty vector)"): a cell line of its own.</li>
 *   <li>{@code pattern-coded-cell-line}: a code no vocabulary knows, of letters and digits ("BCO-12", "HBO-101"),
 *       that the document names as cells, a cell line or organoids ("BCO-12 cells", "the organoid lines BCO-12 and
 *       BCO-31") or lists in a table's column of lines: a cell line of its own, wherever the document names it, even
 *       where a gene's alias is written the same ("LCC1", an alias of CCL16).
 *       Markers of cell types ("CD8", "CD34") and protein changes ("Y537S cells") are no lines.</li>
 *   <li>{@code pattern-coded-xenograft}: such a code listed in a column headed "PDX", or in a column headed "Model" of a
 *       document about patient-derived xenografts that never calls it cells: a xenograft model of its own. (A code
 *       before "xenografts" was tried too, 2026-12-05: dev3 +2 right, fresh +1 entity outside its gold; not kept.)</li>
 *   <li>{@code pattern-xenograft}: a known cell line followed by "xenograft(s)" ("BT-474 xenografts"), with the host
 *       that defines the model when the text names it ("MCF-7 xenografts in ovariectomised nude mice").</li>
 *   <li>{@code pattern-assay}: the one to three words right before "assay(s)", "staining", "immunoassay" or "sequencing", up to the first
 *       common word, word of when or how often ("paired", "serial"), of how many ("three") or of how a stain reads ("strong",
 *       "membrane") ("SA-β-gal staining", "ctDNA sequencing") ("CellTiter-Glo
 *       assay", "clonogenic survival assay"); the words before must start with a letter.</li>
 *   <li>{@code pattern-star-allele}: a gene's star allele ("CYP2D6*4", "CYP2C19*17"), a variant of that gene.</li>
 *   <li>{@code pattern-receptor-status}: a disease after the receptor status that defines a subtype ("HR-positive,
 *       HER2-negative advanced breast cancer"): that subtype, a disease of its own.</li>
 * </ul>
 */
final class ModelPatterns {
    /** A line and the suffix of a line derived from it, named as cells: "MCF-7 LTED cells", "T-47D PalboR cell line" (group 1 the name). */
    private static final String DERIVED_NAME = "[A-Za-z0-9][\\w-]*\\s(?:[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:-(?:KO|KD|OE))?|[A-Z][a-z]+R)";
    private static final Pattern DERIVED_CELLS = Pattern.compile("(?<![\\w-])(" + DERIVED_NAME + ")\\s+(?:cells?|cell lines?|lines?)\\b");
    /** A derived line as the whole of a table cell: "| MCF-7 NF1-KO | 6.1 |" (group 1 the name). */
    private static final Pattern DERIVED_ALONE = Pattern.compile("^\\s*(" + DERIVED_NAME + ")\\s*$");
    /**
     * A suffix naming what was done to a line: "/LetR", ":5C", " LTED", "-PalbR", "-ARID1A-KO" (a gene knocked out, knocked
     * down or overexpressed; group 1, 2 or 3 the suffix by its kind of joint).
     */
    private static final Pattern SUFFIX = Pattern.compile("^(?:/([A-Za-z][A-Za-z0-9-]{1,11})|:([0-9][A-Za-z0-9]{0,5}|[A-Za-z][A-Za-z0-9-]{1,11})\\b|[ -]([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:-(?:KO|KD|OE))?|[A-Z][a-z]+R))"
            + "(?=\\b(?:\\s+(cells?|cell lines?|lines?|models?|xenografts?))?)");
    /**
     * A line's code: letters, an optional hyphen, digits, or a letter and two digits or more ("BCO-12", "SUM229", "NV-B402"),
     * or after a hyphen a letter and one digit ("FULV-R9").
     */
    private static final String CODE = "[A-Z][A-Za-z]{0,5}(?:-?[0-9]{1,4}|-?[A-Z][0-9]{2,4}|-[A-Z][0-9])[A-Za-z]?";
    private static final String CODE_JOIN = "(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)";
    private static final Pattern CODED = Pattern.compile("(?<![\\w-])" + CODE + "(?![\\w-])");
    /** What names the codes before it as lines: "BCO-12 and BCO-31 organoids", "HBO-101 cells". */
    private static final Pattern LINES_AFTER = Pattern.compile("^(?:" + CODE_JOIN + CODE + ")*\\s+(?:cells?|cell lines?|organoids?|organoid lines?)\\b");
    /** What names the codes after it as lines: "the organoid lines BCO-12 and BCO-31", "cell line HBO-7". */
    private static final Pattern LINES_BEFORE = Pattern.compile("(?i:cell|organoid)\\s+lines?\\s+(?:" + CODE + CODE_JOIN + ")*$");
    /** Patient-derived xenografts, named or abbreviated. */
    private static final Pattern PDX = Pattern.compile("\\bPDXs?\\b|(?i:patient-derived xenograft)");
    /** The heading of a column of lines: "Line", "Cell line", "Organoid line", "Model", "PDO". */
    private static final Pattern LINE_HEADER = Pattern.compile("(?i)^(?:(?:cell|organoid|tumou?r|PDX|PDO)\\s+)?(?:lines?|models?|organoids?|PDOs?)(?:\\s+(?:name|id))?$");
    /** Cell-type markers, not lines: "CD8 cells", "CD34 cells". */
    private static final Pattern MARKER = Pattern.compile("(?i)^CD[0-9]+[A-Za-z]?$");
    /** A protein change, not a line: "Y537S cells" are cells carrying ESR1 Y537S. */
    private static final Pattern PROTEIN_CHANGE = Pattern.compile("^[ACDEFGHIKLMNPQRSTVWY][1-9][0-9]{0,3}[ACDEFGHIKLMNPQRSTVWY]$");
    /** A control line given an empty vector, after the line it was made from: "MCF-7 (empty vector)", "T-47D vector control". */
    private static final Pattern VECTOR_CONTROL = Pattern.compile("(?i)^\\s*\\(?\\s*(empty[- ]vector|vector[- ]control)\\s*\\)?");
    /** What joins a line to the variant it was engineered to carry: a space ("MCF-7 ESR1 Y537S") or a hyphen ("MCF-7-Y537S"). */
    private static final Pattern VARIANT_JOINT = Pattern.compile("^(?:[ \\t]+|-)");
    /** What was done to a gene, between it and the line it was done in: "ARID1A-knockout ", "PTEN-null ", "HER2-overexpressing ". */
    private static final Pattern MODIFIED_GENE_BEFORE = Pattern.compile("(?<=[A-Za-z0-9])([- ](?:knockout|knock-out|KO|knockdown|knock-down|null|"
            + "deficient|depleted|silenced|overexpressing|transfected|knock-in|knockin))\\s+$");
    private static final Pattern CELLS_AFTER = Pattern.compile("^\\s+(?:cells?|cell lines?|lines?|models?|xenografts?)\\b");
    /** "xenografts", with the host that defines the model: "xenografts in ovariectomised athymic nude mice". */
    private static final String HOST = "\\s+(?:grown\\s+|implanted\\s+)?in\\s+(?:[A-Za-z/-]+\\s+){0,3}(?:mice|rats)\\b";
    private static final Pattern XENOGRAFT = Pattern.compile("^[ -](?:xenografts?|tumou?r xenografts?)\\b(?:" + HOST + ")?");
    /** The host after a xenograft model's name: "in ovariectomised athymic mice". */
    private static final Pattern HOSTED = Pattern.compile("^" + HOST);
    /** What induced an animal model of a disease, before the disease's name: "letrozole-induced", "dehydroepiandrosterone (DHEA)-induced". */
    private static final Pattern INDUCER = Pattern.compile("(?<![\\w-])([A-Za-z][\\w-]*?[A-Za-z0-9](?:\\s+\\([^()\\s]{1,12}\\))?)-induced\\s+$");
    /** The species and "model" after the disease of an induced model: "rat model", "mouse models". */
    private static final Pattern SPECIES_MODEL = Pattern.compile("^\\s+(rat|mouse|murine|rodent)\\s+models?\\b");
    private static final Pattern ASSAY = Pattern.compile("(?<![A-Za-z0-9-])((?:[A-Za-z][A-Za-z0-9βα/-]*\\s+){0,2}[A-Za-z][A-Za-z0-9βα/-]*)"
            + "\\s+(?i:assays?|staining|immunoassays?|sequencing)\\b");
    private static final Pattern STAR = Pattern.compile("^\\*([0-9]{1,3}[A-Z]?)\\b");
    private static final Set<String> NOT_ASSAY_WORDS = Set.of("a", "an", "the", "this", "that", "these", "those", "each", "every", "any",
            "in", "on", "of", "by", "for", "with", "from", "to", "and", "or", "as", "at", "standard", "same", "other", "such", "using", "used",
            "based", "performed", "vitro", "vivo", "our", "their", "its", "is", "was", "were", "be", "h", "hour", "hours", "day", "days", "my",
            "your", "we", "you", "it", "they", "which", "what", "how", "why", "when", "new", "novel", "simple", "specific", "sensitive",
            "cell", "cells", "gene", "genes", "protein", "proteins", "tissue", "tumor", "tumour", "positive", "negative", "nuclear",
            "not", "no", "use", "uses", "do", "does", "did", "can", "may", "should", "must", "than", "both", "all", "most", "more", "less",
            "but", "nor", "yet", "via", "after", "before", "while", "whereas", "are", "been", "had", "has", "have",
            // the other English prepositions, conjunctions and adverbs that end a name ("because immunoassays", "without sequencing")
            "because", "without", "within", "although", "though", "if", "unless", "since", "during", "through", "between", "among",
            "into", "onto", "per", "versus", "vs", "also", "only", "then", "thus", "so", "once", "until", "upon", "whether", "either",
            "neither", "further", "again", "here", "there", "where", "whose",
            // words of when or how often an assay is run, not of what it measures ("paired sequencing", "serial sequencing")
            "paired", "serial", "repeated", "repeat", "combination", "routine", "subsequent", "initial", "additional",
            // words of how many ("Three automated immunoassays are in routine use", "several sequencing assays")
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "many", "few",
            "some", "various", "different", "numerous",
            // words of how a stain reads, not of what it stains ("strong CAIX staining", "incomplete membrane staining")
            "high", "low", "strong", "weak", "moderate", "intense", "faint", "diffuse", "focal", "expected", "incomplete", "complete",
            "membrane", "membranous", "cytoplasmic");
    private static final Set<String> CELL_LINES = Set.of("CellLine");
    private static final Set<String> MODELS = Set.of("XenograftModel", "AnimalModel");
    /**
     * The receptor statuses written before a disease, each may be glossed in brackets: "HR-positive, HER2-negative
     * (HR+/HER2-)", "hormone receptor-positive (HR-positive), HER2-negative".
     */
    private static final Pattern RECEPTOR_STATUS = Pattern.compile("((?:(?:HR|ER|PR|PgR|HER2|HER-2|ERBB2|hormone[- ]receptor|"
            + "(?:o?estrogen|progesterone)[- ]receptor)[- ]?(?:positive|negative|\\+|−|-|low|high)(?:\\s*\\([^()]{1,24}\\))?"
            + "(?:\\s*,\\s*|\\s*/\\s*|\\s+and\\s+|\\s+))+"
            + "(?:\\([^()]{1,24}\\)\\s*)?)$", Pattern.CASE_INSENSITIVE);
    /** One receptor status of a subtype: the receptor and whether it is positive, negative, low or high. */
    private static final Pattern STATUS = Pattern.compile("(?i)(HR|ER|PR|PgR|HER-?2|ERBB2|hormone[- ]receptor|o?estrogen[- ]receptor|"
            + "progesterone[- ]receptor)[- ]?(positive|negative|\\+|−|-|low|high)");

    private final Lexicon lexicon;

    ModelPatterns(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The mentions of a text; {@code found} loses the cell-line and gene mentions that a new mention contains. */
    List<Placed> find(Document document, Texts.Text text, Named lines, List<Placed> found, List<Placed> made) {
        String s = text.passage().text();
        List<Placed> out = new ArrayList<>();
        for (Placed known : List.copyOf(found)) {
            Mention m = known.mention();
            if (m.status() != MentionStatus.LINKED || !found.contains(known)) {
                continue;
            }
            LexiconEntry linked = lexicon.byId(m.entityIds().get(0)).orElseThrow();
            // "LetR-2 xenografts", where the document makes LetR-2 a line of its own, are that line's
            LexiconEntry entry = CELL_LINES.contains(linked.ontologyClass()) && lines.shortForms().containsKey(m.text())
                    ? lexicon.byId(lines.shortForms().get(m.text())).orElse(linked) : linked;
            String after = s.substring(known.end());
            if (CELL_LINES.contains(entry.ontologyClass()) && engineered(document, text, found, made, out, known, entry)) {
                continue;
            }
            if (CELL_LINES.contains(entry.ontologyClass())) {
                Matcher x = XENOGRAFT.matcher(after);
                Matcher d = SUFFIX.matcher(after);
                if (x.find()) {
                    String id = entry.id() + "-xenograft";
                    lexicon.mint(new LexiconEntry(id, entry.label() + " xenograft", List.of(), "XenograftModel", List.of()));
                    replace(document, text, found, out, known, known.end() + x.end(), id, "pattern-xenograft");
                } else if (d.find() && (d.group(3) == null || after.startsWith("-") || CELLS_AFTER.matcher(after.substring(d.end())).find()
                        || after.substring(d.end()).isBlank() || lines.derived().contains(s.substring(known.start(), known.end() + d.end())))) {
                    String suffix = d.group(1) != null ? d.group(1) : d.group(2) != null ? d.group(2) : d.group(3);
                    List<LexiconEntry> named = lexicon.findByName(suffix);
                    boolean transgene = d.group(1) != null && named.stream().allMatch(e -> PatternRules.GENES.contains(e.ontologyClass()));
                    String label = entry.label() + after.charAt(0) + suffix;
                    boolean anotherParent = !named.isEmpty() && ofAnotherParent(named, after.charAt(0) + suffix, label);
                    if ((named.isEmpty() || transgene || anotherParent) && !suffix.equalsIgnoreCase("cells")) {
                        if (anotherParent) {
                            // "LetR-2" of "MCF-7aro/LetR-2" is no mention of MCF-7/LetR-2
                            int end = known.end() + d.end();
                            found.removeIf(p -> p.start() > known.start() && p.end() <= end);
                        }
                        String id = derivedId(entry, suffix);
                        lexicon.mint(new LexiconEntry(id, label, List.of(), "CellLine", List.of()));
                        replace(document, text, found, out, known, known.end() + d.end(), id, "pattern-derived-cell-line");
                        Matcher dx = XENOGRAFT.matcher(after.substring(d.end()));
                        if (dx.find()) {
                            lexicon.mint(new LexiconEntry(id + "-xenograft", label + " xenograft", List.of(), "XenograftModel", List.of()));
                            replace(document, text, found, out, known, known.end() + d.end() + dx.end(), id + "-xenograft", "pattern-xenograft");
                        }
                    }
                }
            } else if (MODELS.contains(entry.ontologyClass())) {
                Matcher host = HOSTED.matcher(after);
                if (host.find()) {
                    found.remove(known);
                    replace(document, text, found, out, known, known.end() + host.end(), entry.id(), "pattern-hosted-model");
                }
            } else if (entry.ontologyClass().equals("Disease") && induced(document, text, found, out, known, entry)) {
                continue;
            } else if (entry.ontologyClass().equals("Disease")) {
                Matcher status = RECEPTOR_STATUS.matcher(s.substring(Math.max(0, known.start() - 80), known.start()));
                if (status.find() && status.group(1).strip().length() > 1) {
                    int start = known.start() - status.group(1).length();
                    String label = s.substring(start, known.end()).replaceAll("\\s+", " ");
                    String id = statusKey(status.group(1)) + "-" + entry.id();
                    LexiconEntry subtype = lexicon.mint(new LexiconEntry(id, label, List.of(), "Disease", List.of()));
                    found.removeIf(p -> p.start() >= start && p.end() <= known.start());
                    found.remove(known);
                    out.add(new Placed(EntityRecognizer.mention(document, text, start, known.end(), MentionStatus.LINKED, List.of(subtype.id()), 0.8,
                            "pattern-receptor-status"), start, known.end()));
                }
            } else if (PatternRules.GENES.contains(entry.ontologyClass())) {
                Matcher star = STAR.matcher(after);
                if (star.find()) {
                    String allele = star.group(1);
                    String id = entry.id() + "-star-" + allele.toLowerCase(Locale.ROOT);
                    lexicon.mint(new LexiconEntry(id, entry.label() + "*" + allele, List.of(), "GeneVariant", List.of(), Optional.of(entry.id())));
                    replace(document, text, found, out, known, known.end() + star.end(), id, "pattern-star-allele");
                }
            }
        }
        coded(document, text, lines.coded(), found, made, out);
        String lower = text.lower();
        boolean heads = lower.contains("assay") || lower.contains("staining") || lower.contains("sequencing");
        Matcher a = ASSAY.matcher(heads ? s : "");
        while (a.find()) {
            String[] words = a.group(1).split("\\s+");
            int first = words.length;
            while (first > 0 && !NOT_ASSAY_WORDS.contains(words[first - 1].toLowerCase(Locale.ROOT)) && words[first - 1].length() >= 2) {
                first--;
            }
            if (first == words.length) {
                continue;
            }
            int start = a.start(1);
            for (int k = 0; k < first; k++) {
                start = s.indexOf(words[k], start) + words[k].length();
            }
            start = s.indexOf(words[first], start);
            int end = a.end();
            if (!free(found, made, out, start, end)) {
                continue;
            }
            String name = s.substring(start, end).replaceAll("\\s+", " ").replaceAll("(?i)assays$", "assay").replaceAll("(?i)immunoassays$", "immunoassay");
            String id = slug(name);
            LexiconEntry entry = lexicon.mint(new LexiconEntry(id, name, List.of(), "Assay", List.of()));
            out.add(new Placed(EntityRecognizer.mention(document, text, start, end, MentionStatus.LINKED, List.of(entry.id()), 0.7,
                    "pattern-assay"), start, end));
        }
        return out;
    }

    /**
     * A known cell line engineered to carry a variant or to lose or gain a gene, named by the line and the change:
     * "MCF-7 ESR1 Y537S (cells)" (the line, then a variant with its gene) or "ARID1A-knockout MCF-7" (a gene and what
     * was done to it, then the line); or its control given an empty vector, "MCF-7 (empty vector)". A line of its own,
     * derived from the known one; the mentions of the line, the gene and the variant stay inside its name.
     */
    private boolean engineered(Document document, Texts.Text text, List<Placed> found, List<Placed> made, List<Placed> out, Placed line,
            LexiconEntry entry) {
        String s = text.passage().text();
        Matcher control = VECTOR_CONTROL.matcher(s.substring(line.end()));
        if (control.find()) {
            String what = control.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
            mintDerived(document, text, out, line.start(), line.end() + control.end(), entry.label() + " " + what, entry.id() + "-" + slug(what));
            return true;
        }
        Matcher joint = VARIANT_JOINT.matcher(s.substring(line.end()));
        int next = line.end() + (joint.find() ? joint.end() : 0);
        Optional<Placed> variant = made.stream().filter(p -> p.start() == next && next > line.end() && p.mention().status() == MentionStatus.LINKED
                && lexicon.byId(p.mention().entityIds().get(0)).filter(e -> e.ontologyClass().equals("GeneVariant")).isPresent()).findFirst();
        if (variant.isPresent()) {
            String change = s.substring(variant.get().start(), variant.get().end()).replaceAll("\\s+", " ");
            mintDerived(document, text, out, line.start(), variant.get().end(), entry.label() + " " + change, entry.id() + "-" + slug(change));
            return true;
        }
        int window = Math.max(0, line.start() - 40);
        Matcher modified = MODIFIED_GENE_BEFORE.matcher(s.substring(window, line.start()));
        if (modified.find()) {
            int geneEnd = window + modified.start(1);
            Optional<Placed> gene = found.stream().filter(p -> p.end() == geneEnd && p.mention().status() == MentionStatus.LINKED
                    && lexicon.byId(p.mention().entityIds().get(0)).filter(e -> PatternRules.GENES.contains(e.ontologyClass())).isPresent()).findFirst();
            if (gene.isPresent()) {
                String label = s.substring(gene.get().start(), line.start()).replaceAll("\\s+", " ") + entry.label();
                mintDerived(document, text, out, gene.get().start(), line.end(), label, entry.id() + "-" + slug(s.substring(gene.get().start(), line.start())));
                return true;
            }
        }
        return false;
    }

    /**
     * What a document names as models somewhere: the codes of {@link #codedLines} with their class, and the derived lines
     * it names as cells once ("MCF-7 LTED cells"), whose name is then the derived line wherever the document writes it
     * ("reduced in MCF-7 LTED and absent from ..."), not the line it came from; and the short forms of lines made of
     * another parent's suffix, each with its line ({@link #named}).
     */
    record Named(Map<String, String> coded, Set<String> derived, Map<String, String> shortForms) {}

    /** A line and a suffix after a slash: "MCF-7aro/LetR-2" (group 1 the line, group 2 the suffix). */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\w-])([A-Za-z0-9][\\w-]*)/([A-Za-z][A-Za-z0-9-]{1,11})\\b");

    /**
     * What a document names as models somewhere, and the short forms of the lines it makes of another parent's suffix
     * ({@link #ofAnotherParent}): a document that writes "MCF-7aro/LetR-2" and then "LetR-2" means its own line by both,
     * not the curated MCF-7/LetR-2 whose synonym LetR-2 is.
     */
    Named named(Document document, List<Texts.Text> texts) {
        Set<String> derived = new java.util.HashSet<>();
        Map<String, String> shortForms = new java.util.HashMap<>();
        for (Texts.Text text : texts) {
            String s = text.passage().text();
            // a slashed name's first part is a run of word characters right before the slash
            CuedMatcher cued = CuedMatcher.atRunsBefore(SLASHED, s.indexOf('/') >= 0 ? s : "", c -> c == '/');
            while (cued.find()) {
                Matcher slashed = cued.matcher();
                String suffix = slashed.group(2);
                List<LexiconEntry> parents = lexicon.findByName(slashed.group(1)).stream().filter(e -> CELL_LINES.contains(e.ontologyClass())).toList();
                List<LexiconEntry> named = lexicon.findByName(suffix);
                if (parents.size() == 1 && !named.isEmpty() && ofAnotherParent(named, "/" + suffix, parents.get(0).label() + "/" + suffix)) {
                    LexiconEntry line = lexicon.mint(new LexiconEntry(derivedId(parents.get(0), suffix), parents.get(0).label() + "/" + suffix, List.of(),
                            "CellLine", List.of()));
                    shortForms.put(suffix, line.id());
                }
            }
            // a derived line's parent is a run of word characters before white space (\\s)
            CuedMatcher lines = CuedMatcher.atRunsBefore(DERIVED_CELLS, s.contains("cell") || s.contains("line") ? s : "",
                    c -> c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
            while (lines.find()) {
                derived.add(lines.matcher().group(1));
            }
            Matcher alone = DERIVED_ALONE.matcher(text.element().kind().equals("table") && text.element().path().contains("/cell/") ? s : "");
            if (alone.matches()) {
                derived.add(alone.group(1));
            }
        }
        return new Named(codedLines(document, texts), Set.copyOf(derived), Map.copyOf(shortForms));
    }

    /** Whether {@code s} holds a digit. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The codes a document names as models somewhere, each with its class: before "cells" or "organoids", after "the
     * organoid lines", or as the whole cell of a table column headed "Line", "Cell line", "Model" or "Organoid", a cell
     * line; in a column headed "PDX", or in a column headed "Model" of a document about patient-derived xenografts that
     * never calls the code cells, a xenograft model. Each of their mentions in the
     * document is the model's, a table row's too.
     */
    private Map<String, String> codedLines(Document document, List<Texts.Text> texts) {
        Set<String> cells = new java.util.HashSet<>();
        Set<String> xenografts = new java.util.HashSet<>();
        Set<String> models = new java.util.HashSet<>();
        boolean aboutPdx = false;
        for (Texts.Text text : texts) {
            String s = text.passage().text();
            aboutPdx = aboutPdx || (s.contains("PDX") || text.lower().contains("patient-derived")) && PDX.matcher(s).find();
            // a code starts at a capital and holds a digit
            CuedMatcher coded = CuedMatcher.atCapitals(CODED, hasDigit(s) ? s : "");
            while (coded.find()) {
                Matcher c = coded.matcher();
                if (LINES_AFTER.matcher(s.substring(c.end())).find() || LINES_BEFORE.matcher(s.substring(Math.max(0, c.start() - 80), c.start())).find()) {
                    cells.add(c.group());
                }
            }
        }
        for (org.airkg.document.Block block : document.blocks()) {
            if (block instanceof org.airkg.document.TableBlock table) {
                table.header().ifPresent(header -> header.cells().stream().filter(h -> LINE_HEADER.matcher(h.content().text().strip()).matches())
                        .forEach(h -> table.bodyRows().stream().flatMap(r -> r.cells().stream()).filter(b -> b.column() == h.column())
                                .map(b -> b.content().text().strip()).filter(t -> CODED.matcher(t).matches())
                                .forEach((PDX.matcher(h.content().text()).find() ? xenografts : models)::add)));
            }
        }
        Map<String, String> coded = new java.util.HashMap<>();
        boolean pdx = aboutPdx;
        models.forEach(code -> coded.put(code, pdx && !cells.contains(code) ? "XenograftModel" : "CellLine"));
        xenografts.forEach(code -> coded.putIfAbsent(code, "XenograftModel"));
        cells.forEach(code -> coded.put(code, "CellLine"));
        coded.keySet().removeIf(code -> MARKER.matcher(code).matches() || PROTEIN_CHANGE.matcher(code).matches() || !lexicon.findByName(code).isEmpty());
        return coded;
    }

    /** Mentions of the codes a document names as models ({@link #codedLines}; {@code pattern-coded-cell-line}, {@code pattern-coded-xenograft}). */
    private void coded(Document document, Texts.Text text, Map<String, String> lines, List<Placed> found, List<Placed> made, List<Placed> out) {
        String s = text.passage().text();
        Matcher c = CODED.matcher(lines.isEmpty() ? "" : s);
        while (c.find()) {
            String code = c.group();
            if (!lines.containsKey(code)) {
                continue;
            }
            // a gene's alias written as the code ("LCC1" of CCL16) names the line the document calls cells
            int start = c.start();
            int end = c.end();
            found.removeIf(p -> p.start() == start && p.end() == end && EntityRecognizer.BY_ALIAS.contains(p.mention().method()));
            if (!free(found, made, out, c.start(), c.end())) {
                continue;
            }
            String kind = lines.get(code);
            LexiconEntry entry = lexicon.mint(new LexiconEntry("coded-" + slug(code), code, List.of(), kind, List.of()));
            out.add(new Placed(EntityRecognizer.mention(document, text, c.start(), c.end(), MentionStatus.LINKED, List.of(entry.id()), 0.7,
                    kind.equals("CellLine") ? "pattern-coded-cell-line" : "pattern-coded-xenograft"), c.start(), c.end()));
        }
    }

    private void mintDerived(Document document, Texts.Text text, List<Placed> out, int start, int end, String label, String id) {
        lexicon.mint(new LexiconEntry(id, label, List.of(), "CellLine", List.of()));
        out.add(new Placed(EntityRecognizer.mention(document, text, start, end, MentionStatus.LINKED, List.of(id), 0.8, "pattern-engineered-cell-line"),
                start, end));
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The receptor statuses of a subtype in a fixed form, whatever the spelling: "hormone receptor-positive,
     * HER2-negative (HR+/HER2-)" and "HR+/HER2-" are both {@code hr-positive-her2-negative}.
     */
    static String statusKey(String modifiers) {
        java.util.Map<String, String> statuses = new java.util.LinkedHashMap<>();
        Matcher m = STATUS.matcher(modifiers.replaceAll("\\([^()]*\\)", " "));
        while (m.find()) {
            String receptor = m.group(1).toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
            receptor = switch (receptor) {
                case "hormonereceptor" -> "hr";
                case "estrogenreceptor", "oestrogenreceptor" -> "er";
                case "progesteronereceptor", "pgr" -> "pr";
                case "erbb2" -> "her2";
                default -> receptor;
            };
            String status = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "+", "positive" -> "positive";
                case "-", "−", "negative" -> "negative";
                default -> m.group(2).toLowerCase(Locale.ROOT);
            };
            statuses.putIfAbsent(receptor, status);
        }
        StringBuilder key = new StringBuilder();
        statuses.forEach((r, st) -> key.append(key.length() == 0 ? "" : "-").append(r).append('-').append(st));
        return key.toString();
    }

    /**
     * An animal model named by what induced the disease it models, the disease and the species ("letrozole-induced
     * PCOS rat model"): a model of its own; the disease's and the inducer's mentions stay inside it, for the rules that read a name.
     */
    private boolean induced(Document document, Texts.Text text, List<Placed> found, List<Placed> out, Placed disease, LexiconEntry entry) {
        String s = text.passage().text();
        int window = Math.max(0, disease.start() - 60);
        Matcher inducer = INDUCER.matcher(s.substring(window, disease.start()));
        Matcher species = SPECIES_MODEL.matcher(s.substring(disease.end()));
        if (!inducer.find() || !species.find()) {
            return false;
        }
        int start = window + inducer.start(1);
        int end = disease.end() + species.end();
        String cause = inducer.group(1).replaceAll("\\s+\\(.*\\)$", "");
        String animal = species.group(1).toLowerCase(Locale.ROOT).equals("murine") ? "mouse" : species.group(1).toLowerCase(Locale.ROOT);
        String label = cause + "-induced " + s.substring(disease.start(), disease.end()) + " " + animal + " model";
        String id = (cause + "-induced-" + entry.label() + "-" + animal + "-model").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        lexicon.mint(new LexiconEntry(id, label, List.of(), "AnimalModel", List.of()));
        out.add(new Placed(EntityRecognizer.mention(document, text, start, end, MentionStatus.LINKED, List.of(id), 0.8, "pattern-induced-model"),
                start, end));
        return true;
    }

    private static void replace(Document document, Texts.Text text, List<Placed> found, List<Placed> out, Placed known, int end, String id,
            String method) {
        out.add(new Placed(EntityRecognizer.mention(document, text, known.start(), end, MentionStatus.LINKED, List.of(id), 0.8, method),
                known.start(), end));
    }

    /** The id of the line derived from {@code parent} that a suffix names: "mcf-7aro-letr-2". */
    private static String derivedId(LexiconEntry parent, String suffix) {
        return parent.id() + "-" + suffix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * Whether the lines a suffix names are each another parent's line of that suffix: "LetR-2" names MCF-7/LetR-2, which
     * "MCF-7aro/LetR-2" is not; the suffix written after MCF-7aro makes a line of its own.
     */
    private static boolean ofAnotherParent(List<LexiconEntry> named, String suffix, String label) {
        return named.stream().allMatch(e -> CELL_LINES.contains(e.ontologyClass()) && e.label().endsWith(suffix) && !e.label().equalsIgnoreCase(label));
    }

    private static boolean free(List<Placed> found, List<Placed> made, List<Placed> out, int start, int end) {
        return java.util.stream.Stream.of(found, made, out).flatMap(List::stream).noneMatch(p -> p.start() < end && start < p.end());
    }
}
