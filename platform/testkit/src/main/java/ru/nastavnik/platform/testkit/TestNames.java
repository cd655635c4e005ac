package ru.nastavnik.platform.testkit;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Full names no other test (or demo person) has, made of Cyrillic letters only, so they pass the same checks as a
 * real name while a search of every store for them can only find this test's person.
 */
public final class TestNames {

    private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшэюя";

    private TestNames() {
    }

    /** {@code "<surname> <given names> <Random>"}: the given surname and names with a unique third word. */
    public static String unique(String surnameAndName) {
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return surnameAndName + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
