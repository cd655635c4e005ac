package ru.nastavnik.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Lays a Word document out on A4 pages in DejaVu Sans (Cyrillic, shipped in this jar), so a service that writes an
 * order or a report as DOCX gets the same document as PDF without an office suite: paragraphs as wrapped lines (bold
 * and alignment kept), tables as bordered grids with a bold header row. Not thread-safe: one instance per document.
 */
public final class PdfLayout {

    private static final String FONT = "fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "fonts/DejaVuSans-Bold.ttf";


    private static final float MARGIN = 50;
    private static final float TEXT_SIZE = 12;
    private static final float PADDING = 3;

    private PDDocument pdf;
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream stream;
    private float y;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final float tableSize;

    /** @param tableSize the font size of table cells, in points: smaller for reports with many columns */
    public PdfLayout(float tableSize) {
        this.tableSize = tableSize;
    }

    public byte[] write(XWPFDocument document) throws IOException {
        try (PDDocument out = new PDDocument()) {
            pdf = out;
            regular = PDType0Font.load(pdf, new ByteArrayInputStream(resource(FONT)));
            bold = PDType0Font.load(pdf, new ByteArrayInputStream(resource(BOLD_FONT)));
            newPage();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    table(table);
                }
            }
            stream.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        stream = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void paragraph(XWPFParagraph paragraph) throws IOException {
        String text = clean(paragraph.getText(), regular);
        boolean strong = paragraph.getRuns().stream().anyMatch(XWPFRun::isBold);
        PDType0Font font = strong ? bold : regular;
        float leading = TEXT_SIZE * 1.35f;
        if (text.isBlank()) {
            y -= leading / 2;
            return;
        }
        for (String line : wrap(text, font, TEXT_SIZE, width)) {
            if (y - leading < MARGIN) {
                newPage();
            }
            float lineWidth = width(line, font, TEXT_SIZE);
            float x = paragraph.getAlignment() == ParagraphAlignment.CENTER ? MARGIN + (width - lineWidth) / 2
                    : paragraph.getAlignment() == ParagraphAlignment.RIGHT ? MARGIN + width - lineWidth : MARGIN;
            y -= leading;
            show(line, font, TEXT_SIZE, x, y);
        }
        y -= TEXT_SIZE * 0.4f;
    }

    private void table(XWPFTable table) throws IOException {
        int columns = table.getRows().stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        float[] widths = columnWidths(table, columns);
        float leading = tableSize * 1.3f;
        boolean header = true;
        for (XWPFTableRow row : table.getRows()) {
            PDType0Font font = header ? bold : regular;
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < columns; i++) {
                String text = i < row.getTableCells().size() ? clean(row.getTableCells().get(i).getText(), font) : "";
                List<String> cellLines = wrap(text, font, tableSize, widths[i] - 2 * PADDING);
                lines.add(cellLines);
                height = Math.max(height, cellLines.size());
            }
            float rowHeight = height * leading + 2 * PADDING;
            if (y - rowHeight < MARGIN) {
                newPage();
            }
            float x = MARGIN;
            for (int i = 0; i < columns; i++) {
                stream.addRect(x, y - rowHeight, widths[i], rowHeight);
                float lineY = y - PADDING;
                for (String line : lines.get(i)) {
                    lineY -= leading;
                    show(line, font, tableSize, x + PADDING, lineY + tableSize * 0.3f);
                }
                x += widths[i];
            }
            stream.stroke();
            y -= rowHeight;
            header = false;
        }
        y -= TEXT_SIZE * 0.6f;
    }

    /**
     * Each column at least as wide as its longest word (so dates and numbers never break), the rest of the
     * line shared in proportion to how much text each column holds.
     */
    private float[] columnWidths(XWPFTable table, int columns) throws IOException {
        float[] minimum = new float[columns];
        float[] text = new float[columns];
        boolean header = true;
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int i = 0; i < cells.size() && i < columns; i++) {
                PDType0Font font = header ? bold : regular;
                String content = clean(cells.get(i).getText(), font);
                for (String word : content.split("\\s+")) {
                    minimum[i] = Math.max(minimum[i], width(word, font, tableSize) + 2 * PADDING + 1);
                }
                text[i] = Math.max(text[i], width(content, font, tableSize));
            }
            header = false;
        }
        float fixed = 0;
        float flexible = 0;
        for (int i = 0; i < columns; i++) {
            fixed += minimum[i];
            flexible += Math.max(0, text[i] - minimum[i]);
        }
        float[] widths = new float[columns];
        float spare = width - fixed;
        for (int i = 0; i < columns; i++) {
            if (spare <= 0) {
                widths[i] = width * minimum[i] / fixed;
            } else {
                float extra = flexible > 0 ? spare * Math.max(0, text[i] - minimum[i]) / flexible : spare / columns;
                widths[i] = minimum[i] + extra;
            }
        }
        return widths;
    }

    private void show(String text, PDType0Font font, float size, float x, float at) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, at);
        stream.showText(text);
        stream.endText();
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Words onto lines no wider than {@code max}; a word longer than a line is cut. */
    private static List<String> wrap(String text, PDType0Font font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : part.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > max && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > max) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Tabs as spaces, and any character the font cannot draw as «?». */
    private static String clean(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder();
        text.replace('\t', ' ').replace('\u00a0', ' ').codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp == '\n') {
                out.append(ch);
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfLayout.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
