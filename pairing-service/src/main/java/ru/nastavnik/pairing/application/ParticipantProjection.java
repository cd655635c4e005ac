package ru.nastavnik.pairing.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.pairing.domain.OrganizationPlaces;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.EligibleParticipants;

/** Keeps the read model of participants in step with participant-service's events. */
@Service
public class ParticipantProjection {

    private final EligibleParticipants participants;
    private final OrganizationPlaces places;

    public ParticipantProjection(EligibleParticipants participants, OrganizationPlaces places) {
        this.participants = participants;
        this.places = places;
    }

    public void apply(IntegrationEvent event) {
        if (event instanceof OrganizationRegistered organization) {
            places.save(organization.organizationId(), organization.municipalityId(), organization.regionId());
        }
        if (event instanceof ParticipantRegistered registered) {
            participants.save(new EligibleParticipant(registered.personId(), registered.organizationId(),
                    registered.municipalityId(), registered.regionId(), registered.fullName(), registered.position(),
                    registered.subject(), registered.yearsOfExperience(), registered.programmeRole()));
        }
    }

    /** People are personal data: only those who may see the organization's people get them. */
    public List<EligibleParticipant> ofOrganization(Caller caller, UUID organizationId) {
        UUID[] place = places.of(organizationId).orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_KNOWN",
                "Организация ещё не известна сервису подбора пар."));
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, new Place(place[0], place[1], organizationId)),
                "Участники этой организации вам недоступны.");
        return participants.ofOrganization(organizationId);
    }
}
