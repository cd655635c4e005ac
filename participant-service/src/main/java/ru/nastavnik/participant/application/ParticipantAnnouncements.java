package ru.nastavnik.participant.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.events.participant.ParticipantProfileChanged;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ProfessionalTopicKind;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged;
import ru.nastavnik.participant.domain.Employment;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.TopicEntry;
import ru.nastavnik.participant.domain.TopicKind;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.security.Place;

/**
 * Tells the other services about a person, through the outbox in the caller's transaction: the professional
 * attributes only, never the name or contacts (they stay in this service, where withdrawal of consent erases them).
 */
@Component
class ParticipantAnnouncements {

    private final People people;
    private final IntegrationEventPublisher events;

    ParticipantAnnouncements(People people, IntegrationEventPublisher events) {
        this.people = people;
        this.events = events;
    }

    void registered(Person person, Place place) {
        events.publish(new ParticipantRegistered(person.id(), place.organizationId(), place.municipalityId(),
                place.regionId(), person.position(), person.subjects(), person.qualificationCategory(),
                person.yearsOfExperience(), person.programmeRole(), person.status()));
    }

    void topicsChanged(Person person, Place place, TopicKind kind, List<TopicEntry> entries) {
        events.publish(new ProfessionalTopicsChanged(person.id(), place.organizationId(), place.municipalityId(),
                place.regionId(), kind == TopicKind.REQUEST ? ProfessionalTopicKind.REQUEST : ProfessionalTopicKind.COMPETENCY,
                entries.stream().map(e -> new ProfessionalTopicsChanged.TopicLevel(e.topicCode(), e.level())).toList()));
    }

    void changed(Person person, Place place) {
        List<UUID> others = people.employments(person.id()).stream().map(Employment::organizationId).toList();
        events.publish(new ParticipantProfileChanged(person.id(), place.organizationId(), place.municipalityId(),
                place.regionId(), others, person.position(), person.subjects(), person.qualificationCategory(),
                person.yearsOfExperience(), person.programmeRole(), person.status()));
    }
}
