package ru.nastavnik.monitoring.application;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.participant.MentorReadinessChanged;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.TeachingStaffCounted;
import ru.nastavnik.monitoring.domain.OrganizationParticipation;
import ru.nastavnik.monitoring.domain.ParticipationCounts;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;

/** Counts participants per organization from live events; never typed in. Also keeps the unit directory. */
@Service
public class ParticipationProjection implements RebuildableProjection {

    public static final String CONSUMER = "monitoring-service.participation";

    private final ParticipationCounts counts;
    private final UnitDirectory directory;

    public ParticipationProjection(ParticipationCounts counts, UnitDirectory directory) {
        this.counts = counts;
        this.directory = directory;
    }

    @Override
    public Set<String> consumerIds() {
        return Set.of(CONSUMER);
    }

    @Override
    public void reset() {
        counts.clear();
        directory.clear();
    }

    public void apply(IntegrationEvent event) {
        switch (event) {
            case OrganizationRegistered o -> {
                counts.organizationRegistered(o.organizationId(), o.municipalityId(), o.regionId(), o.name());
                directory.organizationRegistered(o.organizationId(), o.name(),
                        o.type() == null ? null : o.type().name(), o.municipalityId(), o.municipalityName(),
                        o.regionId(), o.regionName());
            }
            case ParticipantRegistered p -> counts.participantRegistered(p.organizationId(), p.municipalityId(),
                    p.regionId(), p.programmeRole());
            case TeachingStaffCounted t -> counts.teachingStaffCounted(t.organizationId(), t.municipalityId(), t.regionId(),
                    t.academicYear(), t.teachingStaff());
            case MentorReadinessChanged r -> counts.mentorReadinessChanged(r.personId(), r.organizationId(),
                    r.municipalityId(), r.regionId(), r.ready(), r.status());
            default -> {
                // Other events do not change participation.
            }
        }
    }

    public Optional<OrganizationParticipation> of(UUID organizationId) {
        return counts.of(organizationId);
    }
}
