package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFacts;
import ru.nastavnik.platform.testkit.RealInfrastructure;

/** The indicator tables as XLSX and the yearly report as DOCX and PDF, read back with POI and PDFBox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DashboardExportTest {

    private static final String TITLE = "Отчёт о мониторинге реализации целевой модели наставничества за 2025/2026 учебный год";

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory directory;

    @Autowired
    IndicatorFacts facts;

    DashboardFixture region;

    @BeforeEach
    void aRegionWithFacts() {
        region = new DashboardFixture(directory, facts);
    }

    @Test
    void workbookHoldsTheDashboardTheBreakdownAndTheOrganizationsBelowTarget() throws Exception {
        HttpResponse<byte[]> response = download("/api/monitoring/dashboard.xlsx?level=MUNICIPALITY&id=" + region.north
                + "&year=2025", region.municipalCurator(region.north));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet indicators = workbook.getSheet("Показатели");
            assertThat(indicators).isNotNull();
            assertThat(indicators.getRow(0).getCell(0).getStringCellValue()).contains("Северный район", "2025/2026");
            assertThat(indicators.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Целевое значение");
            Row plan = rowOf(indicators, "Выполнение индивидуальных планов");
            assertThat(plan.getCell(2).getNumericCellValue()).isEqualTo(0.9);
            assertThat(plan.getCell(3).getNumericCellValue()).isEqualTo(55);
            assertThat(plan.getCell(4).getNumericCellValue()).isEqualTo(70);
            assertThat(plan.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(plan.getCell(5).getNumericCellValue()).isEqualTo(0.786);
            assertThat(plan.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(plan.getCell(6).getStringCellValue()).isEqualTo("ниже цели");
            // The trend: earlier years as further columns.
            assertThat(indicators.getRow(2).getCell(7).getStringCellValue()).isEqualTo("Значение 2023/2024");
            assertThat(plan.getCell(8).getNumericCellValue()).isEqualTo(0.6);
            Row practices = rowOf(indicators, "Опубликованные практики");
            assertThat(practices.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(practices.getCell(5).getNumericCellValue()).isEqualTo(3);

            Sheet organizations = workbook.getSheet("Организации");
            assertThat(organizations.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Выполнение индивидуальных планов");
            assertThat(organizations.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(0.9);
            Row beta = rowOf(organizations, "МБОУ СОШ № 2 «Бета»");
            assertThat(beta.getCell(3).getNumericCellValue()).isEqualTo(0.5);
            Row delta = rowOf(organizations, "МБДОУ детский сад № 4 «Дельта»");
            assertThat(delta.getCell(3) == null || delta.getCell(3).getCellType() == CellType.BLANK).isTrue();

            Sheet below = workbook.getSheet("Ниже целевого значения");
            assertThat(rowOf(below, "Выполнение индивидуальных планов").getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(rowOf(below, "Обратная связь после встреч").getCell(2).getNumericCellValue()).isZero();
        }
    }

    @Test
    void organizationWorkbookHasOnlyTheIndicatorSheet() throws Exception {
        HttpResponse<byte[]> response = download("/api/monitoring/dashboard.xlsx?level=ORGANIZATION&id=" + region.a
                + "&year=2025", region.schoolCurator(region.a));
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(rowOf(workbook.getSheet("Показатели"), "Выполнение индивидуальных планов").getCell(5)
                    .getNumericCellValue()).isEqualTo(0.9);
        }
    }

    @Test
    void municipalReportAsDocxNamesTheIndicatorsTheOrganizationsAndThoseBelowTarget() throws Exception {
        HttpResponse<byte[]> response = download("/api/monitoring/reports/yearly.docx?level=MUNICIPALITY&id=" + region.north
                + "&year=2025", region.regionAdmin());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertMunicipalReport(text);
    }

    @Test
    void municipalReportAsPdfSaysTheSameInCyrillic() throws Exception {
        HttpResponse<byte[]> response = download("/api/monitoring/reports/yearly.pdf?level=MUNICIPALITY&id=" + region.north
                + "&year=2025", region.municipalCurator(region.north));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        // Kept for a look by eye (layout is not asserted): target/reports/yearly-municipality.pdf.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "yearly-municipality.pdf"), response.body());
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf);
        }
        // The PDF wraps long lines, so compare with whitespace folded.
        assertMunicipalReport(text.replaceAll("\\s+", " "));
    }

    @Test
    void organizationReportShowsItsFiguresTheChangeSinceLastYearAndItsParents() throws Exception {
        HttpResponse<byte[]> response = download("/api/monitoring/reports/yearly.pdf?level=ORGANIZATION&id=" + region.a
                + "&year=2025", region.schoolCurator(region.a));
        assertThat(response.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(TITLE, "Организация: МБОУ СОШ № 1 «Альфа»", "Муниципалитет: Северный район",
                "Регион: " + region.regionName);
        assertThat(text).contains("90,0 % (45 из 50)", "60,0 %", "+30,0 п. п.");
        assertThat(text).contains("Целевые значения достигнуты по 3 из 8 показателей.");
        assertThat(text).doesNotContain("Показатели организаций");
    }

    @Test
    void reportsAreRefusedToMentorsAndForTheRegion() throws Exception {
        assertThat(download("/api/monitoring/reports/yearly.docx?level=ORGANIZATION&id=" + region.a + "&year=2025",
                region.mentor(region.a)).statusCode()).isEqualTo(403);
        assertThat(download("/api/monitoring/dashboard.xlsx?level=MUNICIPALITY&id=" + region.north + "&year=2025",
                region.municipalCurator(region.south)).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> regional = download("/api/monitoring/reports/yearly.pdf?level=REGION&id=" + region.region
                + "&year=2025", region.regionAdmin());
        assertThat(regional.statusCode()).isEqualTo(400);
        assertThat(new String(regional.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("REPORT_LEVEL_UNSUPPORTED");
    }

    private void assertMunicipalReport(String text) {
        assertThat(text).contains(TITLE, "Муниципалитет: Северный район", "Регион: " + region.regionName);
        assertThat(text).contains("Выполнение индивидуальных планов", "≥ 90 %", "78,6 % (55 из 70)", "ниже цели");
        assertThat(text).contains("Доля наставников от педагогического состава", "3,0 % (3 из 100)");
        assertThat(text).contains("Опубликованные практики", "≥ 2");
        assertThat(text).contains("Показатели организаций", "МБОУ СОШ № 1 «Альфа»", "МБОУ СОШ № 2 «Бета»",
                "МБДОУ детский сад № 4 «Дельта»");
        assertThat(text).contains("Выполнение индивидуальных планов (≥ 90 %): МБОУ СОШ № 2 «Бета»");
        assertThat(text).contains("Обратная связь после встреч (≥ 100 %): нет");
        assertThat(text).contains("Выводы", "Целевые значения достигнуты по 1 из 8 показателей.",
                "Организаций, отстающих хотя бы по одному показателю: 2 из 3.");
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Row rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstCell)) {
                return row;
            }
        }
        throw new AssertionError("No row «" + firstCell + "» in sheet " + sheet.getSheetName());
    }
}
