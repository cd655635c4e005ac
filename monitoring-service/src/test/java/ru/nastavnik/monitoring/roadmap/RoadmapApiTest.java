package ru.nastavnik.monitoring.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.monitoring.RoadmapItemCompleted;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.monitoring.application.roadmap.RoadmapOnTime;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapTemplates;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Roadmaps over HTTP against real PostgreSQL and Kafka with a clock the test sets to 20 October 2025: templates,
 * editing and renumbering, status and overdue, ROADMAP_ON_TIME in indicator_fact, RoadmapItemCompleted on the topic,
 * evidence limits, access, stale versions, carry-over, exports and the municipality's completion view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@Import(RoadmapApiTest.Clocks.class)
class RoadmapApiTest {

    static final Instant TODAY = Instant.parse("2025-10-20T09:00:00Z");
    static final String YEAR = "2025/2026";

    @TestConfiguration
    static class Clocks {
        @Bean
        RoadmapFixture.MovableClock clock() {
            return new RoadmapFixture.MovableClock(TODAY);
        }
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    UnitDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoadmapFixture.MovableClock clock;

    @Autowired
    RoadmapOnTime onTime;

    private final JsonMapper json = JsonMapper.builder().build();

    private final UUID region = UUID.randomUUID();
    private final UUID municipality = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();
    private final UUID otherSchool = UUID.randomUUID();
    private String curator;

    @AfterEach
    void resetClock() {
        clock.set(TODAY);
    }

    private void registerUnits() {
        directory.organizationRegistered(school, "МБОУ СОШ № 1", "SCHOOL", municipality, "Ленинградский район", region,
                "Краснодарский край");
        directory.organizationRegistered(otherSchool, "МБОУ СОШ № 7", "SCHOOL", municipality, "Ленинградский район",
                region, "Краснодарский край");
        curator = RoadmapFixture.schoolCurator(region, municipality, school);
    }

    @Test
    void aTemplateRoadmapIsEditedMovedAndRenumbered() throws Exception {
        registerUnits();
        JsonNode roadmap = create(school, curator);
        int templateSize = RoadmapTemplates.of(OwnerLevel.ORGANIZATION).rows().size();
        assertThat(roadmap.get("items")).hasSize(templateSize);
        assertThat(roadmap.get("editable").asBoolean()).isTrue();
        assertThat(roadmap.get("academicYear").asString()).isEqualTo(YEAR);
        assertThat(roadmap.get("title").asString()).contains("2025/2026");
        assertThat(numbers(roadmap).subList(0, 3)).containsExactly("1", "1.1", "1.2");
        String id = roadmap.get("id").asString();
        String stageOne = roadmap.get("items").get(0).get("id").asString();
        String oldFirst = roadmap.get("items").get(1).get("id").asString();

        JsonNode added = read(send("POST", "/api/monitoring/roadmaps/" + id + "/items", """
                {"version": 0, "parentId": "%s", "position": 0, "stage": "Подготовка условий",
                 "activities": "Утверждение плана работы куратора",
                 "deadline": {"original": "До 10.09.2025", "to": "2025-09-10"},
                 "responsible": "Куратор внедрения ПН", "kpi": "ROADMAP_ON_TIME"}""".formatted(stageOne), curator), 201);
        assertThat(added.get("version").asInt()).isEqualTo(1);
        JsonNode newItem = find(added, "Утверждение плана работы куратора");
        assertThat(newItem.get("number").asString()).isEqualTo("1.1");
        assertThat(newItem.get("deadline").get("kind").asString()).isEqualTo("DATE");
        assertThat(newItem.get("kpiTitle").asString()).isEqualTo("Пункты дорожной карты, выполненные в срок");
        assertThat(byId(added, oldFirst).get("number").asString()).isEqualTo("1.2");
        String newId = newItem.get("id").asString();

        JsonNode edited = read(send("PUT", "/api/monitoring/roadmaps/" + id + "/items/" + newId, """
                {"version": 1, "activities": "Утверждение плана работы куратора на год",
                 "deadline": {"original": "Сентябрь", "from": "2025-09-01", "to": "2025-09-30"}}""", curator), 200);
        assertThat(byId(edited, newId).get("activities").asString()).isEqualTo("Утверждение плана работы куратора на год");
        assertThat(byId(edited, newId).get("deadline").get("kind").asString()).isEqualTo("RANGE");
        assertThat(byId(edited, newId).get("number").asString()).isEqualTo("1.1");

        JsonNode moved = read(send("POST", "/api/monitoring/roadmaps/" + id + "/items/" + newId + "/move",
                "{\"version\": 2, \"parentId\": null, \"position\": 1}", curator), 200);
        assertThat(byId(moved, newId).get("number").asString()).isEqualTo("2");
        assertThat(byId(moved, oldFirst).get("number").asString()).isEqualTo("1.1");
        assertThat(byId(moved, newId).get("depth").asInt()).isEqualTo(1);

        HttpResponse<String> underItself = send("POST", "/api/monitoring/roadmaps/" + id + "/items/" + stageOne + "/move",
                "{\"version\": 3, \"parentId\": \"" + oldFirst + "\", \"position\": 0}", curator);
        assertThat(TestHttp.code(underItself, 422)).isEqualTo("ITEM_MOVE_INTO_ITSELF");

        JsonNode deleted = read(send("DELETE", "/api/monitoring/roadmaps/" + id + "/items/" + newId + "?version=3", null,
                curator), 200);
        assertThat(deleted.get("items")).hasSize(templateSize);
        assertThat(numbers(deleted)).isEqualTo(numbers(roadmap));

        HttpResponse<String> stale = send("PUT", "/api/monitoring/roadmaps/" + id + "/items/" + oldFirst,
                "{\"version\": 0, \"activities\": \"Чужая правка\"}", curator);
        assertThat(TestHttp.code(stale, 409)).isEqualTo("STALE_VERSION");
        JsonNode after = read(send("GET", "/api/monitoring/roadmaps/" + id, null, curator), 200);
        assertThat(after.get("version").asInt()).isEqualTo(4);
        assertThat(after.toString()).doesNotContain("Чужая правка");

        HttpResponse<String> duplicate = send("POST", "/api/monitoring/roadmaps",
                "{\"ownerId\": \"" + school + "\", \"academicYear\": \"" + YEAR + "\"}", curator);
        assertThat(TestHttp.code(duplicate, 409)).isEqualTo("ROADMAP_EXISTS");
        JsonNode list = read(send("GET", "/api/monitoring/roadmaps?ownerId=" + school, null, curator), 200);
        assertThat(list).hasSize(1);
    }

