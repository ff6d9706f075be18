package org.airkg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.QuantityParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which stated values are one value written with more or fewer decimals, and which differ. */
class RoundingTest {
    private static List<Quantity> read(String text) {
        return QuantityParser.standard().findAll(text);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "0.5          | 0.50             | true",
        "12%          | 12.4%            | true",
        "12%          | 12.5%            | true",
        "12.3%        | 12.4%            | false",
        "12%          | 13%              | false",
        "~1%          | 1%               | true",
        "<0.05        | 0.05             | false",
        ">15          | >15.0            | true",
        "10% - 40%    | 10-40%           | true",
        "15-35%       | 10% - 40%        | false",
        "35%          | 15-35%           | false",
        "8,000 cells/well | 1×10^4 cells/well | false",
        "10,000 cells/well | 1×10^4 cells/well | true",
        "450 nm       | 450.0 nm         | true",
        "450 nm       | 450 nm or 630 nm | false",
        "630 nm or 450 nm | 450 nm or 630 nm | true"})
    void agreesOnlyWithinRounding(String a, String b, boolean agree) {
        assertEquals(agree, Rounding.agree(read(a), read(b)));
        assertEquals(agree, Rounding.agree(read(b), read(a)), "agreement is symmetric");
    }
}
