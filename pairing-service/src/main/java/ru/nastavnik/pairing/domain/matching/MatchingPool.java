package ru.nastavnik.pairing.domain.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who may take part in a round of an organization, as pairing's read model knows them. */
public interface MatchingPool {

    /**
     * Mentees of the organization not in an active pair and still in the programme (not left, not completed), each
     * with their requests and ranked choices; {@code priority} marks those an earlier round left without a pair.
     */
    List<Mentee> mentees(UUID organizationId, Set<UUID> priority);

    /** Of those, the ones without consent to processing: they are listed, never matched. */
    List<UUID> menteesWithoutConsent(UUID organizationId);

    /**
     * Mentors with consent and readiness who still have room (capacity minus mentees in active pairs), from the
     * organization, or from the whole municipality when network mentoring is allowed.
     */
    List<Mentor> mentors(UUID organizationId, UUID municipalityId, boolean networkMentoring);
}
