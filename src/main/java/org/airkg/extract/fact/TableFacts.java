package org.airkg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.airkg.document.Document;
import org.airkg.document.TableBlock;
import org.airkg.document.TableCell;
import org.airkg.document.TableRow;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.QuantityParser;
import org.airkg.extract.quantity.Statistic;

/**
 * Reads every numeric cell of every table into a {@link Measurement}, typed by its column: a p-value
 * column gives p-values (or a significance verdict), a hazard- or odds-ratio column effect estimates with
 * their confidence intervals, any other column values with units and bounds; reference columns are
 * skipped. Cells with no number ("-", "Complete inhibition of tumor growth") are listed as skipped with
 * the reason, so every cell is accounted for.
 */
public final class TableFacts {
    private static final Pattern P_COLUMN = Pattern.compile("(?i)p-?value|\\bp\\b");
    private static final Pattern EFFECT_COLUMN = Pattern.compile("(?i)hazard ratio|odds ratio|\\bHR\\b|\\bOR\\b|relative risk");
    private static final Pattern REFERENCE_COLUMN = Pattern.compile("(?i)^references?$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** A cell that gave no measurement, and why. */
    public record Skipped(ElementRef cell, String text, String reason) {}

    /** The measurements of a document and the cells that gave none. */
    public record Result(List<Measurement> measurements, List<Skipped> skipped) {
        public Result {
            measurements = List.copyOf(measurements);
            skipped = List.copyOf(skipped);
        }
    }

    private final Function<String, String> classOf;
    private final QuantityParser parser = QuantityParser.standard();

    public TableFacts(Lexicon lexicon) {
        this.classOf = id -> lexicon.byId(id).map(LexiconEntry::ontologyClass).orElse("");
    }

    /** The measurements of every table of a document, given its mentions. */
    public Result extract(Document document, List<Mention> mentions) {
        List<Measurement> found = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (TableBlock table : document.tables()) {
            String key = Integer.toString(table.position());
            List<Mention> tableLevel = linked(mentions, m -> m.element().kind().equals("table") && m.element().key().equals(key)
                    && m.element().path().isEmpty());
            Optional<String> tableTrial = first(tableLevel, Set.of("ClinicalTrial"));
            List<String> tableDrugs = ids(tableLevel, Set.of("Drug"));
            Optional<TableRow> header = table.header();
            for (TableRow row : table.bodyRows()) {
                String rowLabel = row.cells().isEmpty() ? "" : row.cells().get(0).text();
                List<Mention> label = cellMentions(mentions, key, row.index(), 0);
                Optional<String> rowEndpoint = first(label, Set.of("Endpoint"));
                List<String> about = ids(label, Set.of("Drug", "DrugClass", "CellLine", "XenograftModel", "AnimalModel", "Disease", "ClinicalTrial"));
                Optional<String> trial = first(label, Set.of("ClinicalTrial")).or(() -> tableTrial);
                for (TableCell cell : row.cells()) {
                    if (cell.column() == 0) {
                        continue;
                    }
                    ElementRef ref = new ElementRef("table", key, "/row/" + row.index() + "/cell/" + cell.column());
                    String headerText = header.flatMap(h -> h.cells().stream().filter(c -> c.column() == cell.column()).findFirst())
                            .map(TableCell::text).orElse("");
                    if (REFERENCE_COLUMN.matcher(headerText).matches()) {
                        continue;
                    }
                    List<Mention> headerMentions = header.map(h -> cellMentions(mentions, key, h.index(), cell.column())).orElse(List.of());
                    Optional<String> endpoint = rowEndpoint.or(() -> first(headerMentions, Set.of("Endpoint")));

                    List<String> arm = ids(headerMentions, Set.of("Drug"));
                    String text = cell.text();
                    Optional<Statistic> statistic = Optional.empty();
                    Optional<Quantity> quantity = Optional.empty();
                    String rule;
                    if (P_COLUMN.matcher(headerText).find() && !EFFECT_COLUMN.matcher(headerText).find()) {
                        statistic = parser.pValue(text);
                        rule = "table-p-value";
                    } else if (EFFECT_COLUMN.matcher(headerText).find()) {
                        statistic = parser.effect(text).map(st -> st.kind() == Statistic.Kind.EFFECT ? st.withKind(kindOf(headerText)) : st);
                        rule = "table-effect-measure";
                    } else {
                        List<Mention> inCell = ids(cellMentions(mentions, key, row.index(), cell.column()), Set.of("Endpoint")).isEmpty()
                                ? List.of() : linked(cellMentions(mentions, key, row.index(), cell.column()),
                                        m -> "Endpoint".equals(classOf.apply(m.entityIds().get(0))));
                        List<Quantity> all = parser.findAll(text);
                        if (all.size() > 1 && !inCell.isEmpty()) {
                            for (Quantity q : all) {
                                if (insideParentheses(text, q.start())) {
                                    continue;
                                }
                                int at = cell.content().sourceSpan(q.start(), q.end(), document.source()).start();
                                Optional<String> labelled = inCell.stream().filter(m -> m.span().end() <= at)
                                        .reduce((a, b) -> b).map(m -> m.entityIds().get(0));
                                if (labelled.isPresent()) {
                                    found.add(new Measurement(ref, table.sectionId(), cell.content().sourceSpan(q.start(), q.end(), document.source()),
                                            table.position(), row.index(), cell.column(), q.text(), Optional.of(q), Optional.empty(),
                                            labelled, about, arm, headerText, rowLabel, trial, "table-labelled-values"));
                                }
                            }
                            continue;
                        }
                        quantity = parser.parseCell(text);
                        rule = "table-value";
                        if (!inCell.isEmpty()) {
                            endpoint = Optional.of(inCell.get(0).entityIds().get(0));
                        }
                    }
                    if (quantity.isEmpty() && statistic.isEmpty()) {
                        skipped.add(new Skipped(ref, text, DIGIT.matcher(text).find() ? "number not read" : "no number"));
                        continue;
                    }
                    List<String> aboutAll = new ArrayList<>(about);
                    if (arm.isEmpty()) {
                        tableDrugs.stream().filter(d -> !aboutAll.contains(d)).forEach(aboutAll::add);
                    }
                    found.add(new Measurement(ref, table.sectionId(), cell.content().span(), table.position(), row.index(),
                            cell.column(), text, quantity, statistic, endpoint, aboutAll, arm, headerText, rowLabel, trial, rule));
                }
            }
        }
        return new Result(found, skipped);
    }

    /** The effect measure a column header names: a hazard ratio unless it names only an odds or risk ratio. */
    private static Statistic.Kind kindOf(String header) {
        String h = header.toLowerCase(java.util.Locale.ROOT);
        if (h.contains("hazard")) {
            return h.contains("odds") ? Statistic.Kind.EFFECT : Statistic.Kind.HR;
        }
        return h.contains("odds") ? Statistic.Kind.OR : h.contains("relative risk") ? Statistic.Kind.RR : Statistic.Kind.EFFECT;
    }

    /** True when {@code at} lies inside parentheses: "36 days (significantly shorter than 47 days)" states 47 days of the other arm. */
    private static boolean insideParentheses(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    private List<Mention> linked(List<Mention> mentions, java.util.function.Predicate<Mention> where) {
        return mentions.stream().filter(m -> m.status() == MentionStatus.LINKED).filter(where).toList();
    }

    private List<Mention> cellMentions(List<Mention> mentions, String key, int row, int column) {
        String path = "/row/" + row + "/cell/" + column;
        return linked(mentions, m -> m.element().kind().equals("table") && m.element().key().equals(key) && m.element().path().equals(path));
    }

    private Optional<String> first(List<Mention> mentions, Set<String> classes) {
        return ids(mentions, classes).stream().findFirst();
    }

    private List<String> ids(List<Mention> mentions, Set<String> classes) {
        return mentions.stream().map(m -> m.entityIds().get(0)).filter(id -> classes.contains(classOf.apply(id))).distinct().toList();
    }
}
