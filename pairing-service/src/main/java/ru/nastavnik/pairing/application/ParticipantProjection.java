package ru.nastavnik.pairing.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.EligibleParticipants;

/** Keeps the read model of participants in step with participant-service's events. */
@Service
public class ParticipantProjection {

    private final EligibleParticipants participants;

    public ParticipantProjection(EligibleParticipants participants) {
        this.participants = participants;
    }

    public void apply(IntegrationEvent event) {
        if (event instanceof ParticipantRegistered registered) {
            participants.save(new EligibleParticipant(registered.personId(), registered.organizationId(),
                    registered.municipalityId(), registered.regionId(), registered.fullName(), registered.position(),
                    registered.subject(), registered.yearsOfExperience(), registered.programmeRole()));
        }
    }

    public List<EligibleParticipant> ofOrganization(UUID organizationId) {
        return participants.ofOrganization(organizationId);
    }
}
