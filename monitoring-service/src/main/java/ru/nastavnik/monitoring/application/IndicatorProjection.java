package ru.nastavnik.monitoring.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.pairing.FeedbackSubmitted;
import ru.nastavnik.events.pairing.MeetingHeld;
import ru.nastavnik.events.pairing.PairDissolved;
import ru.nastavnik.events.pairing.PairFormed;
import ru.nastavnik.events.pairing.PairMemberReplaced;
import ru.nastavnik.events.pairing.PairMentorReplaced;
import ru.nastavnik.events.pairing.PlanTaskCompleted;
import ru.nastavnik.events.pairing.ProgrammeApproved;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.events.participant.ParticipantProfileChanged;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.TeachingStaffCounted;
import ru.nastavnik.events.publication.PracticePublished;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFacts;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFigures;
import ru.nastavnik.monitoring.domain.indicator.IndicatorSources;
import ru.nastavnik.monitoring.domain.indicator.OrganizationYear;
import ru.nastavnik.platform.security.Place;

/**
 * The live indicators computed from pairing, participant and publication events (README, «Live indicators»). An
 * event first changes the projection's own rows ({@link #apply}); then the facts of every organization and year it
 * touched are recomputed from those rows ({@link #refresh}) and replaced in indicator_fact. Recomputing instead of
 * adding deltas makes the facts independent of the order in which different aggregates' events arrive, and lets a
 * batch of events cost one recomputation per organization and year.
 */
@Service
public class IndicatorProjection implements RebuildableProjection {

    public static final String PAIRING = "monitoring-service.indicators.pairing";
    public static final String PARTICIPANT = "monitoring-service.indicators.participant";
    public static final String PUBLICATION = "monitoring-service.indicators.publication";

    /** The indicators this projection writes; roadmap and diagnostics facts are fed elsewhere. */
    public static final Set<Indicator> INDICATORS = EnumSet.of(Indicator.MENTORS_SHARE_OF_TEACHING_STAFF,
            Indicator.PARTICIPANTS_IN_PAIRS, Indicator.PLAN_FULFILMENT, Indicator.FEEDBACK_AFTER_MEETINGS,
            Indicator.FINAL_MEETING_PARTICIPATION, Indicator.PRACTICES_PUBLISHED);

    /** Meetings and dates are Moscow time in pairing-service; the academic year of a meeting is its Moscow date's. */
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final IndicatorSources sources;
    private final IndicatorFacts facts;
    private final Clock clock;

