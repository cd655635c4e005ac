package ru.nastavnik.monitoring.domain.indicator;

import java.util.Objects;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.platform.security.Place;

/**
 * An organization (with its municipality and region) and an academic year whose indicator facts an event may have
 * changed; {@code year} null means every year the organization has figures for (a change to its banks).
 */
public record OrganizationYear(Place place, AcademicYear year) {

    public OrganizationYear {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(place.organizationId(), "organizationId");
    }

    public static OrganizationYear everyYear(Place place) {
        return new OrganizationYear(place, null);
    }
}
