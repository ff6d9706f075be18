package org.airkg.document.render;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of one PDF page as AIR-KG extracts it with PDFBox, the text that page selectors ({@code page=N})
 * count positions in. Lines are sorted by position; a page whose lines leave a vertical gutter free near its
 * middle is read as two columns, left column before right, band by band (a full-width title or table above or
 * below the columns is read where it stands); a gap between words wider than three spaces becomes a tab, so
 * aligned table columns stay cells; a paragraph start (PDFBox's line-spacing test) gets a blank line before it.
 */
public final class PdfPageText {
    /** The most share of a page's lines that may run across the gutter of a two-column page. */
    private static final double MAX_CROSSING_SHARE = 0.2;
    private static final int MIN_COLUMN_LINES = 3;

    private PdfPageText() {}

    /** The extracted text of page {@code pageNumber} (from 1) of {@code document}. */
    public static String of(PDDocument document, int pageNumber) throws IOException {
        PDPage page = document.getPage(pageNumber - 1);
        List<Line> lines = lines(positions(document, pageNumber));
        PDRectangle box = page.getCropBox();
        float width = box.getWidth();
        float height = box.getHeight();
        double gutter = gutter(lines, width);
        Stripper stripper = new Stripper();
        List<String> regions = new ArrayList<>();
        if (Double.isNaN(gutter)) {
            regions.add(stripper.region(new Rectangle2D.Float(0, 0, width, height)));
        } else {
            float top = 0;
            int i = 0;
            while (i < lines.size()) {
                boolean split = !lines.get(i).covers(gutter);
                int j = i;
                while (j + 1 < lines.size() && !lines.get(j + 1).covers(gutter) == split) {
                    j++;
                }
                float bottom = j + 1 < lines.size() ? (lines.get(j).y + lines.get(j + 1).top()) / 2 : height;
                if (split) {
                    regions.add(stripper.region(new Rectangle2D.Double(0, top, gutter, bottom - top)));
                    regions.add(stripper.region(new Rectangle2D.Double(gutter, top, width - gutter, bottom - top)));
                } else {
                    regions.add(stripper.region(new Rectangle2D.Float(0, top, width, bottom - top)));
                }
                top = bottom;
                i = j + 1;
            }
        }
        stripper.extractRegions(page);
        StringBuilder text = new StringBuilder();
        for (String name : regions) {
            String region = stripper.getTextForRegion(name);
            text.append(region);
            if (!region.isEmpty() && !region.endsWith("\n")) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The x of a free vertical gutter between two columns, or NaN for a page of one column: the x in the middle
     * two fifths of the page that the fewest lines run across, with at least three lines holding text on each
     * side of it, and no more than a fifth of the lines running across it (a full-width title or table). The
     * lines of two columns need not share baselines.
     */
    static double gutter(List<Line> lines, float width) {
        double best = Double.NaN;
        int bestCrossing = Integer.MAX_VALUE;
        int bestRight = 0;
        for (double x = width * 0.3; x <= width * 0.7; x += 1) {
            int left = 0;
            int right = 0;
            int crossing = 0;
            for (Line line : lines) {
                if (line.covers(x)) {
                    crossing++;
                } else {
                    left += line.left() < x ? 1 : 0;
                    right += line.right() > x ? 1 : 0;
                }
            }
            boolean columns = left >= MIN_COLUMN_LINES && right >= MIN_COLUMN_LINES;
            if (columns && (crossing < bestCrossing || crossing == bestCrossing && right > bestRight)) {
                bestCrossing = crossing;
                bestRight = right;
                best = x;
            }
        }
        return bestCrossing <= MAX_CROSSING_SHARE * lines.size() ? best : Double.NaN;
    }

    private static List<TextPosition> positions(PDDocument document, int pageNumber) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    all.add(text);
                }
            }
        };
        collector.setStartPage(pageNumber);
        collector.setEndPage(pageNumber);
        collector.getText(document);
        return all;
    }

    /** The glyphs of a page grouped into lines by baseline, top to bottom. */
    static List<Line> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<Line> lines = new ArrayList<>();
        for (TextPosition g : sorted) {
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.y - g.getYDirAdj()) <= 2) {
                last.glyphs.add(g);
            } else {
                lines.add(new Line(g.getYDirAdj(), new ArrayList<>(List.of(g))));
            }
        }
        lines.forEach(l -> l.glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return lines;
    }

    /** A line of glyphs on one baseline. */
    record Line(float y, List<TextPosition> glyphs) {
        float top() {
            return (float) glyphs.stream().mapToDouble(g -> g.getYDirAdj() - g.getHeightDir()).min().orElse(y);
        }

        float left() {
            return glyphs.get(0).getXDirAdj();
        }

        float right() {
            TextPosition last = glyphs.get(glyphs.size() - 1);
            return last.getXDirAdj() + last.getWidthDirAdj();
        }

        /** True when text runs across {@code x}: no gap of more than three spaces' width there. */
        boolean covers(double x) {
            for (int i = 0; i + 1 < glyphs.size(); i++) {
                TextPosition a = glyphs.get(i);
                TextPosition b = glyphs.get(i + 1);
                double end = a.getXDirAdj() + a.getWidthDirAdj();
                if (end <= x && b.getXDirAdj() >= x) {
                    return b.getXDirAdj() - end <= 3 * Math.max(a.getWidthOfSpace(), 1);
                }
                if (a.getXDirAdj() <= x && end >= x) {
                    return true;
                }
            }
            return left() <= x && right() >= x;
        }
    }

    /** PDFBox's area stripper, sorting by position, marking wide gaps between words with a tab. */
    private static final class Stripper extends PDFTextStripperByArea {
        private double lastEnd = Double.NaN;
        private double lastSpace;
        private int regions;

        Stripper() throws IOException {
            setSortByPosition(true);
            setParagraphStart("\n");
            setWordSeparator("");
        }

        String region(Rectangle2D area) {
            String name = "r" + regions++;
            addRegion(name, area);
            return name;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                if (!Double.isNaN(lastEnd)) {
                    double gap = first.getXDirAdj() - lastEnd;
                    writeString(gap > 3 * Math.max(lastSpace, 1) ? "\t" : " ");
                }
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
                lastSpace = last.getWidthOfSpace();
            }
            writeString(text);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lastEnd = Double.NaN;
            super.writeLineSeparator();
        }

        @Override
        protected void writeParagraphStart() throws IOException {
            lastEnd = Double.NaN;
            super.writeParagraphStart();
        }
    }
}
