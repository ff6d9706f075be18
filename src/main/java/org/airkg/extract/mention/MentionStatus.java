package org.airkg.extract.mention;

/** How a mention was resolved. */
public enum MentionStatus {
    /** It names one lexicon entity. */
    LINKED,
    /** Its name belongs to several lexicon entities and the context did not decide. */
    AMBIGUOUS,
    /** The lexicon lacks it, but it has the shape of a drug, trial or cell line name. */
    CANDIDATE
}
