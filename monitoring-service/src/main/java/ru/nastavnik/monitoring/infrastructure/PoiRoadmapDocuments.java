package ru.nastavnik.monitoring.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;
import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapDocuments;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapItem;

/**
 * The roadmap as the seeds' table: № п/п, stage, activities, deadline (as written), responsible (for a municipal
 * roadmap a municipal and an ОО column, as in seed 003), expected result, indicator, and the status, so the exported
 * file reads back through the importer.
 */
@Component
class PoiRoadmapDocuments implements RoadmapDocuments {

    @Override
    public byte[] docx(Roadmap roadmap, String ownerName) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setText(roadmap.title());
            XWPFParagraph owner = document.createParagraph();
            owner.createRun().setText(ownerName + ", " + roadmap.year() + " учебный год");
            List<String> headers = headers(roadmap);
            XWPFTable table = document.createTable(1, headers.size());
            XWPFTableRow head = table.getRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.getCell(c).setText(headers.get(c));
            }
            for (RoadmapItem item : roadmap.items()) {
                XWPFTableRow row = table.createRow();
                List<String> cells = cells(roadmap, item);
                for (int c = 0; c < cells.size(); c++) {
                    row.getCell(c).setText(cells.get(c));
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] xlsx(Roadmap roadmap, String ownerName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Дорожная карта");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(roadmap.title());
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(ownerName + ", " + roadmap.year() + " учебный год");
            List<String> headers = headers(roadmap);
            Row head = sheet.createRow(3);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            int r = 4;
            for (RoadmapItem item : roadmap.items()) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(roadmap, item);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.setColumnWidth(2, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Roadmap roadmap) {
        List<String> headers = new ArrayList<>(List.of("№ п/п", "Этап", "Мероприятия", "Сроки"));
        if (roadmap.ownerLevel() == OwnerLevel.MUNICIPALITY) {
            headers.addAll(List.of("Ответственные (муниципальные)", "Ответственные (ОО)"));
        } else {
            headers.add("Ответственные");
        }
        headers.addAll(List.of("Ожидаемый результат", "Показатель", "Статус"));
        return headers;
    }

    private static List<String> cells(Roadmap roadmap, RoadmapItem item) {
        List<String> cells = new ArrayList<>(List.of(item.number() + ".", item.stage(), item.activities(),
                item.deadline().original()));
        if (roadmap.ownerLevel() == OwnerLevel.MUNICIPALITY) {
            cells.add(item.responsibleMunicipal());
        }
        cells.addAll(List.of(item.responsible(), item.expectedResult(), item.indicatorText(), status(item)));
        return cells;
    }

    private static String status(RoadmapItem item) {
        return switch (item.status()) {
            case PLANNED -> "Запланировано";
            case IN_PROGRESS -> "Выполняется";
            case DONE -> "Выполнено " + item.doneOn().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            case CANCELLED -> "Отменено";
        };
    }
}
