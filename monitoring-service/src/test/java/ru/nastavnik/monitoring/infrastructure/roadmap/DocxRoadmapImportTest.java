package ru.nastavnik.monitoring.infrastructure.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.monitoring.infrastructure.roadmap.SeedRoadmapImportTest.item;
import static ru.nastavnik.monitoring.infrastructure.roadmap.SeedRoadmapImportTest.numbers;
import static ru.nastavnik.monitoring.infrastructure.roadmap.SeedRoadmapImportTest.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.DraftItem;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapDraft;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapSource.UnreadableRoadmap;

/**
 * Seeds rebuilt as real Word documents with POI (tables, cells of several paragraphs, bullet and numbered lists,
 * merged cells, a bold title) read back to the same items as their text; broken and foreign files refused.
 */
class DocxRoadmapImportTest {

    private final DocumentRoadmapSource source = new DocumentRoadmapSource();

    @Test
    void seed000AsAWordTableReadsAsItsText() throws IOException {
        AcademicYear year = new AcademicYear(2023);
        String text = new String(seed(SeedRoadmapImportTest.SEED_000), StandardCharsets.UTF_8);
        RoadmapDraft fromText = source.read("000.txt", seed(SeedRoadmapImportTest.SEED_000), year);

        byte[] docx;
        try (Word word = new Word()) {
            List<List<String>> rows = word.preambleAndRows(text);
            XWPFTable table = word.table(rows);
            // the number and stage of item 1 merged down over the unnumbered row under it, as Word tables have them
            verticalMerge(table, 1, 0);
            verticalMerge(table, 1, 1);
            docx = word.bytes();
        }
        RoadmapDraft fromDocx = source.read("дорожная карта.docx", docx, year);

        assertThat(fromDocx.title()).isEqualTo(fromText.title());
        assertThat(numbers(fromDocx)).containsExactly("1", "1.1", "2", "3", "4", "4.1", "5", "6", "6.1", "6.2", "7");
        assertThat(fromDocx.items()).isEqualTo(fromText.items());
        // a cell of several paragraphs is one item, a line per paragraph
        assertThat(item(fromDocx, "1.1").activities()).isEqualTo("Информирование педагогического сообщества\n"
                + "- проведение педагогического совета (протокол);\n- сайт;\n- сетевые сообщества.");
    }

    @Test
    void seed003WithMergedHeaderAndABulletListReadsAsItsText() throws IOException {
        AcademicYear year = new AcademicYear(2021);
        RoadmapDraft fromText = source.read("003.txt", seed(SeedRoadmapImportTest.SEED_003), year);
        String text = new String(seed(SeedRoadmapImportTest.SEED_003), StandardCharsets.UTF_8);

        byte[] docx;
        try (Word word = new Word()) {
            List<List<String>> rows = word.preambleAndRows(text);
            // «Ответственные» spans the «муниципальные» and «ОО» columns: one cell of grid span 2
            rows.set(0, List.of("№ п/п", "Мероприятия", "Сроки исполнения", "Ответственные"));
            XWPFTable table = word.table(rows, row -> row.startsWith("1.3.") ? null : row);
            table.getRow(0).getCell(3).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            // item 1.3 as Word writes it: a paragraph, a bullet list, a paragraph
            XWPFTableCell cell = findRow(table, "1.3.").getCell(1);
            BigInteger bullets = word.list(STNumberFormat.BULLET);
            cell.removeParagraph(0);
            word.paragraph(cell, "Разработка нормативно-правовых актов, обеспечивающих внедрение целевой модели наставничества:", null);
            for (String entry : List.of("дорожные карты образовательных организаций,",
                    "распорядительные акты о внедрении целевой модели наставничества на уровне ОО,",
                    "положения о программе наставничества в ОО,", "программы наставничества обучающихся ОО.")) {
                word.paragraph(cell, entry, bullets);
            }
            word.paragraph(cell, "Определение и закрепление школьных кураторов.", null);
            docx = word.bytes();
        }
        RoadmapDraft fromDocx = source.read("003.docx", docx, year);

        assertThat(fromDocx.title()).isEqualTo(fromText.title());
        assertThat(fromDocx.items()).hasSize(20);
        assertThat(fromDocx.items()).isEqualTo(fromText.items());
        assertThat(item(fromDocx, "1.3").responsibleMunicipal()).isEqualTo("Специалисты УО, МКУДПО ЦРО");
        assertThat(item(fromDocx, "1.3").responsible()).isEqualTo("Руководители ОО");
    }

