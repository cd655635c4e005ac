package ru.nastavnik.publication.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Role;
import ru.nastavnik.publication.domain.CollectionDocuments;
import ru.nastavnik.publication.domain.FinalCollection;
import ru.nastavnik.publication.domain.ModerationStep;
import ru.nastavnik.publication.domain.MonitoringResults;
import ru.nastavnik.publication.domain.Practice;
import ru.nastavnik.publication.domain.PracticeFilter;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.PracticeStatus;
import ru.nastavnik.publication.domain.Practices;
import ru.nastavnik.publication.domain.PublishingOrganizations;

/**
 * The final collection (итоговый сборник) of an organization for an academic year, as DOCX and PDF: monitoring's
 * results (the read model of OrganizationResultsRecorded), the organization's practices that a moderator accepted or
 * published in that year, and their materials. Nothing in it names a person beyond the authors as the practices store
 * them (consented names or «Автор»), so every curator level of the organization's place may have it.
 */
@Service
public class FinalCollectionService {

    /** A rendered document and its Russian file name. */
    public record Document(byte[] content, String fileName) {
    }

    /** Accepted by a moderator at least: what a school alone holds is not a result yet. */
    static final Set<PracticeStatus> ACCEPTED = EnumSet.of(PracticeStatus.MUNICIPALITY_ACCEPTED,
            PracticeStatus.REGION_ACCEPTED, PracticeStatus.PUBLISHED);

    private final PublishingOrganizations organizations;
    private final MonitoringResults results;
    private final Practices practices;
    private final CollectionDocuments documents;

    public FinalCollectionService(PublishingOrganizations organizations, MonitoringResults results, Practices practices,
            CollectionDocuments documents) {
        this.organizations = organizations;
        this.results = results;
        this.practices = practices;
        this.documents = documents;
    }

    public Document docx(Caller caller, UUID organizationId, String year) {
        FinalCollection collection = collection(caller, organizationId, year);
        return new Document(documents.collectionDocx(collection), fileName(collection, "docx"));
    }

    public Document pdf(Caller caller, UUID organizationId, String year) {
        FinalCollection collection = collection(caller, organizationId, year);
        return new Document(documents.collectionPdf(collection), fileName(collection, "pdf"));
    }

    FinalCollection collection(Caller caller, UUID organizationId, String yearText) {
        AcademicYear year = CollectionRequests.year(yearText);
        CollectionRequests.Organization organization = CollectionRequests.organization(organizations, results,
                organizationId, year);
        boolean curator = caller.has(Role.SCHOOL_CURATOR) || caller.has(Role.MUNICIPAL_CURATOR)
                || caller.has(Role.REGION_ADMIN);
        AccessPolicy.require(curator && AccessPolicy.canSee(caller, organization.place()),
                "Итоговый сборник организации доступен её куратору, муниципальному куратору и региональному институту.");
        List<PracticeState> ofYear = practices.list(new PracticeFilter(organization.place().regionId(), null,
                        organizationId, null)).stream()
                .map(Practice::state)
                .filter(p -> acceptedOn(p).filter(year::contains).isPresent())
                .sorted(Comparator.comparing((PracticeState p) -> acceptedOn(p).orElseThrow())
                        .thenComparing(p -> p.content().title()))
                .toList();
        return new FinalCollection(organization.name(), organization.municipalityName(), year,
                results.of(organizationId, year), ofYear);
    }

    /**
     * When the practice reached the bank it is in now: its publication date if published, otherwise the day of the
     * moderation step that brought it to its accepted status; empty for a practice no moderator accepted.
     */
    static Optional<LocalDate> acceptedOn(PracticeState practice) {
        if (!ACCEPTED.contains(practice.status())) {
            return Optional.empty();
        }
        if (practice.status() == PracticeStatus.PUBLISHED && practice.publishedOn() != null) {
            return Optional.of(practice.publishedOn());
        }
        return practice.history().stream()
                .filter(step -> step.to() == practice.status())
                .map(ModerationStep::at)
                .max(Comparator.naturalOrder())
                // The same day as Practice dates publications: UTC.
                .map(at -> LocalDate.ofInstant(at, ZoneId.of("UTC")));
    }

    private static String fileName(FinalCollection collection, String extension) {
        return "Итоговый сборник " + CollectionRequests.fileYear(collection.year()) + "." + extension;
    }
}
