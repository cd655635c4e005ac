package ru.nastavnik.events.participant;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A person's professional requests or competencies after a change: every topic code with its level (1–3).
 * Comments stay in participant-service (free text may identify a person); matching needs codes and levels only.
 */
@EventType(value = "ru.nastavnik.participant.professional-topics-changed.v1", topic = Topics.PARTICIPANT)
public record ProfessionalTopicsChanged(
        UUID personId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        ProfessionalTopicKind kind,
        List<TopicLevel> topics) implements IntegrationEvent {

    /** One topic of the shared taxonomy and its level. */
    public record TopicLevel(String code, int level) {
        public TopicLevel {
            Objects.requireNonNull(code, "code");
        }
    }

    public ProfessionalTopicsChanged {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(kind, "kind");
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
