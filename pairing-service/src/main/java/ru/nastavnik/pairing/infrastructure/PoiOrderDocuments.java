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
import ru.nastavnik.platform.documents.PdfLayout;

/**
 * The order as DOCX with Apache POI (XWPF) from the template, and as PDF laid out from the same filled document by
 * the platform's {@link PdfLayout} (DejaVu Sans, Cyrillic; no office suite needed at run time). A placeholder may be
 * split across runs, as Word often splits text it has edited: the text is joined run by run, the value goes into
 * the run where the placeholder starts (keeping its formatting), and the rest of the placeholder is cut from the
 * following runs.
 */
@Component
class PoiOrderDocuments implements OrderDocuments {

    private static final String TEMPLATE = "/templates/order-template.docx";

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
            return new PdfLayout(9.5f).write(document);
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
}
