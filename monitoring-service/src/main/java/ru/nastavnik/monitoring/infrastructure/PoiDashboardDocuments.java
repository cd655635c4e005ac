package ru.nastavnik.monitoring.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.dashboard.Breakdown;
import ru.nastavnik.monitoring.domain.dashboard.Dashboard;
import ru.nastavnik.monitoring.domain.dashboard.DashboardDocuments;
import ru.nastavnik.monitoring.domain.dashboard.Figure;
import ru.nastavnik.monitoring.domain.dashboard.Reading;
import ru.nastavnik.monitoring.domain.dashboard.Status;
import ru.nastavnik.monitoring.domain.dashboard.TrendPoint;
import ru.nastavnik.monitoring.domain.dashboard.UnitFigures;
import ru.nastavnik.monitoring.domain.dashboard.YearlyReport;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.Indicator.Kind;
import ru.nastavnik.platform.documents.PdfLayout;

/**
 * The indicator tables as an XLSX workbook (percentages stored as numbers with a % format, so they can be charted and
 * summed in Excel), the yearly report as a DOCX written with POI and the same document laid out as PDF in DejaVu Sans.
 */
@Component
class PoiDashboardDocuments implements DashboardDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Column captions short enough for nine columns on a portrait A4 page without breaking words. */
    static final Map<Indicator, String> SHORT = Map.of(
            Indicator.MENTORS_SHARE_OF_TEACHING_STAFF, "Наставники",
            Indicator.PARTICIPANTS_IN_PAIRS, "В парах",
            Indicator.PLAN_FULFILMENT, "Планы",
            Indicator.FEEDBACK_AFTER_MEETINGS, "Обратная связь",
            Indicator.DIAGNOSTICS_COVERAGE, "Диагностика",
            Indicator.FINAL_MEETING_PARTICIPATION, "Итоговая встреча",
            Indicator.ROADMAP_ON_TIME, "Дорожная карта",
            Indicator.PRACTICES_PUBLISHED, "Практики");

    @Override
    public byte[] workbook(Dashboard dashboard, Breakdown breakdown) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            indicatorSheet(workbook.createSheet("Показатели"), dashboard, styles);
            if (breakdown != null) {
                breakdownSheet(workbook.createSheet(breakdown.childLevel() == Unit.Level.MUNICIPALITY
                        ? "Муниципалитеты" : "Организации"), breakdown, styles);
                belowSheet(workbook.createSheet("Ниже целевого значения"), breakdown, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indicatorSheet(Sheet sheet, Dashboard dashboard, Styles styles) {
        TreeSet<AcademicYear> years = new TreeSet<>();
        dashboard.readings().forEach(r -> r.trend().forEach(p -> years.add(p.academicYear())));
        Row caption = sheet.createRow(0);
        text(caption, 0, place(dashboard) + " — " + dashboard.academicYear() + " учебный год", styles.bold);
        Row header = sheet.createRow(2);
        List<String> captions = new java.util.ArrayList<>(List.of("Показатель", "Вид", "Целевое значение", "Числитель",
                "Знаменатель", "Значение " + dashboard.academicYear(), "Статус"));
        years.forEach(y -> captions.add("Значение " + y));
        for (int i = 0; i < captions.size(); i++) {
            text(header, i, captions.get(i), styles.bold);
        }
        int r = 3;
        for (Reading reading : dashboard.readings()) {
            Figure f = reading.figure();
            Row row = sheet.createRow(r++);
            text(row, 0, f.indicator().title(), null);
            text(row, 1, f.indicator().kind() == Kind.SHARE ? "доля" : "количество", null);
            value(row, 2, f.indicator(), f.indicator().target(), styles);
            row.createCell(3).setCellValue(f.numerator());
            if (f.indicator().kind() == Kind.SHARE) {
                row.createCell(4).setCellValue(f.denominator());
            }
            value(row, 5, f.indicator(), f.value(), styles);
            text(row, 6, status(f.status()), null);
            int c = 7;
            for (AcademicYear year : years) {
                BigDecimal earlier = reading.trend().stream().filter(p -> p.academicYear().equals(year))
                        .map(TrendPoint::value).findFirst().orElse(null);
                value(row, c++, f.indicator(), earlier, styles);
            }
        }
        sheet.setColumnWidth(0, 48 * 256);
        for (int i = 1; i < captions.size(); i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
        sheet.createFreezePane(1, 3);
    }

    private static void breakdownSheet(Sheet sheet, Breakdown breakdown, Styles styles) {
        Row header = sheet.createRow(0);
        text(header, 0, breakdown.childLevel() == Unit.Level.MUNICIPALITY ? "Муниципалитет" : "Организация", styles.bold);
        Indicator[] indicators = Indicator.values();
        for (int i = 0; i < indicators.length; i++) {
            text(header, i + 1, indicators[i].title(), styles.wrapBold);
        }
        Row targets = sheet.createRow(1);
        text(targets, 0, "Целевое значение", styles.bold);
        for (int i = 0; i < indicators.length; i++) {
            value(targets, i + 1, indicators[i], indicators[i].target(), styles);
        }
        int r = 2;
        for (UnitFigures unit : breakdown.units()) {
            Row row = sheet.createRow(r++);
            text(row, 0, unit.unit().name(), null);
            for (int i = 0; i < indicators.length; i++) {
                value(row, i + 1, indicators[i], unit.figure(indicators[i]).value(), styles);
            }
        }
        sheet.setColumnWidth(0, 48 * 256);
        for (int i = 0; i < indicators.length; i++) {
            sheet.setColumnWidth(i + 1, 18 * 256);
        }
        sheet.createFreezePane(1, 2);
    }

    private static void belowSheet(Sheet sheet, Breakdown breakdown, Styles styles) {
        Row header = sheet.createRow(0);
        text(header, 0, "Показатель", styles.bold);
        text(header, 1, "Целевое значение", styles.bold);
        text(header, 2, "Организаций ниже целевого значения", styles.bold);
        int r = 1;
        for (Indicator indicator : Indicator.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, indicator.title(), null);
            value(row, 1, indicator, indicator.target(), styles);
            row.createCell(2).setCellValue(breakdown.organizationsBelowTarget().get(indicator));
        }
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 36 * 256);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A share as a fraction with a percent format (92.5 % is 0.925), a count as a whole number; blank for no data. */
    private static void value(Row row, int column, Indicator indicator, BigDecimal value, Styles styles) {
        Cell cell = row.createCell(column);
        if (value == null) {
            return;
        }
        if (indicator.kind() == Kind.SHARE) {
            cell.setCellValue(value.movePointLeft(2).doubleValue());
            cell.setCellStyle(styles.percent);
        } else {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.count);
        }
    }

    private static final class Styles {

        final CellStyle bold;
        final CellStyle wrapBold;
        final CellStyle percent;
        final CellStyle count;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            wrapBold = workbook.createCellStyle();
            wrapBold.setFont(font);
            wrapBold.setWrapText(true);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }
    }

    @Override
    public byte[] reportDocx(YearlyReport report) {
        try (XWPFDocument document = report(report); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] reportPdf(YearlyReport report) {
        try (XWPFDocument document = report(report)) {
            return new PdfLayout(8.5f).write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a Word document; the PDF is laid out from this same document, so both always say the same. */
    private static XWPFDocument report(YearlyReport report) {
        Dashboard dashboard = report.dashboard();
        XWPFDocument document = new XWPFDocument();
        paragraph(document, report.title(), true, ParagraphAlignment.CENTER);
        paragraph(document, levelName(dashboard.unit().level()) + ": " + dashboard.unit().name(), true, ParagraphAlignment.LEFT);
        for (Unit parent : dashboard.parents()) {
            paragraph(document, levelName(parent.level()) + ": " + parent.name(), false, ParagraphAlignment.LEFT);
        }
        paragraph(document, "Дата формирования: " + LocalDate.now(MOSCOW).format(DATE), false, ParagraphAlignment.LEFT);

        int section = 1;
        paragraph(document, section++ + ". Показатели реализации целевой модели наставничества", true, ParagraphAlignment.LEFT);
        AcademicYear previousYear = dashboard.academicYear().previous();
        XWPFTable indicators = document.createTable();
        cells(indicators.getRow(0), "№", "Показатель", "Целевое значение", "Значение", "Статус",
                "Прошлый год (" + previousYear + ")", "Изменение");
        int n = 1;
        for (Reading reading : dashboard.readings()) {
            Figure f = reading.figure();
            BigDecimal last = reading.trend().stream().filter(p -> p.academicYear().equals(previousYear))
                    .map(TrendPoint::value).findFirst().orElse(null);
            cells(indicators.createRow(), String.valueOf(n++), f.indicator().title(), target(f.indicator()),
                    format(f.indicator(), f.value()) + figures(f), status(f.status()), format(f.indicator(), last),
                    change(f.indicator(), f.value(), last));
        }

        if (report.breakdown() != null && !report.breakdown().units().isEmpty()) {
            paragraph(document, section++ + ". Показатели организаций", true, ParagraphAlignment.LEFT);
            XWPFTable organizations = document.createTable();
            XWPFTableRow header = organizations.getRow(0);
            cells(header, "Организация");
            for (Indicator indicator : Indicator.values()) {
                header.addNewTableCell().setText(SHORT.get(indicator) + " " + target(indicator));
            }
            for (UnitFigures unit : report.breakdown().units()) {
                XWPFTableRow row = organizations.createRow();
                row.getCell(0).setText(unit.unit().name());
                Indicator[] all = Indicator.values();
                for (int i = 0; i < all.length; i++) {
                    Figure f = unit.figure(all[i]);
                    row.getCell(i + 1).setText(format(all[i], f.value()) + (f.status() == Status.BELOW ? " ↓" : ""));
                }
            }
            paragraph(document, "↓ — ниже целевого значения; «—» — нет данных.", false, ParagraphAlignment.LEFT);

            paragraph(document, section++ + ". Организации ниже целевого значения", true, ParagraphAlignment.LEFT);
            for (Indicator indicator : Indicator.values()) {
                List<String> below = report.organizationsBelow(indicator);
                paragraph(document, indicator.title() + " (" + target(indicator) + "): "
                        + (below.isEmpty() ? "нет" : String.join(", ", below)), false, ParagraphAlignment.LEFT);
            }
        }

        paragraph(document, section + ". Выводы", true, ParagraphAlignment.LEFT);
        report.conclusion().forEach(sentence -> paragraph(document, sentence, false, ParagraphAlignment.BOTH));
        return document;
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontFamily("Times New Roman");
        run.setFontSize(bold && alignment == ParagraphAlignment.CENTER ? 14 : 12);
        run.setText(text);
    }

    /** Fills the row's cells, adding cells after the first as a new table has only one. */
    private static void cells(XWPFTableRow row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (row.getCell(i) == null) {
                row.addNewTableCell();
            }
            row.getCell(i).setText(values[i]);
        }
    }

    private static String figures(Figure f) {
        if (f.status() == Status.NO_DATA || f.indicator().kind() == Kind.COUNT) {
            return "";
        }
        return " (" + f.numerator() + " из " + f.denominator() + ")";
    }

    /** «≥ 90 %», «≥ 2»: targets are whole numbers, written as the methodology writes them. */
    static String target(Indicator indicator) {
        return "≥ " + indicator.target().stripTrailingZeros().toPlainString()
                + (indicator.kind() == Kind.SHARE ? " %" : "");
    }

    static String format(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (indicator.kind() == Kind.COUNT) {
            return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
    }

    private static String change(Indicator indicator, BigDecimal now, BigDecimal last) {
        if (now == null || last == null) {
            return "—";
        }
        BigDecimal delta = now.subtract(last);
        String sign = delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "±";
        String amount = indicator.kind() == Kind.COUNT ? delta.abs().setScale(0, RoundingMode.HALF_UP).toPlainString()
                : delta.abs().setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " п. п.";
        return sign + amount;
    }

    static String status(Status status) {
        return switch (status) {
            case MET -> "достигнуто";
            case BELOW -> "ниже цели";
            case NO_DATA -> "нет данных";
        };
    }

    private static String levelName(Unit.Level level) {
        return switch (level) {
            case REGION -> "Регион";
            case MUNICIPALITY -> "Муниципалитет";
            case ORGANIZATION -> "Организация";
        };
    }

    private static String place(Dashboard dashboard) {
        StringBuilder text = new StringBuilder(dashboard.unit().name());
        dashboard.parents().forEach(p -> text.append(", ").append(p.name()));
        return text.toString();
    }
}