    @Test
    void aNumberedListInACellBecomesSubItems() throws IOException {
        byte[] docx;
        try (Word word = new Word()) {
            XWPFTable table = word.table(List.of(
                    List.of("№", "Наименование этапа", "Содержание деятельности", "Сроки"),
                    List.of("1.", "Подготовка", "Издать приказ", "До 15.09.2025"),
                    List.of("2.", "Формирование банка наставников", "", "сентябрь")));
            XWPFTableCell cell = table.getRow(2).getCell(2);
            cell.removeParagraph(0);
            BigInteger decimal = word.list(STNumberFormat.DECIMAL);
            word.paragraph(cell, "Провести анкетирование", decimal);
            word.paragraph(cell, "Сформировать банк данных", decimal);
            docx = word.bytes();
        }
        RoadmapDraft draft = source.read("план.docx", docx, new AcademicYear(2025));

        assertThat(numbers(draft)).containsExactly("1", "2.1", "2.2");
        assertThat(draft.items()).extracting(DraftItem::activities)
                .containsExactly("Издать приказ", "Провести анкетирование", "Сформировать банк данных");
        assertThat(item(draft, "2.2").stage()).isEqualTo("Формирование банка наставников");
        assertThat(item(draft, "2.2").deadline().from()).isEqualTo("2025-09-01");
        assertThat(draft.title()).isEqualTo("план");
    }

    @Test
    void anApprovalTableColumnNumbersARepeatedHeaderAndSkippedGridCells() throws IOException {
        List<String> header = List.of("№", "Наименование этапа", "Мероприятия", "Сроки", "Ответственные");
        byte[] docx;
        try (Word word = new Word()) {
            word.table(List.of(List.of("ПРИНЯТО\nна педагогическом совете", "УТВЕРЖДЕНО\nприказом № 5")));
            XWPFRun title = word.document.createParagraph().createRun();
            title.setBold(true);
            title.setText("План мероприятий (дорожная карта) по наставничеству");
            word.document.createParagraph().createRun().setText("на 2025-2026 учебный год");
            word.table(List.of(header, List.of("1", "2", "3", "4", "5"),
                    List.of("1.", "Подготовка", "Издать приказ", "До 15.09.2025", "Директор")));
            word.document.createParagraph();
            XWPFTable continued = word.table(List.of(header,
                    List.of("2.", "Отбор наставников", "Провести анкетирование", "октябрь", "Куратор"),
                    List.of("Подобрать пары", "ноябрь", "Куратор")));
            // the last row starts one grid column in (w:gridBefore), as Word writes a row without its first cells
            continued.getRow(2).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.TWO);
            docx = word.bytes();
        }
        RoadmapDraft draft = source.read("план.docx", docx, new AcademicYear(2025));