    public IndicatorProjection(IndicatorSources sources, IndicatorFacts facts, Clock clock) {
        this.sources = sources;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public Set<String> consumerIds() {
        return Set.of(PAIRING, PARTICIPANT, PUBLICATION);
    }

    @Override
    public void reset() {
        sources.clear();
        facts.clear(INDICATORS);
    }

    /**
     * Changes the projection's rows for one event; the caller applies each event once, in its transaction. Returns
     * what only the change itself can tell: the organization a person moved away from.
     */
    public Set<OrganizationYear> apply(IntegrationEvent event) {
        switch (event) {
            case ParticipantRegistered p -> {
                return moved(sources.participant(p.personId(), place(p.regionId(), p.municipalityId(), p.organizationId()),
                        p.programmeRole().name(), p.status() == ParticipantStatus.LEFT));
            }
            case ParticipantProfileChanged p -> {
                return moved(sources.participant(p.personId(), place(p.regionId(), p.municipalityId(), p.organizationId()),
                        p.programmeRole().name(), p.status() == ParticipantStatus.LEFT));
            }
            case TeachingStaffCounted t -> AcademicYear.parse(t.academicYear())
                    .ifPresent(year -> sources.teachingStaff(t.organizationId(), year, t.teachingStaff()));
            case PairFormed p -> sources.pairFormed(p.pairId(), place(p.regionId(), p.municipalityId(), p.organizationId()),
                    AcademicYear.of(p.startsOn()), p.roleModel().name(), p.format().name(), p.mentorId(), p.menteeIds());
            case PairMemberReplaced r -> {
                sources.pairYear(r.pairId(), place(r.regionId(), r.municipalityId(), r.organizationId()),
                        AcademicYear.of(r.changedOn()));
                sources.memberReplaced(r.pairId(), r.leftMenteeId(), r.joinedMenteeId(), "MENTEE");
            }
            case PairMentorReplaced r -> {
                sources.pairYear(r.pairId(), place(r.regionId(), r.municipalityId(), r.organizationId()),
                        AcademicYear.of(r.changedOn()));
                sources.memberReplaced(r.pairId(), r.formerMentorId(), r.newMentorId(), "MENTOR");
            }
            case PairDissolved d -> {
                sources.pairYear(d.pairId(), place(d.regionId(), d.municipalityId(), d.organizationId()),
                        AcademicYear.of(d.dissolvedOn()));
                sources.pairEnded(d.pairId(), "DISSOLVED");
            }
            case ProgrammeApproved a -> sources.programmeApproved(a.programmeId(), a.pairId(),
                    place(a.regionId(), a.municipalityId(), a.organizationId()), AcademicYear.of(a.orderDate()), a.taskCount());
            case PlanTaskCompleted t -> sources.programmeProgress(t.programmeId(), t.pairId(),
                    place(t.regionId(), t.municipalityId(), t.organizationId()), AcademicYear.of(t.doneOn()), t.tasksDone(),
                    t.tasksTotal(), false);
            case ProgrammeCompleted c -> {
                Place place = place(c.regionId(), c.municipalityId(), c.organizationId());
                sources.programmeProgress(c.programmeId(), c.pairId(), place, AcademicYear.of(c.completedOn()),
                        c.tasksDone(), c.tasksTotal(), true);
                sources.pairYear(c.pairId(), place, AcademicYear.of(c.completedOn()));
                sources.pairEnded(c.pairId(), "COMPLETED");
            }
            case MeetingHeld m -> sources.meetingHeld(m.meetingId(), m.pairId(),
                    place(m.regionId(), m.municipalityId(), m.organizationId()), yearOf(m), m.type().name(), m.attended(),
                    m.participants());
            case FeedbackSubmitted f -> sources.feedbackSubmitted(f.meetingId(), f.pairId(),
                    place(f.regionId(), f.municipalityId(), f.organizationId()), yearOf(f), f.meetingType().name(), 1);
            case PracticePublished p -> sources.practicePublished(p.practiceId(),
                    place(p.regionId(), p.municipalityId(), p.organizationId()), AcademicYear.of(p.publishedOn()));
            default -> {
                // Other events do not feed these indicators.
            }
        }
        return Set.of();
    }

    /**
     * Applies the new events of one batch in one transaction, like {@link #apply} for each, but counts the feedback
     * forms of a meeting with one statement: adding forms commutes with recording the meeting, so they may wait for
     * the end of the batch. Forms are half of all pairing events.
     */
    public Batch batch() {
        return new Batch();
    }

    public final class Batch {

        private record Forms(FeedbackSubmitted first, int count) {
        }

        private final Map<UUID, Forms> forms = new LinkedHashMap<>();
        private final Set<OrganizationYear> touched = new LinkedHashSet<>();

        private Batch() {
        }

        public void apply(IntegrationEvent event) {
            if (event instanceof FeedbackSubmitted f) {
                forms.merge(f.meetingId(), new Forms(f, 1), (a, b) -> new Forms(a.first(), a.count() + b.count()));
            } else {
                touched.addAll(IndicatorProjection.this.apply(event));
            }
        }

        /** Writes what waited; returns what the applied events alone could tell (see {@link #apply}). */
        public Set<OrganizationYear> finish() {
            forms.values().forEach(pending -> {
                FeedbackSubmitted f = pending.first();
                sources.feedbackSubmitted(f.meetingId(), f.pairId(), place(f.regionId(), f.municipalityId(),
                        f.organizationId()), yearOf(f), f.meetingType().name(), pending.count());
            });
            forms.clear();
            return touched;
        }
    }

    /**
     * The organizations and years whose facts the event bears on, read after it was applied; asked also for an event
     * skipped as a duplicate, so a batch redelivered after a crash between applying and refreshing still refreshes.
     */
    public Set<OrganizationYear> touched(IntegrationEvent event) {
        return switch (event) {
            case ParticipantRegistered p -> Set.of(OrganizationYear.everyYear(place(p.regionId(), p.municipalityId(),
                    p.organizationId())));
            case ParticipantProfileChanged p -> Set.of(OrganizationYear.everyYear(place(p.regionId(), p.municipalityId(),
                    p.organizationId())));
            case TeachingStaffCounted t -> AcademicYear.parse(t.academicYear())
                    .map(year -> Set.of(new OrganizationYear(place(t.regionId(), t.municipalityId(), t.organizationId()), year)))
                    .orElse(Set.of());
            case PairFormed p -> Set.of(new OrganizationYear(place(p.regionId(), p.municipalityId(), p.organizationId()),
                    AcademicYear.of(p.startsOn())));
            case PairMemberReplaced r -> pairs(place(r.regionId(), r.municipalityId(), r.organizationId()), r.pairId(),
                    AcademicYear.of(r.changedOn()));
            case PairMentorReplaced r -> pairs(place(r.regionId(), r.municipalityId(), r.organizationId()), r.pairId(),
                    AcademicYear.of(r.changedOn()));
            case PairDissolved d -> pairs(place(d.regionId(), d.municipalityId(), d.organizationId()), d.pairId(),
                    AcademicYear.of(d.dissolvedOn()));
            case ProgrammeApproved a -> Set.of(new OrganizationYear(place(a.regionId(), a.municipalityId(), a.organizationId()),
                    sources.programmeYearOf(a.programmeId())
                            .orElse(AcademicYear.of(a.orderDate()))));
            case PlanTaskCompleted t -> Set.of(new OrganizationYear(place(t.regionId(), t.municipalityId(), t.organizationId()),
                    sources.programmeYearOf(t.programmeId())
                            .orElse(AcademicYear.of(t.doneOn()))));
            case ProgrammeCompleted c -> {
                Place place = place(c.regionId(), c.municipalityId(), c.organizationId());
                Set<OrganizationYear> keys = new LinkedHashSet<>(pairs(place, c.pairId(), AcademicYear.of(c.completedOn())));
                keys.add(new OrganizationYear(place, sources.programmeYearOf(c.programmeId())
                        .orElse(AcademicYear.of(c.completedOn()))));
                yield keys;
            }
            case MeetingHeld m -> Set.of(new OrganizationYear(place(m.regionId(), m.municipalityId(), m.organizationId()),
                    yearOf(m)));
            case FeedbackSubmitted f -> Set.of(new OrganizationYear(place(f.regionId(), f.municipalityId(), f.organizationId()),
                    yearOf(f)));
            case PracticePublished p -> {
                Place place = place(p.regionId(), p.municipalityId(), p.organizationId());
                AcademicYear own = AcademicYear.of(p.publishedOn());
                // The event's own year (a later publication moves the practice out of it) and the practice's first.
                yield new LinkedHashSet<>(List.of(new OrganizationYear(place, own),
                        new OrganizationYear(place, sources.practiceYearOf(p.practiceId()).orElse(own))));
            }
            default -> Set.of();
        };
    }

    /** Recomputes and replaces the facts of the organizations and years given; one transaction. */
    @Transactional
    public void refresh(Set<OrganizationYear> touched) {
        facts.lockMunicipalities(touched.stream().map(key -> key.place().municipalityId()).toList());
        for (OrganizationYear key : touched) {
            UUID organization = key.place().organizationId();
            Set<AcademicYear> years = new TreeSet<>();
            if (key.year() == null) {
                // The banks changed: every year the organization has figures for, and the current one, which an
                // organization with participants but no pairs yet must show at 0 %.
                years.addAll(sources.yearsOf(organization));
                years.add(currentYear());
            } else {
                years.add(key.year());
            }
            for (AcademicYear year : years) {
                IndicatorFigures figures = sources.figures(organization, year);
                for (Map.Entry<Indicator, IndicatorFigures.Fact> fact : figures.facts().entrySet()) {
                    facts.set(key.place(), year, fact.getKey(), fact.getValue().numerator(), fact.getValue().denominator());
                }
            }
        }
    }

    public AcademicYear currentYear() {
        return AcademicYear.of(LocalDate.now(clock.withZone(MOSCOW)));
    }

    private Set<OrganizationYear> pairs(Place place, UUID pairId, AcademicYear fallback) {
        return Set.of(new OrganizationYear(place, sources.pairYearOf(pairId).orElse(fallback)));
    }

    private static Set<OrganizationYear> moved(Optional<Place> before) {
        return before.map(place -> Set.of(OrganizationYear.everyYear(place))).orElse(Set.of());
    }

    private static AcademicYear yearOf(MeetingHeld meeting) {
        return AcademicYear.of(meeting.startsAt().atZone(MOSCOW).toLocalDate());
    }

    private static AcademicYear yearOf(FeedbackSubmitted feedback) {
        return AcademicYear.of(feedback.meetingStartsAt().atZone(MOSCOW).toLocalDate());
    }

    private static Place place(UUID region, UUID municipality, UUID organization) {
        return new Place(region, municipality, organization);
    }
}
