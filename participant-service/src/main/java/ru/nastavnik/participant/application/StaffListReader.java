package ru.nastavnik.participant.application;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.springframework.http.HttpStatus;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a staff list from XLSX (streamed sheet by sheet with a SAX reader, so memory stays bounded by the shared
 * strings) or CSV (UTF-8 with or without BOM, else Windows-1251; «;», «,» or tab, whichever the header line uses).
 * Checks the headers; the values are checked by {@link StaffImportService}. Formula cells are flagged, never evaluated.
 */
public final class StaffListReader {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** Sheets of the template that hold no staff (the instructions). */
    static final String INSTRUCTIONS_SHEET = "Инструкция";
    private static final int MAX_COLUMNS = 100;

    private StaffListReader() {
    }

    public static List<StaffTable> read(byte[] bytes, String fileName, String contentType) {
        if (bytes == null || bytes.length == 0) {
            throw new StaffListRejected(HttpStatus.BAD_REQUEST, "FILE_EMPTY", "Файл пуст: выберите список сотрудников в формате XLSX или CSV.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new StaffListRejected(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "Файл больше допустимых 20 МБ.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean saysXlsx = name.endsWith(".xlsx") || type.contains("spreadsheetml");
        boolean saysCsv = name.endsWith(".csv") || name.endsWith(".txt") || type.startsWith("text/") || type.contains("csv");
        boolean zip = startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) || name.endsWith(".xls")) {
            throw new StaffListRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE",
                    "Формат .xls (Excel 97–2003) не поддерживается: сохраните файл как .xlsx или .csv.");
        }
        if (saysXlsx && !zip) {
            throw new StaffListRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE",
                    "Файл не является книгой Excel (.xlsx): сохраните список в Excel как «Книга Excel» или выберите CSV.");
        }
        if (zip && saysCsv) {
            throw new StaffListRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE",
                    "Файл назван CSV, но это архив или книга Excel: выберите файл .xlsx или сохраните список как CSV.");
        }
        return zip ? xlsx(bytes) : List.of(csv(bytes));
    }

    // ---- CSV ----

    static StaffTable csv(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new StaffListRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE",
                        "Файл не похож на текст CSV: выберите список в формате CSV или XLSX.");
            }
        }
        String text = decode(bytes);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        Collector collector = new Collector(null);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(value == null || value.isBlank() ? null : value);
                }
                Boolean[] formulas = new Boolean[cells.size()];
                Arrays.fill(formulas, Boolean.FALSE);
                collector.accept(new StaffTable.Row((int) record.getRecordNumber(), cells, Arrays.asList(formulas)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new StaffListRejected(HttpStatus.BAD_REQUEST, "FILE_UNREADABLE",
                    "CSV-файл повреждён (например, не закрыты кавычки): проверьте файл и загрузите его снова.");
        }
        return collector.table();
    }

    /** UTF-8 if the bytes are valid UTF-8 (a BOM is dropped), Windows-1251 otherwise. */
    static String decode(byte[] bytes) {
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1251"));
        }
    }

    /** The delimiter the header line uses most, outside quotes: «;» (Russian Excel), «,» or tab. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    // ---- XLSX ----

    static List<StaffTable> xlsx(byte[] bytes) {
        File file = null;
        try {
            // From a file, POI reads entries one at a time instead of inflating the whole archive into memory;
            // ZipSecureFile refuses entries that inflate suspiciously (zip bombs).
            file = Files.createTempFile("staff-list", ".xlsx").toFile();
            Files.write(file.toPath(), bytes);
            List<StaffTable> tables = new ArrayList<>();
            try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                int rowsSoFar = 0;
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        String sheetName = sheets.getSheetName();
                        if (INSTRUCTIONS_SHEET.equalsIgnoreCase(sheetName.strip())) {
                            continue;
                        }
                        Collector collector = new Collector(sheetName, rowsSoFar);
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new SheetHandler(strings, styles, collector));
                        xml.parse(new InputSource(sheet));
                        if (collector.hasHeader()) {
                            StaffTable table = collector.table();
                            rowsSoFar += table.rows().size();
                            tables.add(table);
                        }
                    }
                }
            }
            if (tables.isEmpty()) {
                throw new StaffListRejected(HttpStatus.BAD_REQUEST, "FILE_EMPTY", "В книге нет ни одного заполненного листа.");
            }
            return tables;
        } catch (StaffListRejected e) {
            throw e;
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
            if (message.toLowerCase(Locale.ROOT).contains("zip bomb") || message.contains("inflate")) {
                throw new StaffListRejected(HttpStatus.BAD_REQUEST, "FILE_UNREADABLE",
                        "Файл распаковывается в недопустимо большой объём (похоже на zip-бомбу) и не будет прочитан.");
            }
            throw new StaffListRejected(HttpStatus.BAD_REQUEST, "FILE_UNREADABLE",
                    "Файл повреждён или не является книгой Excel (.xlsx): откройте его в Excel, сохраните заново и загрузите снова.");
        } finally {
            if (file != null && !file.delete()) {
                file.deleteOnExit();
            }
        }
    }

    /** The SAX view of one sheet: cell texts as the user sees them, dates as ГГГГ-ММ-ДД, formulas flagged. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<StaffTable.Row> rows;

        private int rowNumber;
        private List<String> cells;
        private List<Boolean> formulas;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineText;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Consumer<StaffTable.Row> rows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    formulas = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : columnIndex(ref);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "t" -> inInlineText = "inlineStr".equals(type);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    if (column >= 0 && column < MAX_COLUMNS) {
                        while (cells.size() <= column) {
                            cells.add(null);
                            formulas.add(Boolean.FALSE);
                        }
                        String text = text();
                        cells.set(column, text == null || text.isBlank() ? null : text);
                        formulas.set(column, formula);
                    }
                }
                case "row" -> {
                    boolean any = cells.stream().anyMatch(c -> c != null) || formulas.contains(Boolean.TRUE);
                    if (any) {
                        rows.accept(new StaffTable.Row(rowNumber, cells, formulas));
                    }
                }
                default -> {
                }
            }
        }

        private String text() {
            String raw = value.toString();
            if (type == null || "n".equals(type)) {
                if (raw.isBlank()) {
                    return null;
                }
                double number = Double.parseDouble(raw);
                if (style >= 0 && style < styles.getNumCellStyles()) {
                    XSSFCellStyle cellStyle = styles.getStyleAt(style);
                    if (DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                            && DateUtil.isValidExcelDate(number)) {
                        return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                    }
                }
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            }
            return switch (type) {
                case "s" -> raw.isBlank() ? null : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw.strip()) ? "ИСТИНА" : "ЛОЖЬ";
                default -> raw; // inlineStr, str (a formula's text result), e (an error such as #ДЕЛ/0!)
            };
        }

        private static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return index - 1;
        }
    }

    /** Takes the first row as the header, checks it, and keeps the rest within the row limit. */
    private static final class Collector implements Consumer<StaffTable.Row> {

        private final String sheet;
        private final int rowsBefore;
        private List<String> headers;
        private Map<StaffColumn, Integer> columns;
        private final List<StaffTable.Row> rows = new ArrayList<>();

        Collector(String sheet) {
            this(sheet, 0);
        }

        Collector(String sheet, int rowsBefore) {
            this.sheet = sheet;
            this.rowsBefore = rowsBefore;
        }

        @Override
        public void accept(StaffTable.Row row) {
            if (headers == null) {
                header(row);
                return;
            }
            if (row.cells().stream().allMatch(c -> c == null) && !row.formulas().contains(Boolean.TRUE)) {
                return;
            }
            if (rowsBefore + rows.size() >= MAX_ROWS) {
                throw new StaffListRejected(HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_ROWS",
                        "В файле больше " + MAX_ROWS + " строк: разделите список на несколько файлов.");
            }
            rows.add(row);
        }

        boolean hasHeader() {
            return headers != null;
        }

        private void header(StaffTable.Row row) {
            List<StaffListRejected.RowError> errors = new ArrayList<>();
            headers = new ArrayList<>();
            columns = new EnumMap<>(StaffColumn.class);
            for (int i = 0; i < row.cells().size(); i++) {
                String header = row.cell(i) == null ? null : row.cell(i).strip();
                headers.add(header == null ? "" : header);
                if (header == null) {
                    continue;
                }
                StaffColumn column = StaffColumn.byHeader(header).orElse(null);
                if (column == null) {
                    errors.add(new StaffListRejected.RowError(sheet, row.number(), header,
                            "неизвестный столбец; допустимые заголовки — в шаблоне"));
                } else if (columns.putIfAbsent(column, i) != null) {
                    errors.add(new StaffListRejected.RowError(sheet, row.number(), header, "столбец повторяется"));
                }
            }
            boolean parts = columns.containsKey(StaffColumn.LAST_NAME) || columns.containsKey(StaffColumn.FIRST_NAME)
                    || columns.containsKey(StaffColumn.PATRONYMIC);
            if (columns.containsKey(StaffColumn.FULL_NAME) && parts) {
                errors.add(new StaffListRejected.RowError(sheet, row.number(), StaffColumn.FULL_NAME.title(),
                        "укажите либо «ФИО», либо «Фамилия», «Имя», «Отчество», но не то и другое"));
            } else if (!columns.containsKey(StaffColumn.FULL_NAME)
                    && !(columns.containsKey(StaffColumn.LAST_NAME) && columns.containsKey(StaffColumn.FIRST_NAME))) {
                errors.add(new StaffListRejected.RowError(sheet, row.number(), StaffColumn.FULL_NAME.title(),
                        "нет обязательного столбца «ФИО» (или «Фамилия» и «Имя»)"));
            }
            for (StaffColumn required : List.of(StaffColumn.YEARS, StaffColumn.ROLE)) {
                if (!columns.containsKey(required)) {
                    errors.add(new StaffListRejected.RowError(sheet, row.number(), required.title(),
                            "нет обязательного столбца «" + required.title() + "»"));
                }
            }
            if (columns.containsKey(StaffColumn.CONSENT_DATE) != columns.containsKey(StaffColumn.CONSENT_DOCUMENT)) {
                errors.add(new StaffListRejected.RowError(sheet, row.number(), StaffColumn.CONSENT_DATE.title(),
                        "столбцы «Дата согласия» и «Реквизиты согласия» указываются вместе"));
            }
            if (!errors.isEmpty()) {
                throw new StaffListRejected(HttpStatus.BAD_REQUEST, "STAFF_LIST_HEADERS",
                        "Заголовки списка не распознаны: исправьте их по шаблону и загрузите файл снова.", errors);
            }
        }

        StaffTable table() {
            if (headers == null) {
                throw new StaffListRejected(HttpStatus.BAD_REQUEST, "FILE_EMPTY", "В файле нет строки заголовков.");
            }
            return new StaffTable(sheet, headers, columns, rows);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
