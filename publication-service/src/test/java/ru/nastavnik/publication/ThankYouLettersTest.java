package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Thank-you letters to the mentors who completed a programme in an organization in a year: the list comes from
 * pairing's ProgrammeCompleted (ids only) minus those who withdrew a consent; the names come in the request, must
 * belong to that list, and end up in the letters only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ThankYouLettersTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    private final AcademicYear year = AcademicYear.of(LocalDate.now(ZoneOffset.UTC));
    private final String yearParam = year.startYear() + "-" + (year.startYear() + 1);

    private final UUID m1 = UUID.randomUUID();
    private final UUID m2 = UUID.randomUUID();
    private final UUID lastYear = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private final UUID withdrew = UUID.randomUUID();
    private final UUID withdrewFirst = UUID.randomUUID();

    @Test
    void lettersGoToTheYearsMentorsByTheNamesGiven() throws Exception {
        PracticeWorld world = scenario();
        String mentorsPath = "/api/publications/organizations/" + world.school + "/thank-you-letters/mentors?year=" + yearParam;
        JsonNode mentors = world.ok("GET", mentorsPath, null, world.schoolCurator);
        assertThat(mentors.findValuesAsString("personId")).containsExactlyInAnyOrder(m1.toString(), m2.toString());
        assertThat(world.ok("GET", mentorsPath, null, world.municipalCurator).findValuesAsString("personId")).hasSize(2);

        Map<String, String> names = new LinkedHashMap<>();
        names.put(m1.toString(), "Заботина Вера Андреевна");
        names.put(m2.toString(), "Ростов Олег Ильич");
        HttpResponse<byte[]> response = post(world, Map.of("signatory", "А. А. Сидорова",
                "signatoryPosition", "Директор МБОУ «СОШ № 5»", "names", names), world.schoolCurator);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            List<XWPFParagraph> headings = paragraphs.stream().filter(p -> p.getText().equals("Благодарственное письмо")).toList();
            assertThat(headings).hasSize(2);
            // One letter per page: every letter after the first starts a new one.
            assertThat(headings.get(0).isPageBreak()).isFalse();
            assertThat(headings.get(1).isPageBreak()).isTrue();
            String text = String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("Уважаемый(ая) Заботина Вера Андреевна!", "Уважаемый(ая) Ростов Олег Ильич!",
                    "в " + year + " учебном году", "в организации МБОУ «СОШ № 5».", "А. А. Сидорова", "Директор МБОУ «СОШ № 5»");
            assertThat(text.indexOf("Заботина Вера Андреевна")).isLessThan(text.indexOf("Ростов Олег Ильич"));
        }
        // Names are rendered, never kept.
        for (String collection : mongo.getCollectionNames()) {
            if (collection.endsWith(".chunks")) {
                continue; // file contents of practice materials
            }
            for (Document stored : mongo.getCollection(collection).find()) {
                assertThat(stored.toJson()).doesNotContain("Заботина Вера Андреевна", "Ростов Олег Ильич");
            }
        }
        assertThat(post(world, Map.of("signatory", "А. А. Сидорова", "signatoryPosition", "Директор",
                "names", Map.of(m1.toString(), "Заботина Вера Андреевна")), world.municipalCurator).statusCode()).isEqualTo(200);
    }

    @Test
    void namesMustBeThisYearsMentorsInPlainTextAndOnlyCuratorsMayAsk() throws Exception {
        PracticeWorld world = scenario();
        UUID stranger = UUID.randomUUID();
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put(m1.toString(), "Заботина Вера Андреевна");
        for (UUID notAMentor : List.of(lastYear, elsewhere, withdrew, withdrewFirst, stranger)) {
            wrong.put(notAMentor.toString(), "Кто-то Другой");
        }
        HttpResponse<String> refused = postJson(world, Map.of("signatory", "А. А. Сидорова", "signatoryPosition", "Директор",
                "names", wrong), world.schoolCurator);
        JsonNode problem = TestHttp.read(refused, 400);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(TestHttp.fields(problem)).containsExactlyInAnyOrder("names." + lastYear, "names." + elsewhere,
                "names." + withdrew, "names." + withdrewFirst, "names." + stranger);
        assertThat(refused.body()).doesNotContain("Заботина", "Кто-то Другой");
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");

        JsonNode markup = TestHttp.read(postJson(world, Map.of("signatory", "<b>Сидорова</b>", "signatoryPosition", "Директор",
                "names", Map.of(m1.toString(), "Заботина <script>alert(1)</script>")), world.schoolCurator), 400);
        assertThat(TestHttp.fields(markup)).containsExactlyInAnyOrder("signatory", "names." + m1);
        JsonNode tooLong = TestHttp.read(postJson(world, Map.of("signatory", "С".repeat(201), "signatoryPosition", " ",
                "names", Map.of(m1.toString(), "И".repeat(201))), world.schoolCurator), 400);
        assertThat(TestHttp.fields(tooLong)).containsExactlyInAnyOrder("signatory", "signatoryPosition", "names." + m1);
        JsonNode none = TestHttp.read(postJson(world, Map.of("signatory", "А. А. Сидорова", "signatoryPosition", "Директор",
                "names", Map.of()), world.schoolCurator), 400);
        assertThat(TestHttp.fields(none)).containsExactly("names");

        Map<String, Object> fine = Map.of("signatory", "А. А. Сидорова", "signatoryPosition", "Директор",
                "names", Map.of(m1.toString(), "Заботина Вера Андреевна"));
        // Names are personal data: the regional institute and other places' curators do not get letters or the list.
        for (String outsider : List.of(world.regionAdmin, world.otherSchoolCurator, world.otherMunicipalCurator,
                world.foreignRegionAdmin)) {
            assertThat(TestHttp.code(postJson(world, fine, outsider), 403)).isEqualTo("FORBIDDEN");
            assertThat(TestHttp.code(world.call("GET", "/api/publications/organizations/" + world.school
                    + "/thank-you-letters/mentors?year=" + yearParam, null, outsider), 403)).isEqualTo("FORBIDDEN");
        }
        assertThat(TestHttp.fields(TestHttp.read(world.call("GET", "/api/publications/organizations/" + world.school
                + "/thank-you-letters/mentors?year=2025", null, world.schoolCurator), 400))).containsExactly("year");
        assertThat(TestHttp.fields(TestHttp.read(world.call("POST", "/api/publications/organizations/" + world.school
                + "/thank-you-letters.docx?year=2025-2027", fine, world.schoolCurator), 400))).containsExactly("year");
    }

    /**
     * Mentors m1 and m2 completed a programme this year in the school; another last year; another in the other school;
     * one completed and then withdrew a consent; one withdrew before their completion was read.
     */
    private PracticeWorld scenario() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        List<String> programmes = new ArrayList<>();
        List<String> consents = new ArrayList<>();
        consents.add(TestEvents.publish(bootstrapServers, new OrganizationRegistered(world.school, "МБОУ «СОШ № 5»",
                OrganizationType.SCHOOL, world.municipality, "Городской округ Заречный", world.region, "Тестовый регион")));
        consents.add(TestEvents.publish(bootstrapServers, new ConsentWithdrawn(withdrewFirst, world.school,
                ConsentScope.PERSONAL_DATA_PROCESSING, LocalDate.now())));
        await().atMost(Duration.ofSeconds(60)).until(() -> consents.stream().allMatch(id -> processed("publication-service.mentor-consents", id)));

        LocalDate thisYear = year.firstDay().plusMonths(2);
        programmes.add(TestEvents.publish(bootstrapServers, completed(world, world.school, m1, thisYear)));
        programmes.add(TestEvents.publish(bootstrapServers, completed(world, world.school, m1, thisYear.plusDays(3))));
        programmes.add(TestEvents.publish(bootstrapServers, completed(world, world.school, m2, thisYear)));
        programmes.add(TestEvents.publish(bootstrapServers, completed(world, world.school, lastYear, year.previous().firstDay().plusMonths(3))));
        programmes.add(TestEvents.publish(bootstrapServers, completed(world, world.otherSchool, elsewhere, thisYear)));
        programmes.add(TestEvents.publish(bootstrapServers, completed(world, world.school, withdrew, thisYear)));
        programmes.add(TestEvents.publish(bootstrapServers, completed(world, world.school, withdrewFirst, thisYear)));
        await().atMost(Duration.ofSeconds(60)).until(() -> programmes.stream().allMatch(id -> processed("publication-service.mentor-completions", id)));

        String withdrawal = TestEvents.publish(bootstrapServers, new ConsentWithdrawn(withdrew, world.school,
                ConsentScope.NAME_PUBLICATION, LocalDate.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> processed("publication-service.mentor-consents", withdrawal)
                && processed("publication-service.organizations", consents.get(0)));
        return world;
    }

    private ProgrammeCompleted completed(PracticeWorld world, UUID organization, UUID mentor, LocalDate on) {
        UUID municipality = organization.equals(world.school) ? world.municipality : world.otherMunicipality;
        return new ProgrammeCompleted(UUID.randomUUID(), UUID.randomUUID(), organization, municipality, world.region,
                RoleModel.TEACHER_TEACHER, MentoringFormat.TRADITIONAL, on, 4, 5, 0.8, false, 6, List.of(),
                "Программа завершена.", mentor, List.of(UUID.randomUUID()));
    }

    private boolean processed(String consumer, String eventId) {
        return mongo.getCollection("platform_processed_events").countDocuments(new Document("_id", consumer + "/" + eventId)) == 1;
    }

    private String lettersPath(PracticeWorld world) {
        return "/api/publications/organizations/" + world.school + "/thank-you-letters.docx?year=" + yearParam;
    }

    private HttpResponse<String> postJson(PracticeWorld world, Object body, String token) throws Exception {
        return world.call("POST", lettersPath(world), body, token);
    }

    private HttpResponse<byte[]> post(PracticeWorld world, Object body, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(world.base + lettersPath(world)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PracticeWorld.JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
