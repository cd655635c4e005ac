package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Contests {

    void insert(Contest contest);

    /** Replaces the contest only if the stored version is still {@code expectedVersion}. */
    boolean update(Contest contest, long expectedVersion);

    Optional<Contest> find(UUID id);

    List<Contest> ofRegion(UUID regionId);
}
