package org.airkg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StopListsTest {
    private static final StopLists LISTS = new StopLists(Set.of("pace", "too few", "ANOVA", "met"), Set.of("PR", "hematoxylin", "tumour marker"));

    @Test
    void entriesInCapitalsMatchExactlyAndOthersIgnoringCaseAndBritishSpelling() {
        List<String> texts = List.of("PR", "Pr", "pr", "hematoxylin", "Haematoxylin", "tumor marker", "PACE", "Too few", "too  few", "too many");
        assertEquals(List.of("PR", "hematoxylin", "Haematoxylin", "tumor marker", "PACE", "Too few", "too  few"),
                texts.stream().filter(LISTS::stops).toList());
    }

    @Test
    void aStopWordWrittenInLowerCaseOnlyIsTheCapitalsOfAWordWhenSoWritten() {
        assertEquals(List.of("MET", "PACE"), List.of("met", "Met", "MET", "PACE", "ANOVA", "Anova", "PR").stream().filter(LISTS::capitalsOfAWord).toList());
    }

    @Test
    void anAbbreviationIsAnEntryOfTheProjectsListOnly() {
        assertEquals(List.of("PR", "Haematoxylin"), List.of("PR", "Haematoxylin", "pace").stream().filter(LISTS::isAbbreviation).toList());
    }
}
