package ru.nastavnik.participant.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.participant.domain.Topic;

/**
 * Writes staff lists as XLSX with a streaming workbook (rows are flushed to disk as they go): bank exports with the
 * import's own headers, so an export can be imported again unchanged, and the empty template with instructions.
 * Every text is written as a string cell, so a value starting with «=» is never a formula.
 */
public final class StaffWorkbooks {

    /** One sheet of an export: its name, its columns and, per person, the cell texts by column. */
    public record SheetData(String name, List<StaffColumn> columns, List<Map<StaffColumn, String>> rows) {
    }

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StaffWorkbooks() {
    }

    public static byte[] write(List<SheetData> sheets) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = bold(workbook);
            for (SheetData data : sheets) {
                SXSSFSheet sheet = workbook.createSheet(data.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < data.columns().size(); i++) {
                    header.createCell(i).setCellValue(data.columns().get(i).title());
                    header.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, width(data.columns().get(i)));
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (Map<StaffColumn, String> values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < data.columns().size(); i++) {
                        StaffColumn column = data.columns().get(i);
                        String value = values.get(column);
                        if (value == null) {
                            continue;
                        }
                        if (column == StaffColumn.YEARS && value.matches("\\d{1,2}")) {
                            row.createCell(i).setCellValue(Integer.parseInt(value));
                        } else {
                            row.createCell(i).setCellValue(value); // a string cell, whatever the text
                        }
                    }
                }
            }
            return bytes(workbook);
        } finally {
            workbook.dispose();
        }
    }

    /** The empty staff list: the headers on «Сотрудники», and «Инструкция» with the rules and allowed values. */
    public static byte[] template(List<Topic> topics) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = bold(workbook);
            List<StaffColumn> columns = StaffColumn.WRITTEN.stream().filter(c -> c != StaffColumn.STATUS).toList();
            Sheet staff = workbook.createSheet("Сотрудники");
            Row header = staff.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).title());
                header.getCell(i).setCellStyle(bold);
                staff.setColumnWidth(i, width(columns.get(i)));
            }
            staff.createFreezePane(0, 1);
            Sheet help = workbook.createSheet(StaffListReader.INSTRUCTIONS_SHEET);
            help.setColumnWidth(0, 36 * 256);
            help.setColumnWidth(1, 90 * 256);
            help.setColumnWidth(2, 40 * 256);
            int r = 0;
            r = line(help, r, bold, "Импорт списка сотрудников", "");
            r = line(help, r, null, "Формат", "XLSX (этот шаблон) или CSV (UTF-8 или Windows-1251, разделитель «;», «,» или табуляция). До 20 МБ и 20 000 строк.");
            r = line(help, r, null, "Первая строка", "Заголовки столбцов, как на листе «Сотрудники». Регистр и пробелы не важны. Неизвестные заголовки не допускаются.");
            r = line(help, r, null, "Обязательные столбцы", "ФИО (или Фамилия, Имя, Отчество в трёх столбцах), Стаж, Роль.");
            r = line(help, r, null, "Повторный импорт", "Человек с тем же адресом эл. почты (или с теми же ФИО в организации) обновляется, а не добавляется второй раз.");
            r = line(help, r, null, "Проверка", "Сначала нажмите «Проверить»: будут показаны все ошибки (строка, столбец, причина). Пока есть ошибки, ничего не записывается.");
            r = line(help, r, null, "Формулы", "Формулы в ячейках не допускаются: вставьте значения.");
            r++;
            r = line(help, r, bold, "Столбец", "Что указывать");
            r = line(help, r, null, "ФИО", "Фамилия, имя и отчество буквами, через пробел. Синонимы: «Фамилия», «Имя», «Отчество» в трёх столбцах.");
            r = line(help, r, null, "Должность", "Например: учитель математики.");
            r = line(help, r, null, "Предметы", "Через запятую, не больше 10. Синоним: «Предмет(ы)».");
            r = line(help, r, null, "Квалификационная категория", "Одно из: " + PersonInputValidator.categoryWords() + ". Синоним: «Категория».");
            r = line(help, r, null, "Стаж", "Педагогический стаж, целое число лет от 0 до 70. Синоним: «Педагогический стаж».");
            r = line(help, r, null, "Эл. почта", "Адрес вида name@school.ru. Синонимы: «E-mail», «Email».");
            r = line(help, r, null, "Телефон", "Российский номер: +7 и 10 цифр (можно 8 и скобки, дефисы, пробелы).");
            r = line(help, r, null, "Роль", PersonInputValidator.roleWord(ProgrammeRole.MENTOR_CANDIDATE) + " или "
                    + PersonInputValidator.roleWord(ProgrammeRole.MENTEE_CANDIDATE) + ". Синоним: «Роль в программе».");
            r = line(help, r, null, "Запросы, Компетенции", "Коды или названия тем из справочника ниже через «;», уровень 1–3 после двоеточия (по умолчанию 1). Например: DIGITAL_TOOLS:2; Классное руководство");
            r = line(help, r, null, "Дата согласия, Реквизиты согласия", "Письменное согласие на обработку персональных данных: дата (ДД.ММ.ГГГГ, не в будущем, не раньше 2000 года) и реквизиты документа — оба или ни одного.");
            r++;
            r = line(help, r, bold, "Код темы", "Название темы", "Группа");
            for (Topic topic : topics) {
                r = line(help, r, null, topic.code(), topic.name(), topic.group());
            }
            return bytes(workbook);
        } finally {
            workbook.dispose();
        }
    }

    private static int line(Sheet sheet, int r, CellStyle style, String... values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
            if (style != null) {
                row.getCell(i).setCellStyle(style);
            }
        }
        return r + 1;
    }

    private static CellStyle bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static int width(StaffColumn column) {
        return switch (column) {
            case FULL_NAME, ORGANIZATION, REQUESTS, COMPETENCIES, CONSENT_DOCUMENT -> 40 * 256;
            case YEARS, ROLE, STATUS, PHONE, CONSENT_DATE -> 16 * 256;
            default -> 26 * 256;
        };
    }

    private static byte[] bytes(SXSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