        assertThat(draft.title()).isEqualTo("План мероприятий (дорожная карта) по наставничеству");
        assertThat(numbers(draft)).containsExactly("1", "2", "2.1");
        assertThat(draft.items()).extracting(DraftItem::activities)
                .containsExactly("Издать приказ", "Провести анкетирование", "Подобрать пары");
        assertThat(item(draft, "2.1").stage()).isEqualTo("Отбор наставников");
        assertThat(item(draft, "2.1").deadline().to()).isEqualTo("2025-11-30");
        assertThat(item(draft, "2.1").responsible()).isEqualTo("Куратор");
    }

    @Test
    void aTableTypedAsTabSeparatedParagraphsReadsAsText() throws IOException {
        AcademicYear year = new AcademicYear(2024);
        String text = new String(seed(SeedRoadmapImportTest.SEED_004), StandardCharsets.UTF_8);
        RoadmapDraft fromText = source.read("004.txt", seed(SeedRoadmapImportTest.SEED_004), year);

        byte[] docx;
        try (Word word = new Word()) {
            for (String line : text.split("\n")) {
                XWPFRun run = word.document.createParagraph().createRun();
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        run.addTab();
                    }
                    run.setText(cells[i], i);
                }
            }
            docx = word.bytes();
        }
        RoadmapDraft fromDocx = source.read("004.docx", docx, year);

        assertThat(fromDocx.items()).hasSize(6).isEqualTo(fromText.items());
        assertThat(fromDocx.title()).isEqualTo(fromText.title());
    }

    @Test
    void aCorruptDocxIsUnreadable() {
        byte[] zipHeaderThenNoise = Arrays.copyOf(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, 400);
        Arrays.fill(zipHeaderThenNoise, 10, 400, (byte) 0x5A);
        assertThatThrownBy(() -> source.read("карта.docx", zipHeaderThenNoise, new AcademicYear(2025)))
                .isInstanceOf(UnreadableRoadmap.class)
                .hasMessageContaining("«карта.docx»").hasMessageContaining("DOCX");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsUnreadable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("не документ".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> source.read("архив.docx", out.toByteArray(), new AcademicYear(2025)))
                .isInstanceOf(UnreadableRoadmap.class).hasMessageContaining("DOCX");
    }

    @Test
    void aWordDocumentWithoutARoadmapIsUnreadable() throws IOException {
        byte[] docx;
        try (Word word = new Word()) {
            word.document.createParagraph().createRun().setText("Уважаемые коллеги! Направляем материалы семинара.");
            docx = word.bytes();
        }
        assertThatThrownBy(() -> source.read("письмо.docx", docx, new AcademicYear(2025)))
                .isInstanceOf(UnreadableRoadmap.class).hasMessageContaining("не найдено ни одного пункта");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void verticalMerge(XWPFTable table, int firstRow, int column) {
        table.getRow(firstRow).getCell(column).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        XWPFTableCell below = table.getRow(firstRow + 1).getCell(column);
        below.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
    }

    private static XWPFTableRow findRow(XWPFTable table, String number) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(number)).findFirst().orElseThrow();
    }

    /** A Word document under construction: bold title paragraphs, tables of several-paragraph cells, lists. */
    private static final class Word implements AutoCloseable {

        final XWPFDocument document = new XWPFDocument();
        private XWPFNumbering numbering;

        /** Writes the seed's text before its table as paragraphs («**…**» bold) and returns the table rows. */
        List<List<String>> preambleAndRows(String text) {
            List<List<String>> rows = new ArrayList<>();
            boolean bold = false;
            for (String line : text.split("\n")) {
                if (line.indexOf('\t') >= 0) {
                    rows.add(new ArrayList<>(List.of(line.split("\t", -1))));
                    continue;
                }
                if (!rows.isEmpty() || line.isBlank()) {
                    continue;
                }
                boolean opens = line.startsWith("**");
                boolean closes = line.endsWith("**");
                XWPFRun run = document.createParagraph().createRun();
                run.setText(line.replace("**", ""));
                run.setBold(bold || opens);
                bold = (bold || opens) && !closes;
            }
            return rows;
        }

        XWPFTable table(List<List<String>> rows) {
            return table(rows, r -> r);
        }

        /** A table; cells listing «…; – a; – b» get a paragraph per entry; {@code skip} leaves a cell empty. */
        XWPFTable table(List<List<String>> rows, java.util.function.UnaryOperator<String> skip) {
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable table = document.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                List<String> cells = rows.get(r);
                while (row.getTableCells().size() > cells.size()) {
                    row.removeCell(row.getTableCells().size() - 1);
                }
                for (int c = 0; c < cells.size(); c++) {
                    XWPFTableCell cell = row.getCell(c);
                    String value = c == 1 && skip.apply(cells.get(0)) == null ? "" : cells.get(c);
                    String[] paragraphs = value.split("(?<=[;:.])\\s+(?=[–-]\\s)|\n");
                    cell.getParagraphs().get(0).createRun().setText(paragraphs[0].strip());
                    for (int p = 1; p < paragraphs.length; p++) {
                        cell.addParagraph().createRun().setText(paragraphs[p].strip());
                    }
                }
            }
            return table;
        }

        BigInteger list(STNumberFormat.Enum format) {
            if (numbering == null) {
                numbering = document.createNumbering();
            }
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1);
            abstractNum.setAbstractNumId(id);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(format);
            level.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "➤" : "%1.");
            level.addNewStart().setVal(BigInteger.ONE);
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
            return numbering.addNum(abstractId);
        }

        void paragraph(XWPFTableCell cell, String text, BigInteger list) {
            XWPFParagraph paragraph = cell.addParagraph();
            paragraph.createRun().setText(text);
            if (list != null) {
                paragraph.setNumID(list);
                paragraph.setNumILvl(BigInteger.ZERO);
            }
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }
}
