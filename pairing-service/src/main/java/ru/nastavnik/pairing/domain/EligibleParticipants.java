package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.UUID;

/** The local read model of participants. */
public interface EligibleParticipants {

    /** Inserts or replaces: replaying an event leaves the same state. */
    void save(EligibleParticipant participant);

    List<EligibleParticipant> ofOrganization(UUID organizationId);
}
