package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A filled questionnaire of one person against one exact form version; {@code onBehalf} when the curator entered
 * a paper form, {@code submittedBy} the username of whoever entered it.
 */
public record QuestionnaireSubmission(UUID id, UUID formId, int formVersion, UUID personId, UUID organizationId,
        String submittedBy, boolean onBehalf, Instant submittedAt, List<QuestionnaireAnswer> answers) {

    public QuestionnaireSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
