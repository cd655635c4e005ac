package ru.nastavnik.pairing.application;

import java.util.UUID;

/** What the curator sends to change a pair: every field may be missing or wrong until checked. */
public final class PairCommands {

    private PairCommands() {
    }

    /** A participant's written consent to take part in the pair. */
    public record RecordConsent(UUID participantId, String signedOn, String documentRef, Integer version) {
    }

    public record Dissolve(String dissolvedOn, String reason, String note, Integer version) {
    }

    /** A mentee leaves, another joins; the newcomer's written consent comes with the change. */
    public record ReplaceMentee(UUID leavingMenteeId, UUID joiningMenteeId, String changedOn, String reason,
            String consentSignedOn, String consentDocumentRef, Integer version) {
    }

    /** Another mentor takes the pair or group; their written consent comes with the change. */
    public record ReplaceMentor(UUID newMentorId, String changedOn, String reason, String consentSignedOn,
            String consentDocumentRef, Integer version) {
    }
}
