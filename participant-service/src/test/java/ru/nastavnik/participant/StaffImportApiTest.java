package ru.nastavnik.participant;

import static ru.nastavnik.platform.testkit.TestHttp.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ParticipantProfileChanged;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestNames;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import of staff lists: both encodings of CSV, XLSX, the dry run's report of every bad row, the real run that writes
 * all or nothing, re-import that updates instead of duplicating, refused files and access.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nastavnik.demo.seed=true")
@RealInfrastructure
class StaffImportApiTest {

    private static final String MUNICIPAL = TestTokens.get().forUser("leningradsky.curator");
    private static final String HEADER = "ФИО;Должность;Предметы;Квалификационная категория;Стаж;Эл. почта;Телефон;Роль;Запросы;Дата согласия;Реквизиты согласия";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCleanUtf8ListIsCheckedThenImportedWithItsEvents() throws Exception {
        UUID organization = organization();
        String mentor = TestNames.unique("Соколова Алёна");
        String mentee = TestNames.unique("Карпов Глеб");
        String third = TestNames.unique("Лебедева Ирина");
        byte[] file = StaffLists.csv(StandardCharsets.UTF_8, true, ";", rows(
                List.of(mentor, "учитель математики", "математика, информатика", "высшая", "12", email(), "8 (918) 123-45-67",
                        "наставник", "", "01.09.2024", "Согласие № 15 от 01.09.2024"),
                List.of(mentee, "учитель физики", "физика", "", "1", "", "", "наставляемый", "DIGITAL_TOOLS:2; Классное руководство", "", ""),
                List.of(third, "учитель химии", "химия", "первая", "5", "", "+79180000001", "Наставляемая", "", "", "")));

        Counts before = counts();
        JsonNode dry = read(StaffLists.uploadForm(base(), organization, "?dryRun=true", "staff.csv", "text/csv", file, MUNICIPAL), 200);
        assertThat(dry.get("rowsTotal").asInt()).isEqualTo(3);
        assertThat(dry.get("toCreate").asInt()).isEqualTo(3);
        assertThat(dry.get("errors")).isEmpty();
        assertThat(counts()).as("a dry run writes nothing").isEqualTo(before);
        assertThat(peopleOf(organization)).isEmpty();

        JsonNode done = read(StaffLists.uploadForm(base(), organization, "?dryRun=false", "staff.csv", "text/csv", file, MUNICIPAL), 200);
        assertThat(done.get("toCreate").asInt()).isEqualTo(3);
        assertThat(done.get("jobId").asString()).isNotEmpty();
        JsonNode people = read(call("GET", "/api/participants/organizations/" + organization + "/people"), 200);
        assertThat(people.findValuesAsString("fullName")).containsExactlyInAnyOrder(mentor, mentee, third);
        Set<String> ids = new java.util.HashSet<>(people.findValuesAsString("id"));

        JsonNode job = read(call("GET", "/api/participants/imports/" + done.get("jobId").asString()), 200);
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("created").asInt()).isEqualTo(3);
        assertThat(job.get("rowsProcessed").asInt()).isEqualTo(3);
        assertThat(job.get("sha256").asString()).hasSize(64);

