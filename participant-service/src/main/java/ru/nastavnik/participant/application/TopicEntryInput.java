package ru.nastavnik.participant.application;

/** One request or competency as sent: any field may be missing or wrong until checked. */
public record TopicEntryInput(String topicCode, Integer level, String comment) {
}
