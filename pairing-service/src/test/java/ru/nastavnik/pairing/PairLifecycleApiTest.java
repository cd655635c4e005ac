package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.events.pairing.PairChangeReason;
import ru.nastavnik.events.pairing.PairDissolved;
import ru.nastavnik.events.pairing.PairMemberReplaced;
import ru.nastavnik.events.pairing.PairMentorReplaced;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.platform.testkit.RealInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * After forming: each participant's written consent, dissolution (mentees back in the search, capacity freed),
 * a mentee or the mentor replaced under every forming rule, and stale versions refused with 409 while nothing
 * changes; each change announced on Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PairLifecycleApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    PairingFixture f;

    @BeforeEach
    void fixture() {
        f = new PairingFixture(bootstrapServers, jdbc, port);
    }

    @Test
    void consentsPerParticipantThenDissolutionFreesMenteeAndMentor() throws Exception {
        UUID mentor = f.mentor();
        UUID otherMentor = f.mentor();
        UUID mentee = f.mentee();
        UUID next = f.mentee();
        f.awaitKnown();
        JsonNode pair = f.form(mentor, List.of(mentee), "TEACHER_TEACHER", "TRADITIONAL");
        String id = pair.get("id").asString();
        assertThat(pair.get("version").asInt()).isZero();

        JsonNode listed = f.read(f.call("GET", "/api/pairing/organizations/" + f.school + "/pairs", null), 200).get(0);
        assertThat(listed.get("consentsComplete").asBoolean()).isFalse();
        assertThat(listed.get("consents")).isEmpty();

        JsonNode one = f.read(f.consent(id, mentee, 0), 200);
        assertThat(one.get("version").asInt()).isEqualTo(1);
        assertThat(one.get("consents")).hasSize(1);
        assertThat(one.get("consents").get(0).get("documentRef").asString()).isEqualTo("согласие № 7");
        assertThat(one.get("consents").get(0).get("recordedBy").asString()).isEqualTo("curator");
        assertThat(one.get("consentsComplete").asBoolean()).isFalse();
        assertThat(f.code(f.consent(id, mentor, 0), 409)).isEqualTo("PAIR_CHANGED_CONCURRENTLY");
        assertThat(f.read(f.consent(id, next, 1), 400).get("errors").findValuesAsString("field")).contains("participantId");
        assertThat(f.pair(id).get("consents")).hasSize(1);
        JsonNode both = f.read(f.consent(id, mentor, 1), 200);
        assertThat(both.get("consentsComplete").asBoolean()).isTrue();
        assertThat(both.get("version").asInt()).isEqualTo(2);

        // Capacity 1 is taken; dissolving frees it and returns the mentee to the search.
        assertThat(f.code(f.formCall(mentor, List.of(next)), 409)).isEqualTo("MENTOR_OVER_CAPACITY");
        String dissolve = "/api/pairing/pairs/" + id + "/dissolution";
        assertThat(f.code(f.call("POST", dissolve, """
                {"dissolvedOn":"2027-01-20","reason":"LEFT_ORGANIZATION","version":1}"""), 409))
                .isEqualTo("PAIR_CHANGED_CONCURRENTLY");
        assertThat(f.read(f.call("POST", dissolve, """
                {"dissolvedOn":"2026-01-20","reason":"BORED","version":2}"""), 400).get("errors").findValuesAsString("field"))
                .contains("dissolvedOn", "reason");
        assertThat(f.pair(id).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(f.pair(id).get("version").asInt()).isEqualTo(2);

        JsonNode dissolved = f.read(f.call("POST", dissolve, """
                {"dissolvedOn":"2027-01-20","reason":"LEFT_ORGANIZATION","note":"перевод в другую школу","version":2}"""), 200);
        assertThat(dissolved.get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(dissolved.get("version").asInt()).isEqualTo(3);
        assertThat(dissolved.get("dissolution").get("dissolvedOn").asString()).isEqualTo("2027-01-20");
        assertThat(dissolved.get("dissolution").get("reason").asString()).isEqualTo("LEFT_ORGANIZATION");
        assertThat(dissolved.get("dissolution").get("dissolvedBy").asString()).isEqualTo("curator");
        assertThat(f.code(f.call("POST", dissolve, """
                {"dissolvedOn":"2027-01-21","reason":"OTHER","version":3}"""), 409)).isEqualTo("PAIR_NOT_ACTIVE");

        f.read(f.formCall(mentor, List.of(next)), 201);
        f.read(f.formCall(otherMentor, List.of(mentee)), 201);

        PairDissolved event = f.event(PairDissolved.class, id);
        assertThat(event.mentorId()).isEqualTo(mentor);
        assertThat(event.menteeIds()).containsExactly(mentee);
        assertThat(event.reason()).isEqualTo(PairChangeReason.LEFT_ORGANIZATION);
        assertThat(event.dissolvedOn()).hasToString("2027-01-20");
    }

    @Test
    void aMenteeIsReplacedOnlyByOneWhoPassesEveryFormingRule() throws Exception {
        UUID mentor = f.mentor();
        UUID otherMentor = f.mentor();
        UUID mentee = f.mentee();
        UUID newcomer = f.mentee();
        UUID taken = f.mentee();
        UUID noConsent = f.person(f.school, f.municipality, f.region, ProgrammeRole.MENTEE_CANDIDATE, false);
        UUID wrongRole = f.mentor();
        UUID foreign = f.person(f.elsewhere, UUID.randomUUID(), f.region, ProgrammeRole.MENTEE_CANDIDATE, true);
        f.awaitKnown();
        String id = f.form(mentor, List.of(mentee), "TEACHER_TEACHER", "TRADITIONAL").get("id").asString();
        f.form(otherMentor, List.of(taken), "TEACHER_TEACHER", "TRADITIONAL");
        String replace = "/api/pairing/pairs/" + id + "/mentee-replacement";

        assertThat(f.read(f.call("POST", replace, """
                {"leavingMenteeId":"%s","joiningMenteeId":"%s","changedOn":"2026-12-01","reason":"INCOMPATIBILITY",
                 "version":0}""".formatted(mentee, newcomer)), 400).get("errors").findValuesAsString("field"))
                .contains("consentSignedOn", "consentDocumentRef");
        assertThat(f.read(f.call("POST", replace, body(newcomer, newcomer, 0)), 400).get("errors")
                .findValuesAsString("field")).contains("leavingMenteeId");
        assertThat(f.code(f.call("POST", replace, body(mentee, noConsent, 0)), 422)).isEqualTo("CONSENT_MISSING");
        assertThat(f.code(f.call("POST", replace, body(mentee, wrongRole, 0)), 422)).isEqualTo("ROLE_MISMATCH");
        assertThat(f.code(f.call("POST", replace, body(mentee, foreign, 0)), 422)).isEqualTo("MENTEE_OF_ANOTHER_ORGANIZATION");
        assertThat(f.code(f.call("POST", replace, body(mentee, taken, 0)), 409)).isEqualTo("MENTEE_ALREADY_PAIRED");
        assertThat(f.code(f.call("POST", replace, body(mentee, newcomer, 5)), 409)).isEqualTo("PAIR_CHANGED_CONCURRENTLY");
        JsonNode unchanged = f.pair(id);
        assertThat(unchanged.get("menteeIds").get(0).asString()).isEqualTo(mentee.toString());
        assertThat(unchanged.get("version").asInt()).isZero();

        JsonNode replaced = f.read(f.call("POST", replace, body(mentee, newcomer, 0)), 200);
        assertThat(replaced.get("menteeIds")).hasSize(1);
        assertThat(replaced.get("menteeIds").get(0).asString()).isEqualTo(newcomer.toString());
        assertThat(replaced.get("version").asInt()).isEqualTo(1);
        assertThat(replaced.get("consents").findValuesAsString("participantId")).containsExactly(newcomer.toString());
        assertThat(jdbc.sql("SELECT leave_reason FROM pair_member WHERE pair_id = ?::uuid AND mentee_id = ?")
                .params(id, mentee).query(String.class).single()).isEqualTo("INCOMPATIBILITY");
        assertThat(f.code(f.call("POST", replace, body(newcomer, mentee, 1)), 409)).isEqualTo("MENTEE_WAS_IN_PAIR");

        // The mentee who left is back in the search.
        f.read(f.call("PUT", "/api/pairing/mentors/" + otherMentor + "/capacity", "{\"capacity\":2}"), 200);
        f.read(f.formCall(otherMentor, List.of(mentee)), 201);

        PairMemberReplaced event = f.event(PairMemberReplaced.class, id);
        assertThat(event.leftMenteeId()).isEqualTo(mentee);
        assertThat(event.joinedMenteeId()).isEqualTo(newcomer);
        assertThat(event.reason()).isEqualTo(PairChangeReason.INCOMPATIBILITY);
    }

    @Test
    void theMentorIsReplacedOnlyByOneWhoPassesEveryFormingRule() throws Exception {
        UUID mentor = f.mentor();
        UUID successor = f.mentor();
        UUID full = f.mentor();
        UUID fullMentee = f.mentee();
        UUID mentee = f.mentee();
        UUID later = f.mentee();
        UUID noConsent = f.person(f.school, f.municipality, f.region, ProgrammeRole.MENTOR_CANDIDATE, false);
        UUID otherRegion = f.person(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ProgrammeRole.MENTOR_CANDIDATE, true);
        UUID far = f.person(f.elsewhere, UUID.randomUUID(), f.region, ProgrammeRole.MENTOR_CANDIDATE, true);
        f.awaitKnown();
        String id = f.form(mentor, List.of(mentee), "TEACHER_TEACHER", "TRADITIONAL").get("id").asString();
        f.form(full, List.of(fullMentee), "TEACHER_TEACHER", "TRADITIONAL");
        String replace = "/api/pairing/pairs/" + id + "/mentor-replacement";

        assertThat(f.read(f.call("POST", replace, mentorBody(mentor, 0)), 400).get("errors").findValuesAsString("field"))
                .contains("newMentorId");
        assertThat(f.code(f.call("POST", replace, mentorBody(noConsent, 0)), 422)).isEqualTo("CONSENT_MISSING");
        assertThat(f.code(f.call("POST", replace, mentorBody(later, 0)), 422)).isEqualTo("ROLE_MISMATCH");
        assertThat(f.code(f.call("POST", replace, mentorBody(otherRegion, 0)), 422)).isEqualTo("PAIR_ACROSS_REGIONS");
        assertThat(f.code(f.call("POST", replace, mentorBody(far, 0)), 422)).isEqualTo("PAIR_ACROSS_MUNICIPALITIES");
        assertThat(f.code(f.call("POST", replace, mentorBody(full, 0)), 409)).isEqualTo("MENTOR_OVER_CAPACITY");
        assertThat(f.code(f.call("POST", replace, mentorBody(successor, 3)), 409)).isEqualTo("PAIR_CHANGED_CONCURRENTLY");
        assertThat(f.pair(id).get("mentorId").asString()).isEqualTo(mentor.toString());
        assertThat(f.pair(id).get("version").asInt()).isZero();

        JsonNode replaced = f.read(f.call("POST", replace, mentorBody(successor, 0)), 200);
        assertThat(replaced.get("mentorId").asString()).isEqualTo(successor.toString());
        assertThat(replaced.get("version").asInt()).isEqualTo(1);
        assertThat(replaced.get("consents").findValuesAsString("participantId")).containsExactly(successor.toString());
        assertThat(f.code(f.call("POST", replace, mentorBody(mentor, 1)), 409)).isEqualTo("MENTOR_WAS_IN_PAIR");
        // The former mentor's capacity is free again.
        f.read(f.formCall(mentor, List.of(later)), 201);

        PairMentorReplaced event = f.event(PairMentorReplaced.class, id);
        assertThat(event.formerMentorId()).isEqualTo(mentor);
        assertThat(event.newMentorId()).isEqualTo(successor);
        assertThat(event.reason()).isEqualTo(PairChangeReason.MENTOR_WORKLOAD);
    }

    private static String body(UUID leaving, UUID joining, int version) {
        return """
                {"leavingMenteeId":"%s","joiningMenteeId":"%s","changedOn":"2026-12-01","reason":"INCOMPATIBILITY",
                 "consentSignedOn":"2026-09-10","consentDocumentRef":"согласие № 9","version":%d}"""
                .formatted(leaving, joining, version);
    }

    private static String mentorBody(UUID mentor, int version) {
        return """
                {"newMentorId":"%s","changedOn":"2026-12-01","reason":"MENTOR_WORKLOAD",
                 "consentSignedOn":"2026-09-10","consentDocumentRef":"согласие № 10","version":%d}"""
                .formatted(mentor, version);
    }
}
