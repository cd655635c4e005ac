package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The bank of practices. Writes store the practice's pending events in the same write as its state. */
public interface Practices {

    void insert(Practice practice);

    /** Stores the change only if the stored version is still {@code expectedVersion}; false otherwise. */
    boolean update(Practice practice, long expectedVersion);

    Optional<Practice> find(UUID id);

    List<Practice> list(PracticeFilter filter);

    /** Ids of the practices that name this person as an author. */
    List<UUID> authoredBy(UUID personId);

    SearchPage<Practice> search(PracticeSearch search);
}
