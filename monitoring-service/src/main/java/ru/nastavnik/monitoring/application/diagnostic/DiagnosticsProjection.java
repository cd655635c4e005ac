package ru.nastavnik.monitoring.application.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.events.participant.ParticipantProfileChanged;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.monitoring.application.RebuildableProjection;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRoster;
import ru.nastavnik.monitoring.domain.diagnostic.Respondent;
import ru.nastavnik.platform.security.Place;

/**
 * What diagnostics learns from the other contexts: the roster of respondents (participant-events) and programme
 * ends (pairing-events), which open the end-of-programme surveys. Only the roster is a pure projection
 * ({@link #reset}); end-of-programme rounds hold people's answers, so a rebuild keeps them and replaying
 * ProgrammeCompleted finds each one already open (one round per programme).
 */
@Service
public class DiagnosticsProjection implements RebuildableProjection {

    /** The Kafka listener feeding the roster (participant-events) and the end-of-programme surveys (pairing-events). */
    public static final String CONSUMER = "monitoring-service.diagnostics";


    private final DiagnosticRoster roster;
    private final DiagnosticRoundService rounds;

    DiagnosticsProjection(DiagnosticRoster roster, DiagnosticRoundService rounds) {
        this.roster = roster;
        this.rounds = rounds;
    }

    @Transactional
    public void apply(IntegrationEvent event) {
        switch (event) {
            case ParticipantRegistered p -> participant(p.personId(),
                    new Place(p.regionId(), p.municipalityId(), p.organizationId()), p.programmeRole(), p.status());
            case ParticipantProfileChanged p -> participant(p.personId(),
                    new Place(p.regionId(), p.municipalityId(), p.organizationId()), p.programmeRole(), p.status());
            case ConsentWithdrawn c when c.scope() == ConsentScope.PERSONAL_DATA_PROCESSING -> {
                roster.remove(c.personId());
                rounds.forget(c.personId());
            }
            case ProgrammeCompleted p -> programmeCompleted(p);
            default -> {
                // Other events do not concern diagnostics.
            }
        }
    }

    @Override
    public Set<String> consumerIds() {
        return Set.of(CONSUMER);
    }

    /** Forgets the roster: the first step of rebuilding the projections from the topics. */
    @Override
    @Transactional
    public void reset() {
        roster.clear();
    }

    private void participant(UUID personId, Place place, ProgrammeRole role, ParticipantStatus status) {
        if (status == ParticipantStatus.LEFT) {
            roster.remove(personId);
            rounds.noLongerDue(personId);
            return;
        }
        roster.put(personId, place, role == ProgrammeRole.MENTOR_CANDIDATE ? Respondent.MENTOR : Respondent.MENTEE);
    }

    private void programmeCompleted(ProgrammeCompleted p) {
        UUID mentor = p.mentorId();
        List<UUID> mentees = new ArrayList<>(p.menteeIds());
        // Events written before the members travelled: the final self-assessments name every member by side.
        if (mentor == null) {
            mentor = p.selfAssessments().stream().filter(s -> "MENTOR".equals(s.side()))
                    .map(ProgrammeCompleted.Score::personId).findFirst().orElse(null);
        }
        if (mentees.isEmpty()) {
            p.selfAssessments().stream().filter(s -> "MENTEE".equals(s.side()))
                    .map(ProgrammeCompleted.Score::personId).forEach(mentees::add);
        }
        rounds.openProgrammeEnd(p.programmeId(), p.pairId(), new Place(p.regionId(), p.municipalityId(),
                p.organizationId()), p.completedOn(), mentor, mentees);
    }
}
