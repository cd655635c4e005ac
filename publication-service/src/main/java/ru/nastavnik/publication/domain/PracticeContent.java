package ru.nastavnik.publication.domain;

import java.util.List;

import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;

/**
 * What a practice says: the versioned text. Built from user input only through {@link #sanitized}, so nothing
 * unsafe is ever stored or shown.
 */
public record PracticeContent(String title, String summary, RoleModel form, MentoringFormat format, String audience,
        List<String> subjects, String problem, String solution, String results, List<ResultFigure> figures,
        List<String> tags) {

    public PracticeContent {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        figures = figures == null ? List.of() : List.copyOf(figures);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** This content as a user wrote it, made safe (see the other factory). */
    public PracticeContent sanitized() {
        return sanitized(title, summary, form, format, audience, subjects, problem, solution, results, figures, tags);
    }

    /**
     * Content as a user wrote it, made safe: plain fields lose all markup, the problem, solution and results keep
     * only the safe subset. Stored content is already safe and is read back as it is.
     */
    public static PracticeContent sanitized(String title, String summary, RoleModel form, MentoringFormat format,
            String audience, List<String> subjects, String problem, String solution, String results,
            List<ResultFigure> figures, List<String> tags) {
        return new PracticeContent(Texts.plain(title), Texts.plain(summary), form, format, Texts.plain(audience),
                Texts.plain(subjects), Texts.rich(problem), Texts.rich(solution), Texts.rich(results),
                figures == null ? List.of()
                        : figures.stream().filter(f -> f != null)
                                .map(f -> new ResultFigure(Texts.plain(f.label()), f.value(), Texts.plain(f.unit()))).toList(),
                Texts.plain(tags));
    }
}
