package ru.nastavnik.participant.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** People's professional requests and competencies. */
public interface PersonTopics {

    List<TopicEntry> of(UUID personId, TopicKind kind);

    /** The entries of that kind of each of these people that has any. */
    Map<UUID, List<TopicEntry>> ofPeople(Collection<UUID> personIds, TopicKind kind);

    /** {@link #replace} for many people at once. */
    void replaceAll(TopicKind kind, Map<UUID, List<TopicEntry>> entries);

    /** Replaces the whole set of the person's entries of that kind. */
    void replace(UUID personId, TopicKind kind, List<TopicEntry> entries);

    /** How many people of the organization registered in that programme role have at least one entry of the kind. */
    /** Clears the free-text comments of all the person's requests and competencies. */
    void eraseComments(UUID personId);

    long countPeopleWith(UUID organizationId, ProgrammeRole programmeRole, TopicKind kind);
}
