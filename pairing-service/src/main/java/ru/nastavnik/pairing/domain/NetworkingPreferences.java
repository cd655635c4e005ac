package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** Whom people would like as mentor or mentee, from the networking-meeting form. */
public interface NetworkingPreferences {

    record Choice(UUID preferredId, int rank, ProgrammeRole preferredAs) {
    }

    /** Replaces the person's choices with those of their latest form. */
    void replace(UUID personId, List<Choice> choices);

    /** Forgets the person's choices and every choice of them (withdrawal of consent). */
    void erase(UUID personId);
}