    @Test
    void doneItemsCountOnTimeIntoTheIndicatorAndAreAnnounced() throws Exception {
        registerUnits();
        JsonNode roadmap = create(school, curator);
        String id = roadmap.get("id").asString();
        JsonNode acts = roadmap.get("items").get(1);
        assertThat(acts.get("due").asString()).isEqualTo("2025-09-15");
        assertThat(acts.get("overdue").asBoolean()).isTrue();
        assertThat(roadmap.get("completion").get("overdue").asInt()).isPositive();
        JsonNode informing = roadmap.get("items").get(3);
        assertThat(informing.get("due").asString()).isEqualTo("2025-09-20");

        JsonNode future = TestHttp.read(send("PUT", path(id, acts) + "/status",
                "{\"version\": 0, \"status\": \"DONE\", \"doneOn\": \"2025-10-21\"}", curator), 400);
        assertThat(TestHttp.fields(future)).containsExactly("doneOn");
        HttpResponse<String> unknown = send("PUT", path(id, acts) + "/status", "{\"version\": 0, \"status\": \"FINISHED\"}",
                curator);
        assertThat(TestHttp.fields(TestHttp.read(unknown, 400))).containsExactly("status");

        JsonNode onTimeDone = read(send("PUT", path(id, acts) + "/status",
                "{\"version\": 0, \"status\": \"DONE\", \"doneOn\": \"2025-09-14\"}", curator), 200);
        JsonNode done = byId(onTimeDone, acts.get("id").asString());
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(done.get("doneOnTime").asBoolean()).isTrue();
        JsonNode lateDone = read(send("PUT", path(id, informing) + "/status", "{\"version\": 1, \"status\": \"DONE\"}",
                curator), 200);
        JsonNode late = byId(lateDone, informing.get("id").asString());
        assertThat(late.get("doneOn").asString()).isEqualTo("2025-10-20");
        assertThat(late.get("doneOnTime").asBoolean()).isFalse();

        JsonNode completion = lateDone.get("completion");
        assertThat(completion.get("done").asInt()).isEqualTo(2);
        assertThat(completion.get("doneOnTime").asInt()).isEqualTo(1);
        long assessable = completion.get("assessable").asLong();
        assertThat(assessable).isGreaterThan(2);
        assertThat(fact(school)).containsExactly(1L, assessable);

        List<ConsumerRecord<String, byte[]>> events = TestEvents.read(bootstrapServers, Topics.MONITORING,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(60));
        assertThat(events).hasSize(2);
        List<RoadmapItemCompleted> decoded = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : events) {
            assertThat(TestEvents.header(record, "ce_type")).isEqualTo(EventCatalog.typeOf(RoadmapItemCompleted.class));
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("СОШ").doesNotContain("school-");
            decoded.add((RoadmapItemCompleted) EventCodec.standard().decode(EventCatalog.typeOf(RoadmapItemCompleted.class),
                    record.value()));
        }
        RoadmapItemCompleted first = decoded.stream().filter(e -> e.number().equals("1.1")).findFirst().orElseThrow();
        assertThat(first.onTime()).isTrue();
        assertThat(first.dueDate()).hasToString("2025-09-15");
        assertThat(first.doneOn()).hasToString("2025-09-14");
        assertThat(first.organizationId()).isEqualTo(school);
        assertThat(first.ownerLevel()).isEqualTo(RoadmapItemCompleted.OwnerLevel.ORGANIZATION);
        assertThat(first.academicYear()).isEqualTo(YEAR);
        assertThat(decoded).filteredOn(e -> e.number().equals("1.3")).singleElement()
                .satisfies(e -> assertThat(e.onTime()).isFalse());

