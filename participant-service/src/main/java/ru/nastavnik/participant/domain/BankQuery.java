package ru.nastavnik.participant.domain;

import java.util.UUID;

import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;

/**
 * A search of a bank: the people of one organization or of a whole municipality (network mentoring), narrowed by
 * role, status, qualification category, a taxonomy topic among requests or competencies, consent, and a piece of
 * the name, position or subject. Null filters do not narrow.
 */
public record BankQuery(UUID organizationId, UUID municipalityId, ProgrammeRole role, ParticipantStatus status,
        QualificationCategory category, String topicCode, Boolean consented, String text, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public BankQuery {
        if ((organizationId == null) == (municipalityId == null)) {
            throw new IllegalArgumentException("exactly one of organizationId and municipalityId");
        }
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset/limit out of range");
        }
        text = text == null || text.isBlank() ? null : PersonName.normalize(text);
    }
}
