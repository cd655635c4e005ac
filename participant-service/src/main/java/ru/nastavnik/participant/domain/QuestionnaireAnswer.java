package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** One validated answer: option codes, a scale value, text, or ranked people, by the question's type. */
public record QuestionnaireAnswer(String questionCode, QuestionType type, List<String> choices, Integer scale,
        String text, ProgrammeRole rankedRole, List<Ranked> ranked) {

    /** A person chosen with a rank; 1 is the first choice. */
    public record Ranked(UUID personId, int rank) {
        public Ranked {
            Objects.requireNonNull(personId, "personId");
        }
    }

    public QuestionnaireAnswer {
        Objects.requireNonNull(questionCode, "questionCode");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
        ranked = ranked == null ? List.of() : List.copyOf(ranked);
    }
}
