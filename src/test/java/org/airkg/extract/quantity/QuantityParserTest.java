package org.airkg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {
    private static final QuantityParser PARSER = QuantityParser.standard();

    /**
     * Every example of the corpus brief: the main quantity of the cell, exactly. Columns: input; value; lower;
     * upper; comparator; unit as written; the unit's term as a CURIE (empty: no IRI). A value of NONE means the
     * cell holds no quantity.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        12.3%                                   ; 12.3     ;      ;      ; EQ     ; %              ; UO:0000187
        5.7 months                              ; 5.7      ;      ;      ; EQ     ; months         ; UO:0000035
        OR 1.70 (90% CI 1.20-2.42)              ; 1.70     ;      ;      ; EQ     ;                ;
        0.797 (95% CI 0.637-0.999)              ; 0.797    ;      ;      ; EQ     ;                ;
        0.0486                                  ; 0.0486   ;      ;      ; EQ     ;                ;
        Not Significant                         ; NONE     ;      ;      ;        ;                ;
        ~5                                      ; 5        ;      ;      ; APPROX ;                ;
        >15                                     ; 15       ;      ;      ; GT     ;                ;
        ~2                                      ; 2        ;      ;      ; APPROX ;                ;
        9                                       ; 9        ;      ;      ; EQ     ;                ;
        0.07-20 nM                              ;          ; 0.07 ; 20   ; EQ     ; nM             ; UO:0000065
        0.07 nM                                 ; 0.07     ;      ;      ; EQ     ; nM             ; UO:0000065
        11 nM                                   ; 11       ;      ;      ; EQ     ; nM             ; UO:0000065
        1-3 μg/kg                               ;          ; 1    ; 3    ; EQ     ; μg/kg          ; unit:MicroGM-PER-KiloGM
        10 μg/animal/day                        ; 10       ;      ;      ; EQ     ; μg/animal/day  ;
        0.5 mg/day and 2.5 mg/day               ; 0.5      ;      ;      ; EQ     ; mg/day         ; unit:MilliGM-PER-DAY
        98.4% and >98.9%                        ; 98.4     ;      ;      ; EQ     ; %              ; UO:0000187
        18.4%                                   ; 18.4     ;      ;      ; EQ     ; %              ; UO:0000187
        27% (CR: 8%, PR: 19%)                   ; 27       ;      ;      ; EQ     ; %              ; UO:0000187
        ~1%                                     ; 1        ;      ;      ; APPROX ; %              ; UO:0000187
        10% - 50%                               ;          ; 10   ; 50   ; EQ     ; %              ; UO:0000187
        1,743                                   ; 1743     ;      ;      ; EQ     ;                ;
        411 (p<0.05, fold change > 1.20)        ; 411      ;      ;      ; EQ     ;                ;
        EGFR: 28-fold increase                  ; 28       ;      ;      ; EQ     ; fold           ; UO:0010006
        6-fold                                  ; 6        ;      ;      ; EQ     ; fold           ; UO:0010006
        28-fold decrease                        ; 28       ;      ;      ; EQ     ; fold           ; UO:0010006
        10^-7 M                                 ; 1E-7     ;      ;      ; EQ     ; M              ; UO:0000062
        1×10^4 cells/well                       ; 10000    ;      ;      ; EQ     ; cells/well     ; UO:0000317
        3×10^7 cells/mL                         ; 30000000 ;      ;      ; EQ     ; cells/mL       ; UO:0000201
        95.16% (comparable)                     ; 95.16    ;      ;      ; EQ     ; %              ; UO:0000187
        36 days (significantly shorter than 47 days) ; 36  ;      ;      ; EQ     ; days           ; UO:0000033
        15.3% (no significant difference from 13.5% with single course) ; 15.3 ; ; ; EQ ; %     ; UO:0000187
        p<0.05                                  ; 0.05     ;      ;      ; LT     ;                ;
        p = 0.013                               ; 0.013    ;      ;      ; EQ     ;                ;
        <70 pg/mL                               ; 70       ;      ;      ; LT     ; pg/mL          ; unit:PicoGM-PER-MilliL
        <1.0 ng/mL                              ; 1.0      ;      ;      ; LT     ; ng/mL          ; UO:0000275
        >10 mm                                  ; 10       ;      ;      ; GT     ; mm             ; UO:0000016
        37°C                                    ; 37       ;      ;      ; EQ     ; °C             ; UO:0000027
        570 nm                                  ; 570      ;      ;      ; EQ     ; nm             ; UO:0000018
        2.5 mM                                  ; 2.5      ;      ;      ; EQ     ; mM             ; UO:0000063
        6 ng/ml                                 ; 6        ;      ;      ; EQ     ; ng/ml          ; UO:0000275
        750 μg/mL                               ; 750      ;      ;      ; EQ     ; μg/mL          ; UO:0000274
        7,500 cells per well                    ; 7500     ;      ;      ; EQ     ; cells per well ; UO:0000317
        1.5 to 4 hours                          ;          ; 1.5  ; 4    ; EQ     ; hours          ; UO:0000032
        4-6 week                                ;          ; 4    ; 6    ; EQ     ; week           ; UO:0000034
        -80°C                                   ; -80      ;      ;      ; EQ     ; °C             ; UO:0000027
        ~300 mm^3                               ; 300      ;      ;      ; APPROX ; mm^3           ; unit:MilliM3
        10 μg/day                               ; 10       ;      ;      ; EQ     ; μg/day         ;
        0 to 100 μmol/L                         ;          ; 0    ; 100  ; EQ     ; μmol/L         ; UO:0010003
        """)
    void parsesTheMainQuantityOfACell(String cell, String value, String lower, String upper, Comparator comparator,
            String unit, String term) {
        Optional<Quantity> parsed = PARSER.parseCell(cell);
        if ("NONE".equals(value)) {
            assertTrue(parsed.isEmpty(), () -> cell + " gave " + parsed);
            return;
        }
        Quantity q = parsed.orElseThrow(() -> new AssertionError(cell + " gave no quantity"));
        assertNumber(value, q.value(), cell + " value");
        assertNumber(lower, q.lower(), cell + " lower");
        assertNumber(upper, q.upper(), cell + " upper");
        assertEquals(comparator, q.comparator(), cell);
        assertEquals(Optional.ofNullable(unit), q.unitSymbol(), cell + " unit");
        assertEquals(Optional.ofNullable(term), q.unit().flatMap(Unit::curie), cell + " unit term");
        assertEquals(q.text(), cell.substring(q.start(), q.end()), cell + " span");
    }

    private static void assertNumber(String expected, Optional<BigDecimal> actual, String what) {
        if (expected == null) {
            assertTrue(actual.isEmpty(), () -> what + ": expected none, got " + actual);
        } else {
            assertTrue(actual.isPresent(), () -> what + ": expected " + expected + ", got none");
            assertEquals(0, new BigDecimal(expected).compareTo(actual.get()), () -> what + ": expected " + expected
                    + ", got " + actual.get());
        }
    }

    @Test
    void expandsPowersOfTenExactly() {
        assertEquals(new BigDecimal("1E-7"), PARSER.parseCell("10^-7 M").orElseThrow().value().orElseThrow());
        assertEquals("10000", PARSER.parseCell("1×10^4 cells/well").orElseThrow().value().orElseThrow().toPlainString());
        assertEquals("30000000", PARSER.parseCell("3×10^7 cells/mL").orElseThrow().value().orElseThrow().toPlainString());
        assertEquals("0.0015", PARSER.parseCell("1.5 x 10^-3 M").orElseThrow().value().orElseThrow().toPlainString());
        assertEquals("0.05", PARSER.parseCell("p < .05").orElseThrow().value().orElseThrow().toPlainString());
    }

    @Test
    void readsEveryQuantityWithItsOffsets() {
        String text = "0.5 mg/day and 2.5 mg/day";
        List<Quantity> qs = PARSER.findAll(text);
        assertEquals(List.of("0.5 mg/day", "2.5 mg/day"), qs.stream().map(Quantity::text).toList());
        assertEquals(List.of(0, 15), qs.stream().map(Quantity::start).toList());
        assertEquals(List.of(10, 25), qs.stream().map(Quantity::end).toList());

        assertTexts("27% (CR: 8%, PR: 19%)", "27%", "8%", "19%");
        assertTexts("98.4% and >98.9%", "98.4%", ">98.9%");
        assertTexts("OR 1.70 (90% CI 1.20-2.42)", "1.70", "90%", "1.20-2.42");
        assertTexts("36 days (significantly shorter than 47 days)", "36 days", "47 days");
        assertTexts("411 (p<0.05, fold change > 1.20)", "411", "<0.05", "> 1.20");
        assertTexts("EGFR: 28-fold increase HER2: 6-fold increase ERα: 28-fold decrease", "28-fold", "6-fold", "28-fold");
        assertTexts("Culture MCF-7 cells in 5% CO2 at 37°C with 10^-7 M testosterone.", "5%", "37°C", "10^-7 M");
        assertTexts("supplemented with 10% NCS, 2.5 mM Glutamax, and 6 ng/ml insulin", "10%", "2.5 mM", "6 ng/ml");
        assertTexts("Incubate for 1.5 to 4 hours at 37°C, then read at 492 nm or 570 nm.", "1.5 to 4 hours", "37°C", "492 nm",
                "570 nm");
        assertTexts("at a density of 7,500 cells per well in 100 μL", "7,500 cells per well", "100 μL");
        assertTexts("a mean sequencing depth of >500x", ">500x");
        assertTexts("between 1 and 3 days, then store at -80°C", "1 and 3 days", "-80°C");
        assertTexts("serum estradiol <70 pg/mL and progesterone <1.0 ng/mL", "<70 pg/mL", "<1.0 ng/mL");
        assertTexts("after approximately 2-3 months", "approximately 2-3 months");
        assertTexts("store between -80 and -20 °C, or 2.5-3.5% v/v", "-80 and -20 °C", "2.5-3.5%");
        assertTexts("values 10-5 and 2020-01", "10", "5", "2020", "01");
        assertTexts("(e.g., 10 μg/mouse/day) and androstenedione (0.1 mg/mouse)", "10 μg/mouse/day", "0.1 mg/mouse");
    }

    private static void assertTexts(String text, String... expected) {
        List<Quantity> qs = PARSER.findAll(text);
        assertEquals(List.of(expected), qs.stream().map(Quantity::text).toList(), text);
        for (Quantity q : qs) {
            assertEquals(q.text(), text.substring(q.start(), q.end()), text);
        }
    }

    @Test
    void mapsCompoundUnitsWithoutATermToTheirSymbolAlone() {
        Unit unit = PARSER.parseCell("10 μg/animal/day").orElseThrow().unit().orElseThrow();
        assertEquals("μg/animal/day", unit.symbol());
        assertTrue(unit.iri().isEmpty());
        assertEquals("microgram per animal per day", unit.label());
        assertTrue(PARSER.parseCell("10 μg/day").orElseThrow().unit().orElseThrow().iri().isEmpty());
    }

    @Test
    void givesFullIrisOfTheTerms() {
        assertEquals(Optional.of("http://purl.obolibrary.org/obo/UO_0000187"),
                PARSER.parseCell("12.3%").orElseThrow().unit().orElseThrow().iri());
        assertEquals(Optional.of("http://qudt.org/vocab/unit/MilliGM-PER-DAY"),
                PARSER.parseCell("2.5 mg/day").orElseThrow().unit().orElseThrow().iri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MCF-7", "CO2", "ESR1", "4E-BP1", "IC50", "ED50", "hg19", "MCF-7aro", "T-47D", "H3K27me3",
        "PI3K/AKT/mTOR", "CDK4/6", "p38/MAPK", "IGF-1R", "MK-2206", "NSABP B-42", "SWOG S0226", "MA.27", "S6K1",
        "mTORC1", "hg19/GRCh37 or hg38/GRCh38", "CGS 20267", "BIG 1-98", "(Smith et al., 2005)", "(Jones, 1999)",
        "Smith J, et al. Lancet. 2005;365:60-62.", "Table 1: In Vitro Efficacy", "Fig. 2", "Possible Cause 3: Edge effects",
        "include: 1) ligand-independent; 2) activation; and 3) rewiring", "96-well plates", "2-Step Extended Regimen",
        "MTT (3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide)", "(4/3)πr_1^2 r_2 (where r_1 < r_2)",
        "3'-UTR", "3D culture", "the 2nd cycle", "version 1.2.3", "at position 680", "ratio 1:100", "AnaR-2", "JEG-3"})
    void findsNoQuantityInIdentifiersLabelsCodesOrCitations(String text) {
        List<Quantity> qs = PARSER.findAll(text);
        assertTrue(qs.isEmpty(), () -> text + " gave " + qs.stream().map(Quantity::text).toList());
    }

    @Test
    void keepsAYearOutsideCitations() {
        assertEquals(List.of("2005"), PARSER.findAll("The trial opened in 2005.").stream().map(Quantity::text).toList());
    }

    /** A 1 MB input of digits and separators is read in one linear pass (no timing threshold: it just has to end). */
    @Test
    void readsAMegabyteOfDigitsAndSeparators() {
        String[] pieces = {"1", "2", "7", "0", ",", ".", "-", " ", "^", "×", "10^", "%", "/", "(", ")", ":", ";", "~", "<",
            "x", "e", "5 mg", " to "};
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        for (String text : List.of(sb.toString(), "9".repeat(1_000_000), "1,000".repeat(200_000), "1-".repeat(500_000),
                "10^".repeat(333_334))) {
            List<Quantity> qs = PARSER.findAll(text);
            int previousEnd = 0;
            for (Quantity q : qs) {
                assertTrue(q.start() >= previousEnd, "quantities are in order and do not overlap");
                previousEnd = q.end();
            }
            PARSER.effect(text);
            PARSER.pValue(text);
        }
        assertFalse(PARSER.findAll(sb.toString()).isEmpty());
    }
}
