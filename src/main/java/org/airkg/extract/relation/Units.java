package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airkg.document.Document;
import org.airkg.document.Passage;
import org.airkg.document.Sentence;
import org.airkg.document.SourceText;
import org.airkg.document.Span;
import org.airkg.document.TableBlock;
import org.airkg.document.TableCell;
import org.airkg.document.TableRow;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.mention.Texts;

/**
 * Cuts a document into the units its rules read: sentences, and table rows read with their table's title.
 * Each sentence carries the mentions of the sentences before it in its element as context, and an anaphor
 * ("these pathways", "This metabolic reprogramming", "These receptors", "These mutations") is read as a mention of the entities
 * of that kind the sentences before it named, at the anaphor's own position.
 */
final class Units {
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?i)\\b(?:this|these|such)\\s+(?:[a-z'\"-]+\\s+)?[\"']?(pathways?|cascades?|crosstalk|receptors?|kinases?|reprogramming|rewiring|mutations|variants|alterations)\\b");
    /** What a list item may name after its gene before the next item: "CCNE1 amplification and FAT1 loss". */
    private static final String ALTERATION = "(?:amplifications?|loss|deletions?|mutations?|overexpression|activation|alterations?|fusions?)";
    /** Words before a hormone that say its level is measured or changed: "serum", "lowers", "levels of". */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)\\b(?:serum|plasma|circulating|endogenous|intratumou?ral|"
            + "low(?:ers|ered|ering)|rais(?:es|ed|ing)|suppress(?:es|ed|ing)|levels?\\s+of|concentrations?\\s+of)\\s+$");
    /** Words after a hormone that say its level is measured: "estradiol levels", "with estradiol present". */
    private static final Pattern LEVEL_AFTER = Pattern.compile("(?i)^\\s+(?:levels?|concentrations?|present)\\b");
    /**
     * What joins the items of a list: punctuation, "and"/"or", "like"/"such as"/"e.g.", a word opening a
     * parenthesis ("PI3K/AKT/mTOR and MAPK (RAS/RAF/MEK/ERK)", "TNF and interleukin-1β (IL-1β)", a Greek letter being a letter of
     * the word): "HER2, EGFR, and IGF-1R", "S6K1 and 4E-BP1",
     * "lapatinib or antibodies like trastuzumab"; the alteration an item names ("CCNE1 amplification and FAT1 loss"), and
     * a preposition repeated after the conjunction ("resistance to fulvestrant and to CDK4/6 inhibitors"), and the amount
     * each item changed by, and its phosphorylated form ("lowered phospho-ERK1/2 by 92% and phospho-STAT3 by 66%"), or the
     * share of people it occurred in ("caused stomatitis in 67% of patients, hyperglycaemia in 13% and pneumonitis in 12%").
     */
    static final Pattern LIST_JOINER = Pattern.compile("(?i)^(?:[\\s-]+" + ALTERATION + "(?=\\s*,|\\s+(?:and|or)\\s))?"
            + "(?:\\s+(?:by|in)\\s+[\\d.]+\\s*(?:%|-fold)(?:\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|women|men|participants|users|cases))?"
            + "(?=\\s*,|\\s+and\\s))?[\\s,/()+]*(?:(?:and|or|&)\\s+(?:(?:to|with|of)\\s+)?)?(?:the\\s+)?(?:phospho-)?(?:[\\w\\p{L}-]+\\s*\\(\\s*)?"
            + "(?:(?:[\\w-]+\\s+){0,2}(?:like|such as)\\s+)?(?:e\\.g\\.,?\\s*)?$");
    /** An apposition: "Fulvestrant, a selective estrogen receptor degrader". */
    private static final Pattern APPOSITION = Pattern.compile("(?i)^,\\s+(?:an?|the)\\s+$");
    private static final Set<String> PATHWAYS = Set.of("Pathway");
    private static final Set<String> PROTEINS = Set.of("Gene", "Protein", "ProteinFamily");
    private static final Set<String> VARIANTS = Set.of("GeneVariant");
    /**
     * "It" opening a sentence as the subject of its verb ("It inhibits CDK4 and CDK6", "It thus overcame resistance", "It
     * is activated by PDK1"), not as the empty subject of a clause after it ("It is thought that", "It remains unclear
     * whether", "It is important to").
     */
    private static final Pattern IT_OPENS = Pattern.compile("^[\\s*_]*It\\s+(?!(?:is|was|has been|had been|remains|remained|seems|seemed|appears|appeared|"
            + "may be|might be|could be|would be|will be|should be|can be)\\s+(?:not\\s+|also\\s+|now\\s+|still\\s+)?[\\w-]+\\s+(?:that|whether|if|how|why|to)\\b)"
            + "(?!(?:is|was|remains|seems|appears)\\s+(?:that|whether|as if|unclear|uncertain|unknown|possible|likely|unlikely|important|worth|notable|"
            + "noteworthy|clear|plausible|tempting|conceivable|essential|necessary|difficult|reasonable)\\b)");
    /** What may stand before the name that opens a sentence: markup. */
    private static final Pattern OPENING = Pattern.compile("[\\s*_#>-]*");
    /** The kinds a sentence-opening "It" may stand for: a drug, gene, protein, variant, cell line or trial, not a disease or endpoint. */
    private static final Set<String> IT_KINDS = Set.of("Drug", "DrugClass", "Gene", "Protein", "ProteinFamily", "GeneVariant", "CellLine", "ClinicalTrial");
    /** The method of a mention that stands for entities the sentences before it named ("these mutations"). */
    static final String ANAPHORA = "anaphora";

    /** What follows a name that says it is missing. */
    private static final Pattern ABSENT_AFTER = Pattern.compile(
            "^(?:-(?:free|deprived|depleted|starved|independent|independence)\\b|\\s+(?:deprivation|depletion|starvation)\\b)", Pattern.CASE_INSENSITIVE);

    private Units() {}

    /** The few characters of the source right after a mention. */
    private static String after(SourceText source, Mention m) {
        int from = source.charIndex(m.span().end());
        return source.text().substring(from, Math.min(source.text().length(), from + 16));
    }

    /** The units of a document, without resolving anaphors. */
    static List<Unit> of(Document document, List<Mention> mentions) {
        return of(document, mentions, id -> "");
    }

    /**
     * The sentences of every text but the document's references, and each body row of every table read with its table's
     * title. The document's title line is a unit too, which only the rules written for titles read ({@link
     * RelationRule#title()}): a title is telegraphic ("X Versus Y for Ovulation Induction in Women With Obesity and PCOS:
     * The Z Trial") and the other rules misread it. A
     * name the text marks as absent ("estrogen-free medium", "estrogen deprivation", "androgen-independent") takes part
     * in no relation: the sentence speaks of the lack of it.
     */
    static List<Unit> of(Document document, List<Mention> named, Function<String, String> classOf) {
        SourceText source = document.source();
        List<Mention> mentions = named.stream().filter(m -> !ABSENT_AFTER.matcher(after(source, m)).find()).toList();
        List<Unit> units = new ArrayList<>();
        Map<ElementRef, List<Mention>> seen = new LinkedHashMap<>();
        Map<ElementRef, Span> previous = new LinkedHashMap<>();
        Map<String, List<Texts.Text>> rows = new LinkedHashMap<>();
        Map<String, List<Texts.Text>> tableExtras = new LinkedHashMap<>();
        for (Texts.Text text : Texts.of(document)) {
            ElementRef e = text.element();
            if (e.kind().equals("reference")) {
                continue;
            }
            if (e.kind().equals("table")) {
                if (e.path().startsWith("/row/")) {
                    String row = e.path().substring(0, e.path().indexOf("/cell/"));
                    rows.computeIfAbsent(e.key() + row, k -> new ArrayList<>()).add(text);
                    continue;
                }
                tableExtras.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(text);
            }
            Passage p = text.passage();
            int cursor = 0;
            for (Sentence sentence : p.sentences()) {
                int at = p.text().indexOf(sentence.text(), cursor);
                if (at < 0) {
                    continue;
                }
                cursor = at + sentence.text().length();
                Span span = sentence.span();
                List<Mention> inside = mentions.stream()
                        .filter(m -> m.element().equals(e) && m.span().start() >= span.start() && m.span().end() <= span.end()).toList();
                List<Mention> before = seen.computeIfAbsent(e, k -> new ArrayList<>());
                Unit.Piece piece = new Unit.Piece(p, at, cursor);
                List<Mention> all = new ArrayList<>(inside);
                all.addAll(anaphors(piece, before, inside, classOf, document, text));
                it(piece, before, previous.get(e), classOf, document, text).ifPresent(all::add);
                previous.put(e, span);
                Unit unit = new Unit(List.of(piece), all, e, text.sectionId(), span, document.source(), List.copyOf(before), List.of());
                List<Mention> kept = all.stream().filter(m -> !measuredLevel(unit, m, classOf)).toList();
                units.add(kept.size() == all.size() ? unit
                        : new Unit(List.of(piece), kept, e, text.sectionId(), span, document.source(), List.copyOf(before), List.of()));
                before.addAll(inside);
            }
        }
        Map<String, TableBlock> tables = document.tables().stream().collect(Collectors.toMap(t -> Integer.toString(t.position()), t -> t, (a, b) -> a));
        Map<ElementRef, List<Mention>> byElement = mentions.stream().collect(Collectors.groupingBy(Mention::element));
        for (var row : rows.entrySet()) {
            List<Texts.Text> cells = row.getValue();
            ElementRef first = cells.get(0).element();
            Optional<TableBlock> table = Optional.ofNullable(tables.get(first.key()));
            if (table.stream().flatMap(t -> t.rows().stream()).anyMatch(r -> r.header() && first.path().startsWith("/row/" + r.index() + "/"))) {
                continue;
            }
            List<Unit.Piece> pieces = new ArrayList<>();
            List<Texts.Text> all = new ArrayList<>(tableExtras.getOrDefault(first.key(), List.of()));
            all.addAll(cells);
            all.forEach(t -> pieces.add(new Unit.Piece(t.passage(), 0, t.passage().text().length())));
            List<Mention> inside = all.stream().map(Texts.Text::element).distinct().flatMap(r -> byElement.getOrDefault(r, List.of()).stream())
                    .toList();
            int start = cells.stream().mapToInt(t -> t.passage().span().start()).min().orElseThrow();
            int end = cells.stream().mapToInt(t -> t.passage().span().end()).max().orElseThrow();
            Span span = new Span(start, end, cells.get(0).passage().span().line());
            ElementRef rowRef = new ElementRef("table", first.key(), first.path().substring(0, first.path().indexOf("/cell/")));
            units.add(new Unit(pieces, inside, rowRef, cells.get(0).sectionId(), span, document.source(), List.of(),
                    columns(table.flatMap(TableBlock::header), first.key(), cells, byElement)));
        }
        return units;
    }

    /** A body row's cells, each under the heading of its column in the table's header row (none when the table has no header). */
    private static List<Unit.Column> columns(Optional<TableRow> header, String tableKey, List<Texts.Text> cells,
            Map<ElementRef, List<Mention>> byElement) {
        if (header.isEmpty()) {
            return List.of();
        }
        Map<Integer, TableCell> headings = header.get().cells().stream().collect(Collectors.toMap(TableCell::column, c -> c, (a, b) -> a));
        List<Unit.Column> columns = new ArrayList<>();
        for (Texts.Text cell : cells) {
            String path = cell.element().path();
            int index = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            TableCell heading = headings.get(index);
            ElementRef headingRef = new ElementRef("table", tableKey, "/row/" + header.get().index() + "/cell/" + index);
            columns.add(new Unit.Column(heading == null ? "" : heading.text(),
                    byElement.getOrDefault(headingRef, List.of()), cell.passage().text(), cell.passage().span()));
        }
        return columns;
    }

    /**
     * Mentions standing for the anaphors of a sentence: the entities of the anaphor's kind named last before it, in its own
     * sentence ("Y537S and D538G stabilise helix 12; these variants ...") or else in the sentences before it in the element.
     */
    private static List<Mention> anaphors(Unit.Piece piece, List<Mention> before, List<Mention> inside, Function<String, String> classOf,
            Document document, Texts.Text text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = ANAPHOR.matcher(piece.text());
        while (m.find()) {
            String noun = m.group(1).toLowerCase(java.util.Locale.ROOT);
            Set<String> kinds = kindsOf(noun);
            Span at = piece.passage().sourceSpan(piece.from() + m.start(), piece.from() + m.end(), document.source());
            java.util.function.Predicate<Mention> ofKind = r -> !r.entityIds().isEmpty() && kinds.contains(classOf.apply(r.entityIds().get(0)));
            List<Mention> earlier = inside.stream().filter(r -> r.span().end() <= at.start()).filter(ofKind).toList();
            List<Mention> referents = lastGroup(!earlier.isEmpty() ? earlier : before.stream().filter(ofKind).toList(), document.source());
            for (Mention r : referents) {
                found.add(new Mention(m.group(), at, text.element(), text.sectionId(), MentionStatus.LINKED, r.entityIds(), Optional.empty(),
                        r.confidence(), ANAPHORA));
            }
        }
        return found;
    }

    /**
     * The mention a sentence-opening "It" stands for ({@link #IT_OPENS}): the entity whose name opens the sentence before
     * it in the same element ({@code previous}), when it is of {@link #IT_KINDS}. In "Dalpiciclib is an oral CDK4/6
     * inhibitor. It inhibits CDK4 and CDK6 at low-nanomolar concentrations." what inhibits is dalpiciclib.
     */
    private static Optional<Mention> it(Unit.Piece piece, List<Mention> before, Span previous, Function<String, String> classOf,
            Document document, Texts.Text text) {
        Matcher it = IT_OPENS.matcher(piece.text());
        if (previous == null || !it.lookingAt()) {
            return Optional.empty();
        }
        SourceText source = document.source();
        Optional<Mention> opening = before.stream().filter(m -> m.span().start() >= previous.start() && m.span().end() <= previous.end())
                .min(java.util.Comparator.comparingInt(m -> m.span().start()))
                .filter(m -> OPENING.matcher(source.text().substring(source.charIndex(previous.start()), source.charIndex(m.span().start()))).matches())
                .filter(m -> !m.entityIds().isEmpty() && IT_KINDS.contains(classOf.apply(m.entityIds().get(0))));
        int start = piece.text().indexOf("It", 0);
        Span at = piece.passage().sourceSpan(piece.from() + start, piece.from() + start + 2, source);
        return opening.map(r -> new Mention("It", at, text.element(), text.sectionId(), MentionStatus.LINKED, r.entityIds(), Optional.empty(),
                r.confidence(), ANAPHORA));
    }

    /** The kinds an anaphor's noun stands for: "receptors" and "kinases" proteins, "mutations" variants, the rest pathways. */
    private static Set<String> kindsOf(String noun) {
        if (noun.startsWith("receptor") || noun.startsWith("kinase")) {
            return PROTEINS;
        }
        return Set.of("mutations", "variants", "alterations").contains(noun) ? VARIANTS : PATHWAYS;
    }

    /**
     * Whether two mentions stand in one list or apposition, {@code a} before {@code b}: the same anaphor, or only
     * list words and punctuation between them, markup aside.
     */
    static boolean listed(SourceText source, Mention a, Mention b) {
        if (a.span().equals(b.span())) {
            return true;
        }
        if (a.span().end() > b.span().start()) {
            return false;
        }
        String between = source.text().substring(source.charIndex(a.span().end()), source.charIndex(b.span().start()))
                .replaceAll("<[^>]+>|[*_]{1,2}", "");
        return LIST_JOINER.matcher(between).find() || APPOSITION.matcher(between).find();
    }

    /** The last mentions of a list ("HER2, EGFR, and IGF-1R"): the last one and those joined to it by list punctuation, distinct. */
    private static List<Mention> lastGroup(List<Mention> mentions, SourceText source) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        List<Mention> group = new ArrayList<>(List.of(mentions.get(mentions.size() - 1)));
        for (int i = mentions.size() - 2; i >= 0; i--) {
            Mention next = group.get(0);
            Mention m = mentions.get(i);
            if (!m.element().equals(next.element()) || !listed(source, m, next)) {
                break;
            }
            group.add(0, m);
        }
        Map<String, Mention> distinct = new LinkedHashMap<>();
        group.forEach(g -> distinct.putIfAbsent(g.entityIds().get(0), g));
        return List.copyOf(distinct.values());
    }

    /**
     * Whether a drug's mention names the level of a hormone the text measures, not a drug given: "lowers estradiol",
     * "serum estradiol", "with estradiol present", "estradiol levels". Such a mention is no argument of a relation.
     */
    private static boolean measuredLevel(Unit u, Mention m, java.util.function.Function<String, String> classOf) {
        if (m.entityIds().isEmpty() || !"Drug".equals(classOf.apply(m.entityIds().get(0)))) {
            return false;
        }
        String after = u.textBetween(m.span().end(), Math.min(m.span().end() + 30, u.span().end()));
        return LEVEL_BEFORE.matcher(u.wordsBefore(m)).find() || LEVEL_AFTER.matcher(after).lookingAt();
    }
}
