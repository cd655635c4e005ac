package ru.nastavnik.publication.domain;

import java.util.Set;

/** One step of moderation: who takes it (the level), from which statuses, into which status. */
public enum ModerationAction {
    SUBMIT(BankLevel.ORGANIZATION, PracticeStatus.SUBMITTED, false,
            Set.of(PracticeStatus.DRAFT, PracticeStatus.RETURNED_BY_MUNICIPALITY, PracticeStatus.RETURNED_BY_REGION)),
    MUNICIPALITY_ACCEPT(BankLevel.MUNICIPALITY, PracticeStatus.MUNICIPALITY_ACCEPTED, false, Set.of(PracticeStatus.SUBMITTED)),
    MUNICIPALITY_RETURN(BankLevel.MUNICIPALITY, PracticeStatus.RETURNED_BY_MUNICIPALITY, true, Set.of(PracticeStatus.SUBMITTED)),
    REGION_ACCEPT(BankLevel.REGION, PracticeStatus.REGION_ACCEPTED, false, Set.of(PracticeStatus.MUNICIPALITY_ACCEPTED)),
    REGION_RETURN(BankLevel.REGION, PracticeStatus.RETURNED_BY_REGION, true, Set.of(PracticeStatus.MUNICIPALITY_ACCEPTED)),
    PUBLISH(BankLevel.REGION, PracticeStatus.PUBLISHED, false, Set.of(PracticeStatus.REGION_ACCEPTED));

    private final BankLevel actor;
    private final PracticeStatus target;
    private final boolean needsComment;
    private final Set<PracticeStatus> from;

    ModerationAction(BankLevel actor, PracticeStatus target, boolean needsComment, Set<PracticeStatus> from) {
        this.actor = actor;
        this.target = target;
        this.needsComment = needsComment;
        this.from = from;
    }

    /** The level whose people take this step: the school, the municipality or the regional institute. */
    public BankLevel actor() {
        return actor;
    }

    public PracticeStatus target() {
        return target;
    }

    /** A return always says why, so the school knows what to fix. */
    public boolean needsComment() {
        return needsComment;
    }

    public boolean allowedFrom(PracticeStatus status) {
        return from.contains(status);
    }
}
