package ru.nastavnik.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.pairing.FeedbackSubmitted;
import ru.nastavnik.events.pairing.MeetingHeld;
import ru.nastavnik.events.pairing.MeetingType;
import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.PairChangeReason;
import ru.nastavnik.events.pairing.PairDissolved;
import ru.nastavnik.events.pairing.PairFormed;
import ru.nastavnik.events.pairing.PairMemberReplaced;
import ru.nastavnik.events.pairing.PlanTaskCompleted;
import ru.nastavnik.events.pairing.ProgrammeApproved;
import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.TeachingStaffCounted;
import ru.nastavnik.events.publication.PracticePublished;
import ru.nastavnik.events.publication.PublicationLevel;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestTokens;

/**
 * One organization's year 2025/2026 told as events, with the facts it must produce:
 * <ul>
 * <li>bank: mentors M1, M2; mentees E1, E2, E3; E4 has LEFT; teaching staff 40;</li>
 * <li>pair P1 (M1, E1), group P2 (M2, E2) where E3 replaces E2 and which completes, pair P3 (M1, E5) dissolved —
 * in pairs: M1, E1, M2, E3 of the 5 participants; mentors 2 of 40;</li>
 * <li>programmes: P1 2 of 4 tasks, P2 completed with 3 of 5, a programme of a pair never seen 1 of 2 — 6 of 11;</li>
 * <li>meetings: P1 working meeting, 2 attended, 1 form (sent twice with one id); P2 final meeting, 1 of 2 attended,
 * 1 form — feedback 2 of 3, final meeting 1 of 2;</li>
 * <li>one practice published at two levels in 2025/2026, another in 2024/2025.</li>
 * </ul>
 */
final class IndicatorScenario {

    final UUID region = UUID.randomUUID();
    final UUID municipality = UUID.randomUUID();
    final UUID organization = UUID.randomUUID();
    final UUID m1 = UUID.randomUUID();
    final UUID m2 = UUID.randomUUID();
    final UUID e1 = UUID.randomUUID();
    final UUID e2 = UUID.randomUUID();
    final UUID e3 = UUID.randomUUID();
    final UUID e4 = UUID.randomUUID();
    final UUID e5 = UUID.randomUUID();
    final UUID p1 = UUID.randomUUID();
    final UUID p2 = UUID.randomUUID();
    final UUID p3 = UUID.randomUUID();

    /** Facts of 2025/2026: indicator → {numerator, denominator}. */
    static final Map<String, List<Long>> EXPECTED_2025 = Map.of(
            "PARTICIPANTS_IN_PAIRS", List.of(4L, 5L),
            "MENTORS_SHARE_OF_TEACHING_STAFF", List.of(2L, 40L),
            "PLAN_FULFILMENT", List.of(6L, 11L),
            "FEEDBACK_AFTER_MEETINGS", List.of(2L, 3L),
            "FINAL_MEETING_PARTICIPATION", List.of(1L, 2L),
            "PRACTICES_PUBLISHED", List.of(1L, 0L));

