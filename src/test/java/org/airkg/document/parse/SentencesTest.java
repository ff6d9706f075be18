package org.airkg.document.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Both arms were similar. hCG injections caused pain in 8%. | Both arms were similar. // hCG injections caused pain in 8%.",
        "Growth slowed. mTORC1 stayed active. | Growth slowed. // mTORC1 stayed active.",
        "It rose by 2.5-fold. p53 was lost. | It rose by 2.5-fold. // p53 was lost.",
        "Kinases (e.g. mTOR and AKT) were active. | Kinases (e.g. mTOR and AKT) were active.",
        "Cells grew. then they stopped. | Cells grew. then they stopped.",
        "Cells grew. They stopped. | Cells grew. // They stopped.",
        "Smith et al. found it. | Smith et al. found it.",
        "QTcF rose above 480 ms. Tamoxifen tripled it. | QTcF rose above 480 ms. // Tamoxifen tripled it.",
        "Cells were spun for 5 min. Lysates were kept. | Cells were spun for 5 min. // Lysates were kept.",
        "As Ms. Smith said, min. values held. | As Ms. Smith said, min. values held.",
    })
    void splitsAtAFullStopBeforeACapitalADigitOrASymbolWrittenInLowerCaseFirst(String text, String expected) {
        assertEquals(List.of(expected.split(" // ")), sentences(text));
    }
}
