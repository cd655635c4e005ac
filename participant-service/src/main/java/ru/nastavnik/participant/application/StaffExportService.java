package ru.nastavnik.participant.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.BankPage;
import ru.nastavnik.participant.domain.BankQuery;
import ru.nastavnik.participant.domain.Consent;
import ru.nastavnik.participant.domain.Consents;
import ru.nastavnik.participant.domain.Municipality;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonTopics;
import ru.nastavnik.participant.domain.Taxonomy;
import ru.nastavnik.participant.domain.TopicEntry;
import ru.nastavnik.participant.domain.TopicKind;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * The banks of mentors and mentees as an Excel workbook, for the same callers as the banks themselves (the
 * organization's curator, the municipal curator); every exported person is audited as read. The columns are the
 * import's, so the file can be edited and imported again.
 */
@Service
public class StaffExportService {

    /** A file to download: its Russian name and its bytes. */
    public record Download(String fileName, byte[] content) {
    }

    private static final Map<ParticipantStatus, String> STATUS_WORDS = Map.of(
            ParticipantStatus.CANDIDATE, "кандидат",
            ParticipantStatus.ACTIVE, "участвует в программе",
            ParticipantStatus.IN_PAIR, "в паре",
            ParticipantStatus.COMPLETED, "завершил программу",
            ParticipantStatus.LEFT, "выбыл");

    private final DirectoryService directory;
    private final People people;
    private final PersonTopics topics;
    private final Consents consents;
    private final Taxonomy taxonomy;
    private final PersonalDataAudit audit;

    public StaffExportService(DirectoryService directory, People people, PersonTopics topics, Consents consents,
            Taxonomy taxonomy, PersonalDataAudit audit) {
        this.directory = directory;
        this.people = people;
        this.topics = topics;
        this.consents = consents;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    @Transactional
    public Download ofOrganization(Caller caller, UUID organizationId, String roleName) {
        Organization organization = directory.existingOrganization(organizationId);
        Place place = directory.placeOf(organization);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place),
                "Банк организации доступен её куратору и муниципальному куратору.");
        ProgrammeRole role = role(roleName);
        List<SheetPeople> sheets = sheets(role, r -> new BankQuery(organization.id(), null, r, null, null, null, null, null, 0, 1));
        List<Person> all = sheets.stream().flatMap(s -> s.people().stream()).toList();
        audit.record(caller, all, place, AuditEntry.Action.READ);
        return new Download(fileName(role, organization.name()), write(sheets, null));
    }

    @Transactional
    public Download ofMunicipality(Caller caller, UUID municipalityId, String roleName) {
        Municipality municipality = directory.existingMunicipality(municipalityId);
        Place place = new Place(municipality.regionId(), municipality.id(), null);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place), "Банк муниципалитета доступен муниципальному куратору.");
        ProgrammeRole role = role(roleName);
        List<SheetPeople> sheets = sheets(role, r -> new BankQuery(null, municipality.id(), r, null, null, null, null, null, 0, 1));
        Map<UUID, List<Person>> byOrganization = new LinkedHashMap<>();
        sheets.stream().flatMap(s -> s.people().stream())
                .forEach(p -> byOrganization.computeIfAbsent(p.organizationId(), k -> new ArrayList<>()).add(p));
        Map<UUID, String> names = new HashMap<>();
        byOrganization.forEach((organizationId, found) -> {
            names.put(organizationId, directory.existingOrganization(organizationId).name());
            audit.record(caller, found, new Place(place.regionId(), place.municipalityId(), organizationId), AuditEntry.Action.READ);
        });
        return new Download(fileName(role, municipality.name()), write(sheets, names));
    }

    /** The empty staff list with instructions and the topics of the caller's region. */
    @Transactional(readOnly = true)
    public Download template(Caller caller) {
        return new Download("Шаблон списка сотрудников.xlsx", StaffWorkbooks.template(taxonomy.visibleIn(caller.regionId())));
    }

    private record SheetPeople(String name, List<Person> people) {
    }

    private List<SheetPeople> sheets(ProgrammeRole only, java.util.function.Function<ProgrammeRole, BankQuery> query) {
        List<SheetPeople> sheets = new ArrayList<>();
        for (ProgrammeRole role : List.of(ProgrammeRole.MENTOR_CANDIDATE, ProgrammeRole.MENTEE_CANDIDATE)) {
            if (only != null && only != role) {
                continue;
            }
            BankQuery first = query.apply(role);
            List<Person> found = new ArrayList<>();
            for (int offset = 0; ; offset += BankQuery.MAX_LIMIT) {
                BankPage page = people.search(new BankQuery(first.organizationId(), first.municipalityId(), role, null,
                        null, null, null, null, offset, BankQuery.MAX_LIMIT));
                found.addAll(page.people());
                if (page.people().size() < BankQuery.MAX_LIMIT) {
                    break;
                }
            }
            sheets.add(new SheetPeople(role == ProgrammeRole.MENTOR_CANDIDATE ? "Наставники" : "Наставляемые", found));
        }
        return sheets;
    }

    private byte[] write(List<SheetPeople> sheets, Map<UUID, String> organizationNames) {
        List<UUID> ids = sheets.stream().flatMap(s -> s.people().stream()).map(Person::id).toList();
        Map<UUID, List<TopicEntry>> requests = topics.ofPeople(ids, TopicKind.REQUEST);
        Map<UUID, List<TopicEntry>> competencies = topics.ofPeople(ids, TopicKind.COMPETENCY);
        Map<UUID, Consent> consented = consents.activeOf(ids, ConsentScope.PERSONAL_DATA_PROCESSING);
        List<StaffColumn> columns = new ArrayList<>();
        if (organizationNames != null) {
            columns.add(StaffColumn.ORGANIZATION);
        }
        columns.addAll(StaffColumn.WRITTEN);
        List<StaffWorkbooks.SheetData> data = new ArrayList<>();
        for (SheetPeople sheet : sheets) {
            List<Map<StaffColumn, String>> rows = new ArrayList<>();
            for (Person p : sheet.people()) {
                Map<StaffColumn, String> row = new EnumMap<>(StaffColumn.class);
                if (organizationNames != null) {
                    row.put(StaffColumn.ORGANIZATION, organizationNames.get(p.organizationId()));
                }
                row.put(StaffColumn.FULL_NAME, p.fullName());
                row.put(StaffColumn.POSITION, p.position());
                row.put(StaffColumn.SUBJECTS, p.subjects().isEmpty() ? null : String.join(", ", p.subjects()));
                row.put(StaffColumn.CATEGORY, PersonInputValidator.categoryWord(p.qualificationCategory()));
                row.put(StaffColumn.YEARS, String.valueOf(p.yearsOfExperience()));
                row.put(StaffColumn.EMAIL, p.email());
                row.put(StaffColumn.PHONE, p.phone());
                row.put(StaffColumn.ROLE, PersonInputValidator.roleWord(p.programmeRole()));
                row.put(StaffColumn.REQUESTS, entries(requests.get(p.id())));
                row.put(StaffColumn.COMPETENCIES, entries(competencies.get(p.id())));
                Consent consent = consented.get(p.id());
                if (consent != null) {
                    row.put(StaffColumn.CONSENT_DATE, consent.grantedOn().toString());
                    row.put(StaffColumn.CONSENT_DOCUMENT, consent.documentReference());
                }
                row.put(StaffColumn.STATUS, STATUS_WORDS.getOrDefault(p.status(), p.status().name()));
                rows.add(row);
            }
            data.add(new StaffWorkbooks.SheetData(sheet.name(), columns, rows));
        }
        return StaffWorkbooks.write(data);
    }

    private static String entries(List<TopicEntry> entries) {
        return entries == null || entries.isEmpty() ? null
                : entries.stream().map(e -> e.topicCode() + ":" + e.level()).collect(Collectors.joining("; "));
    }

    private static ProgrammeRole role(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ProgrammeRole.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new FieldError("role", "MENTOR_CANDIDATE или MENTEE_CANDIDATE")));
        }
    }

    private static String fileName(ProgrammeRole role, String placeName) {
        String what = role == null ? "Банки наставников и наставляемых"
                : role == ProgrammeRole.MENTOR_CANDIDATE ? "Банк наставников" : "Банк наставляемых";
        return (what + " — " + placeName).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".xlsx";
    }
}
