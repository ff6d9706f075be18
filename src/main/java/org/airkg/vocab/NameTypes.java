package org.airkg.vocab;

/**
 * The kinds of name a table holds, in the {@code name:TYPE} field. Recognition treats them differently:
 * a label, symbol, full name or curated name is the vocabulary's own choice; an alias, previous symbol or
 * synonym is weaker evidence and must pass stricter rules.
 */
public final class NameTypes {
    /** The preferred name. */
    public static final String LABEL = "label";
    /** An approved gene symbol. */
    public static final String SYMBOL = "symbol";
    /** A gene's approved full name. */
    public static final String FULL_NAME = "fullname";
    /** An alias symbol or alias name. */
    public static final String ALIAS = "alias";
    /** A previous symbol or name. */
    public static final String PREVIOUS = "previous";
    /** A synonym of a drug, disease, phenotype or cell line. */
    public static final String SYNONYM = "synonym";
    /** A research code or alternative name of a compound. */
    public static final String CODE = "code";
    /** A name a curated grounding map assigns (FamPlex). */
    public static final String CURATED = "curated";
    /** The suffix of a name that is one common English word. */
    public static final String WORD_SUFFIX = ":word";

    private NameTypes() {}

    /** The field of a name of {@code type}, marked when the name is one common English word. */
    public static String field(String type, boolean englishWord) {
        return "name:" + type + (englishWord ? WORD_SUFFIX : "");
    }
}
