package org.airkg.document.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.airkg.document.Citation;
import org.airkg.document.Passage;
import org.airkg.document.Sentence;
import org.airkg.document.SourceText;
import org.airkg.document.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
    private static Passage normalize(String s) {
        return Normalizer.passage(SourceText.of(s), 0, s.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Downregulation of <b>ER<math>\\alpha</math></b> and aromatase. | Downregulation of ERα and aromatase.",
        "<b>Cell Cycle &amp; Apoptosis</b> [6] | Cell Cycle & Apoptosis",
        "with **letrozole** (5 mg/day) [1] [3]. | with letrozole (5 mg/day).",
        "cascades.[1][2][3] Upregulation | cascades. Upregulation",
        "reader.[\\[14\\]](#) Cell viability | reader. Cell viability",
        "fractures.^{[8][9][10]} These | fractures. These",
        "pathway.^[6] This | pathway. This",
        "supplement with 10^{-7} M testosterone. | supplement with 10^-7 M testosterone.",
        "size (e.g., $\\sim 300 \\text{ mm}^3$).[5] | size (e.g., ~300 mm^3).",
        "injection (e.g., $10 \\mu\\text{g/day}$). | injection (e.g., 10 μg/day).",
        "10 $\\mu\\text{g}/\\text{mouse}/\\text{day}$ | 10 μg/mouse/day",
        "in 100 μ L of culture medium | in 100 μL of culture medium",
        "which encodes ER α , are a key | which encodes ERα, are a key",
        "fatty acid β -oxidation has | fatty acid β-oxidation has",
        "750 µg/mL G418 at 37°C in 5% CO₂ | 750 μg/mL G418 at 37°C in 5% CO2",
        "close to the IC₅₀ (the | close to the IC50 (the",
        "0.07–20 nM | 0.07-20 nM",
        "store at -80°C . | store at -80°C.",
    })
    void normalisesTheCorpusForms(String in, String expected) {
        assertEquals(expected, normalize(in).text());
    }

    @Test
    void foldsWhiteSpaceAndLeavesPricesAlone() {
        assertEquals("a line broken here", normalize("a  line\nbroken\u00A0here\u200B").text());
        assertEquals("costs $5 and $10", normalize("costs $5 and $10").text());
    }

    @Test
    void keepsCitationsWithTheirSpans() {
        String s = "A.[1][2] B [\\[3\\]](#) C^{[4-6]} D";
        Passage p = normalize(s);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), p.citations().stream().map(Citation::number).toList());
        assertEquals("[1]", s.substring(p.citations().get(0).span().start(), p.citations().get(0).span().end()));
        assertEquals("[\\[3\\]](#)", s.substring(p.citations().get(2).span().start(), p.citations().get(2).span().end()));
    }

    @Test
    void mapsEveryCharBackToTheSource() {
        String s = "The **ER<math>\\alpha</math>** gene [2] is   here.";
        SourceText source = SourceText.of(s);
        Passage p = Normalizer.passage(source, 0, s.length());
        assertEquals("The ERα gene is here.", p.text());
        int at = p.text().indexOf("ERα");
        Span span = p.sourceSpan(at, at + 3, source);
        assertEquals("ER<math>\\alpha</math>", s.substring(span.start(), span.end()));
        int gene = p.text().indexOf("gene");
        assertEquals("gene", s.substring(p.sourceSpan(gene, gene + 4, source).start(), p.sourceSpan(gene, gene + 4, source).end()));
    }

    @Test
    void splitsSentencesButNotAtAbbreviationsOrNumbers() {
        Passage p = normalize("Cells (e.g., MCF-7) grew 2.5 fold vs. controls. Letrozole et al. 2004 showed it. 10 mg were given!");
        assertEquals(List.of("Cells (e.g., MCF-7) grew 2.5 fold vs. controls.", "Letrozole et al. 2004 showed it.", "10 mg were given!"),
                p.sentences().stream().map(Sentence::text).toList());
    }
}
