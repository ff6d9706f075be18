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

/** Resistance-mechanism chains of the seed notes: alteration, dependence shift, drug response, strategy. */
class MechanismBuilderTest {
    /**
     * The chains of a seed document, built from its curated relations as the build does, with the statements of the
     * standard rules and of expression-change (left out of the standard profile): a chain's first step is an expression change.
     */
    private static List<MechanismChain> chains(Document d) throws java.io.IOException {
        Lexicon lexicon = Lexicon.load(SeedStore.root().resolve("data/lexicon"));
        List<Mention> mentions = new EntityRecognizer(lexicon).recognize(d);
        RuleProfile standard = RuleProfile.standard();
        List<String> names = new java.util.ArrayList<>(standard.rules().stream().map(RelationRule::name).toList());
        names.add("expression-change");
        RuleProfile rules = RuleProfile.named(SeedStore.root().resolve("rules/relations"), SeedStore.root().resolve("ontology/airkg.ttl"), names);
        List<Relation> relations = Curations.load(SeedStore.root().resolve("data/curated"))
                .apply(d, new RelationExtractor(lexicon, rules).extract(d, mentions)).relations();
        return new MechanismBuilder(lexicon, rules).build(d, mentions, relations);
    }

    @Test
    void buildsTheLtltCaChainWithAStatementPerStep() throws Exception {
        Document d = DocumentReader.read(SeedStore.root().resolve("data/corpus/000_69488b54e0ebb312.txt"));
        List<MechanismChain> chains = chains(d);
        MechanismChain chain = chains.stream().filter(c -> c.modelId().isPresent()).findFirst().orElseThrow();
        assertEquals(Optional.of("ltlt-ca"), chain.modelId());
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

    @Test
    void buildsChainsFromDriversOfResistanceWithTheStrategyAgainstThem() throws Exception {
        List<MechanismChain> chains = chains(DocumentReader.read(SeedStore.root().resolve("data/corpus/003_1afece03e2dd8667.txt")));
        MechanismChain esr1 = chains.stream().filter(c -> c.key().equals("esr1-mutation")).findFirst().orElseThrow(() -> new AssertionError(chains));
        assertEquals(Optional.of("anastrozole"), esr1.drugId());
        assertEquals(List.of(MechanismChain.Role.ALTERATION, MechanismChain.Role.DEPENDENCE_SHIFT, MechanismChain.Role.DRUG_RESPONSE,
                MechanismChain.Role.COUNTER_STRATEGY), esr1.steps().stream().map(MechanismChain.Step::role).toList());
        assertTrue(esr1.steps().get(1).statement().contains("estrogen-independent receptor activity"), esr1.steps().get(1).statement());
        assertTrue(esr1.steps().get(2).statement().contains("ineffective"), esr1.steps().get(2).statement());
        assertTrue(esr1.steps().get(3).statement().contains("Fulvestrant"), esr1.steps().get(3).statement());
    }
}
