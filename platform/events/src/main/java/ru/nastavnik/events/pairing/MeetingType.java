package ru.nastavnik.events.pairing;

/** Meetings of a pair or group in the order the target model names them. */
public enum MeetingType {
    /** Встреча-знакомство. */
    ACQUAINTANCE,
    /** Пробная встреча. */
    TRIAL,
    /** Встреча-планирование. */
    PLANNING,
    /** Рабочая встреча. */
    WORKING,
    /** Итоговая встреча. */
    FINAL
}