        // Time alone makes items overdue: the nightly pass widens the denominator.
        clock.set(Instant.parse("2026-07-01T09:00:00Z"));
        assertThat(onTime.recompute(new AcademicYear(2025))).isPositive();
        long[] later = fact(school).stream().mapToLong(Long::longValue).toArray();
        assertThat(later[0]).isEqualTo(1L);
        assertThat(later[1]).isGreaterThan(assessable);
    }

    @Test
    void onlyTheOwnerEditsAndOthersAreRefused() throws Exception {
        registerUnits();
        JsonNode roadmap = create(school, curator);
        String id = roadmap.get("id").asString();
        JsonNode item = roadmap.get("items").get(1);
        String status = "{\"version\": 0, \"status\": \"IN_PROGRESS\"}";

        String other = RoadmapFixture.schoolCurator(region, municipality, otherSchool);
        assertThat(TestHttp.code(send("GET", "/api/monitoring/roadmaps/" + id, null, other), 403)).isEqualTo("FORBIDDEN");
        assertThat(TestHttp.code(send("PUT", path(id, item) + "/status", status, other), 403)).isEqualTo("FORBIDDEN");
        assertThat(TestHttp.code(send("POST", "/api/monitoring/roadmaps",
                "{\"ownerId\": \"" + school + "\", \"academicYear\": \"2026/2027\"}", other), 403)).isEqualTo("FORBIDDEN");

        String municipal = RoadmapFixture.municipalCurator(region, municipality);
        JsonNode seen = read(send("GET", "/api/monitoring/roadmaps/" + id, null, municipal), 200);
        assertThat(seen.get("editable").asBoolean()).isFalse();
        assertThat(TestHttp.code(send("PUT", path(id, item) + "/status", status, municipal), 403)).isEqualTo("FORBIDDEN");
        String stranger = RoadmapFixture.municipalCurator(region, UUID.randomUUID());
        assertThat(TestHttp.code(send("GET", "/api/monitoring/roadmaps/" + id, null, stranger), 403)).isEqualTo("FORBIDDEN");
        assertThat(read(send("GET", "/api/monitoring/roadmaps/" + id, null, RoadmapFixture.regionAdmin(region)), 200)
                .get("editable").asBoolean()).isFalse();
        assertThat(TestHttp.code(send("GET", "/api/monitoring/roadmaps/" + id, null,
                RoadmapFixture.regionAdmin(UUID.randomUUID())), 403)).isEqualTo("FORBIDDEN");

        JsonNode unchanged = read(send("GET", "/api/monitoring/roadmaps/" + id, null, curator), 200);
        assertThat(unchanged.get("version").asInt()).isZero();
        assertThat(unchanged.get("items").get(1).get("status").asString()).isEqualTo("PLANNED");

        JsonNode municipalRoadmap = create(municipality, municipal);
        assertThat(municipalRoadmap.get("ownerLevel").asString()).isEqualTo("MUNICIPALITY");
        assertThat(municipalRoadmap.get("items")).anyMatch(i -> !i.get("responsibleMunicipal").asString().isEmpty());
        assertThat(TestHttp.code(send("POST", "/api/monitoring/roadmaps",
                "{\"ownerId\": \"" + municipality + "\", \"academicYear\": \"2026/2027\"}", curator), 403))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        registerUnits();
        JsonNode badYear = TestHttp.read(send("POST", "/api/monitoring/roadmaps",
                "{\"ownerId\": \"" + school + "\", \"academicYear\": \"2025\"}", curator), 400);
        assertThat(TestHttp.fields(badYear)).containsExactly("academicYear");
        assertThat(TestHttp.code(send("POST", "/api/monitoring/roadmaps",
                "{\"ownerId\": \"" + UUID.randomUUID() + "\", \"academicYear\": \"" + YEAR + "\"}", curator), 404))
                .isEqualTo("UNIT_NOT_KNOWN");
        assertThat(read(send("GET", "/api/monitoring/roadmaps?ownerId=" + school, null, curator), 200)).isEmpty();

        JsonNode roadmap = create(school, curator);
        String id = roadmap.get("id").asString();
        JsonNode invalid = TestHttp.read(send("POST", "/api/monitoring/roadmaps/" + id + "/items", """
                {"version": 0, "activities": " ", "kpi": "NO_SUCH_KPI",
                 "deadline": {"original": "Октябрь", "from": "2025-10-31", "to": "2025-10-01"}}""", curator), 400);
        assertThat(TestHttp.fields(invalid)).containsExactlyInAnyOrder("activities", "kpi", "deadline.to");
        JsonNode noVersion = TestHttp.read(send("POST", "/api/monitoring/roadmaps/" + id + "/items",
                "{\"activities\": \"Пункт\", \"deadline\": {\"original\": \"Май\"}}", curator), 400);
        assertThat(TestHttp.fields(noVersion)).containsExactly("version");
        assertThat(TestHttp.code(send("POST", "/api/monitoring/roadmaps/" + id + "/items",
                "{\"version\": 0, \"parentId\": \"" + UUID.randomUUID() + "\", \"activities\": \"Пункт\","
                        + " \"deadline\": {\"original\": \"Май\"}}", curator), 400)).isEqualTo("VALIDATION_FAILED");
        assertThat(TestHttp.code(send("PUT", "/api/monitoring/roadmaps/" + id + "/items/" + UUID.randomUUID() + "/status",
                "{\"version\": 0, \"status\": \"DONE\"}", curator), 404)).isEqualTo("ITEM_NOT_FOUND");
        assertThat(TestHttp.code(send("GET", "/api/monitoring/roadmaps/" + UUID.randomUUID(), null, curator), 404))
                .isEqualTo("ROADMAP_NOT_FOUND");
        assertThat(send("POST", "/api/monitoring/roadmaps/" + id + "/items", "{not json", curator).statusCode())
                .isEqualTo(400);

        JsonNode after = read(send("GET", "/api/monitoring/roadmaps/" + id, null, curator), 200);
        assertThat(after.get("version").asInt()).isZero();
        assertThat(after.get("items")).hasSize(roadmap.get("items").size());
    }

