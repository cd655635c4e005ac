package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** People's professional requests and competencies. */
public interface PersonTopics {

    List<TopicEntry> of(UUID personId, TopicKind kind);

    /** Replaces the whole set of the person's entries of that kind. */
    void replace(UUID personId, TopicKind kind, List<TopicEntry> entries);

    /** How many people of the organization registered in that programme role have at least one entry of the kind. */
    /** Clears the free-text comments of all the person's requests and competencies. */
    void eraseComments(UUID personId);

    long countPeopleWith(UUID organizationId, ProgrammeRole programmeRole, TopicKind kind);
}
