package ru.nastavnik.monitoring.domain.diagnostic;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.platform.security.Place;

/** The programme participants who owe quarterly diagnostics: person ids and roles only, fed by participant-events. */
public interface DiagnosticRoster {

    void put(UUID personId, Place place, Respondent respondent);

    void remove(UUID personId);

    List<UUID> of(UUID organizationId, Respondent respondent);

    /** Where an organization sits, as its participants' events said. */
    Optional<Place> placeOf(UUID organizationId);

    /** Forgets everyone: the first step of rebuilding from the topics. */
    void clear();
}
