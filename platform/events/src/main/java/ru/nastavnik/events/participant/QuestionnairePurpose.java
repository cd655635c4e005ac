package ru.nastavnik.events.participant;

/** What a questionnaire (анкета) is for. */
public enum QuestionnairePurpose {
    /** Анкета кандидата в наставники: motivation, competencies, preferred forms, readiness. */
    MENTOR_CANDIDATE,
    /** Анкета наставляемого: difficulties, professional requests, expectations. */
    MENTEE,
    /** Анкета участника нетворкинг-встречи: whom one would like as mentor or mentee, ranked. */
    NETWORKING_PREFERENCE
}
