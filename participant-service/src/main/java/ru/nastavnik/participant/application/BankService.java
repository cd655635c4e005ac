package ru.nastavnik.participant.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.BankPage;
import ru.nastavnik.participant.domain.BankQuery;
import ru.nastavnik.participant.domain.Municipality;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.Taxonomy;
import ru.nastavnik.participant.domain.Topic;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * The banks of mentors and mentees with filters and search: one organization's (its curator, the municipal
 * curator) or a whole municipality's (the municipal curator, for network mentoring). Each person shown is audited.
 */
@Service
public class BankService {

    /** The filters as they arrive in the query string; any may be blank or wrong until checked. */
    public record Filters(String role, String status, String category, String topic, String consent, String q,
            Integer page, Integer size) {
    }

    private final DirectoryService directory;
    private final People people;
    private final Taxonomy taxonomy;
    private final PersonalDataAudit audit;

    public BankService(DirectoryService directory, People people, Taxonomy taxonomy, PersonalDataAudit audit) {
        this.directory = directory;
        this.people = people;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    @Transactional
    public BankPage ofOrganization(Caller caller, UUID organizationId, Filters filters) {
        Organization organization = directory.existingOrganization(organizationId);
        Place place = directory.placeOf(organization);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place),
                "Банк организации доступен её куратору и муниципальному куратору.");
        BankPage page = people.search(query(organization.id(), null, filters, place.regionId()));
        audit.record(caller, page.people(), place, AuditEntry.Action.READ);
        return page;
    }

    @Transactional
    public BankPage ofMunicipality(Caller caller, UUID municipalityId, Filters filters) {
        Municipality municipality = directory.existingMunicipality(municipalityId);
        Place place = new Place(municipality.regionId(), municipality.id(), null);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place),
                "Банк муниципалитета доступен муниципальному куратору.");
        BankPage page = people.search(query(null, municipality.id(), filters, place.regionId()));
        // Audited per organization, so each curator's trail shows who looked at their people.
        Map<UUID, List<Person>> byOrganization = new LinkedHashMap<>();
        page.people().forEach(p -> byOrganization.computeIfAbsent(p.organizationId(), k -> new ArrayList<>()).add(p));
        byOrganization.forEach((organizationId, found) -> audit.record(caller, found,
                new Place(place.regionId(), place.municipalityId(), organizationId), AuditEntry.Action.READ));
        return page;
    }

    private BankQuery query(UUID organizationId, UUID municipalityId, Filters f, UUID regionId) {
        List<FieldError> errors = new ArrayList<>();
        ProgrammeRole role = parse(ProgrammeRole.class, f.role(), "role", errors);
        ParticipantStatus status = parse(ParticipantStatus.class, f.status(), "status", errors);
        QualificationCategory category = parse(QualificationCategory.class, f.category(), "category", errors);
        String topic = blank(f.topic()) ? null : f.topic().strip();
        if (topic != null && taxonomy.visibleIn(regionId).stream().map(Topic::code).noneMatch(topic::equals)) {
            errors.add(new FieldError("topic", "такой темы нет в справочнике"));
        }
        Boolean consent = null;
        if (!blank(f.consent())) {
            switch (f.consent().strip()) {
                case "true" -> consent = true;
                case "false" -> consent = false;
                default -> errors.add(new FieldError("consent", "true или false"));
            }
        }
        String q = blank(f.q()) ? null : f.q().strip();
        if (q != null && q.length() > 100) {
            errors.add(new FieldError("q", "не длиннее 100 символов"));
        }
        int size = f.size() == null ? 50 : f.size();
        int page = f.page() == null ? 0 : f.page();
        if (size < 1 || size > BankQuery.MAX_LIMIT) {
            errors.add(new FieldError("size", "от 1 до " + BankQuery.MAX_LIMIT));
        }
        if (page < 0) {
            errors.add(new FieldError("page", "не меньше 0"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new BankQuery(organizationId, municipalityId, role, status, category, topic, consent, q, page * size, size);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "неизвестное значение «" + value.strip() + "»"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
