package org.airkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.airkg.SeedStore;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.mention.EntityRecognizer;
import org.airkg.extract.mention.Mention;
import org.junit.jupiter.api.Test;

/** The LTLT-Ca chain of the letrozole note: alteration, dependence shift, drug response, strategy. */
class MechanismBuilderTest {
    @Test
    void buildsTheLtltCaChainWithAStatementPerStep() throws Exception {
        Lexicon lexicon = Lexicon.load(SeedStore.root().resolve("data/lexicon"));
        Document d = DocumentReader.read(SeedStore.root().resolve("data/corpus/000_69488b54e0ebb312.txt"));
        List<Mention> mentions = new EntityRecognizer(lexicon).recognize(d);
        List<Relation> relations = Curations.load(SeedStore.root().resolve("data/curated"))
                .apply(d, new RelationExtractor(lexicon).extract(d, mentions)).relations();
        List<MechanismChain> chains = MechanismBuilder.build(d, mentions, relations);
        assertEquals(1, chains.size(), chains.toString());
        MechanismChain chain = chains.get(0);
        assertEquals("ltlt-ca", chain.modelId());
        assertEquals(Optional.of("letrozole"), chain.drugId(), "from the curated derivedByTreatmentWith");
        assertTrue(chain.entityIds().containsAll(List.of("erbb2", "esr1", "cyp19a1")), chain.entityIds().toString());
        assertEquals(List.of(MechanismChain.Role.ALTERATION, MechanismChain.Role.DEPENDENCE_SHIFT, MechanismChain.Role.DRUG_RESPONSE,
                MechanismChain.Role.COUNTER_STRATEGY), chain.steps().stream().map(MechanismChain.Step::role).toList());
        assertEquals("Upregulation of HER2 and MAPK signaling; Downregulation of ERα and aromatase.", chain.steps().get(0).statement());
        assertTrue(chain.steps().get(1).statement().contains("estrogen-independent growth"));
        assertTrue(chain.steps().get(3).statement().contains("drug holiday"));
        String file = d.source().text();
        for (MechanismChain.Step step : chain.steps()) {
            String quote = d.source().slice(step.span());
            assertTrue(quote.length() > 0 && file.contains(quote));
        }
    }
}
