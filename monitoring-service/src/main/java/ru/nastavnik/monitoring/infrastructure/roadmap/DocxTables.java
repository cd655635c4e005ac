package ru.nastavnik.monitoring.infrastructure.roadmap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;

import ru.nastavnik.monitoring.domain.roadmap.RoadmapSource.UnreadableRoadmap;

/**
 * The parts of a DOCX a roadmap lives in: the paragraphs before the last table (bold ones marked «**…**», as the
 * title is found by them), every table's rows as lists of cell texts (a cell's paragraphs one per line, list
 * paragraphs prefixed «- » or «1. », nested tables flattened, horizontally merged cells expanded so columns stay
 * aligned), and the whole text with tables as tab-separated lines, for documents that type the table as text.
 */
final class DocxTables {

    record Document(List<String> preamble, boolean hasTables, List<List<String>> rows, String text) {
    }

    private DocxTables() {
    }

    static Document read(String name, byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> preamble = new ArrayList<>();
            List<XWPFTable> tables = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<IBodyElement> elements = document.getBodyElements();
            int lastTable = -1;
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof XWPFTable) {
                    lastTable = i;
                }
            }
            for (int i = 0; i < elements.size(); i++) {
                IBodyElement element = elements.get(i);
                if (element instanceof XWPFParagraph paragraph) {
                    String line = paragraph.getText();
                    text.append(line).append('\n');
                    if (i < lastTable || tables.isEmpty()) {
                        // the title may follow an approval block typed as a table («ПРИНЯТО | УТВЕРЖДЕНО»)
                        preamble.add(isBold(paragraph) && !line.isBlank() ? "**" + line.strip() + "**" : line);
                        preamble.add("");
                    }
                } else if (element instanceof XWPFTable table) {
                    tables.add(table);
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = cells(row);
                        rows.add(cells);
                        text.append(String.join("\t", cells.stream().map(c -> c.replace('\n', ' ')).toList()))
                                .append('\n');
                    }
                }
            }
            return new Document(mergeBold(preamble), !tables.isEmpty(), rows, text.toString());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableRoadmap("Файл «" + name + "» не удалось прочитать как документ DOCX: "
                    + "он повреждён или это не документ Word");
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties != null && properties.sizeOfGridBeforeArray() > 0) {
            for (int i = 0; i < span(properties.getGridBeforeArray(0)); i++) {
                cells.add("");
            }
        }
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(text(cell));
            CTTcPr tc = cell.getCTTc().getTcPr();
            int span = tc != null && tc.isSetGridSpan() ? span(tc.getGridSpan()) : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }

    private static int span(CTDecimalNumber number) {
        if (number == null || number.getVal() == null) {
            return 1;
        }
        BigInteger value = number.getVal();
        return Math.max(1, Math.min(value.intValue(), 64));
    }

    /** A cell's paragraphs one per line; list items «- …» or «N. …»; nested tables row by row. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String line = paragraph.getText();
                if (line.isBlank()) {
                    continue;
                }
                if (paragraph.getNumID() != null) {
                    String format = paragraph.getNumFmt();
                    String key = paragraph.getNumID() + ":" + paragraph.getNumIlvl();
                    if (format != null && !format.equals("bullet") && !format.equals("none")) {
                        int k = counters.merge(key, 1, Integer::sum);
                        line = k + ". " + line.strip();
                    } else {
                        line = "- " + line.strip();
                    }
                }
                lines.add(line);
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    lines.add(String.join(" ", cells(row)).strip());
                }
            }
        }
        return String.join("\n", lines);
    }

    private static boolean isBold(XWPFParagraph paragraph) {
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String t = run.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** «**a**», «**b**» on consecutive paragraphs become one block «**a\nb**», as a bold title spans lines. */
    private static List<String> mergeBold(List<String> preamble) {
        List<String> out = new ArrayList<>();
        for (String line : preamble) {
            int last = out.size() - 1;
            int beforeBlank = last - 1;
            if (line.startsWith("**") && line.endsWith("**") && beforeBlank >= 0 && out.get(last).isEmpty()
                    && out.get(beforeBlank).startsWith("**") && out.get(beforeBlank).endsWith("**")) {
                String previous = out.get(beforeBlank);
                out.remove(last);
                out.set(beforeBlank, previous.substring(0, previous.length() - 2) + "\n" + line.substring(2));
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
