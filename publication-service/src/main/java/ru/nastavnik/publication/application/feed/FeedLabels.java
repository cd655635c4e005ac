package ru.nastavnik.publication.application.feed;

import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;

/** The Russian names of the forms of mentoring, as feeds show them as categories. */
final class FeedLabels {

    private FeedLabels() {
    }

    static String of(RoleModel form) {
        return switch (form) {
            case TEACHER_TEACHER -> "учитель – учитель";
            case MANAGER_TEACHER -> "руководитель – учитель";
            case PUPIL_PUPIL -> "ученик – ученик";
            case STUDENT_PUPIL -> "студент – ученик";
            case STUDENT_STUDENT -> "студент – студент";
            case EMPLOYER_STUDENT -> "работодатель – студент";
        };
    }

    static String of(MentoringFormat format) {
        return switch (format) {
            case TRADITIONAL -> "традиционное наставничество";
            case SHORT_TERM -> "краткосрочное наставничество";
            case SITUATIONAL -> "ситуационное наставничество";
            case SPEED -> "скоростное наставничество";
            case GROUP -> "групповое наставничество";
            case VIRTUAL -> "виртуальное наставничество";
            case REVERSE -> "реверсивное наставничество";
        };
    }
}
