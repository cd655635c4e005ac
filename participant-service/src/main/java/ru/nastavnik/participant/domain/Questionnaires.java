package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Questionnaire forms and their versions, and the submissions against them. */
public interface Questionnaires {

    /** The current versions of the defaults and the organization's copies that are not archived. */
    List<QuestionnaireForm> visibleTo(UUID organizationId);

    Optional<QuestionnaireForm> current(UUID formId);

    Optional<QuestionnaireForm> version(UUID formId, int version);

    /** Stores a new form with its first version. */
    void add(QuestionnaireForm form, String createdBy);

    /**
     * Stores {@code changed} as the form's current content if the form is still at {@code expectedRevision}:
     * as a new version row when {@code changed.version()} is new, else over the current version. False when stale.
     */
    boolean update(QuestionnaireForm changed, int expectedRevision, String changedBy);

    /** Archives the form (no longer listed nor filled) if it is still at {@code expectedRevision}. False when stale. */
    boolean archive(UUID formId, int expectedRevision);

    void add(QuestionnaireSubmission submission);

    long submissionsOf(UUID formId, int version);

    List<QuestionnaireSubmission> submissionsOfPerson(UUID personId);

    List<QuestionnaireSubmission> submissionsOfOrganization(UUID organizationId);

    /** Clears the person's free-text answers; choices, scales and ranks stay for anonymous counts. */
    void eraseFreeText(UUID personId);
}
