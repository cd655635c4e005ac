package ru.nastavnik.participant.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.participant.ConsentScope;

/** People's consents. */
public interface Consents {

    List<Consent> of(UUID personId);

    Optional<Consent> active(UUID personId, ConsentScope scope);

    /** The active consent of that scope of each of these people that has one. */
    Map<UUID, Consent> activeOf(Collection<UUID> personIds, ConsentScope scope);

    /** Adds consents of people who have no active consent of the same scope (checked by the caller). */
    void addAll(List<Consent> consents);

    /** False if the person already has an active consent of that scope. */
    boolean add(Consent consent);

    /** False if the consent is no longer active. */
    boolean withdraw(UUID consentId, LocalDate withdrawnOn, String recordedBy);

    /** Keeps only scopes and dates of the person's consents. */
    void eraseDocuments(UUID personId);
}
