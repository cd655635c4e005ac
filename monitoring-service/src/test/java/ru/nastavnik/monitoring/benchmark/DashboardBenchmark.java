package ru.nastavnik.monitoring.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.monitoring.MonitoringServiceApplication;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.platform.testkit.RealInfrastructureInitializer;
import ru.nastavnik.platform.testkit.TestTokens;

/**
 * Not a test: the dashboard read side at the size of a large region. Generates a region of 3,000 organizations in 40
 * municipalities with 70,000 teachers (teaching staff and participation rows, the directory, facts for every
 * indicator over 3 academic years, written as projections write them, so V8's trigger keeps the municipal totals), starts monitoring-service on the testkit's embedded PostgreSQL and Kafka, warms
 * up, then times regional and municipal dashboard and breakdown requests over HTTP: p50/p95/p99 of one client's
 * requests one after another, and throughput with four concurrent clients. The target: p95 ≤ 100 ms.
 * Run with {@code ./mvnw -B -pl monitoring-service -am verify -Pbenchmark -DskipTests -Dmonitoring.benchmarks=dashboard}.
 */
public final class DashboardBenchmark {

    private static final int MUNICIPALITIES = 40;
    private static final int ORGANIZATIONS = 3_000;
    private static final int TEACHERS = 70_000;
    private static final int[] YEARS = {2023, 2024, 2025};
    private static final int REQUESTS = 1_000;
    private static final int WARM_UP = 300;
    private static final int CLIENTS = 4;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(MonitoringServiceApplication.class);
        application.addInitializers(new RealInfrastructureInitializer());
        application.setDefaultProperties(Map.of("server.port", "0", "spring.application.name", "monitoring-benchmark"));
        try (ConfigurableApplicationContext context = application.run()) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            Region region = new Region(new Random(2025));
            long t0 = System.nanoTime();
            region.write(context.getBean(JdbcTemplate.class));
            double generation = (System.nanoTime() - t0) / 1e9;
            String token = TestTokens.get().withClaims(Map.of("preferred_username", "benchmark.region", "roles",
                    List.of("REGION_ADMIN"), "region_id", region.id.toString(), "organization_ids", List.of()));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Random random = new Random(7);

            Map<String, IntFunction<String>> scenarios = new java.util.LinkedHashMap<>();
            scenarios.put("regional dashboard", i -> "/api/monitoring/dashboard?level=REGION&id=" + region.id
                    + "&year=" + YEARS[i % YEARS.length]);
            scenarios.put("regional breakdown (40 municipalities, sorted)", i -> "/api/monitoring/dashboard/breakdown?level=REGION&id="
                    + region.id + "&year=" + YEARS[i % YEARS.length] + "&sort=" + Indicator.values()[i % 8] + "&order=asc");
            scenarios.put("municipal dashboard", i -> "/api/monitoring/dashboard?level=MUNICIPALITY&id="
                    + region.municipalities[Math.floorMod(i * 7, MUNICIPALITIES)] + "&year=" + YEARS[i % YEARS.length]);
            scenarios.put("municipal breakdown (~75 organizations, sorted)", i -> "/api/monitoring/dashboard/breakdown?level=MUNICIPALITY&id="
                    + region.municipalities[Math.floorMod(i * 7, MUNICIPALITIES)] + "&year=" + YEARS[i % YEARS.length]
                    + "&sort=" + Indicator.values()[i % 8] + "&order=desc");

