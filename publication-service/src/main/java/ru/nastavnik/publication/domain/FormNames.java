package ru.nastavnik.publication.domain;

import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;

/** The Russian names of the forms and formats of mentoring, as feeds and documents show them. */
public final class FormNames {

    private FormNames() {
    }

    /** «учитель – учитель». */
    public static String of(RoleModel form) {
        return switch (form) {
            case TEACHER_TEACHER -> "учитель – учитель";
            case MANAGER_TEACHER -> "руководитель – учитель";
            case PUPIL_PUPIL -> "ученик – ученик";
            case STUDENT_PUPIL -> "студент – ученик";
            case STUDENT_STUDENT -> "студент – студент";
            case EMPLOYER_STUDENT -> "работодатель – студент";
        };
    }

    /** The adjective alone, «традиционное», which reads before «наставничество» or after a form. */
    public static String of(MentoringFormat format) {
        return switch (format) {
            case TRADITIONAL -> "традиционное";
            case SHORT_TERM -> "краткосрочное";
            case SITUATIONAL -> "ситуационное";
            case SPEED -> "скоростное";
            case GROUP -> "групповое";
            case VIRTUAL -> "виртуальное";
            case REVERSE -> "реверсивное";
        };
    }
}
