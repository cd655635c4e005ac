package ru.nastavnik.events.participant;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A person's questionnaire (анкета) was submitted, by the person themself or by the curator from a paper form
 * ({@code onBehalf}). Carries the structured answers only: choice codes, scale values and ranked people's ids.
 * Free-text answers and names never travel (they may hold personal data); a free-text question is simply absent.
 * Keyed by the person, so that a later consent withdrawal of that person follows their submissions.
 */
@EventType(value = "ru.nastavnik.participant.questionnaire-submitted.v1", topic = Topics.PARTICIPANT)
public record QuestionnaireSubmitted(
        UUID submissionId,
        UUID formId,
        String formCode,
        int formVersion,
        QuestionnairePurpose purpose,
        UUID personId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        boolean onBehalf,
        Instant submittedAt,
        List<Answer> answers) implements IntegrationEvent {

    public QuestionnaireSubmitted {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(formCode, "formCode");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }

    /**
     * One structured answer: {@code type} is SINGLE_CHOICE or MULTIPLE_CHOICE ({@code choices}: option codes),
     * SCALE ({@code scale}: 1–10) or RANKED_PEOPLE ({@code ranked}: people's ids with rank 1 = most preferred,
     * {@code rankedRole}: whom they are preferred as).
     */
    public record Answer(String questionCode, String type, List<String> choices, Integer scale,
            ProgrammeRole rankedRole, List<RankedPerson> ranked) {

        public Answer {
            Objects.requireNonNull(questionCode, "questionCode");
            Objects.requireNonNull(type, "type");
            choices = choices == null ? List.of() : List.copyOf(choices);
            ranked = ranked == null ? List.of() : List.copyOf(ranked);
        }
    }

    /** A person someone would like as mentor or mentee; rank 1 is the first choice. */
    public record RankedPerson(UUID personId, int rank) {

        public RankedPerson {
            Objects.requireNonNull(personId, "personId");
        }
    }
}
