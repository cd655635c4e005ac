package ru.nastavnik.pairing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The local read model of participants. */
public interface EligibleParticipants {

    /**
     * Inserts or replaces the person's announced data, keeping their consent: replaying an event leaves the same
     * state. A person who withdrew consent to processing is ignored: their data never comes back.
     */
    void save(EligibleParticipant participant);

    /** Replaces the person's requests or competencies (codes and levels); an unknown person is left alone. */
    void replaceTopics(UUID personId, String kind, Map<String, Integer> levelsByCode);

    /** Records consent to processing; a person pairing does not know (or who withdrew) is left alone. */
    void grantConsent(UUID personId);

    /** Erases everything pairing holds of the person and remembers only that (and when) they withdrew. */
    void erase(UUID personId, LocalDate withdrawnOn);

    List<EligibleParticipant> ofOrganization(UUID organizationId);

    Optional<EligibleParticipant> participant(UUID personId);

    /** Whether participant-service last announced the mentor as ready (selected and trained, or confirmed). */
    boolean mentorReady(UUID personId);

    void setMentorReady(UUID personId, boolean ready);

    /** The mentee's preferred format of mentoring (a {@code MentoringFormat} name), from their questionnaire. */
    void setPreferredForm(UUID personId, String format);

    /** The formats a mentor candidate is ready to work in, from their questionnaire. */
    void setOfferedForms(UUID personId, List<String> formats);

    /** Those of the organization who consented to processing: the pool matching draws from. */
    List<EligibleParticipant> candidatesOf(UUID organizationId);
}