    @Test
    void evidenceFilesAreLimitedAndTyped() throws Exception {
        registerUnits();
        JsonNode roadmap = create(school, curator);
        String id = roadmap.get("id").asString();
        String item = path(id, roadmap.get("items").get(1));
        String base = "http://localhost:" + port;

        HttpResponse<String> tooLarge = RoadmapFixture.upload(base, "PUT", item + "/evidence", curator, "prikaz.pdf",
                new byte[6 * 1024 * 1024], Map.of("version", "0"));
        assertThat(TestHttp.code(tooLarge, 413)).isEqualTo("EVIDENCE_TOO_LARGE");
        HttpResponse<String> wrongType = RoadmapFixture.upload(base, "PUT", item + "/evidence", curator, "setup.exe",
                "MZ".getBytes(StandardCharsets.UTF_8), Map.of("version", "0"));
        assertThat(TestHttp.code(wrongType, 415)).isEqualTo("EVIDENCE_TYPE_NOT_ALLOWED");
        HttpResponse<String> empty = RoadmapFixture.upload(base, "PUT", item + "/evidence", curator, "prikaz.pdf",
                new byte[0], Map.of("version", "0"));
        assertThat(TestHttp.code(empty, 422)).isEqualTo("EVIDENCE_EMPTY");
        HttpResponse<String> other = RoadmapFixture.upload(base, "PUT", item + "/evidence",
                RoadmapFixture.schoolCurator(region, municipality, otherSchool), "prikaz.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8), Map.of("version", "0"));
        assertThat(TestHttp.code(other, 403)).isEqualTo("FORBIDDEN");
        assertThat(read(send("GET", "/api/monitoring/roadmaps/" + id, null, curator), 200).get("version").asInt()).isZero();

        byte[] pdf = "%PDF-1.4 приказ о назначении куратора".getBytes(StandardCharsets.UTF_8);
        JsonNode uploaded = read(RoadmapFixture.upload(base, "PUT", item + "/evidence", curator, "Приказ № 231.pdf", pdf,
                Map.of("version", "0")), 200);
        JsonNode file = uploaded.get("items").get(1).get("evidenceFile");
        assertThat(file.get("fileName").asString()).isEqualTo("Приказ № 231.pdf");
        assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
        HttpResponse<byte[]> downloaded = RoadmapFixture.download(base, item + "/evidence", curator);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(pdf);
        assertThat(RoadmapFixture.download(base, item + "/evidence",
                RoadmapFixture.schoolCurator(region, municipality, otherSchool)).statusCode()).isEqualTo(403);

        JsonNode badLink = TestHttp.read(send("PUT", item + "/evidence-link",
                "{\"version\": 1, \"link\": \"javascript:alert(1)\"}", curator), 400);
        assertThat(TestHttp.fields(badLink)).containsExactly("link");
        JsonNode linked = read(send("PUT", item + "/evidence-link",
                "{\"version\": 1, \"link\": \"https://school1.example.ru/nastavnichestvo\"}", curator), 200);
        assertThat(linked.get("items").get(1).get("evidenceLink").asString())
                .isEqualTo("https://school1.example.ru/nastavnichestvo");
        JsonNode removed = read(send("DELETE", item + "/evidence?version=2", null, curator), 200);
        assertThat(removed.get("items").get(1).get("evidenceFile").isNull()).isTrue();
        assertThat(RoadmapFixture.download(base, item + "/evidence", curator).statusCode()).isEqualTo(404);
    }

    @Test
    void carryingOverKeepsTheRecurringItemsOneYearLater() throws Exception {
        registerUnits();
        JsonNode roadmap = create(school, curator);
        String id = roadmap.get("id").asString();
        List<JsonNode> recurring = new ArrayList<>();
        roadmap.get("items").forEach(i -> {
            if (i.get("recurring").asBoolean()) {
                recurring.add(i);
            }
        });
        assertThat(recurring).isNotEmpty();

        JsonNode next = read(send("POST", "/api/monitoring/roadmaps/" + id + "/carry-over", null, curator), 201);
        assertThat(next.get("academicYear").asString()).isEqualTo("2026/2027");
        assertThat(next.get("title").asString()).contains("2026/2027");
        assertThat(next.get("items")).hasSize(recurring.size());
        JsonNode survey = find(next, recurring.getFirst().get("activities").asString());
        assertThat(survey.get("due").asString()).isEqualTo(
                java.time.LocalDate.parse(recurring.getFirst().get("due").asString()).plusYears(1).toString());
        assertThat(survey.get("status").asString()).isEqualTo("PLANNED");
        assertThat(numbers(next).getFirst()).isEqualTo("1");
        assertThat(TestHttp.code(send("POST", "/api/monitoring/roadmaps/" + id + "/carry-over", null, curator), 409))
                .isEqualTo("ROADMAP_EXISTS");
    }

    @Test
    void exportsAreTheSeedsTable() throws Exception {
        registerUnits();
        JsonNode roadmap = create(school, curator);
        String id = roadmap.get("id").asString();
        String base = "http://localhost:" + port;
        String firstActivity = roadmap.get("items").get(1).get("activities").asString();

        HttpResponse<byte[]> docx = RoadmapFixture.download(base, "/api/monitoring/roadmaps/" + id + "/export.docx", curator);
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("№ п/п").contains("1.1.").contains(firstActivity).contains("До 15 сентября");
            assertThat(document.getTables().getFirst().getRows()).hasSize(roadmap.get("items").size() + 1);
        }
        HttpResponse<byte[]> xlsx = RoadmapFixture.download(base, "/api/monitoring/roadmaps/" + id + "/export.xlsx", curator);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(5).getCell(0).getStringCellValue()).isEqualTo("1.1.");
            assertThat(workbook.getSheetAt(0).getRow(5).getCell(2).getStringCellValue()).isEqualTo(firstActivity);
        }
        assertThat(RoadmapFixture.download(base, "/api/monitoring/roadmaps/" + id + "/export.xlsx",
                RoadmapFixture.schoolCurator(region, municipality, otherSchool)).statusCode()).isEqualTo(403);
    }

    @Test
    void theMunicipalitySeesItsOrganizationsCompletionWithoutPeople() throws Exception {
        registerUnits();
        UUID third = UUID.randomUUID();
        directory.organizationRegistered(third, "МБДОУ детский сад № 3", "KINDERGARTEN", municipality,
                "Ленинградский район", region, "Краснодарский край");
        JsonNode first = create(school, curator);
        JsonNode item = first.get("items").get(1);
        read(send("PUT", path(first.get("id").asString(), item) + "/status",
                "{\"version\": 0, \"status\": \"DONE\", \"doneOn\": \"2025-09-10\"}", curator), 200);
        String otherCurator = RoadmapFixture.schoolCurator(region, municipality, otherSchool);
        create(otherSchool, otherCurator);
        String municipal = RoadmapFixture.municipalCurator(region, municipality);

        JsonNode report = read(send("GET", "/api/monitoring/roadmaps/completion/municipalities/" + municipality
                + "?academicYear=" + YEAR, null, municipal), 200);
        JsonNode rows = report.get("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("name").asString()).isEqualTo("МБДОУ детский сад № 3");
        assertThat(rows.get(0).get("withRoadmap").asInt()).isZero();
        assertThat(rows.get(1).get("name").asString()).isEqualTo("МБОУ СОШ № 7");
        assertThat(rows.get(1).get("shareOnTime").decimalValue()).isEqualByComparingTo("0");
        assertThat(rows.get(2).get("name").asString()).isEqualTo("МБОУ СОШ № 1");
        assertThat(rows.get(2).get("done").asInt()).isEqualTo(1);
        assertThat(rows.get(2).get("doneOnTime").asInt()).isEqualTo(1);
        assertThat(rows.get(2).get("overdue").asInt()).isPositive();
        JsonNode total = report.get("total");
        assertThat(total.get("organizations").asInt()).isEqualTo(3);
        assertThat(total.get("withRoadmap").asInt()).isEqualTo(2);
        assertThat(total.get("done").asInt()).isEqualTo(1);
        assertThat(total.get("items").asInt()).isEqualTo(rows.get(1).get("items").asInt() + rows.get(2).get("items").asInt());
        assertThat(report.toString()).doesNotContain("school-").doesNotContain("Куратор");

        JsonNode regional = read(send("GET", "/api/monitoring/roadmaps/completion/regions/" + region + "?academicYear="
                + YEAR, null, RoadmapFixture.regionAdmin(region)), 200);
        assertThat(regional.get("rows")).hasSize(1);
        assertThat(regional.get("rows").get(0).get("name").asString()).isEqualTo("Ленинградский район");
        assertThat(regional.get("rows").get(0).get("withRoadmap").asInt()).isEqualTo(2);
        assertThat(regional.get("total").get("done").asInt()).isEqualTo(1);

        assertThat(TestHttp.code(send("GET", "/api/monitoring/roadmaps/completion/municipalities/" + municipality
                + "?academicYear=" + YEAR, null, curator), 403)).isEqualTo("FORBIDDEN");
        assertThat(TestHttp.code(send("GET", "/api/monitoring/roadmaps/completion/regions/" + region + "?academicYear="
                + YEAR, null, municipal), 403)).isEqualTo("FORBIDDEN");
    }

    @Test
    void importRefusesEmptyAndOversizedFilesCleanly() throws Exception {
        registerUnits();
        String base = "http://localhost:" + port;
        Map<String, String> fields = Map.of("ownerId", school.toString(), "academicYear", YEAR);
        assertThat(TestHttp.code(RoadmapFixture.upload(base, "POST", "/api/monitoring/roadmaps/imports", curator,
                "roadmap.docx", new byte[0], fields), 422)).isEqualTo("ROADMAP_FILE_EMPTY");
        assertThat(TestHttp.code(RoadmapFixture.upload(base, "POST", "/api/monitoring/roadmaps/imports", curator,
                "roadmap.docx", new byte[10 * 1024 * 1024 + 512 * 1024], fields), 413)).isEqualTo("ROADMAP_FILE_TOO_LARGE");
        HttpResponse<String> huge = RoadmapFixture.upload(base, "POST", "/api/monitoring/roadmaps/imports", curator,
                "roadmap.docx", new byte[13 * 1024 * 1024], fields);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(TestHttp.code(RoadmapFixture.upload(base, "POST", "/api/monitoring/roadmaps/imports",
                RoadmapFixture.schoolCurator(region, municipality, otherSchool), "roadmap.txt",
                "1\tПункт\tсентябрь".getBytes(StandardCharsets.UTF_8), fields), 403)).isEqualTo("FORBIDDEN");
        assertThat(read(send("GET", "/api/monitoring/roadmaps?ownerId=" + school, null, curator), 200)).isEmpty();
    }

    @Test
    void theDemoKindergartenStartsWithARoadmap() throws Exception {
        DemoRegion.Organization kindergarten = DemoRegion.KINDERGARTEN_5;
        DemoRegion.Municipality municipality = DemoRegion.LENINGRADSKY;
        OrganizationRegistered registered = new OrganizationRegistered(kindergarten.id(), kindergarten.name(),
                kindergarten.type(), municipality.id(), municipality.name(), DemoRegion.REGION.id(), DemoRegion.REGION.name());
        TestEvents.publish(bootstrapServers, registered);
        TestEvents.publish(bootstrapServers, registered);
        String municipal = RoadmapFixture.municipalCurator(DemoRegion.REGION.id(), municipality.id());

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpResponse<String> list = send("GET", "/api/monitoring/roadmaps?ownerId=" + kindergarten.id(), null, municipal);
            return list.statusCode() == 200 && json.readTree(list.body()).size() == 1;
        });
        Thread.sleep(1000);
        JsonNode list = read(send("GET", "/api/monitoring/roadmaps?ownerId=" + kindergarten.id(), null, municipal), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("academicYear").asString()).isEqualTo(YEAR);
        JsonNode completion = list.get(0).get("completion");
        assertThat(completion.get("done").asInt()).isPositive();
        assertThat(completion.get("overdue").asInt()).isPositive();
        assertThat(completion.get("doneOnTime").asInt()).isEqualTo(completion.get("done").asInt());
        assertThat(fact(kindergarten.id())).containsExactly(completion.get("doneOnTime").asLong(),
                completion.get("assessable").asLong());
    }

    @Test
    void seedRoadmapsArePreviewedAndImportedOnlyWhenConfirmed() throws Exception {
        registerUnits();
        String base = "http://localhost:" + port;
        String municipal = RoadmapFixture.municipalCurator(region, municipality);
        byte[] seed = seed("003_c3d9d0cca4362030.txt");

        JsonNode preview = read(RoadmapFixture.upload(base, "POST", "/api/monitoring/roadmaps/imports", municipal,
                "003_c3d9d0cca4362030.txt", seed, Map.of("ownerId", municipality.toString(), "academicYear", YEAR)), 201);
        JsonNode draft = preview.get("draft");
        int drafted = draft.get("items").size();
        assertThat(drafted).isGreaterThan(5);
        assertThat(draft.get("title").asString()).contains("Дорожная карта");
        assertThat(draft.has("warnings")).isTrue();
        assertThat(preview.get("ownerName").asString()).isEqualTo("Ленинградский район");
        // A preview stores nothing yet.
        assertThat(read(send("GET", "/api/monitoring/roadmaps?ownerId=" + municipality, null, municipal), 200)).isEmpty();
        String importId = preview.get("importId").asString();
        assertThat(TestHttp.code(send("POST", "/api/monitoring/roadmaps/imports/" + importId + "/confirmation", "{}",
                RoadmapFixture.municipalCurator(region, UUID.randomUUID())), 403)).isEqualTo("FORBIDDEN");

        JsonNode imported = read(send("POST", "/api/monitoring/roadmaps/imports/" + importId + "/confirmation", "{}",
                municipal), 201);
        assertThat(imported.get("ownerLevel").asString()).isEqualTo("MUNICIPALITY");
        assertThat(imported.get("academicYear").asString()).isEqualTo(YEAR);
        assertThat(imported.get("items")).hasSize(drafted);
        assertThat(numbers(imported).getFirst()).isEqualTo("1");
        assertThat(numbers(imported)).contains("1.1");
        assertThat(imported.get("items")).anyMatch(i -> i.get("responsibleMunicipal").asString().contains("УО"));
        assertThat(imported.get("items").get(1).get("activities").asString())
                .isEqualTo(draft.get("items").get(1).get("activities").asString());
        assertThat(TestHttp.code(send("POST", "/api/monitoring/roadmaps/imports/" + importId + "/confirmation", "{}",
                municipal), 404)).isEqualTo("IMPORT_NOT_FOUND");

        // A school's seed fills the school's empty roadmap; a letter instead of a roadmap changes nothing.
        JsonNode empty = read(send("POST", "/api/monitoring/roadmaps",
                "{\"ownerId\": \"" + school + "\", \"academicYear\": \"" + YEAR + "\", \"fromTemplate\": false}", curator), 201);
        assertThat(empty.get("items")).isEmpty();
        HttpResponse<String> letter = RoadmapFixture.upload(base, "POST", "/api/monitoring/roadmaps/imports", curator,
                "письмо.txt", "Добрый день!\nВысылаем документы.".getBytes(StandardCharsets.UTF_8),
                Map.of("ownerId", school.toString(), "academicYear", YEAR));
        assertThat(TestHttp.code(letter, 422)).isEqualTo("ROADMAP_UNREADABLE");
        JsonNode schoolPreview = read(RoadmapFixture.upload(base, "POST", "/api/monitoring/roadmaps/imports", curator,
                "000_4377c64b8fd4b947.txt", seed("000_4377c64b8fd4b947.txt"),
                Map.of("ownerId", school.toString(), "academicYear", YEAR)), 201);
        JsonNode filled = read(send("POST", "/api/monitoring/roadmaps/imports/" + schoolPreview.get("importId").asString()
                + "/confirmation", "{\"title\": \"Дорожная карта ДДТ «Ермак»\"}", curator), 201);
        assertThat(filled.get("id").asString()).isEqualTo(empty.get("id").asString());
        assertThat(filled.get("title").asString()).isEqualTo("Дорожная карта ДДТ «Ермак»");
        assertThat(filled.get("items")).hasSize(schoolPreview.get("draft").get("items").size());
        assertThat(fact(school)).hasSize(2);

        JsonNode again = read(RoadmapFixture.upload(base, "POST", "/api/monitoring/roadmaps/imports", curator,
                "000_4377c64b8fd4b947.txt", seed("000_4377c64b8fd4b947.txt"),
                Map.of("ownerId", school.toString(), "academicYear", YEAR)), 201);
        assertThat(TestHttp.code(send("POST", "/api/monitoring/roadmaps/imports/" + again.get("importId").asString()
                + "/confirmation", "{}", curator), 409)).isEqualTo("ROADMAP_EXISTS");
        assertThat(read(send("GET", "/api/monitoring/roadmaps/" + filled.get("id").asString(), null, curator), 200)
                .get("items")).hasSize(filled.get("items").size());
    }

    private static byte[] seed(String name) throws Exception {
        try (var in = RoadmapApiTest.class.getResourceAsStream("/roadmaps/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    private JsonNode create(UUID owner, String token) throws Exception {
        return read(send("POST", "/api/monitoring/roadmaps",
                "{\"ownerId\": \"" + owner + "\", \"academicYear\": \"" + YEAR + "\", \"fromTemplate\": true}", token), 201);
    }

    private List<Long> fact(UUID organization) {
        return jdbc.sql("SELECT numerator, denominator FROM indicator_fact WHERE organization_id = ? AND academic_year = 2025"
                + " AND indicator = 'ROADMAP_ON_TIME'").param(organization)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    }

    private static String path(String roadmapId, JsonNode item) {
        return "/api/monitoring/roadmaps/" + roadmapId + "/items/" + item.get("id").asString();
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }

    private static JsonNode read(HttpResponse<String> response, int status) {
        return TestHttp.read(response, status);
    }

    private static List<String> numbers(JsonNode roadmap) {
        List<String> numbers = new ArrayList<>();
        roadmap.get("items").forEach(i -> numbers.add(i.get("number").asString()));
        return numbers;
    }

    private static JsonNode find(JsonNode roadmap, String activities) {
        for (JsonNode item : roadmap.get("items")) {
            if (item.get("activities").asString().equals(activities)) {
                return item;
            }
        }
        throw new AssertionError("no item " + activities);
    }

    private static JsonNode byId(JsonNode roadmap, String id) {
        for (JsonNode item : roadmap.get("items")) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }
}
