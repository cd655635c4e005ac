package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.participant.QuestionnairePurpose;

/**
 * A questionnaire form at one version: a shipped default ({@code organizationId} null, never edited) or an
 * organization's copy ({@code basedOn}: the form it was copied from). {@code version} is what submissions refer to;
 * {@code revision} counts every edit, for optimistic locking.
 */
public record QuestionnaireForm(UUID id, String code, QuestionnairePurpose purpose, UUID organizationId, UUID basedOn,
        State state, int version, int revision, String title, String description, List<Question> questions) {

    public enum State { PUBLISHED, ARCHIVED }

    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_QUESTIONS = 60;

    public QuestionnaireForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(title, "title");
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public boolean shipped() {
        return organizationId == null;
    }

    public Optional<Question> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }
}
