package org.airkg.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Block;
import org.airkg.document.BlockKind;
import org.airkg.document.Paragraph;
import org.airkg.document.Parameter;
import org.airkg.document.Passage;
import org.airkg.document.Protocol;
import org.airkg.document.ProtocolStep;
import org.airkg.document.Section;
import org.airkg.document.SourceText;
import org.airkg.document.Span;

/**
 * Finds the protocols of a document: a section whose heading names a protocol, or that has a
 * "Protocol:" or "Materials:" label, and has list items. Items under "Materials:" are its materials; the
 * other items are its steps, numbered by their nesting, each with its label and the quantities it states.
 */
final class ProtocolBuilder {
    private static final Pattern PROTOCOL_HEADING = Pattern.compile("(?i).*\\bprotocols?\\b.*");
    private static final Pattern MATERIALS = Pattern.compile("(?i)^(?:materials?|reagents?)( and equipment)?:$");
    private static final Pattern STEPS = Pattern.compile("(?i)^(?:protocol|procedure|steps|method):$");
    private static final Pattern STEP_LABEL = Pattern.compile("^([A-Z][^:.]{1,60}):(?:\\s|$)");
    private static final String NUMBER = "(?:[~≈><≤≥]\\s?)?-?\\d{1,9}(?:[.,]\\d{1,9}){0,4}(?:\\^-?\\d{1,3})?(?:\\s?(?:-|to)\\s?\\d{1,9}(?:[.,]\\d{1,9}){0,4})?"
            + "(?:\\s?[×x]\\s?10\\^-?\\d+)?";
    private static final String UNIT = "(?:%(?:\\s?CO2)?|°C|nm|μm|mm\\^?3?|cm|μL|mL|L|[μmn]g/m[lL]|μg/kg|mg/kg|μg/day|mg/day"
            + "|μg/mouse/day|mg/mouse|μg|mg|ng|g|μmol/L|mmol/L|mM|μM|nM|pM|M|x g|rpm|hours?|h|min(?:utes)?|days?|weeks?"
            + "|months?|cells(?:/well|/mL| per well)?|sites|passages?)";
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\w.^-])" + NUMBER + "\\s?" + UNIT + "(?![\\w])");

    private ProtocolBuilder() {}

    static List<Protocol> protocols(List<Section> sections, List<Block> blocks, SourceText source) {
        List<Protocol> protocols = new ArrayList<>();
        java.util.Map<String, List<Paragraph>> bySection = new java.util.HashMap<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.sectionId().isPresent()) {
                bySection.computeIfAbsent(p.sectionId().get(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Section section : sections) {
            List<Paragraph> own = bySection.getOrDefault(section.id(), List.of());
            boolean labelled = own.stream().anyMatch(p -> p.kind() == BlockKind.LABEL
                    && (MATERIALS.matcher(p.text()).matches() || STEPS.matcher(p.text()).matches()));
            boolean hasItems = own.stream().anyMatch(p -> p.kind() == BlockKind.LIST_ITEM);
            if (hasItems && (labelled || PROTOCOL_HEADING.matcher(section.title()).matches())) {
                protocols.add(protocol(section, own, source));
            }
        }
        return protocols;
    }

    private static Protocol protocol(Section section, List<Paragraph> own, SourceText source) {
        List<Passage> materials = new ArrayList<>();
        List<ProtocolStep> steps = new ArrayList<>();
        int[] counters = new int[16];
        boolean inMaterials = false;
        for (Paragraph p : own) {
            if (p.kind() == BlockKind.LABEL) {
                inMaterials = MATERIALS.matcher(p.text()).matches();
                continue;
            }
            if (p.kind() != BlockKind.LIST_ITEM) {
                continue;
            }
            if (inMaterials) {
                materials.add(p.content());
                continue;
            }
            int depth = Math.min(p.depth(), counters.length - 1);
            counters[depth]++;
            java.util.Arrays.fill(counters, depth + 1, counters.length, 0);
            StringBuilder number = new StringBuilder();
            for (int d = 0; d <= depth; d++) {
                number.append(d == 0 ? "" : ".").append(Math.max(1, counters[d]));
            }
            Matcher label = STEP_LABEL.matcher(p.text());
            steps.add(new ProtocolStep(number.toString(), depth, label.find() ? Optional.of(label.group(1).strip()) : Optional.empty(),
                    p.content(), parameters(p.content(), source), p.position()));
        }
        return new Protocol(section.id(), section.title(), materials, steps, section.span());
    }

    /** The quantities a step states, as written, with their spans. */
    static List<Parameter> parameters(Passage content, SourceText source) {
        List<Parameter> found = new ArrayList<>();
        if (content.text().chars().noneMatch(Character::isDigit)) {
            return found;
        }
        Matcher m = QUANTITY.matcher(content.text());
        while (m.find()) {
            Span span = content.sourceSpan(m.start(), m.end(), source);
            found.add(new Parameter(m.group(), span));
        }
        return found;
    }
}
