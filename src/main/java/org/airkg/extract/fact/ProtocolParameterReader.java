package org.airkg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Document;
import org.airkg.document.Paragraph;
import org.airkg.document.Protocol;
import org.airkg.document.ProtocolStep;
import org.airkg.document.Span;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.UnitDefinition;
import org.airkg.extract.quantity.UnitTable;

/**
 * Reads the parameters an assay's protocol fixes from its steps: the cells seeded per well ("Seed 5,000 cells per
 * well of a 96-well plate", with the vessel as written) and the wavelength the absorbance is read at ("Read the
 * absorbance at 450 nm"; a fluorescence excitation or emission wavelength is another parameter). The assay is the one
 * the protocol's title names ("Colony Formation (Crystal Violet) Assay"); a protocol whose title names none gives no
 * parameter. The cell lines the protocol names anywhere in its section are kept as its context.
 */
final class ProtocolParameterReader {
    /** The units of the two parameters, as the project's unit table confirms them. */
    private static final String CELLS_PER_WELL = unitIri("cells/well");
    private static final String NANOMETER = unitIri("nm");
    private static final Pattern SEEDING = Pattern.compile("(?i)\\b(?:seed(?:ed|ing|s)?|plat(?:e|ed|ing))\\b");
    private static final Pattern ABSORBANCE = Pattern.compile("(?i)\\b(?:absorbance|optical density|OD)\\b");
    private static final Pattern FLUORESCENCE = Pattern.compile("(?i)\\b(?:fluoresc\\w*|excitation|emission|luminescen\\w*)\\b");
    private static final Pattern VESSEL = Pattern.compile("(?i)\\b(\\d+)[- ](well|cm) (plate|dish|flask)s?\\b");

    private final TextFacts facts;
    private final Document document;
    private final List<Mention> mentions;

    ProtocolParameterReader(TextFacts facts, Document document, List<Mention> linked) {
        this.facts = facts;
        this.document = document;
        this.mentions = linked;
    }

    List<TextMeasurement> read() {
        List<TextMeasurement> found = new ArrayList<>();
        for (Protocol protocol : document.protocols()) {
            List<String> assays = assays(protocol);
            if (assays.isEmpty()) {
                continue;
            }
            List<String> cellLines = cellLines(protocol);
            for (ProtocolStep step : protocol.steps()) {
                TextFacts.paragraph(document, step.paragraphPosition()).ifPresent(p -> read(p, assays, cellLines, found));
            }
        }
        return found;
    }

    private void read(Paragraph paragraph, List<String> assays, List<String> cellLines, List<TextMeasurement> found) {
        for (Quantity q : facts.quantities(paragraph)) {
            TextFacts.place(document, paragraph, q.start(), q.end()).ifPresent(at -> kind(q, at.sentence().text())
                    .ifPresent(kind -> found.add(new TextMeasurement(at.element(), at.sectionId(), at.span(), at.quote(), q, kind, assays,
                            cellLines, Optional.empty(), kind == QuantityKind.SEEDING_DENSITY ? vessel(at.sentence().text()) : Optional.empty(),
                            Qualifiers.NONE, "protocol-" + kind.label().replace(' ', '-')))));
        }
    }

    /** The parameter a number of a step's sentence is, by its unit and the words of the sentence ("plate" as a verb, not a vessel). */
    private static Optional<QuantityKind> kind(Quantity q, String sentence) {
        String unit = q.unit().flatMap(u -> u.iri()).orElse("");
        if (unit.equals(CELLS_PER_WELL) && SEEDING.matcher(VESSEL.matcher(sentence).replaceAll(" ")).find()) {
            return Optional.of(QuantityKind.SEEDING_DENSITY);
        }
        if (unit.equals(NANOMETER) && ABSORBANCE.matcher(sentence).find() && !FLUORESCENCE.matcher(sentence).find()) {
            return Optional.of(QuantityKind.ABSORBANCE_WAVELENGTH);
        }
        return Optional.empty();
    }

    /** The culture vessel a seeding sentence names: "96-well plate", "6 cm dish". */
    private static Optional<String> vessel(String sentence) {
        Matcher m = VESSEL.matcher(sentence);
        return m.find() ? Optional.of(m.group(1) + "-" + m.group(2).toLowerCase(java.util.Locale.ROOT) + " "
                + m.group(3).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The assays the protocol's title names. */
    private List<String> assays(Protocol protocol) {
        return mentions.stream()
                .filter(m -> m.element().kind().equals("section") && m.element().key().equals(protocol.sectionId()))
                .map(m -> m.entityIds().get(0)).filter(id -> QuantityKind.SEEDING_DENSITY.isSubject(facts.classOf(id)))
                .distinct().toList();
    }

    /** The cell lines named in the protocol's section: its introduction, materials and steps. */
    private List<String> cellLines(Protocol protocol) {
        Span section = document.section(protocol.sectionId()).map(s -> s.span()).orElse(protocol.span());
        return mentions.stream().filter(m -> TextFacts.within(m, section)).map(m -> m.entityIds().get(0))
                .filter(id -> facts.classOf(id).equals("CellLine")).distinct().sorted().toList();
    }

    private static String unitIri(String symbol) {
        return UnitTable.standard().lookup(symbol).flatMap(UnitDefinition::iri)
                .orElseThrow(() -> new IllegalStateException("the unit table has no " + symbol));
    }
}
