package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import ru.nastavnik.events.participant.ProgrammeRole;

/**
 * One question of a form version, as data. Options carry stable codes (answers and events use the codes, never
 * the labels); {@code maxRanks} and {@code rankedRole} apply to RANKED_PEOPLE, {@code maxLength} to FREE_TEXT,
 * {@code minLabel}/{@code maxLabel} to SCALE.
 */
public record Question(String code, QuestionType type, String text, String hint, boolean required,
        List<Option> options, Integer maxRanks, ProgrammeRole rankedRole, Integer maxLength, String minLabel,
        String maxLabel) {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,59}";
    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 10;
    public static final int DEFAULT_MAX_LENGTH = 2000;
    public static final int LIMIT_MAX_LENGTH = 4000;
    public static final int LIMIT_RANKS = 10;

    public record Option(String code, String label) {
        public Option {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<Option> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    public int textLimit() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    public int rankLimit() {
        return maxRanks == null ? 3 : maxRanks;
    }
}
