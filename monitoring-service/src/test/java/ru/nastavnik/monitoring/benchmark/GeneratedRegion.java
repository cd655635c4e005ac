package ru.nastavnik.monitoring.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import ru.nastavnik.events.IntegrationEvent;
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
import ru.nastavnik.monitoring.ProgrammeCompletions;

/**
 * A region's academic year 2025/2026 as the services would announce it, generated with a fixed seed: municipalities
 * of schools, each with its teaching staff, a bank of 12 mentors and 30 mentees (a few leave), pairs and groups of
 * 2–3 mentees with an approved programme of 8 tasks, 8 meetings (acquaintance to final) with attendance and feedback
 * forms, a few dissolved pairs and replaced mentees, completed programmes and published practices. Events of each
 * aggregate come in their order; generation stops at exactly the number of events asked for.
 */
final class GeneratedRegion {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final MeetingType[] MEETINGS = {MeetingType.ACQUAINTANCE, MeetingType.TRIAL, MeetingType.PLANNING,
        MeetingType.WORKING, MeetingType.WORKING, MeetingType.WORKING, MeetingType.WORKING, MeetingType.FINAL};

    final List<IntegrationEvent> events = new ArrayList<>();
    int organizations;
    private final int size;
    private final Random random = new Random(2025);

    private GeneratedRegion(int size) {
        this.size = size;
    }

