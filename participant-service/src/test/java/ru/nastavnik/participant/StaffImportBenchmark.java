package ru.nastavnik.participant;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.platform.testkit.RealInfrastructureInitializer;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;

/**
 * Not a test: times a 10,000-row staff list end to end — upload over HTTP, parse and check (the dry run), write (the
 * real run), and delivery of all 10,000 ParticipantRegistered events to Kafka — for XLSX and for CSV, against the
 * testkit's embedded PostgreSQL and Kafka. Run with {@code ./mvnw -B -pl participant-service -am verify -Pbenchmark}.
 */
public final class StaffImportBenchmark {

    private static final String[] SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
        "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
        "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров"};
    private static final String[][] GIVEN = {{"Анна", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Мария", "Светлана"},
        {"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван"}};
    private static final String[][] PATRONYMICS = {{"Александровна", "Сергеевна", "Викторовна", "Ивановна", "Петровна",
        "Николаевна"}, {"Александрович", "Сергеевич", "Викторович", "Иванович", "Петрович", "Николаевич"}};
    private static final String[] SUBJECTS = {"математика", "русский язык", "литература", "физика", "химия", "биология",
        "история", "география", "информатика", "английский язык", "музыка", "физическая культура"};
    private static final String[] CATEGORIES = {"без категории", "первая", "высшая", "соответствие занимаемой должности"};
    private static final int ROWS = 10_000;

    private StaffImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(ParticipantServiceApplication.class);
        application.addInitializers(new RealInfrastructureInitializer());
        application.setDefaultProperties(Map.of("server.port", "0", "nastavnik.demo.seed", "true"));
        int exit = 0;
        try (ConfigurableApplicationContext context = application.run()) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            String kafka = context.getEnvironment().getProperty("spring.kafka.bootstrap-servers");
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            String token = TestTokens.get().forUser("leningradsky.curator");
            warmUp(base, token, jdbc, kafka);
            List<String> results = new ArrayList<>();
            for (String format : List.of("xlsx", "csv")) {
                results.add(run(format, base, token, jdbc, kafka, new Random(format.hashCode())));
            }
            System.out.println();
            System.out.println("=== Staff-list import benchmark: " + ROWS + " rows, " + Runtime.getRuntime().availableProcessors()
                    + " CPUs, Java " + Runtime.version() + " ===");
            results.forEach(System.out::println);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    /** A small import first, so class loading and JIT of the first run do not count against the measured ones. */
    private static void warmUp(String base, String token, JdbcClient jdbc, String kafka) throws Exception {
        UUID organization = organization(base, token);
        byte[] file = csv(rows(200, new Random(1)));
        StaffLists.upload(base, organization, "?dryRun=true", "text/csv", file, token);
        StaffLists.upload(base, organization, "?dryRun=false", "text/csv", file, token);
        awaitEvents(kafka, ids(jdbc, organization));
    }

    private static String run(String format, String base, String token, JdbcClient jdbc, String kafka, Random random)
            throws Exception {
        UUID organization = organization(base, token);
        List<List<String>> rows = rows(ROWS, random);
        byte[] file = format.equals("xlsx") ? StaffLists.largeXlsx(rows) : csv(rows);
        String type = format.equals("xlsx") ? StaffLists.XLSX : "text/csv";

        long t0 = System.nanoTime();
        var dry = StaffLists.upload(base, organization, "?dryRun=true", type, file, token);
        long t1 = System.nanoTime();
        require(dry.statusCode() == 200 && dry.body().contains("\"toCreate\":" + ROWS), dry.body());
        var real = StaffLists.upload(base, organization, "?dryRun=false", type, file, token);
        long t2 = System.nanoTime();
        require(real.statusCode() == 200, real.body());
        Set<String> ids = ids(jdbc, organization);
        require(ids.size() == ROWS, "people written: " + ids.size());
        int delivered = awaitEvents(kafka, ids);
        long t3 = System.nanoTime();
        require(delivered == ROWS, "events delivered: " + delivered);
        return String.format("%-4s  file %,d KB | dry run (upload+parse+validate) %.2f s | real run (upload+parse+validate+write) %.2f s"
                        + " | events delivered after commit %.2f s | end to end (real run + delivery) %.2f s",
                format.toUpperCase(), file.length / 1024, seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t2), seconds(t3 - t1));
    }

    /** Waits until every person's ParticipantRegistered is on the topic; returns how many arrived. */
    private static int awaitEvents(String kafka, Set<String> ids) {
        String type = EventCatalog.typeOf(ParticipantRegistered.class);
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PARTICIPANT));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (seen.size() < ids.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (ids.contains(record.key()) && type.equals(TestEvents.header(record, CloudEventHeaders.TYPE))) {
                        seen.add(record.key());
                    }
                }
            }
        }
        return seen.size();
    }

    private static Set<String> ids(JdbcClient jdbc, UUID organization) {
        return new HashSet<>(jdbc.sql("SELECT id::text FROM person WHERE organization_id = ?").param(organization)
                .query(String.class).list());
    }

    /** Plausible staff: Russian names (unique by a numbered patronymic-free suffix), subjects, categories, contacts. */
    static List<List<String>> rows(int count, Random random) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ФИО", "Должность", "Предметы", "Квалификационная категория", "Стаж", "Эл. почта", "Телефон", "Роль"));
        String run = Long.toString(Math.abs(random.nextLong()), 36);
        for (int i = 0; i < count; i++) {
            int sex = random.nextInt(2);
            String surname = SURNAMES[random.nextInt(SURNAMES.length)] + (sex == 0 ? "а" : "");
            String name = surname + "-" + letters(i, run) + " " + GIVEN[sex][random.nextInt(GIVEN[sex].length)] + " "
                    + PATRONYMICS[sex][random.nextInt(PATRONYMICS[sex].length)];
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            rows.add(List.of(name, "учитель (" + subject + ")", subject, CATEGORIES[random.nextInt(CATEGORIES.length)],
                    String.valueOf(random.nextInt(41)), "t" + run + "." + i + "@school.ru",
                    "+7918" + String.format("%07d", random.nextInt(10_000_000)),
                    random.nextInt(5) == 0 ? "наставник" : "наставляемый"));
        }
        return rows;
    }

    /** A Cyrillic word unique per row and run, so that names stay letters only and never repeat. */
    private static String letters(int i, String run) {
        String alphabet = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder word = new StringBuilder();
        long n = ((long) run.hashCode() & 0xFFFF) * 100_000L + i;
        do {
            word.append(alphabet.charAt((int) (n % alphabet.length())));
            n /= alphabet.length();
        } while (n > 0);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static byte[] csv(List<List<String>> rows) {
        return StaffLists.csv(StandardCharsets.UTF_8, true, ";", rows);
    }

    private static UUID organization(String base, String token) throws Exception {
        var response = TestHttp.send(base, "POST", "/api/participants/municipalities/" + DemoRegion.LENINGRADSKY.id()
                + "/organizations", "{\"name\":\"Бенчмарк " + UUID.randomUUID() + "\",\"type\":\"SCHOOL\"}", token);
        require(response.statusCode() == 201, response.body());
        String body = response.body();
        int at = body.indexOf("\"id\":\"") + 6;
        return UUID.fromString(body.substring(at, at + 36));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }
}
