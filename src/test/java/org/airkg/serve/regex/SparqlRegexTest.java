package org.airkg.serve.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

/** The XPath flags and REPLACE semantics of {@link SparqlRegex} on RE2/J. */
class SparqlRegexTest {

    private static boolean find(String text, String pattern, String flags) {
        return SparqlRegex.find(SparqlRegex.compile("REGEX", pattern, flags), text);
    }

    @Test
    void noFlagsIsCaseSensitiveAndFindsAnywhere() {
        assertTrue(find("Letrozole resistance", "resist", ""));
        assertFalse(find("Letrozole resistance", "RESIST", ""));
        assertTrue(find("Letrozole", "^Let", null));
    }

    @Test
    void flagIFoldsCaseIncludingNonAscii() {
        assertTrue(find("Letrozole RESISTANCE", "resistance", "i"));
        assertTrue(find("ERΑ", "erα", "i"));
    }

    @Test
    void flagSLetsTheDotMatchNewLines() {
        assertFalse(find("a\nb", "a.b", ""));
        assertTrue(find("a\nb", "a.b", "s"));
    }

    @Test
    void flagMMakesAnchorsMatchAtLines() {
        assertFalse(find("first\nsecond", "^second$", ""));
        assertTrue(find("first\nsecond", "^second$", "m"));
        assertFalse(find("first\n", "first$", ""), "without m, $ is the end of the text only, as in XPath");
    }

    @Test
    void flagXRemovesWhiteSpaceOutsideClasses() {
        assertTrue(find("abc", "a b c", "x"));
        assertFalse(find("abc", "a b c", ""));
        assertTrue(find("a c", "a[ ]c", "x"), "white space inside a class stays");
        assertEquals("ab[ c]d", SparqlRegex.withoutWhiteSpace("a b\t[ c]\nd"));
    }

    @Test
    void flagQTakesThePatternLiterally() {
        assertTrue(find("1+1=2", "1+1", "q"));
        assertFalse(find("11=2", "1+1", "q"));
        assertTrue(find("A.B", "a.b", "qi"), "q with i folds case");
        assertFalse(find("aXb", "a.b", "qs"), "q wins over s");
    }

    @Test
    void badFlagsAndPatternsAreEvaluationErrorsNamingThem() {
        ExprEvalException flag = assertThrows(ExprEvalException.class, () -> find("a", "a", "g"));
        assertTrue(flag.getMessage().contains("flag 'g'"), flag.getMessage());
        ExprEvalException backref = assertThrows(ExprEvalException.class, () -> find("aa", "(a)\\1", ""));
        assertTrue(backref.getMessage().contains("'(a)\\1'"), backref.getMessage());
        assertThrows(ExprEvalException.class, () -> find("ab", "a(?=b)", ""));
    }

    @Test
    void catastrophicPatternAnswersAtOnce() {
        // java.util.regex backtracks for minutes on this; RE2 is linear in the text.
        assertFalse(find("a".repeat(40) + "!", "^(.*a){12}$", ""));
        assertTrue(find("a".repeat(40), "^(.*a){12}$", ""));
    }

    @Test
    void nestedCountedRepetitionsThatWouldExhaustMemoryAreRefused() {
        // RE2/J unrolls counted repetitions with no memory limit: this one ran a 512 MB heap out of memory.
        ExprEvalException e = assertThrows(ExprEvalException.class, () -> find("aaa", "((a{1000}){1000}){1000}", ""));
        assertTrue(e.getMessage().startsWith("REGEX: pattern '((a{1000}){1000}){1000}' repeats too much (about"),
                e.getMessage());
        assertThrows(ExprEvalException.class, () -> find("aaa", "(((a{100}){100}){100}){100}", ""));
        assertThrows(ExprEvalException.class, () -> find("aaa", "([ab]{1000}|c){1000}", ""));
        assertTrue(find("a".repeat(10_000), "(a{100}){100}", ""), "10,000 steps are allowed");
        assertTrue(find("{1000}", "\\{1000}", ""), "an escaped brace is no count");
        assertTrue(find("1000 x", "[{1000}]+ x", ""), "a brace in a class is no count");
    }

    @Test
    void expandedSizeCountsWhatRe2Unrolls() {
        assertEquals(3, SparqlRegex.expandedSize("abc"));
        assertEquals(1000, SparqlRegex.expandedSize("a{1000}"));
        assertEquals(1001, SparqlRegex.expandedSize("a{2,1000}b"));
        assertEquals(2000, SparqlRegex.expandedSize("(ab){1000}"));
        assertEquals(1_000_000, SparqlRegex.expandedSize("(a{1000}){1000}"));
        assertEquals(Long.MAX_VALUE, SparqlRegex.expandedSize("((((((a{999999999}){999999999}){999999999}){9}){9}){9})"));
        assertEquals(2, SparqlRegex.expandedSize("a*b+"));
        assertEquals(2, SparqlRegex.expandedSize("\\p{Lu}[a-z{}]"));
        assertEquals(4, SparqlRegex.expandedSize("a{x}"), "not a count: four literal characters");
    }

    @Test
    void replaceUsesGroupsSkipsEmptyMatchesAndKeepsTheLanguage() {
        NodeValue r = SparqlRegex.replace(NodeFactory.createLiteralLang("ER-alpha ER-beta", "en"),
                SparqlRegex.compile("REPLACE", "ER-(\\w+)", ""), "$1 receptor");
        assertEquals(NodeFactory.createLiteralLang("alpha receptor beta receptor", "en"), r.asNode());
        NodeValue empty = SparqlRegex.replace(NodeFactory.createLiteralString("abc"),
                SparqlRegex.compile("REPLACE", "x*", ""), "-");
        assertEquals("abc", empty.getString());
        NodeValue dollar = SparqlRegex.replace(NodeFactory.createLiteralString("5 USD"),
                SparqlRegex.compile("REPLACE", "USD", ""), "\\$");
        assertEquals("5 $", dollar.getString());
    }
}
