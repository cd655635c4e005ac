package ru.nastavnik.publication.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.publication.domain.MonitoringResults;
import ru.nastavnik.publication.domain.OrganizationYearResults;
import ru.nastavnik.publication.domain.PublishingOrganization;
import ru.nastavnik.publication.domain.PublishingOrganizations;

/** What the final collection and the thank-you letters share: the academic year asked for and the organization's place. */
final class CollectionRequests {

    /** An organization as the documents name it, with its place for the access rules. */
    record Organization(Place place, String name, String municipalityName) {
    }

    private CollectionRequests() {
    }

    /** «2025-2026» (or «2025/2026»); anything else is a 400. */
    static AcademicYear year(String text) {
        return AcademicYear.parse(text).orElseThrow(() -> ProblemException.invalid(List.of(
                new FieldError("year", "учебный год в виде 2025-2026"))));
    }

    /**
     * The organization's place from participant-service's directory events or, before those arrived, from
     * monitoring's results; unknown to both, it is a 404.
     */
    static Organization organization(PublishingOrganizations organizations, MonitoringResults results, UUID organizationId,
            AcademicYear year) {
        Optional<PublishingOrganization> known = organizations.of(organizationId);
        if (known.isPresent()) {
            PublishingOrganization o = known.get();
            return new Organization(new Place(o.regionId(), o.municipalityId(), organizationId), o.name(), o.municipalityName());
        }
        OrganizationYearResults monitored = results.of(organizationId, year).orElseThrow(
                () -> ProblemException.notFound("ORGANIZATION_NOT_FOUND", "Организация не найдена."));
        return new Organization(new Place(monitored.regionId(), monitored.municipalityId(), organizationId),
                "Образовательная организация", null);
    }

    /** The file name's year: «2025-2026», no slash. */
    static String fileYear(AcademicYear year) {
        return year.startYear() + "-" + (year.startYear() + 1);
    }
}