    void publish(String kafka) {
        TestEvents.publish(kafka, new OrganizationRegistered(organization, "МБОУ СОШ № 7", OrganizationType.SCHOOL,
                municipality, "Тестовый муниципалитет", region, "Тестовый регион"));
        for (UUID mentor : List.of(m1, m2)) {
            TestEvents.publish(kafka, participant(mentor, ProgrammeRole.MENTOR_CANDIDATE, ParticipantStatus.CANDIDATE));
        }
        for (UUID mentee : List.of(e1, e2, e3)) {
            TestEvents.publish(kafka, participant(mentee, ProgrammeRole.MENTEE_CANDIDATE, ParticipantStatus.CANDIDATE));
        }
        TestEvents.publish(kafka, participant(e4, ProgrammeRole.MENTEE_CANDIDATE, ParticipantStatus.LEFT));
        TestEvents.publish(kafka, new TeachingStaffCounted(organization, municipality, region, "2025/2026", 40));

        TestEvents.publish(kafka, new PairFormed(p1, organization, municipality, region, m1, List.of(e1),
                RoleModel.TEACHER_TEACHER, MentoringFormat.TRADITIONAL, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 5, 31)));
        TestEvents.publish(kafka, new PairFormed(p2, organization, municipality, region, m2, List.of(e2),
                RoleModel.TEACHER_TEACHER, MentoringFormat.GROUP, LocalDate.of(2025, 10, 5), LocalDate.of(2026, 5, 31)));
        TestEvents.publish(kafka, new PairFormed(p3, organization, municipality, region, m1, List.of(e5),
                RoleModel.TEACHER_TEACHER, MentoringFormat.SHORT_TERM, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 31)));
        TestEvents.publish(kafka, new PairDissolved(p3, organization, municipality, region, m1, List.of(e5),
                LocalDate.of(2025, 12, 1), PairChangeReason.INCOMPATIBILITY));
        TestEvents.publish(kafka, new PairMemberReplaced(p2, organization, municipality, region, e2, e3,
                LocalDate.of(2025, 11, 1), PairChangeReason.LONG_ABSENCE));

        UUID programme1 = UUID.randomUUID();
        UUID programme2 = UUID.randomUUID();
        TestEvents.publish(kafka, new ProgrammeApproved(programme1, p1, organization, municipality, region, "12-о",
                LocalDate.of(2025, 10, 10), 2, 4));
        TestEvents.publish(kafka, task(programme1, p1, LocalDate.of(2025, 11, 1), 1, 4));
        TestEvents.publish(kafka, task(programme1, p1, LocalDate.of(2025, 12, 1), 2, 4));
        TestEvents.publish(kafka, new ProgrammeApproved(programme2, p2, organization, municipality, region, "13-о",
                LocalDate.of(2025, 10, 12), 2, 5));
        TestEvents.publish(kafka, task(programme2, p2, LocalDate.of(2025, 12, 1), 1, 5));
        // A programme of a pair monitoring never heard of still counts: its place and date travel with the event.
        TestEvents.publish(kafka, task(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 2, 1), 1, 2));

        UUID meeting1 = UUID.randomUUID();
        UUID meeting2 = UUID.randomUUID();
        Instant working = Instant.parse("2025-11-05T12:00:00Z");
        Instant last = Instant.parse("2026-05-20T12:00:00Z");
        TestEvents.publish(kafka, new MeetingHeld(meeting1, p1, organization, municipality, region, MeetingType.WORKING,
                working, 2, 2));
        FeedbackSubmitted form = new FeedbackSubmitted(meeting1, p1, organization, municipality, region,
                MeetingType.WORKING, working, "MENTEE");
        String id = UUID.randomUUID().toString();
        String type = EventCatalog.typeOf(FeedbackSubmitted.class);
        byte[] body = EventCodec.standard().encode(form);
        TestEvents.sendRaw(kafka, form.aggregateId(), body, id, type);
        TestEvents.sendRaw(kafka, form.aggregateId(), body, id, type);
        TestEvents.publish(kafka, new MeetingHeld(meeting2, p2, organization, municipality, region, MeetingType.FINAL,
                last, 1, 2));
        TestEvents.publish(kafka, new FeedbackSubmitted(meeting2, p2, organization, municipality, region,
                MeetingType.FINAL, last, "MENTOR"));
        TestEvents.publish(kafka, ProgrammeCompletions.of(programme2, p2, organization, municipality, region, "GROUP",
                LocalDate.of(2026, 5, 25), 3, 5));

        UUID practice = UUID.randomUUID();
        TestEvents.publish(kafka, new PracticePublished(practice, organization, municipality, region,
                PublicationLevel.ORGANIZATION, LocalDate.of(2026, 3, 1)));
        TestEvents.publish(kafka, new PracticePublished(practice, organization, municipality, region,
                PublicationLevel.MUNICIPALITY, LocalDate.of(2026, 4, 1)));
        TestEvents.publish(kafka, new PracticePublished(UUID.randomUUID(), organization, municipality, region,
                PublicationLevel.ORGANIZATION, LocalDate.of(2024, 10, 1)));
    }

    String schoolCurator() {
        return TestTokens.get().withClaims(Map.of("preferred_username", "curator", "roles", List.of("SCHOOL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(organization.toString())));
    }

    String municipalCurator() {
        return TestTokens.get().withClaims(Map.of("preferred_username", "municipal", "roles", List.of("MUNICIPAL_CURATOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(), "organization_ids", List.of()));
    }

    String regionAdmin() {
        return TestTokens.get().withClaims(Map.of("preferred_username", "region", "roles", List.of("REGION_ADMIN"),
                "region_id", region.toString(), "organization_ids", List.of()));
    }

    String mentor() {
        return TestTokens.get().withClaims(Map.of("preferred_username", "mentor", "roles", List.of("MENTOR"),
                "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(organization.toString()), "person_id", m1.toString()));
    }

    private ParticipantRegistered participant(UUID person, ProgrammeRole role, ParticipantStatus status) {
        return new ParticipantRegistered(person, organization, municipality, region, "учитель", List.of(), null, 10, role,
                status);
    }

    private PlanTaskCompleted task(UUID programme, UUID pair, LocalDate doneOn, int done, int total) {
        return new PlanTaskCompleted(programme, UUID.randomUUID(), pair, organization, municipality, region, doneOn,
                doneOn, true, done, total);
    }
}
