package ru.nastavnik.participant.domain;

import java.util.List;

/** What a person's topic entry records, with the Russian names of its three levels. */
public enum TopicKind {
    /** A mentee's professional request (профессиональный запрос). */
    REQUEST(List.of("нужна помощь в основах", "нужна помощь в отдельных вопросах", "нужен обмен опытом")),
    /** A mentor's competency or resource (компетенция). */
    COMPETENCY(List.of("базовый", "уверенный", "экспертный"));

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 3;

    private final List<String> levelNames;

    TopicKind(List<String> levelNames) {
        this.levelNames = levelNames;
    }

    public static boolean validLevel(int level) {
        return level >= MIN_LEVEL && level <= MAX_LEVEL;
    }

    public String levelName(int level) {
        if (!validLevel(level)) {
            throw new IllegalArgumentException("level out of range");
        }
        return levelNames.get(level - 1);
    }

    /** The names of levels 1, 2 and 3. */
    public List<String> levelNames() {
        return levelNames;
    }
}
