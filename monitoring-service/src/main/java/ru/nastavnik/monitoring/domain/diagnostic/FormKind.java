package ru.nastavnik.monitoring.domain.diagnostic;

/** The forms of the methodology: who answers them and at which stage. */
public enum FormKind {
    MENTOR_COMPETENCIES(Stage.QUARTERLY, Respondent.MENTOR),
    MENTEE_NEEDS(Stage.QUARTERLY, Respondent.MENTEE),
    MENTOR_SATISFACTION(Stage.PROGRAMME_END, Respondent.MENTOR),
    MENTEE_SATISFACTION(Stage.PROGRAMME_END, Respondent.MENTEE),
    PROGRAMME_QUALITY(Stage.PROGRAMME_END, Respondent.CURATOR);

    private final Stage stage;
    private final Respondent respondent;

    FormKind(Stage stage, Respondent respondent) {
        this.stage = stage;
        this.respondent = respondent;
    }

    public Stage stage() {
        return stage;
    }

    public Respondent respondent() {
        return respondent;
    }

    /** The quarterly form a respondent owes, if any. */
    public static java.util.Optional<FormKind> quarterlyFor(Respondent respondent) {
        return java.util.Arrays.stream(values()).filter(k -> k.stage == Stage.QUARTERLY && k.respondent == respondent)
                .findFirst();
    }
}
