package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organization directory: region → municipality → organization. */
public interface Directory {

    void add(Region region);

    void add(Municipality municipality);

    void add(Organization organization);

    Optional<Region> region(UUID id);

    Optional<Municipality> municipality(UUID id);

    Optional<Organization> organization(UUID id);

    boolean regionNamed(String name);

    boolean municipalityNamed(UUID regionId, String name);

    boolean organizationNamed(UUID municipalityId, String name);

    List<Region> regions();

    List<Municipality> municipalitiesOf(UUID regionId);

    List<Organization> organizationsOf(UUID municipalityId);
}
