package ru.nastavnik.events.pairing;

/** Who mentors whom, as the federal methodology names the forms of mentoring. */
public enum RoleModel {
    /** «учитель – учитель». */
    TEACHER_TEACHER,
    /** «руководитель – учитель». */
    MANAGER_TEACHER,
    /** «ученик – ученик». */
    PUPIL_PUPIL,
    /** «студент – ученик». */
    STUDENT_PUPIL,
    /** «студент – студент». */
    STUDENT_STUDENT,
    /** «работодатель – студент». */
    EMPLOYER_STUDENT
}
