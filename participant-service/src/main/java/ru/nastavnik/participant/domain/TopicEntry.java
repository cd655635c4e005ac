package ru.nastavnik.participant.domain;

import java.util.Objects;

/** One of a person's requests or competencies: a taxonomy topic, a level 1–3 and an optional comment. */
public record TopicEntry(String topicCode, int level, String comment) {

    public static final int MAX_COMMENT = 1000;

    public TopicEntry {
        Objects.requireNonNull(topicCode, "topicCode");
        if (!TopicKind.validLevel(level)) {
            throw new IllegalArgumentException("level out of range");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment too long");
        }
    }
}
