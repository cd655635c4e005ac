package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded.IndicatorResult;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded.Status;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The final collection of an organization for an academic year: monitoring's results as its events said (the last
 * version, whatever order they came in), the practices a moderator accepted or published that year with their authors
 * as stored, their materials; as DOCX and as PDF; for the curators of the organization's place only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class FinalCollectionTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    private final AcademicYear year = AcademicYear.of(LocalDate.now(ZoneOffset.UTC));
    private final String yearParam = year.startYear() + "-" + (year.startYear() + 1);

    @Test
    void theCollectionHoldsTheYearsResultsPracticesAndMaterials() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        List<String> sent = new java.util.ArrayList<>();
        sent.add(TestEvents.publish(bootstrapServers, new OrganizationRegistered(world.school, "МБОУ «СОШ № 12»",
                OrganizationType.SCHOOL, world.municipality, "Городской округ Заречный", world.region, "Тестовый регион")));
        // The newer results first, then an older version arriving late: the newer stay.
        sent.add(TestEvents.publish(bootstrapServers, results(world, 2, "80.0", Status.BELOW, 4, 5)));
        sent.add(TestEvents.publish(bootstrapServers, results(world, 1, "40.0", Status.BELOW, 2, 5)));

        String published = practice(world, "Школа молодого педагога", List.of(
                Map.of("personId", UUID.randomUUID().toString(), "name", "Иванова Мария Петровна", "nameConsent", true),
                Map.of("personId", UUID.randomUUID().toString(), "name", "Скрытый Автор", "nameConsent", false)));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        TestHttp.read(world.upload(published, "Методические рекомендации.pdf", pdf, world.schoolCurator), 201);
        world.moderate(published, "SUBMIT", null, world.schoolCurator);
        world.moderate(published, "MUNICIPALITY_ACCEPT", null, world.municipalCurator);
        world.moderate(published, "REGION_ACCEPT", null, world.regionAdmin);
        world.moderate(published, "PUBLISH", null, world.regionAdmin);

        String accepted = practice(world, "Наставничество «ученик – ученик» в проектной деятельности", List.of());
        TestHttp.read(world.upload(accepted, "План работы.pdf", pdf, world.schoolCurator), 201);
        world.moderate(accepted, "SUBMIT", null, world.schoolCurator);
        world.moderate(accepted, "MUNICIPALITY_ACCEPT", null, world.municipalCurator);

        String draft = practice(world, "Черновик, которого нет в сборнике", List.of());
        TestHttp.read(world.upload(draft, "Черновые заметки.pdf", pdf, world.schoolCurator), 201);

        await().atMost(Duration.ofSeconds(60)).until(() -> sent.stream().allMatch(this::processed));

        String path = "/api/publications/organizations/" + world.school + "/collection.docx?year=" + yearParam;
        HttpResponse<byte[]> docx = world.download(path, world.schoolCurator);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
            // Section 1 is a table: indicator, target, value, status.
            var table = document.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Показатель");
            var inPairs = table.getRows().stream().filter(r -> r.getCell(0).getText().equals("Участники программы в парах и группах"))
                    .findFirst().orElseThrow();
            assertThat(inPairs.getCell(1).getText()).isEqualTo("≥ 100 %");
            assertThat(inPairs.getCell(2).getText()).isEqualTo("80,0 % (4 из 5)");
            assertThat(inPairs.getCell(3).getText()).isEqualTo("ниже целевого");
            var materials = document.getTables().get(1);
            assertThat(materials.getRows()).hasSize(3);
        }
        assertThat(text).contains("Итоговый сборник по реализации целевой модели наставничества", "МБОУ «СОШ № 12»",
                year + " учебный год", "1. Результаты мониторинга", "2. Лучшие практики", "3. Перечень материалов",
                "Опубликованные практики", "≥ 2", "достигнут", "нет данных",
                "Школа молодого педагога", "Наставничество «ученик – ученик» в проектной деятельности",
                "«учитель – учитель», традиционное", "доля молодых педагогов, оставшихся в школе: 92 %",
                "Авторы: Иванова Мария Петровна, Автор", "Методические рекомендации.pdf", "План работы.pdf");
        assertThat(text).doesNotContain("Черновик, которого нет в сборнике", "Черновые заметки.pdf", "Скрытый Автор",
                "40,0 %", "Данные мониторинга ещё не поступили");

        HttpResponse<byte[]> pdfResponse = world.download(path.replace("collection.docx", "collection.pdf"),
                world.municipalCurator);
        assertThat(pdfResponse.statusCode()).isEqualTo(200);
        assertThat(pdfResponse.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdfResponse.body())) {
            String pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("Итоговый сборник по реализации целевой модели наставничества",
                    "МБОУ «СОШ № 12»", "80,0 % (4 из 5)", "ниже целевого", "Школа молодого педагога",
                    "Методические рекомендации.pdf", "План работы.pdf");
        }
        assertThat(world.download(path, world.regionAdmin).statusCode()).isEqualTo(200);

        // The year before: no monitoring data yet, no practices.
        AcademicYear previous = year.previous();
        HttpResponse<byte[]> empty = world.download("/api/publications/organizations/" + world.school
                + "/collection.docx?year=" + previous.startYear() + "-" + year.startYear(), world.schoolCurator);
        assertThat(empty.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(empty.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Данные мониторинга ещё не поступили.", previous + " учебный год")
                    .doesNotContain("Школа молодого педагога");
        }
    }

    @Test
    void othersAreRefusedAndABadYearIsAProblem() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        String registered = TestEvents.publish(bootstrapServers, new OrganizationRegistered(world.school, "МБОУ «СОШ № 3»",
                OrganizationType.SCHOOL, world.municipality, "Городской округ Заречный", world.region, "Тестовый регион"));
        await().atMost(Duration.ofSeconds(60)).until(() -> processed("publication-service.organizations", registered));
        String path = "/api/publications/organizations/" + world.school + "/collection.docx?year=" + yearParam;

        for (String outsider : List.of(world.otherSchoolCurator, world.otherMunicipalCurator, world.foreignRegionAdmin)) {
            HttpResponse<String> refused = world.call("GET", path, null, outsider);
            assertThat(TestHttp.code(refused, 403)).isEqualTo("FORBIDDEN");
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        }
        HttpResponse<String> pdfRefused = world.call("GET", path.replace(".docx", ".pdf"), null, world.otherSchoolCurator);
        assertThat(TestHttp.code(pdfRefused, 403)).isEqualTo("FORBIDDEN");

        for (String bad : List.of("2025-2027", "двадцать пятый", "")) {
            HttpResponse<String> response = world.call("GET", "/api/publications/organizations/" + world.school
                    + "/collection.pdf?year=" + java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8), null, world.schoolCurator);
            JsonNode problem = TestHttp.read(response, 400);
            assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(TestHttp.fields(problem)).containsExactly("year");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        }
        assertThat(TestHttp.code(world.call("GET", "/api/publications/organizations/" + world.school + "/collection.docx",
                null, world.schoolCurator), 400)).isEqualTo("VALIDATION_FAILED");
        assertThat(TestHttp.code(world.call("GET", "/api/publications/organizations/" + UUID.randomUUID()
                + "/collection.docx?year=" + yearParam, null, world.regionAdmin), 404)).isEqualTo("ORGANIZATION_NOT_FOUND");
    }

    private OrganizationResultsRecorded results(PracticeWorld world, long version, String inPairs, Status inPairsStatus,
            long numerator, long denominator) {
        return new OrganizationResultsRecorded(world.school, world.municipality, world.region, year.toString(), version,
                List.of(new IndicatorResult("PARTICIPANTS_IN_PAIRS", "Участники программы в парах и группах", "SHARE",
                                new BigDecimal("100"), new BigDecimal(inPairs), inPairsStatus, numerator, denominator),
                        new IndicatorResult("PRACTICES_PUBLISHED", "Опубликованные практики", "COUNT", new BigDecimal("2"),
                                new BigDecimal("2"), Status.MET, 2, 0),
                        new IndicatorResult("DIAGNOSTICS_COVERAGE", "Охват диагностикой", "SHARE", new BigDecimal("100"),
                                null, Status.NO_DATA, 0, 0)));
    }

    private String practice(PracticeWorld world, String title, List<Map<String, Object>> authors) throws Exception {
        return world.ok("POST", "/api/publications/practices", Map.of("organizationId", world.school.toString(),
                "content", PracticeWorld.content(title, "Кратко о практике «" + title + "»", "<p>Проблема</p>",
                        "<p>Решение</p>", "<p>Молодые педагоги остались в школе</p>", List.of("адаптация")),
                "authors", authors), world.schoolCurator).get("id").asString();
    }

    private boolean processed(String eventId) {
        return List.of("publication-service.organizations", "publication-service.monitoring-results").stream()
                .anyMatch(consumer -> processed(consumer, eventId));
    }

    private boolean processed(String consumer, String eventId) {
        return mongo.getCollection("platform_processed_events").countDocuments(new Document("_id", consumer + "/" + eventId)) == 1;
    }
}
