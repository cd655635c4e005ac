package ru.nastavnik.participant;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.ParticipantProfileChanged;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProfessionalTopicKind;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's card in the banks: full profile, duplicates, edits with optimistic locking, status in the programme,
 * roles by academic year, work in a second organization, and the banks' filters and search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class PersonProfileApiTest {

    private static final String MUNICIPAL = TestTokens.get().forUser("leningradsky.curator");
    private static final String SCHOOL_7_CURATOR = TestTokens.get().forUser("school7.curator");
    private static final String SCHOOL_1_CURATOR = TestTokens.get().forUser("school1.curator");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aFullProfileIsKeptAndDuplicatesAreRefused() throws Exception {
        UUID organization = organization();
        String email = "sokolova." + UUID.randomUUID().toString().substring(0, 8) + "@school.ru";
        JsonNode created = read(call("POST", people(organization), person("Соколова Алёна Игоревна", email, "MENTOR_CANDIDATE"),
                MUNICIPAL), 201);
        assertThat(created.get("subjects").toString()).isEqualTo("[\"математика\",\"информатика\"]");
        assertThat(created.get("qualificationCategory").asString()).isEqualTo("HIGHEST");
        assertThat(created.get("phone").asString()).isEqualTo("+79181234567");
        assertThat(created.get("email").asString()).isEqualTo(email);
        assertThat(created.get("status").asString()).isEqualTo("CANDIDATE");

        JsonNode card = read(call("GET", "/api/participants/people/" + id(created), null, MUNICIPAL), 200);
        assertThat(card.get("roles").get(0).get("academicYear").asString()).matches("\\d{4}/\\d{4}");
        assertThat(card.get("roles").get(0).get("programmeRole").asString()).isEqualTo("MENTOR_CANDIDATE");
        assertThat(card.get("nextStatuses").toString()).isEqualTo("[\"ACTIVE\",\"LEFT\"]");

        // The same name written otherwise («е» for «ё», case, spaces) is the same person.
        JsonNode sameName = read(call("POST", people(organization), person("  соколова   Алена Игоревна", null, "MENTEE_CANDIDATE"),
                MUNICIPAL), 409);
        assertThat(sameName.get("code").asString()).isEqualTo("PERSON_DUPLICATE");
        // The same e-mail anywhere is the same person, too.
        JsonNode sameEmail = read(call("POST", people(organization()), person("Другая Анна Петровна", email.toUpperCase(),
                "MENTEE_CANDIDATE"), MUNICIPAL), 409);
        assertThat(sameEmail.get("detail").asString()).contains(email);
        assertThat(read(call("GET", people(organization), null, MUNICIPAL), 200)).hasSize(1);
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        UUID organization = organization();
        JsonNode problem = read(call("POST", people(organization), """
                {"fullName":"=HYPERLINK(\\"http://evil\\")","subjects":["=1+1"],"qualificationCategory":"золотая",
                 "yearsOfExperience":71,"email":"not-an-email","phone":"12345","programmeRole":"DIRECTOR"}""", MUNICIPAL), 400);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("fullName", "subjects", "qualificationCategory", "yearsOfExperience",
                "email", "phone", "programmeRole");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("формулы не допускаются");
        JsonNode oneWord = read(call("POST", people(organization), person("Иванова", null, "MENTEE_CANDIDATE"), MUNICIPAL), 400);
        assertThat(oneWord.get("errors").get(0).get("message").asString()).contains("фамилия, имя и отчество");
        assertThat(read(call("GET", people(organization), null, MUNICIPAL), 200)).isEmpty();
    }

    @Test
    void editsUseOptimisticLockingAndAnnounceNoName() throws Exception {
        UUID organization = organization();
        UUID person = id(read(call("POST", people(organization), person("Лебедева Ирина Олеговна", null, "MENTEE_CANDIDATE"),
                MUNICIPAL), 201));
        String path = "/api/participants/people/" + person;
        String edit = """
                {"fullName":"Лебедева Ирина Олеговна","position":"учитель физики","subjects":["физика"],
                 "qualificationCategory":"FIRST","yearsOfExperience":4,"programmeRole":"MENTEE_CANDIDATE","version":0}""";
        JsonNode edited = read(call("PUT", path, edit, MUNICIPAL), 200);
        assertThat(edited.get("version").asInt()).isEqualTo(1);
        assertThat(edited.get("position").asString()).isEqualTo("учитель физики");

        // A second editor who saw version 0 is told, and the card stays as the first editor left it.
        JsonNode stale = read(call("PUT", path, edit.replace("учитель физики", "учитель химии"), MUNICIPAL), 409);
        assertThat(stale.get("code").asString()).isEqualTo("PERSON_CHANGED_CONCURRENTLY");
        assertThat(read(call("GET", path, null, MUNICIPAL), 200).get("position").asString()).isEqualTo("учитель физики");

        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> r.key().equals(person.toString())
                        && EventCatalog.typeOf(ParticipantProfileChanged.class).equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                1, Duration.ofSeconds(60));
        ParticipantProfileChanged changed = (ParticipantProfileChanged) EventCodec.standard()
                .decode(TestEvents.header(records.getFirst(), CloudEventHeaders.TYPE), records.getFirst().value());
        assertThat(changed.position()).isEqualTo("учитель физики");
        assertThat(new String(records.getFirst().value(), StandardCharsets.UTF_8)).doesNotContain("Лебедева");
    }

    @Test
    void statusFollowsTheProgrammeAndLeavingNeedsAReason() throws Exception {
        UUID person = id(read(call("POST", people(organization()), person("Морозов Пётр Ильич", null, "MENTEE_CANDIDATE"),
                MUNICIPAL), 201));
        String status = "/api/participants/people/" + person + "/status";
        assertThat(read(call("POST", status, "{\"status\":\"IN_PAIR\"}", MUNICIPAL), 409).get("code").asString())
                .isEqualTo("STATUS_TRANSITION_NOT_ALLOWED");
        assertThat(read(call("POST", status, "{\"status\":\"SLEEPING\"}", MUNICIPAL), 400).get("errors").get(0)
                .get("field").asString()).isEqualTo("status");
        assertThat(read(call("POST", status, "{\"status\":\"ACTIVE\"}", MUNICIPAL), 200).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(read(call("POST", status, "{\"status\":\"LEFT\"}", MUNICIPAL), 400).get("errors").get(0)
                .get("message").asString()).isEqualTo("укажите причину выбытия");
        JsonNode left = read(call("POST", status, "{\"status\":\"LEFT\",\"reason\":\"переезд в другой регион\"}", MUNICIPAL), 200);
        assertThat(left.get("status").asString()).isEqualTo("LEFT");
        assertThat(left.get("statusReason").asString()).isEqualTo("переезд в другой регион");

        List<ConsumerRecord<String, byte[]>> records = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> r.key().equals(person.toString())
                        && EventCatalog.typeOf(ParticipantProfileChanged.class).equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                2, Duration.ofSeconds(60));
        assertThat(records.stream().map(r -> ((ParticipantProfileChanged) EventCodec.standard()
                .decode(TestEvents.header(r, CloudEventHeaders.TYPE), r.value())).status()))
                .containsExactly(ParticipantStatus.ACTIVE, ParticipantStatus.LEFT);
        assertThat(new String(records.getLast().value(), StandardCharsets.UTF_8)).doesNotContain("переезд");
    }

    @Test
    void rolesAreKeptPerAcademicYear() throws Exception {
        UUID person = id(read(call("POST", people(organization()), person("Зайцева Ольга Юрьевна", null, "MENTEE_CANDIDATE"),
                MUNICIPAL), 201));
        String roles = "/api/participants/people/" + person + "/roles";
        int current = LocalDate.now().getMonthValue() >= 9 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
        String previous = (current - 1) + "/" + current;
        read(call("POST", roles, "{\"academicYear\":\"" + previous + "\",\"programmeRole\":\"MENTEE_CANDIDATE\"}", MUNICIPAL), 200);
        JsonNode card = read(call("POST", roles, "{\"academicYear\":\"" + current + "/" + (current + 1)
                + "\",\"programmeRole\":\"MENTOR_CANDIDATE\"}", MUNICIPAL), 200);
        assertThat(card.get("programmeRole").asString()).as("this year's role is the person's role").isEqualTo("MENTOR_CANDIDATE");
        assertThat(card.get("roles").findValuesAsString("programmeRole")).containsExactly("MENTEE_CANDIDATE", "MENTOR_CANDIDATE");

        JsonNode notAYear = read(call("POST", roles, "{\"academicYear\":\"2025/2027\",\"programmeRole\":\"MENTOR_CANDIDATE\"}",
                MUNICIPAL), 400);
        assertThat(notAYear.get("errors").get(0).get("field").asString()).isEqualTo("academicYear");
        read(call("POST", roles, "{\"academicYear\":\"" + (current + 5) + "/" + (current + 6)
                + "\",\"programmeRole\":\"MENTOR_CANDIDATE\"}", MUNICIPAL), 400);
        assertThat(read(call("GET", "/api/participants/people/" + person, null, MUNICIPAL), 200).get("roles")).hasSize(2);
    }

    @Test
    void aPersonWorkingInASecondOrganizationIsSeenThereButChangedOnlyAtHome() throws Exception {
        UUID organization = organization();
        UUID person = id(read(call("POST", people(organization), person("Волкова Дарья Андреевна", null, "MENTOR_CANDIDATE"),
                MUNICIPAL), 201));
        String card = "/api/participants/people/" + person;
        assertThat(call("GET", card, null, SCHOOL_7_CURATOR).statusCode()).isEqualTo(403);

        JsonNode employed = read(call("POST", card + "/employments", "{\"organizationId\":\"" + DemoRegion.SCHOOL_7.id()
                + "\",\"position\":\"педагог дополнительного образования\",\"since\":\"2024-09-01\"}", MUNICIPAL), 200);
        assertThat(employed.get("otherOrganizations").get(0).get("organizationName").asString()).isEqualTo(DemoRegion.SCHOOL_7.name());

        assertThat(read(call("GET", card, null, SCHOOL_7_CURATOR), 200).get("fullName").asString()).isEqualTo("Волкова Дарья Андреевна");
        assertThat(read(call("GET", people(DemoRegion.SCHOOL_7.id()), null, SCHOOL_7_CURATOR), 200).findValuesAsString("id"))
                .contains(person.toString());
        assertThat(call("POST", card + "/status", "{\"status\":\"ACTIVE\"}", SCHOOL_7_CURATOR).statusCode()).isEqualTo(403);

        assertThat(read(call("POST", card + "/employments", "{\"organizationId\":\"" + organization + "\"}", MUNICIPAL), 409)
                .get("code").asString()).isEqualTo("EMPLOYMENT_MAIN_ORGANIZATION");
        assertThat(read(call("POST", card + "/employments", "{\"organizationId\":\"" + DemoRegion.SCHOOL_7.id()
                + "\",\"since\":\"2999-01-01\"}", MUNICIPAL), 400).get("errors").get(0).get("field").asString()).isEqualTo("since");

        read(call("DELETE", card + "/employments/" + DemoRegion.SCHOOL_7.id(), null, MUNICIPAL), 200);
        assertThat(call("GET", card, null, SCHOOL_7_CURATOR).statusCode()).isEqualTo(403);
    }

    @Test
    void banksFilterAndSearchAndStayWithinTheCallersPlace() throws Exception {
        UUID organization = organization();
        UUID mentor = id(read(call("POST", people(organization), person("Ёлкина Вера Семёновна", null, "MENTOR_CANDIDATE"),
                MUNICIPAL), 201));
        UUID mentee = id(read(call("POST", people(organization), person("Карпов Глеб Иванович", null, "MENTEE_CANDIDATE"),
                MUNICIPAL), 201));
        read(call("PUT", "/api/participants/people/" + mentee + "/requests",
                "[{\"topicCode\":\"DIGITAL_TOOLS\",\"level\":2}]", MUNICIPAL), 200);
        read(call("POST", "/api/participants/people/" + mentor + "/consents", "{\"scope\":\"PERSONAL_DATA_PROCESSING\",\"grantedOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"documentReference\":\"Согласие № 7\"}", MUNICIPAL), 201);
        String bank = "/api/participants/organizations/" + organization + "/bank";

        assertThat(ids(read(call("GET", bank + "?role=MENTOR_CANDIDATE", null, MUNICIPAL), 200))).containsExactly(mentor.toString());
        assertThat(ids(read(call("GET", bank + "?topic=DIGITAL_TOOLS", null, MUNICIPAL), 200))).containsExactly(mentee.toString());
        assertThat(ids(read(call("GET", bank + "?consent=true", null, MUNICIPAL), 200))).containsExactly(mentor.toString());
        assertThat(ids(read(call("GET", bank + "?consent=false", null, MUNICIPAL), 200))).containsExactly(mentee.toString());
        // «елкина» finds «Ёлкина»; the page says how many there are in all.
        JsonNode search = read(call("GET", bank + "?q=%D0%B5%D0%BB%D0%BA%D0%B8%D0%BD%D0%B0", null, MUNICIPAL), 200);
        assertThat(ids(search)).containsExactly(mentor.toString());
        assertThat(search.get("items").get(0).get("consented").asBoolean()).isTrue();
        JsonNode paged = read(call("GET", bank + "?size=1&page=1", null, MUNICIPAL), 200);
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(ids(paged)).containsExactly(mentee.toString());

        JsonNode bad = read(call("GET", bank + "?role=KING&topic=NO_SUCH&consent=maybe&size=0", null, MUNICIPAL), 400);
        assertThat(bad.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("role", "topic", "consent", "size");

        String municipalityBank = "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id() + "/bank?role=MENTOR_CANDIDATE&size=500";
        assertThat(ids(read(call("GET", municipalityBank, null, MUNICIPAL), 200))).contains(mentor.toString(),
                DemoRegion.MENTOR_SCHOOL_1.id().toString()).doesNotContain(DemoRegion.MENTOR_SCHOOL_7.id().toString());
        assertThat(call("GET", municipalityBank, null, SCHOOL_1_CURATOR).statusCode()).isEqualTo(403);
        assertThat(call("GET", municipalityBank, null, TestTokens.get().forUser("kushchevsky.curator")).statusCode()).isEqualTo(403);
        assertThat(call("GET", bank, null, TestTokens.get().forUser("region.admin")).statusCode())
                .as("the regional institute sees counts, not people").isEqualTo(403);

        List<ConsumerRecord<String, byte[]>> topics = TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> r.key().equals(mentee.toString())
                        && EventCatalog.typeOf(ProfessionalTopicsChanged.class).equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                1, Duration.ofSeconds(60));
        ProfessionalTopicsChanged requests = (ProfessionalTopicsChanged) EventCodec.standard()
                .decode(TestEvents.header(topics.getFirst(), CloudEventHeaders.TYPE), topics.getFirst().value());
        assertThat(requests.kind()).isEqualTo(ProfessionalTopicKind.REQUEST);
        assertThat(requests.topics()).containsExactly(new ProfessionalTopicsChanged.TopicLevel("DIGITAL_TOOLS", 2));
    }

    private static String person(String fullName, String email, String role) {
        return """
                {"fullName":"%s","position":"учитель математики","subjects":["математика, информатика"],
                 "qualificationCategory":"высшая","yearsOfExperience":12,%s"phone":"8 (918) 123-45-67","programmeRole":"%s"}"""
                .formatted(fullName, email == null ? "" : "\"email\":\"" + email + "\",", role);
    }

    private UUID organization() throws Exception {
        return id(read(call("POST", "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id() + "/organizations",
                "{\"name\":\"МБОУ СОШ № " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", MUNICIPAL), 201));
    }

    private static String people(UUID organization) {
        return "/api/participants/organizations/" + organization + "/people";
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("person").get("id").asString()));
        return ids;
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return TestHttp.send("http://localhost:" + port, method, path, body, token);
    }

    private static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }
}
