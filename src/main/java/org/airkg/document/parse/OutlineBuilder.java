package org.airkg.document.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.airkg.document.Section;
import org.airkg.document.SourceText;

/**
 * Builds a document's outline as headings arrive in reading order: gives each section its path id and
 * level, and extends the span of every open section as content is added to it.
 */
final class OutlineBuilder {
    private static final class Open {
        final String id;
        final String title;
        final int level;
        final Optional<String> parentId;
        final int headingStart;
        final int headingEnd;
        final org.airkg.document.Passage heading;
        int end;
        int children;
        boolean hasContent;

        Open(String id, String title, int level, Optional<String> parentId, int headingStart, int headingEnd,
                org.airkg.document.Passage heading) {
            this.heading = heading;
            this.id = id;
            this.title = title;
            this.level = level;
            this.parentId = parentId;
            this.headingStart = headingStart;
            this.headingEnd = headingEnd;
            this.end = headingEnd;
        }
    }

    private final SourceText source;
    private final List<Open> all = new ArrayList<>();
    private final Deque<Open> stack = new ArrayDeque<>();
    private int topLevelCount;

    OutlineBuilder(SourceText source) {
        this.source = source;
    }

    /** Opens a section for a heading found at chars {@code [start, end)}; its title is the normalised {@code title}. */
    void open(HeadingRules.Heading heading, org.airkg.document.Passage title, int start, int end) {
        int level = heading.markupLevel().map(l -> Math.max(2, l)).orElseGet(() -> plainLevel(heading.title()));
        while (!stack.isEmpty() && stack.peek().level >= level) {
            stack.pop();
        }
        Open parent = stack.peek();
        String id = parent == null ? Integer.toString(++topLevelCount) : parent.id + "." + (++parent.children);
        Open section = new Open(id, title.text(), level, Optional.ofNullable(parent).map(p -> p.id), start, end, title);
        all.add(section);
        stack.push(section);
        extendTo(end);
    }

    private int plainLevel(String title) {
        if (HeadingRules.isTopLevelName(title)) {
            return 2;
        }
        Open last = stack.peek();
        if (last == null) {
            return 2;
        }
        if (!last.hasContent) {
            return last.level + 1;
        }
        return stack.peekLast().level + 1;
    }

    /** Records content ending at char {@code end} in every open section; returns the innermost section's id. */
    Optional<String> addContent(int end) {
        for (Open open : stack) {
            open.hasContent = true;
        }
        extendTo(end);
        return current();
    }

    /** The id of the innermost open section. */
    Optional<String> current() {
        return Optional.ofNullable(stack.peek()).map(o -> o.id);
    }

    /** Closes every open section: what follows belongs to none. */
    void closeAll() {
        stack.clear();
    }

    private void extendTo(int end) {
        for (Open open : stack) {
            open.end = Math.max(open.end, end);
        }
    }

    /** The sections, in reading order. */
    List<Section> sections() {
        return all.stream()
                .map(o -> new Section(o.id, o.title, o.level, o.parentId,
                        source.span(o.headingStart, o.headingEnd), source.span(o.headingStart, o.end), Optional.of(o.heading)))
                .toList();
    }
}
