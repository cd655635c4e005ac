package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;

import ru.nastavnik.events.AcademicYear;

/**
 * What the final collection (итоговый сборник) of an organization for an academic year holds: its monitoring results
 * (empty until monitoring published any), its practices accepted or published in that year, and their materials.
 */
public record FinalCollection(String organizationName, String municipalityName, AcademicYear year,
        Optional<OrganizationYearResults> results, List<PracticeState> practices) {

    public FinalCollection {
        practices = List.copyOf(practices);
    }
}
