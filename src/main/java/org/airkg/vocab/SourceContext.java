package org.airkg.vocab;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What one source learns for a later one: HGNC symbols by name, for FamPlex's groundings to HGNC. */
public final class SourceContext {
    private final Map<String, String> hgncBySymbol = new HashMap<>();

    /** Records that {@code symbol} is the approved symbol of {@code curie}. */
    public void approvedSymbol(String symbol, String curie) {
        hgncBySymbol.put(symbol, curie);
    }

    /** The HGNC CURIE of an approved symbol. */
    public Optional<String> hgncOf(String symbol) {
        return Optional.ofNullable(hgncBySymbol.get(symbol));
    }
}
