package org.airkg.extract.mention;

/** A mention with where it stands in its passage's normalised text, {@code [start, end)}, for rules that read around it. */
record Placed(Mention mention, int start, int end) {}
