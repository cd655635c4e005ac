package ru.nastavnik.participant.domain;

import java.util.Locale;

/** Comparing Russian full names as people write them: case, «ё»/«е» and spacing do not make another person. */
public final class PersonName {

    private PersonName() {
    }

    public static String normalize(String fullName) {
        return fullName.strip().replace('ё', 'е').replace('Ё', 'Е').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
