package ru.nastavnik.events;

/** One topic per producing service: {@code <service>-events}. */
public final class Topics {

    public static final String PARTICIPANT = "participant-events";
    public static final String PAIRING = "pairing-events";
    public static final String MONITORING = "monitoring-events";
    public static final String PUBLICATION = "publication-events";

    /** Suffix of the dead-letter topic where a consumer parks what it cannot process. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
