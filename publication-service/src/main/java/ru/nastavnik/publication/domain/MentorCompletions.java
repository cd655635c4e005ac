package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;

/**
 * Completed programmes by mentor, for thank-you letters. A person who withdrew a consent is forgotten and stays so for
 * completions that arrive later (the participant and pairing topics are not ordered with each other) until they
 * consent to processing again.
 */
public interface MentorCompletions {

    /** Keyed by programme: a duplicate changes nothing; ignored for a forgotten person. */
    void record(MentorCompletion completion);

    /** Drops the person's completions and remembers not to take new ones. */
    void forget(UUID personId);

    /** The person consented again: completions from now on count. */
    void remember(UUID personId);

    /** Ids of the mentors with a completion in the organization in that year, in a stable order. */
    List<UUID> mentors(UUID organizationId, AcademicYear year);
}
