package ru.nastavnik.participant.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What callers send about questionnaires. Types and roles are text so that a wrong value gets a per-field
 * Russian message instead of a parse error.
 */
public final class QuestionnaireInputs {

    private QuestionnaireInputs() {
    }

    /** A copy of a visible form for the organization; the title defaults to the source's. */
    public record CopyInput(UUID sourceFormId, String title) {
    }

    /** The edited content of a copy, made on {@code revision}. */
    public record FormInput(Integer revision, String title, String description, List<QuestionInput> questions) {
    }

    public record QuestionInput(String code, String type, String text, String hint, Boolean required,
            List<OptionInput> options, Integer maxRanks, String rankedRole, Integer maxLength, String minLabel,
            String maxLabel) {
    }

    public record OptionInput(String code, String label) {
    }

    /** Answers by question code, against the exact form version the person saw. */
    public record SubmissionInput(UUID formId, Integer formVersion, Map<String, AnswerInput> answers) {
    }

    /**
     * One answer; only the member of the question's type is set: {@code choice} (SINGLE_CHOICE), {@code choices}
     * (MULTIPLE_CHOICE), {@code scale} (SCALE), {@code text} (FREE_TEXT), {@code ranked} (RANKED_PEOPLE).
     */
    public record AnswerInput(String choice, List<String> choices, Integer scale, String text, List<RankInput> ranked) {
    }

    public record RankInput(UUID personId, Integer rank) {
    }
}