    static GeneratedRegion of(int events) {
        GeneratedRegion region = new GeneratedRegion(events);
        UUID regionId = UUID.randomUUID();
        List<UUID> municipalities = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            municipalities.add(UUID.randomUUID());
        }
        while (!region.full()) {
            UUID municipality = municipalities.get(region.organizations % municipalities.size());
            region.organization(regionId, municipality);
        }
        return region;
    }

    private boolean full() {
        return events.size() >= size;
    }

    private void add(IntegrationEvent event) {
        if (!full()) {
            events.add(event);
        }
    }

    private void organization(UUID region, UUID municipality) {
        organizations++;
        UUID organization = UUID.randomUUID();
        add(new OrganizationRegistered(organization, "МБОУ СОШ № " + organizations, OrganizationType.SCHOOL, municipality,
                "Муниципалитет " + municipality.toString().substring(0, 4), region, "Генерированный регион"));
        add(new TeachingStaffCounted(organization, municipality, region, "2025/2026", 150 + random.nextInt(150)));
        List<UUID> mentors = people(12, organization, municipality, region, ProgrammeRole.MENTOR_CANDIDATE);
        List<UUID> mentees = people(30, organization, municipality, region, ProgrammeRole.MENTEE_CANDIDATE);
        List<UUID> reserve = people(3, organization, municipality, region, ProgrammeRole.MENTEE_CANDIDATE);
        // A mentee who left the organization is no longer a programme participant.
        add(new ParticipantRegistered(UUID.randomUUID(), organization, municipality, region, "ученик", List.of(), null, 0,
                ProgrammeRole.MENTEE_CANDIDATE, ParticipantStatus.LEFT));
        int next = 0;
        for (int i = 0; i < mentors.size() && !full(); i++) {
            int group = i < 6 ? 3 : 2;
            List<UUID> members = mentees.subList(next, Math.min(next + group, mentees.size()));
            next += group;
            UUID replacement = i < reserve.size() ? reserve.get(i) : null;
            pair(region, municipality, organization, mentors.get(i), List.copyOf(members), replacement);
        }
        int practices = 1 + random.nextInt(3);
        for (int i = 0; i < practices; i++) {
            UUID practice = UUID.randomUUID();
            LocalDate on = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(100));
            add(new PracticePublished(practice, organization, municipality, region, PublicationLevel.ORGANIZATION, on));
            if (random.nextInt(3) == 0) {
                add(new PracticePublished(practice, organization, municipality, region, PublicationLevel.MUNICIPALITY,
                        on.plusDays(20)));
            }
        }
    }

    private List<UUID> people(int count, UUID organization, UUID municipality, UUID region, ProgrammeRole role) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID person = UUID.randomUUID();
            people.add(person);
            add(new ParticipantRegistered(person, organization, municipality, region,
                    role == ProgrammeRole.MENTOR_CANDIDATE ? "учитель" : "молодой специалист", List.of("математика"), null,
                    role == ProgrammeRole.MENTOR_CANDIDATE ? 15 : 1, role, ParticipantStatus.CANDIDATE));
        }
        return people;
    }

    private void pair(UUID region, UUID municipality, UUID organization, UUID mentor, List<UUID> mentees, UUID replacement) {
        UUID pair = UUID.randomUUID();
        LocalDate starts = LocalDate.of(2025, 9, 15).plusDays(random.nextInt(45));
        add(new PairFormed(pair, organization, municipality, region, mentor, mentees, RoleModel.TEACHER_TEACHER,
                mentees.size() > 2 ? MentoringFormat.GROUP : MentoringFormat.TRADITIONAL, starts, LocalDate.of(2026, 5, 31)));
        if (random.nextInt(25) == 0) {
            add(new PairDissolved(pair, organization, municipality, region, mentor, mentees, starts.plusDays(30),
                    PairChangeReason.INCOMPATIBILITY));
            return;
        }
        UUID programme = UUID.randomUUID();
        add(new ProgrammeApproved(programme, pair, organization, municipality, region, "ПН-" + events.size(),
                starts.plusDays(7), 3, 8));
        List<UUID> members = new ArrayList<>(mentees);
        int done = 0;
        for (int m = 0; m < MEETINGS.length && !full(); m++) {
            if (m == 3 && replacement != null && random.nextInt(4) == 0) {
                UUID leaving = members.removeFirst();
                members.add(replacement);
                add(new PairMemberReplaced(pair, organization, municipality, region, leaving, replacement,
                        starts.plusDays(50), PairChangeReason.LONG_ABSENCE));
            }
            LocalDate day = m == MEETINGS.length - 1 ? LocalDate.of(2026, 5, 20) : starts.plusDays(14L * (m + 1));
            Instant at = day.atTime(15, 0).atZone(MOSCOW).toInstant();
            int participants = members.size() + 1;
            int attended = 0;
            for (int p = 0; p < participants; p++) {
                attended += random.nextInt(10) == 0 ? 0 : 1;
            }
            attended = Math.max(1, attended);
            UUID meeting = UUID.randomUUID();
            add(new MeetingHeld(meeting, pair, organization, municipality, region, MEETINGS[m], at, attended, participants));
            for (int f = 0; f < attended; f++) {
                if (random.nextInt(100) < 85) {
                    add(new FeedbackSubmitted(meeting, pair, organization, municipality, region, MEETINGS[m], at,
                            f == 0 ? "MENTOR" : "MENTEE"));
                }
            }
            if (random.nextInt(10) != 0 && done < 8) {
                done++;
                add(new PlanTaskCompleted(programme, UUID.randomUUID(), pair, organization, municipality, region,
                        day.plusDays(3), day.plusDays(2), true, done, 8));
            }
        }
        add(ProgrammeCompletions.of(programme, pair, organization, municipality, region,
                mentees.size() > 2 ? "GROUP" : "TRADITIONAL", LocalDate.of(2026, 5, 25), done, 8));
    }

    long count(Class<? extends IntegrationEvent> type) {
        return events.stream().filter(type::isInstance).count();
    }

    long attendedAtHeldMeetings() {
        return events.stream().filter(MeetingHeld.class::isInstance).mapToLong(e -> ((MeetingHeld) e).attended()).sum();
    }

    long distinctPractices() {
        return events.stream().filter(PracticePublished.class::isInstance).map(e -> ((PracticePublished) e).practiceId())
                .distinct().count();
    }
}
