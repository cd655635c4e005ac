package ru.nastavnik.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A publication in an organization's «Наставничество» website section: a title, a body in the safe subset of
 * markup, the date it is dated, and its rubric. {@code planEntryId} links it to the content plan entry it fulfils.
 */
public record NewsItem(UUID id, UUID organizationId, UUID municipalityId, UUID regionId, String title, String body,
        LocalDate date, String rubric, UUID planEntryId, long version, Instant updatedAt) {

    /** Checks and cleans what a curator wrote; the field of the first problem is named. */
    public static NewsItem written(UUID id, UUID organizationId, UUID municipalityId, UUID regionId, String title,
            String body, LocalDate date, String rubric, UUID planEntryId, long version, Instant now) {
        String cleanTitle = Texts.plain(title);
        String cleanRubric = Texts.plain(rubric);
        String cleanBody = Texts.rich(body);
        if (cleanTitle.isBlank() || cleanTitle.length() > 300) {
            throw new RuleViolation("VALIDATION_FAILED", "title", "Укажите заголовок новости (до 300 символов).");
        }
        if (cleanBody.isBlank()) {
            throw new RuleViolation("VALIDATION_FAILED", "body", "Новость без текста публиковать нельзя.");
        }
        if (date == null) {
            throw new RuleViolation("VALIDATION_FAILED", "date", "Укажите дату новости.");
        }
        if (cleanRubric.isBlank() || cleanRubric.length() > 100) {
            throw new RuleViolation("VALIDATION_FAILED", "rubric", "Укажите рубрику раздела (до 100 символов).");
        }
        return new NewsItem(id, organizationId, municipalityId, regionId, cleanTitle, cleanBody, date, cleanRubric,
                planEntryId, version, now);
    }
}
