package ru.nastavnik.publication.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A planned publication of the section's content plan: a topic, its rubric and the planned date; done once a news item fulfils it. */
public record ContentPlanEntry(UUID id, UUID organizationId, String topic, String rubric, LocalDate plannedOn,
        UUID newsId) {

    public static ContentPlanEntry planned(UUID id, UUID organizationId, String topic, String rubric, LocalDate plannedOn) {
        String cleanTopic = Texts.plain(topic);
        String cleanRubric = Texts.plain(rubric);
        if (cleanTopic.isBlank()) {
            throw new RuleViolation("VALIDATION_FAILED", "topic", "Укажите тему публикации.");
        }
        if (cleanRubric.isBlank()) {
            throw new RuleViolation("VALIDATION_FAILED", "rubric", "Укажите рубрику.");
        }
        if (plannedOn == null) {
            throw new RuleViolation("VALIDATION_FAILED", "plannedOn", "Укажите планируемую дату.");
        }
        return new ContentPlanEntry(id, organizationId, cleanTopic, cleanRubric, plannedOn, null);
    }

    public boolean done() {
        return newsId != null;
    }
}
