package ru.nastavnik.pairing.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.domain.OrderDocuments;

/**
 * The order as DOCX with Apache POI (XWPF) from the template, and as PDF with Apache PDFBox from the same filled
 * document, in DejaVu Sans shipped in the jar (Cyrillic; no office suite needed at run time). A placeholder may be
 * split across runs, as Word often splits text it has edited: the text is joined run by run, the value goes into
 * the run where the placeholder starts (keeping its formatting), and the rest of the placeholder is cut from the
 * following runs.
 */
@Component
class PoiOrderDocuments implements OrderDocuments {

    private static final String TEMPLATE = "/templates/order-template.docx";
    private static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";

    @Override
    public byte[] defaultTemplate() {
        return resource(TEMPLATE);
    }

    @Override
    public List<String> problemsOf(byte[] template) {
        List<String> problems = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(template))) {
            StringBuilder text = new StringBuilder();
            paragraphs(document).forEach(p -> text.append(p.getText()).append('\n'));
            for (String placeholder : REQUIRED) {
                if (text.indexOf(placeholder) < 0) {
                    problems.add("нет подстановки " + placeholder);
                }
            }
            if (problems.isEmpty() && rowTemplate(document) == null) {
                problems.add("подстановки строки пары ({{наставник}}, {{наставляемые}}, {{форма}}, {{начало}}, "
                        + "{{окончание}}) должны стоять в одной строке таблицы");
            }
        } catch (IOException | RuntimeException e) {
            problems.add("файл не является документом DOCX");
        }
        return problems;
    }

    @Override
    public byte[] docx(byte[] template, Content content) {
        try (XWPFDocument document = filled(template, content); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] pdf(byte[] template, Content content) {
        try (XWPFDocument document = filled(template, content)) {
            return new PdfWriter().write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFDocument filled(byte[] template, Content content) throws IOException {
        XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(template));
        XWPFTableRow row = rowTemplate(document);
        if (row != null) {
            XWPFTable table = row.getTable();
            int position = table.getRows().indexOf(row);
            int n = 0;
            for (Row pair : content.rows()) {
                XWPFTableRow copy = new XWPFTableRow((CTRow) row.getCtRow().copy(), table);
                Map<String, String> values = new LinkedHashMap<>();
                values.put("{{№}}", String.valueOf(n + 1));
                values.put("{{наставник}}", pair.mentor());
                values.put("{{наставляемые}}", pair.mentees());
                values.put("{{форма}}", pair.form());
                values.put("{{начало}}", pair.startsOn());
                values.put("{{окончание}}", pair.endsOn());
                for (XWPFTableCell cell : copy.getTableCells()) {
                    cell.getParagraphs().forEach(p -> replace(p, values));
                }
                table.addRow(copy, position + n);
                n++;
            }
            table.removeRow(position + n);
        }
        Map<String, String> values = new HashMap<>();
        values.put("{{номер}}", content.number());
        values.put("{{дата}}", content.date());
        values.put("{{организация}}", content.organization());
        values.put("{{заголовок}}", content.title());
        values.put("{{куратор}}", content.curator());
        paragraphs(document).forEach(p -> replace(p, values));
        return document;
    }

    /** The first table row holding all the row placeholders. */
    private static XWPFTableRow rowTemplate(XWPFDocument document) {
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                StringBuilder text = new StringBuilder();
                row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> text.append(p.getText()).append('\n')));
                if (ROW.stream().allMatch(placeholder -> text.indexOf(placeholder) >= 0)) {
                    return row;
                }
            }
        }
        return null;
    }

    /** Body paragraphs, paragraphs in table cells (one level of nesting), headers and footers. */
    private static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> all = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(cell.getParagraphs());
                    cell.getTables().forEach(inner -> inner.getRows().forEach(
                            r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs()))));
                }
            }
        }
        for (XWPFHeader header : document.getHeaderList()) {
            all.addAll(header.getParagraphs());
        }
        for (XWPFFooter footer : document.getFooterList()) {
            all.addAll(footer.getParagraphs());
        }
        return all;
    }

    /** Replaces every placeholder of {@code values} in the paragraph, even one split across runs. */
    static void replace(XWPFParagraph paragraph, Map<String, String> values) {
        int from = 0;
        while (true) {
            List<XWPFRun> runs = paragraph.getRuns();
            StringBuilder full = new StringBuilder();
            int[] starts = new int[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                starts[i] = full.length();
                full.append(text(runs.get(i)));
            }
            int at = -1;
            String key = null;
            for (String candidate : values.keySet()) {
                int index = full.indexOf(candidate, from);
                if (index >= 0 && (at < 0 || index < at)) {
                    at = index;
                    key = candidate;
                }
            }
            if (key == null) {
                return;
            }
            int end = at + key.length();
            String value = values.get(key) == null ? "" : values.get(key);
            int first = runAt(starts, at);
            int last = runAt(starts, end - 1);
            String firstText = text(runs.get(first));
            if (first == last) {
                runs.get(first).setText(firstText.substring(0, at - starts[first]) + value
                        + firstText.substring(end - starts[first]), 0);
            } else {
                runs.get(first).setText(firstText.substring(0, at - starts[first]) + value, 0);
                for (int i = first + 1; i < last; i++) {
                    runs.get(i).setText("", 0);
                }
                String lastText = text(runs.get(last));
                runs.get(last).setText(lastText.substring(end - starts[last]), 0);
            }
            from = at + value.length();
        }
    }

    private static String text(XWPFRun run) {
        String text = run.getText(0);
        return text == null ? "" : text;
    }

    private static int runAt(int[] starts, int offset) {
        int index = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= offset) {
                index = i;
            }
        }
        return index;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PoiOrderDocuments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the filled document out on A4 pages: paragraphs as wrapped lines, tables as bordered grids. */
    private static final class PdfWriter {

        private static final float MARGIN = 50;
        private static final float TEXT_SIZE = 12;
        private static final float TABLE_SIZE = 9.5f;
        private static final float PADDING = 3;

        private PDDocument pdf;
        private PDType0Font regular;
        private PDType0Font bold;
        private PDPageContentStream stream;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        byte[] write(XWPFDocument document) throws IOException {
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
            float leading = TABLE_SIZE * 1.3f;
            boolean header = true;
            for (XWPFTableRow row : table.getRows()) {
                PDType0Font font = header ? bold : regular;
                List<List<String>> lines = new ArrayList<>();
                int height = 1;
                for (int i = 0; i < columns; i++) {
                    String text = i < row.getTableCells().size() ? clean(row.getTableCells().get(i).getText(), font) : "";
                    List<String> cellLines = wrap(text, font, TABLE_SIZE, widths[i] - 2 * PADDING);
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
                        show(line, font, TABLE_SIZE, x + PADDING, lineY + TABLE_SIZE * 0.3f);
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
                        minimum[i] = Math.max(minimum[i], width(word, font, TABLE_SIZE) + 2 * PADDING + 1);
                    }
                    text[i] = Math.max(text[i], width(content, font, TABLE_SIZE));
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
    }
}
