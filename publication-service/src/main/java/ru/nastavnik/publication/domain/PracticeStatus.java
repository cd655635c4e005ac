package ru.nastavnik.publication.domain;

/**
 * Where a practice is on its way from the school to the regional bank. The school edits a draft or a returned
 * practice and submits it; the municipality accepts or returns what was submitted; the regional institute accepts or
 * returns what the municipality accepted, and publishes what it accepted.
 */
public enum PracticeStatus {
    DRAFT(BankLevel.ORGANIZATION),
    SUBMITTED(BankLevel.ORGANIZATION),
    RETURNED_BY_MUNICIPALITY(BankLevel.ORGANIZATION),
    MUNICIPALITY_ACCEPTED(BankLevel.MUNICIPALITY),
    RETURNED_BY_REGION(BankLevel.MUNICIPALITY),
    REGION_ACCEPTED(BankLevel.REGION),
    PUBLISHED(BankLevel.REGION);

    private final BankLevel level;

    PracticeStatus(BankLevel level) {
        this.level = level;
    }

    /** The bank the practice belongs to in this status: the highest level that accepted it. */
    public BankLevel level() {
        return level;
    }

    /** Only the school changes the text, and only while no moderator holds the practice. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED_BY_MUNICIPALITY || this == RETURNED_BY_REGION;
    }
}
