package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The taxonomy of professional topics: the default ones and each region's additions. */
public interface Taxonomy {

    /** The default topics and those the region added, in the taxonomy's order. */
    List<Topic> visibleIn(UUID regionId);

    Optional<Topic> topic(String code);

    /** Adds the topic unless its code is taken; false if it was. */
    boolean add(Topic topic);
}