            for (IntFunction<String> scenario : scenarios.values()) {
                for (int i = 0; i < WARM_UP; i++) {
                    get(http, base, scenario.apply(random.nextInt(1000)), token);
                }
            }
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, IntFunction<String>> scenario : scenarios.entrySet()) {
                long[] nanos = new long[REQUESTS];
                long start = System.nanoTime();
                for (int i = 0; i < REQUESTS; i++) {
                    long s = System.nanoTime();
                    get(http, base, scenario.getValue().apply(i), token);
                    nanos[i] = System.nanoTime() - s;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Arrays.sort(nanos);
                lines.add(String.format("%-48s %,d requests | p50 %6.1f ms | p95 %6.1f ms | p99 %6.1f ms | %,.0f req/s (1 client)"
                        + " | %,.0f req/s (%d clients)", scenario.getKey(), REQUESTS, ms(nanos, 0.50), ms(nanos, 0.95),
                        ms(nanos, 0.99), REQUESTS / seconds, concurrent(http, base, scenario.getValue(), token), CLIENTS));
            }
            System.out.println();
            System.out.printf("=== Dashboard benchmark: %,d organizations in %d municipalities, %,d teachers, %,d fact rows"
                    + " (%d academic years); generated in %.1f s; %d CPUs, Java %s ===%n", ORGANIZATIONS, MUNICIPALITIES,
                    region.teachers, ORGANIZATIONS * Indicator.values().length * YEARS.length, YEARS.length, generation,
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            lines.forEach(System.out::println);
        }
    }

    /** Requests per second of {@link #CLIENTS} clients sending {@link #REQUESTS} requests between them. */
    private static double concurrent(HttpClient http, String base, IntFunction<String> scenario, String token) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int i = client; i < REQUESTS; i += CLIENTS) {
                        get(http, base, scenario.apply(i), token);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return REQUESTS / ((System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdown();
        }
    }

    private static void get(HttpClient http, String base, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** The generated region: names, teaching staff and every indicator's facts, plausible but random. */
    private static final class Region {

        final UUID id = UUID.randomUUID();
        final UUID[] municipalities = new UUID[MUNICIPALITIES];
        final UUID[] organizations = new UUID[ORGANIZATIONS];
        final int[] municipalityOf = new int[ORGANIZATIONS];
        final int[] staff = new int[ORGANIZATIONS];
        int teachers;
        private final Random random;

        Region(Random random) {
            this.random = random;
            for (int m = 0; m < MUNICIPALITIES; m++) {
                municipalities[m] = UUID.randomUUID();
            }
            // Staff sizes between 5 and 41 scaled so the region has exactly 70,000 teachers.
            double[] weights = new double[ORGANIZATIONS];
            double total = 0;
            for (int o = 0; o < ORGANIZATIONS; o++) {
                organizations[o] = UUID.randomUUID();
                municipalityOf[o] = o % MUNICIPALITIES;
                weights[o] = 5 + random.nextDouble() * 36;
                total += weights[o];
            }
            for (int o = 0; o < ORGANIZATIONS; o++) {
                staff[o] = (int) Math.round(weights[o] * TEACHERS / total);
                teachers += staff[o];
            }
            staff[0] += TEACHERS - teachers;
            teachers = TEACHERS;
        }

        void write(JdbcTemplate jdbc) {
            List<Object[]> units = new ArrayList<>();
            units.add(new Object[] {id, "REGION", null, "Сгенерированный край", null});
            for (int m = 0; m < MUNICIPALITIES; m++) {
                units.add(new Object[] {municipalities[m], "MUNICIPALITY", id, String.format("Район № %02d", m + 1), null});
            }
            List<Object[]> participation = new ArrayList<>();
            List<Object[]> facts = new ArrayList<>();
            for (int o = 0; o < ORGANIZATIONS; o++) {
                UUID municipality = municipalities[municipalityOf[o]];
                units.add(new Object[] {organizations[o], "ORGANIZATION", municipality,
                        String.format("МБОУ СОШ № %d (район № %02d)", o + 1, municipalityOf[o] + 1), "SCHOOL"});
                int mentors = Math.max(1, (int) Math.round(staff[o] * (0.03 + random.nextDouble() * 0.05)));
                int mentees = mentors + random.nextInt(3);
                participation.add(new Object[] {organizations[o], municipality, id, "ОО " + (o + 1), mentors, mentees, staff[o],
                        "2025/2026"});
                for (int year : YEARS) {
                    int participants = mentors + mentees;
                    for (Indicator indicator : Indicator.values()) {
                        long denominator = switch (indicator) {
                            case MENTORS_SHARE_OF_TEACHING_STAFF -> staff[o];
                            case PARTICIPANTS_IN_PAIRS, DIAGNOSTICS_COVERAGE -> participants;
                            case PLAN_FULFILMENT -> mentees * 12L;
                            case FEEDBACK_AFTER_MEETINGS -> mentees * 10L;
                            case FINAL_MEETING_PARTICIPATION -> participants;
                            case ROADMAP_ON_TIME -> 30;
                            case PRACTICES_PUBLISHED -> 0;
                        };
                        long numerator = indicator == Indicator.PRACTICES_PUBLISHED ? random.nextInt(5)
                                : indicator == Indicator.MENTORS_SHARE_OF_TEACHING_STAFF ? mentors
                                : Math.round(denominator * (0.7 + random.nextDouble() * 0.3));
                        facts.add(new Object[] {organizations[o], municipality, id, year, indicator.name(), numerator, denominator});
                    }
                }
            }
            jdbc.batchUpdate("INSERT INTO unit_directory (unit_id, level, parent_id, name, type) VALUES (?, ?, ?, ?, ?)", units);
            jdbc.batchUpdate("""
                    INSERT INTO organization_participation (organization_id, municipality_id, region_id, organization_name,
                        mentor_candidates, mentee_candidates, teaching_staff, teaching_staff_year)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", participation);
            jdbc.batchUpdate("""
                    INSERT INTO indicator_fact (organization_id, municipality_id, region_id, academic_year, indicator,
                        numerator, denominator) VALUES (?, ?, ?, ?, ?, ?, ?)""", facts);
            // As autovacuum would after a day of projections: fresh statistics and a visibility map.
            jdbc.execute("VACUUM ANALYZE indicator_fact");
            jdbc.execute("VACUUM ANALYZE indicator_total");
            jdbc.execute("VACUUM ANALYZE unit_directory");
        }
    }
}