        assertThat(events(ParticipantRegistered.class, ids, 3)).hasSize(3);
        assertThat(events(ConsentGranted.class, ids, 1)).hasSize(1);
        assertThat(events(ProfessionalTopicsChanged.class, ids, 1)).hasSize(1);
        UUID menteeId = UUID.fromString(findId(people, mentee));
        JsonNode requests = read(call("GET", "/api/participants/people/" + menteeId + "/requests"), 200);
        assertThat(requests.findValuesAsString("topicCode")).containsExactly("DIGITAL_TOOLS", "CLASS_TUTORSHIP");
        assertThat(requests.get(0).get("level").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_audit WHERE action = 'CREATE' AND organization_id = ?")
                .param(organization).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aWindows1251ListWithNamePartsAndCommasIsRead() throws Exception {
        UUID organization = organization();
        String given = "Ольга " + TestNames.unique("Юрьевна").split(" ")[1];
        byte[] file = StaffLists.csv(Charset.forName("windows-1251"), false, ",", List.of(
                List.of("Фамилия", "Имя", "Отчество", "Педагогический стаж", "Роль в программе", "E-mail", "Категория"),
                List.of("Зайцева", given.split(" ")[0], given.split(" ")[1], "7", "наставник", email(), "первая"),
                List.of("Ёлкина", "Вера", TestNames.unique("Семёновна").split(" ")[1], "3", "наставляемый", "", "")));
        assertThat(new String(file, StandardCharsets.UTF_8)).as("really not UTF-8").doesNotContain("Зайцева");
        JsonNode dry = read(StaffLists.upload(base(), organization, "?dryRun=true", "text/csv", file, MUNICIPAL), 200);
        assertThat(dry.get("errors")).as(dry.toString()).isEmpty();
        assertThat(dry.get("toCreate").asInt()).isEqualTo(2);
        read(StaffLists.upload(base(), organization, "?dryRun=false", "text/csv", file, MUNICIPAL), 200);
        assertThat(peopleOf(organization).findValuesAsString("fullName")).contains("Зайцева " + given);
    }

    @Test
    void theDryRunReportsEveryBadRowAndTheRealRunThenWritesNothing() throws Exception {
        UUID organization = organization();
        String twice = TestNames.unique("Морозов Пётр");
        String future = LocalDate.now().plusDays(3).toString();
        byte[] file = StaffLists.csv(StandardCharsets.UTF_8, false, ";", rows(
                List.of(TestNames.unique("Волкова Дарья"), "учитель", "", "", "3", "", "12345", "наставник", "", "", ""),
                List.of(twice, "учитель", "", "", "3", "", "", "наставник", "", "", ""),
                List.of(TestNames.unique("Орлова Нина"), "учитель", "", "", "3", "", "", "наставляемый", "", "31.02.2024", "Согласие № 1"),
                List.of(TestNames.unique("Белова Нина"), "учитель", "", "", "3", "", "", "наставляемый", "NO_SUCH_TOPIC", "", ""),
                List.of(twice.replace("ё", "е").toUpperCase(), "учитель", "", "", "3", "", "", "наставник", "", "", ""),
                List.of(TestNames.unique("Гусева Инна"), "=HYPERLINK(\"http://evil\")", "", "", "3", "", "", "наставник", "", "", ""),
                List.of(TestNames.unique("Котова Инна"), "учитель", "", "золотая", "71", "", "", "директор", "", future, "Согласие № 2"),
                List.of(TestNames.unique("Титова Анна"), "учитель", "", "", "4", "", "", "наставник", "", "", "")));

        Counts before = counts();
        JsonNode report = read(StaffLists.upload(base(), organization, "?dryRun=true", "text/csv", file, MUNICIPAL), 200);
        List<String> errors = new ArrayList<>();
        report.get("errors").forEach(e -> errors.add(e.get("row").asInt() + "|" + e.get("column").asString() + "|" + e.get("reason").asString()));
        assertThat(errors).containsExactly(
                "2|Телефон|российский номер: +7 и 10 цифр",
                "3|ФИО|такие же ФИО в строке 6",
                "4|Дата согласия|такой даты не существует",
                "5|Запросы|неизвестная тема «NO_SUCH_TOPIC»: укажите код или название из справочника (см. шаблон)",
                "6|ФИО|такие же ФИО в строке 3",
                "7|Должность|формулы не допускаются",
                "8|Квалификационная категория|неизвестная категория; допустимы: " + "без категории, соответствие занимаемой должности, первая, высшая, педагог-методист, педагог-наставник",
                "8|Стаж|не больше 70 лет",
                "8|Роль|роль: наставник или наставляемый",
                "8|Дата согласия|не может быть в будущем");
        assertThat(report.get("rowsTotal").asInt()).isEqualTo(8);
        assertThat(report.get("toCreate").asInt()).as("only the clean row").isEqualTo(1);
        assertThat(counts()).isEqualTo(before);

        JsonNode refused = read(StaffLists.upload(base(), organization, "?dryRun=false", "text/csv", file, MUNICIPAL), 422);
        assertThat(refused.get("code").asString()).isEqualTo("STAFF_LIST_INVALID");
        assertThat(refused.get("errors")).hasSize(10);
        assertThat(counts()).as("a refused run writes nothing, not even the clean row or a job").isEqualTo(before);
        assertThat(peopleOf(organization)).isEmpty();
    }

    @Test
    void aRealRunWithOneBadRowIsRefusedWhole() throws Exception {
        UUID organization = organization();
        byte[] file = StaffLists.csv(StandardCharsets.UTF_8, false, ";", rows(
                List.of(TestNames.unique("Фомина Анна"), "учитель", "", "", "3", "", "", "наставник", "", "", ""),
                List.of(TestNames.unique("Фомин Олег"), "учитель", "", "", "три", "", "", "наставник", "", "", "")));
        Counts before = counts();
        JsonNode refused = read(StaffLists.upload(base(), organization, "?dryRun=false", "text/csv", file, MUNICIPAL), 422);
        assertThat(refused.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(refused.get("errors").get(0).get("column").asString()).isEqualTo("Стаж");
        assertThat(refused.get("errors").get(0).get("reason").asString()).isEqualTo("целое число лет");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void reImportUpdatesTheSamePeopleInsteadOfDuplicatingThem() throws Exception {
        UUID organization = organization();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ФИО", "Должность", "Стаж", "Роль", "Эл. почта"));
        for (int i = 0; i < 5; i++) {
            rows.add(List.of(TestNames.unique("Смирнова Ольга"), "учитель", String.valueOf(i + 1), "наставляемый", email()));
        }
        read(StaffLists.upload(base(), organization, "?dryRun=false", StaffLists.XLSX, StaffLists.xlsx(rows), MUNICIPAL), 200);
        assertThat(peopleOf(organization)).hasSize(5);

        List<List<String>> changed = new ArrayList<>(rows);
        List<String> second = new ArrayList<>(rows.get(2));
        second.set(1, "заместитель директора");
        second.set(3, "наставник");
        changed.set(2, second);
        byte[] again = StaffLists.xlsx(changed);
        JsonNode dry = read(StaffLists.upload(base(), organization, "?dryRun=true", StaffLists.XLSX, again, MUNICIPAL), 200);
        assertThat(List.of(dry.get("toCreate").asInt(), dry.get("toUpdate").asInt(), dry.get("unchanged").asInt()))
                .containsExactly(0, 1, 4);
        JsonNode done = read(StaffLists.upload(base(), organization, "?dryRun=false&fileName=staff.xlsx", StaffLists.XLSX, again,
                MUNICIPAL), 200);
        assertThat(done.get("toUpdate").asInt()).isEqualTo(1);
        JsonNode people = peopleOf(organization);
        assertThat(people).as("no duplicates").hasSize(5);
        String id = findId(people, second.get(0));
        JsonNode card = read(call("GET", "/api/participants/people/" + id), 200);
        assertThat(card.get("position").asString()).isEqualTo("заместитель директора");
        assertThat(card.get("programmeRole").asString()).isEqualTo("MENTOR_CANDIDATE");
        assertThat(card.get("version").asInt()).isEqualTo(1);
        assertThat(card.get("roles").findValuesAsString("programmeRole")).containsExactly("MENTOR_CANDIDATE");
        assertThat(events(ParticipantProfileChanged.class, Set.of(id), 1)).hasSize(1);
        assertThat(read(call("GET", "/api/participants/imports/" + done.get("jobId").asString()), 200).get("fileName").asString())
                .isEqualTo("staff.xlsx");
    }

    @Test
    void aFormulaCellIsRefusedEvenWithACachedValue() throws Exception {
        UUID organization = organization();
        byte[] file = StaffLists.xlsx(List.of(
                List.of("ФИО", "Стаж", "Роль"),
                List.of(TestNames.unique("Крылова Анна"), "=2+3", "наставник")));
        JsonNode report = read(StaffLists.uploadForm(base(), organization, "", "staff.xlsx", StaffLists.XLSX, file, MUNICIPAL), 200);
        assertThat(report.get("dryRun").asBoolean()).as("a dry run unless told otherwise").isTrue();
        assertThat(report.get("errors")).hasSize(1);
        assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(report.get("errors").get(0).get("column").asString()).isEqualTo("Стаж");
        assertThat(report.get("errors").get(0).get("reason").asString()).isEqualTo("формулы не допускаются");
        assertThat(report.get("errors").get(0).get("sheet").asString()).isEqualTo("Сотрудники");
    }

    @Test
    void filesThatAreNotWhatTheySayOrTooBigAreRefusedClearly() throws Exception {
        UUID organization = organization();
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        JsonNode notXlsx = problem(StaffLists.uploadForm(base(), organization, "", "staff.xlsx", StaffLists.XLSX, random, MUNICIPAL), 415);
        assertThat(notXlsx.get("detail").asString()).contains("не является книгой Excel");

        JsonNode empty = problem(StaffLists.upload(base(), organization, "", "text/csv", new byte[0], MUNICIPAL), 400);
        assertThat(empty.get("code").asString()).isEqualTo("FILE_EMPTY");

        JsonNode bomb = problem(StaffLists.upload(base(), organization, "", StaffLists.XLSX, zipBomb(), MUNICIPAL), 400);
        assertThat(bomb.get("code").asString()).isEqualTo("FILE_UNREADABLE");

        JsonNode headers = problem(StaffLists.upload(base(), organization, "", "text/csv",
                "ФИО;Зарплата;Роль\r\nИванов Иван Иванович;100;наставник\r\n".getBytes(StandardCharsets.UTF_8), MUNICIPAL), 400);
        assertThat(headers.get("code").asString()).isEqualTo("STAFF_LIST_HEADERS");
        assertThat(headers.get("errors").findValuesAsString("column")).containsExactly("Зарплата", "Стаж");

        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        JsonNode tooBig = problem(StaffLists.upload(base(), organization, "", "text/csv", huge, MUNICIPAL), 413);
        assertThat(tooBig.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        JsonNode tooBigForm = problem(StaffLists.uploadForm(base(), organization, "", "staff.csv", "text/csv", huge, MUNICIPAL), 413);
        assertThat(tooBigForm.get("status").asInt()).isEqualTo(413);
        assertThat(peopleOf(organization)).isEmpty();
    }

    @Test
    void onlyTheOrganizationsCuratorsImport() throws Exception {
        byte[] file = StaffLists.csv(StandardCharsets.UTF_8, false, ";", rows(
                List.of(TestNames.unique("Павлова Анна"), "", "", "", "3", "", "", "наставник", "", "", "")));
        assertThat(StaffLists.upload(base(), DemoRegion.SCHOOL_1.id(), "?dryRun=false", "text/csv", file,
                TestTokens.get().forUser("school7.curator")).statusCode()).isEqualTo(403);
        assertThat(StaffLists.upload(base(), DemoRegion.SCHOOL_1.id(), "", "text/csv", file,
                TestTokens.get().forUser("region.admin")).statusCode()).isEqualTo(403);
        assertThat(StaffLists.upload(base(), DemoRegion.SCHOOL_1.id(), "", "text/csv", file,
                TestTokens.get().forUser("school1.mentor")).statusCode()).isEqualTo(403);
        assertThat(StaffLists.upload(base(), DemoRegion.SCHOOL_1.id(), "", "text/csv", file,
                TestTokens.get().forUser("school1.curator")).statusCode()).isEqualTo(200);
    }

    @Test
    void aLargeListRunsInTheBackgroundWithProgress() throws Exception {
        UUID organization = organization();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ФИО", "Стаж", "Роль"));
        for (int i = 0; i < 1500; i++) {
            // Mentees only: other tests read the municipality's mentor bank in one page of 500.
            rows.add(List.of(TestNames.unique("Никитина Мария"), String.valueOf(i % 40), "наставляемый"));
        }
        HttpResponse<String> accepted = StaffLists.upload(base(), organization, "?dryRun=false&async=true", StaffLists.XLSX,
                StaffLists.largeXlsx(rows), MUNICIPAL);
        JsonNode job = read(accepted, 202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/participants/imports/" + job.get("id").asString());
        assertThat(job.get("rowsTotal").asInt()).isEqualTo(1500);
        JsonNode state = job;
        for (int i = 0; i < 120 && state.get("status").asString().equals("RUNNING"); i++) {
            Thread.sleep(500);
            state = read(call("GET", location), 200);
            assertThat(state.get("rowsProcessed").asInt()).isBetween(0, 1500);
        }
        assertThat(state.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(state.get("rowsProcessed").asInt()).isEqualTo(1500);
        assertThat(state.get("created").asInt()).isEqualTo(1500);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE organization_id = ?").param(organization).query(Long.class).single())
                .isEqualTo(1500);
        assertThat(call("GET", location, TestTokens.get().forUser("school7.curator")).statusCode()).isEqualTo(403);
    }

    // ---- helpers ----

    record Counts(long people, long outbox, long audit, long jobs) {
    }

    private Counts counts() {
        return new Counts(count("person"), count("platform_outbox"), count("personal_data_audit"), count("import_job"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private List<ConsumerRecord<String, byte[]>> events(Class<? extends ru.nastavnik.events.IntegrationEvent> type,
            Set<String> keys, int wanted) {
        String eventType = EventCatalog.typeOf(type);
        return TestEvents.read(bootstrapServers, Topics.PARTICIPANT,
                r -> keys.contains(r.key()) && eventType.equals(TestEvents.header(r, CloudEventHeaders.TYPE)), wanted,
                Duration.ofSeconds(60));
    }

    @SafeVarargs
    private static List<List<String>> rows(List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of(HEADER.split(";")));
        all.addAll(List.of(rows));
        return all;
    }

    private static String email() {
        return "staff." + UUID.randomUUID().toString().substring(0, 12) + "@school.ru";
    }

    private static String findId(JsonNode people, String fullName) {
        for (JsonNode p : people) {
            if (p.get("fullName").asString().equals(fullName)) {
                return p.get("id").asString();
            }
        }
        throw new AssertionError(fullName + " not found");
    }

    /** A real ZIP whose sheet entry inflates from a few KB to 200 MB of zeros. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private JsonNode peopleOf(UUID organization) throws Exception {
        return read(call("GET", "/api/participants/organizations/" + organization + "/people"), 200);
    }

    private UUID organization() throws Exception {
        return UUID.fromString(read(TestHttp.send(base(), "POST", "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id()
                + "/organizations", "{\"name\":\"МБОУ СОШ № " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", MUNICIPAL), 201)
                .get("id").asString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> call(String method, String path) throws Exception {
        return TestHttp.send(base(), method, path, null, MUNICIPAL);
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        return TestHttp.send(base(), method, path, null, token);
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = read(response, status);
        assertThat(problem.get("detail").asString()).matches(".*[А-Яа-я].*");
        return problem;
    }
}
