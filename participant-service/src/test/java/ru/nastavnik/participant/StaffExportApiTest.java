package ru.nastavnik.participant;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestNames;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export of the banks to XLSX: the import's headers (a round trip changes nothing), string cells, access and audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class StaffExportApiTest {

    private static final String MUNICIPAL = TestTokens.get().forUser("leningradsky.curator");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anExportedBankImportsBackUnchanged() throws Exception {
        UUID organization = organization();
        String mentor = TestNames.unique("Соколова Алёна");
        String mentee = TestNames.unique("Карпов Глеб");
        String consentDate = LocalDate.now().minusDays(10).toString();
        byte[] file = StaffLists.csv(StandardCharsets.UTF_8, false, ";", List.of(
                List.of("ФИО", "Должность", "Предметы", "Категория", "Стаж", "Эл. почта", "Телефон", "Роль", "Запросы",
                        "Компетенции", "Дата согласия", "Реквизиты согласия"),
                List.of(mentor, "учитель математики", "математика, информатика", "высшая", "12",
                        "export." + UUID.randomUUID().toString().substring(0, 8) + "@school.ru", "+79181234567", "наставник", "",
                        "METHODS_SUBJECT:3; DIGITAL_TOOLS:2", consentDate, "Согласие № 3"),
                List.of(mentee, "учитель физики", "физика", "", "1", "", "", "наставляемый", "Работа с родителями:2", "", "", "")));
        read(StaffLists.upload(base(), organization, "?dryRun=false", "text/csv", file, MUNICIPAL), 200);

        long readsBefore = reads(organization);
        HttpResponse<byte[]> export = StaffLists.download(base(), "/api/participants/organizations/" + organization + "/bank.xlsx", MUNICIPAL);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith(StaffLists.XLSX);
        String disposition = export.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .startsWith("Банки наставников и наставляемых — МБОУ СОШ №").endsWith(".xlsx");
        assertThat(reads(organization) - readsBefore).as("every exported person audited as read").isEqualTo(2);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Наставники");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Наставляемые");
            Sheet mentors = workbook.getSheet("Наставники");
            assertThat(texts(mentors.getRow(0))).containsExactly("ФИО", "Должность", "Предметы", "Квалификационная категория",
                    "Стаж", "Эл. почта", "Телефон", "Роль", "Запросы", "Компетенции", "Дата согласия", "Реквизиты согласия", "Статус");
            Row row = mentors.getRow(1);
            assertThat(texts(row)).containsSubsequence(mentor, "учитель математики", "математика, информатика", "высшая", "12");
            assertThat(texts(row)).contains("METHODS_SUBJECT:3; DIGITAL_TOOLS:2", consentDate, "Согласие № 3", "кандидат");
            for (Cell cell : row) {
                if (cell.getColumnIndex() != 4) {
                    assertThat(cell.getCellType()).as("text as a string cell, never a formula").isEqualTo(CellType.STRING);
                }
            }
            assertThat(workbook.getSheet("Наставляемые").getRow(1).getCell(0).getStringCellValue()).isEqualTo(mentee);
        }

        JsonNode again = read(StaffLists.upload(base(), organization, "?dryRun=true", StaffLists.XLSX, export.body(), MUNICIPAL), 200);
        assertThat(again.get("errors")).as(again.toString()).isEmpty();
        assertThat(List.of(again.get("toCreate").asInt(), again.get("toUpdate").asInt(), again.get("unchanged").asInt()))
                .containsExactly(0, 0, 2);

        HttpResponse<byte[]> mentorsOnly = StaffLists.download(base(), "/api/participants/organizations/" + organization
                + "/bank.xlsx?role=MENTOR_CANDIDATE", MUNICIPAL);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(mentorsOnly.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theMunicipalCuratorExportsTheMunicipalityAndOthersAreRefused() throws Exception {
        HttpResponse<byte[]> municipality = StaffLists.download(base(), "/api/participants/municipalities/"
                + DemoRegion.LENINGRADSKY.id() + "/bank.xlsx?role=MENTOR_CANDIDATE", MUNICIPAL);
        assertThat(municipality.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(municipality.body()))) {
            Sheet sheet = workbook.getSheet("Наставники");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Организация");
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                names.add(row.getCell(1).getStringCellValue());
            }
            assertThat(names).contains(DemoRegion.MENTOR_SCHOOL_1.fullName()).doesNotContain(DemoRegion.MENTOR_SCHOOL_7.fullName());
        }
        // Imported into one organization, the other organizations' rows are refused, not copied into it.
        JsonNode intoKindergarten = read(StaffLists.upload(base(), DemoRegion.KINDERGARTEN_5.id(), "", StaffLists.XLSX,
                municipality.body(), MUNICIPAL), 200);
        assertThat(intoKindergarten.get("errors").findValuesAsString("reason"))
                .contains("строка другой организации: импортируйте её в банк той организации");
        assertThat(intoKindergarten.get("toCreate").asInt()).isZero();
        String schoolBank = "/api/participants/organizations/" + DemoRegion.SCHOOL_1.id() + "/bank.xlsx";
        assertThat(StaffLists.download(base(), schoolBank, TestTokens.get().forUser("region.admin")).statusCode())
                .as("the regional institute sees counts, not people").isEqualTo(403);
        assertThat(StaffLists.download(base(), schoolBank, TestTokens.get().forUser("school7.curator")).statusCode()).isEqualTo(403);
        assertThat(StaffLists.download(base(), schoolBank, TestTokens.get().forUser("school1.curator")).statusCode()).isEqualTo(200);
        assertThat(StaffLists.download(base(), "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id() + "/bank.xlsx",
                TestTokens.get().forUser("school1.curator")).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> badRole = StaffLists.download(base(), schoolBank + "?role=KING", MUNICIPAL);
        assertThat(badRole.statusCode()).isEqualTo(400);
    }

    @Test
    void theTemplateHasTheHeadersAndTheInstructions() throws Exception {
        HttpResponse<byte[]> template = StaffLists.download(base(), "/api/participants/imports/template.xlsx",
                TestTokens.get().forUser("school1.curator"));
        assertThat(template.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(texts(workbook.getSheet("Сотрудники").getRow(0))).startsWith("ФИО", "Должность").contains("Роль", "Стаж");
            StringBuilder help = new StringBuilder();
            workbook.getSheet("Инструкция").forEach(r -> help.append(texts(r)));
            assertThat(help.toString()).contains("высшая", "наставляемый", "DIGITAL_TOOLS", "20 000");
        }
        // The empty template is a valid (empty) staff list.
        JsonNode report = read(StaffLists.upload(base(), DemoRegion.SCHOOL_1.id(), "", StaffLists.XLSX, template.body(),
                TestTokens.get().forUser("school1.curator")), 200);
        assertThat(report.get("rowsTotal").asInt()).isZero();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((int) cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return texts;
    }

    private long reads(UUID organization) {
        return jdbc.sql("SELECT count(*) FROM personal_data_audit WHERE action = 'READ' AND organization_id = ?")
                .param(organization).query(Long.class).single();
    }

    private UUID organization() throws Exception {
        return UUID.fromString(read(TestHttp.send(base(), "POST", "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id()
                + "/organizations", "{\"name\":\"МБОУ СОШ № " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", MUNICIPAL), 201)
                .get("id").asString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
