package ru.nastavnik.pairing.domain;

import java.util.UUID;

/** How many mentees each mentor takes at once (1 unless the curator set more). */
public interface MentorCapacities {

    int DEFAULT = 1;
    int MAX = 10;

    int of(UUID mentorId);

    void set(UUID mentorId, int capacity);
}
