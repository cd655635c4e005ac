package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.participant.MentorReadinessChanged;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.TeachingStaffCounted;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Teaching staff and mentor readiness from live events: the mentors' share of the teaching staff and the ready
 * mentors, each event applied once, an older academic year's count never replacing a newer one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MentorFiguresProjectionTest {

    private static final String READINESS = EventCatalog.typeOf(MentorReadinessChanged.class);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void shareOfTeachingStaffAndReadyMentorsComeFromEvents() throws Exception {
        UUID region = UUID.randomUUID();
        UUID municipality = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        UUID mentorA = UUID.randomUUID();
        UUID mentorB = UUID.randomUUID();
        String curator = TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("MUNICIPAL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(), "organization_ids", List.of()));

        for (UUID mentor : List.of(mentorA, mentorB)) {
            TestEvents.publish(bootstrapServers, new ParticipantRegistered(mentor, organization, municipality, region,
                    "учитель", List.of(), null, 20, ProgrammeRole.MENTOR_CANDIDATE, null));
        }
        TestEvents.publish(bootstrapServers, new TeachingStaffCounted(organization, municipality, region, "2025/2026", 50));
        TestEvents.publish(bootstrapServers, new TeachingStaffCounted(organization, municipality, region, "2025/2026", 40));
        TestEvents.publish(bootstrapServers, new TeachingStaffCounted(organization, municipality, region, "2024/2025", 10));
        MentorReadinessChanged readyA = new MentorReadinessChanged(mentorA, organization, municipality, region, true, "READY");
        String duplicated = UUID.randomUUID().toString();
        TestEvents.sendRaw(bootstrapServers, readyA.aggregateId(), codec.encode(readyA), duplicated, READINESS);
        TestEvents.sendRaw(bootstrapServers, readyA.aggregateId(), codec.encode(readyA), duplicated, READINESS);
        TestEvents.publish(bootstrapServers, new MentorReadinessChanged(mentorB, organization, municipality, region, true, "READY"));
        TestEvents.publish(bootstrapServers,
                new MentorReadinessChanged(mentorB, organization, municipality, region, false, "AWAITING_TRAINING"));

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode p = participation(organization, curator);
            return p.path("mentorCandidates").asInt() == 2 && p.path("teachingStaffAcademicYear").asString("").equals("2025/2026")
                    && p.path("teachingStaff").asInt() == 40 && p.path("readyMentors").asInt() == 1;
        });
        // Give late duplicates a chance to be (wrongly) applied, then check nothing moved.
        Thread.sleep(1500);
        JsonNode participation = participation(organization, curator);
        assertThat(participation.get("teachingStaff").asInt()).isEqualTo(40);
        assertThat(participation.get("teachingStaffAcademicYear").asString()).isEqualTo("2025/2026");
        assertThat(participation.get("mentorsShareOfTeachingStaff").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(participation.get("readyMentors").asInt()).isEqualTo(1);
        assertThat(participation.toString()).doesNotContain("Наставникова");
    }

    @Test
    void withoutATeachingStaffCountTheShareIsNull() throws Exception {
        UUID region = UUID.randomUUID();
        UUID municipality = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        String curator = TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("MUNICIPAL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(), "organization_ids", List.of()));
        TestEvents.publish(bootstrapServers, new MentorReadinessChanged(UUID.randomUUID(), organization, municipality, region,
                true, "READY_CONFIRMED"));

        await().atMost(Duration.ofSeconds(60)).until(() -> participation(organization, curator).path("readyMentors").asInt() == 1);
        JsonNode participation = participation(organization, curator);
        assertThat(participation.get("teachingStaff").isNull()).isTrue();
        assertThat(participation.get("mentorsShareOfTeachingStaff").isNull()).isTrue();
    }

    private JsonNode participation(UUID organization, String token) throws Exception {
        HttpResponse<String> response = TestHttp.send("http://localhost:" + port, "GET",
                "/api/monitoring/organizations/" + organization + "/participation", null, token);
        return response.statusCode() == 200 ? json.readTree(response.body()) : json.createObjectNode();
    }
}
