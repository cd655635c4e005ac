package ru.nastavnik.participant.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.participant.application.StaffListRejected.RowError;
import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.Consent;
import ru.nastavnik.participant.domain.Consents;
import ru.nastavnik.participant.domain.ImportJob;
import ru.nastavnik.participant.domain.ImportJobs;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonDetails;
import ru.nastavnik.participant.domain.PersonName;
import ru.nastavnik.participant.domain.PersonTopics;
import ru.nastavnik.participant.domain.RoleInYear;
import ru.nastavnik.participant.domain.Taxonomy;
import ru.nastavnik.participant.domain.Topic;
import ru.nastavnik.participant.domain.TopicEntry;
import ru.nastavnik.participant.domain.TopicKind;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * Imports a staff list into an organization's banks. Every row is checked by {@link PersonInputValidator} (the same
 * rules as the portal's form) plus the list's own: formulas, dates, taxonomy topics, duplicates inside the file. A dry
 * run reports every bad row and writes nothing; a real run refuses (422, nothing written) unless the file is clean,
 * then writes all rows in one transaction, in JDBC batches: new people are registered, people already in the bank
 * (same e-mail, else same name in the organization) are updated if anything changed, and each is audited and
 * announced exactly as a single registration or edit is.
 */
@Service
public class StaffImportService {

    private static final Logger log = LoggerFactory.getLogger(StaffImportService.class);

    /** What a run found or did; {@code jobId} is null for a dry run. */
    public record Report(int rowsTotal, int toCreate, int toUpdate, int unchanged, List<RowError> errors, UUID jobId) {
    }

    /** The uploaded file as received. */
    public record Upload(String fileName, String contentType, byte[] bytes) {
    }

    private static final int CHUNK = 1000;
    private static final LocalDate EARLIEST_CONSENT = LocalDate.of(2000, 1, 1);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final DirectoryService directory;
    private final People people;
    private final PersonTopics topics;
    private final Consents consents;
    private final Taxonomy taxonomy;
    private final ImportJobs jobs;
    private final PersonalDataAudit audit;
    private final ParticipantAnnouncements announcements;
    private final IntegrationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("staff-import").daemon(true).factory());

    public StaffImportService(DirectoryService directory, People people, PersonTopics topics, Consents consents,
            Taxonomy taxonomy, ImportJobs jobs, PersonalDataAudit audit, ParticipantAnnouncements announcements,
            IntegrationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.directory = directory;
        this.people = people;
        this.topics = topics;
        this.consents = consents;
        this.taxonomy = taxonomy;
        this.jobs = jobs;
        this.audit = audit;
        this.announcements = announcements;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    /** Checks the file and says what a real run would do; writes nothing. */
    public Report dryRun(Caller caller, UUID organizationId, Upload upload) {
        return plan(caller, organizationId, upload).report(null);
    }

    /** Imports the file now, in one transaction; 422 with every bad row and nothing written unless it is clean. */
    public Report run(Caller caller, UUID organizationId, Upload upload) {
        Plan plan = cleanPlan(caller, organizationId, upload);
        ImportJob job = startJob(caller, plan, upload);
        write(caller, plan, job.id());
        return plan.report(job.id());
    }

    /** Checks the file now (422 unless clean) and writes it in the background; the job shows the progress. */
    public ImportJob start(Caller caller, UUID organizationId, Upload upload) {
        Plan plan = cleanPlan(caller, organizationId, upload);
        ImportJob job = startJob(caller, plan, upload);
        background.submit(() -> {
            try {
                write(caller, plan, job.id());
            } catch (RuntimeException e) {
                log.warn("Staff-list import {} failed: {}", job.id(), e.getClass().getName());
            }
        });
        return job;
    }

    public ImportJob job(Caller caller, UUID jobId) {
        ImportJob job = jobs.job(jobId).orElseThrow(() -> ProblemException.notFound("IMPORT_JOB_NOT_FOUND", "Импорт не найден."));
        Place place = directory.placeOf(job.organizationId());
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place) || job.startedBy().equals(caller.username()),
                "Ход импорта видят куратор организации и муниципальный куратор.");
        return job;
    }

    // ---- checking ----

    private Plan cleanPlan(Caller caller, UUID organizationId, Upload upload) {
        Plan plan = plan(caller, organizationId, upload);
        if (!plan.errors.isEmpty()) {
            throw new StaffListRejected(HttpStatus.UNPROCESSABLE_CONTENT, "STAFF_LIST_INVALID",
                    "В списке есть ошибки (" + plan.errors.size() + "): ничего не импортировано. Исправьте строки и загрузите файл снова.",
                    plan.errors);
        }
        return plan;
    }

    private Plan plan(Caller caller, UUID organizationId, Upload upload) {
        Organization organization = directory.existingOrganization(organizationId);
        Place place = directory.placeOf(organization);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place),
                "Импортировать список сотрудников может куратор организации или муниципальный куратор.");
        List<StaffTable> tables = StaffListReader.read(upload.bytes(), upload.fileName(), upload.contentType());
        Plan plan = new Plan(place);
        Topics known = new Topics(taxonomy.visibleIn(place.regionId()));
        List<Candidate> candidates = new ArrayList<>();
        for (StaffTable table : tables) {
            for (StaffTable.Row row : table.rows()) {
                plan.rowsTotal++;
                Candidate candidate = candidate(table, row, known, organization.name(), plan.errors);
                if (candidate != null) {
                    candidates.add(candidate);
                }
            }
        }
        List<Candidate> unique = withoutDuplicates(candidates, plan.errors);
        match(organization.id(), unique, plan);
        plan.errors.sort(java.util.Comparator.comparingInt((RowError e) -> tables.stream().map(StaffTable::sheet).toList()
                .indexOf(e.sheet())).thenComparingInt(RowError::row));
        return plan;
    }

    /** The row's checked values, or null after adding every reason it is wrong to {@code errors}. */
    private Candidate candidate(StaffTable table, StaffTable.Row row, Topics known, String organizationName,
            List<RowError> errors) {
        List<RowError> found = new ArrayList<>();
        Set<StaffColumn> bad = EnumSet.noneOf(StaffColumn.class);
        for (Map.Entry<StaffColumn, Integer> column : table.columns().entrySet()) {
            String cell = row.cell(column.getValue());
            if (row.formula(column.getValue()) || (cell != null && cell.strip().startsWith("="))) {
                found.add(error(table, row, column.getKey(), "формулы не допускаются"));
                bad.add(column.getKey());
            }
        }
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cell(i) != null && (i >= table.headers().size() || table.headers().get(i).isEmpty())) {
                found.add(new RowError(table.sheet(), row.number(), "столбец " + (i + 1), "значение в столбце без заголовка"));
            }
        }
        // A municipality's export names each row's organization: only this organization's rows belong here.
        String rowOrganization = value(table, row, StaffColumn.ORGANIZATION, bad);
        if (rowOrganization != null && !rowOrganization.strip().equalsIgnoreCase(organizationName.strip())) {
            found.add(error(table, row, StaffColumn.ORGANIZATION,
                    "строка другой организации: импортируйте её в банк той организации"));
        }
        StaffColumn nameColumn = table.has(StaffColumn.FULL_NAME) ? StaffColumn.FULL_NAME : StaffColumn.LAST_NAME;
        String fullName;
        if (table.has(StaffColumn.FULL_NAME)) {
            fullName = value(table, row, StaffColumn.FULL_NAME, bad);
        } else {
            fullName = java.util.stream.Stream.of(StaffColumn.LAST_NAME, StaffColumn.FIRST_NAME, StaffColumn.PATRONYMIC)
                    .map(c -> value(table, row, c, bad)).filter(v -> v != null && !v.isBlank()).map(String::strip)
                    .collect(Collectors.joining(" "));
        }
        boolean nameBad = bad.contains(StaffColumn.FULL_NAME) || bad.contains(StaffColumn.LAST_NAME)
                || bad.contains(StaffColumn.FIRST_NAME) || bad.contains(StaffColumn.PATRONYMIC);
        String subjects = value(table, row, StaffColumn.SUBJECTS, bad);
        PersonInputValidator.Result checked = PersonInputValidator.validate(new PersonInput(fullName,
                value(table, row, StaffColumn.POSITION, bad), subjects == null ? null : List.of(subjects),
                value(table, row, StaffColumn.CATEGORY, bad), value(table, row, StaffColumn.YEARS, bad),
                value(table, row, StaffColumn.EMAIL, bad), value(table, row, StaffColumn.PHONE, bad),
                value(table, row, StaffColumn.ROLE, bad)));
        for (FieldError e : checked.errors()) {
            StaffColumn column = switch (e.field()) {
                case "fullName" -> nameColumn;
                case "position" -> StaffColumn.POSITION;
                case "subjects" -> StaffColumn.SUBJECTS;
                case "qualificationCategory" -> StaffColumn.CATEGORY;
                case "yearsOfExperience" -> StaffColumn.YEARS;
                case "email" -> StaffColumn.EMAIL;
                case "phone" -> StaffColumn.PHONE;
                default -> StaffColumn.ROLE;
            };
            if (!bad.contains(column) && !(column == nameColumn && nameBad)) {
                found.add(error(table, row, column, e.message()));
            }
        }
        List<TopicEntry> requests = entries(table, row, StaffColumn.REQUESTS, bad, known, found);
        List<TopicEntry> competencies = entries(table, row, StaffColumn.COMPETENCIES, bad, known, found);
        LocalDate consentDate = null;
        String consentDocument = null;
        if (table.has(StaffColumn.CONSENT_DATE)) {
            String date = value(table, row, StaffColumn.CONSENT_DATE, bad);
            String document = value(table, row, StaffColumn.CONSENT_DOCUMENT, bad);
            boolean dateGiven = date != null && !date.isBlank();
            boolean documentGiven = document != null && !document.isBlank();
            if (dateGiven && !documentGiven && !bad.contains(StaffColumn.CONSENT_DOCUMENT)) {
                found.add(error(table, row, StaffColumn.CONSENT_DOCUMENT, "укажите реквизиты письменного согласия к его дате"));
            } else if (documentGiven && !dateGiven && !bad.contains(StaffColumn.CONSENT_DATE)) {
                found.add(error(table, row, StaffColumn.CONSENT_DATE, "укажите дату согласия к его реквизитам"));
            } else if (dateGiven && documentGiven) {
                consentDate = consentDate(table, row, date.strip(), found);
                consentDocument = document.strip().replaceAll("\\s+", " ");
                if (consentDocument.length() > Consent.MAX_DOCUMENT_REFERENCE) {
                    found.add(error(table, row, StaffColumn.CONSENT_DOCUMENT, "не длиннее 300 символов"));
                }
            }
        }
        if (!found.isEmpty()) {
            errors.addAll(found);
            return null;
        }
        return new Candidate(table, row, checked.details(), requests, competencies, consentDate, consentDocument);
    }

    private static String value(StaffTable table, StaffTable.Row row, StaffColumn column, Set<StaffColumn> bad) {
        Integer index = table.columns().get(column);
        return index == null || bad.contains(column) ? null : row.cell(index);
    }

    private static RowError error(StaffTable table, StaffTable.Row row, StaffColumn column, String reason) {
        return new RowError(table.sheet(), row.number(), table.header(column), reason);
    }

    /** «DIGITAL_TOOLS:2; Классное руководство»: codes or names of the taxonomy, each with an optional level 1–3. */
    private static List<TopicEntry> entries(StaffTable table, StaffTable.Row row, StaffColumn column, Set<StaffColumn> bad,
            Topics known, List<RowError> found) {
        if (!table.has(column) || bad.contains(column)) {
            return null;
        }
        String cell = value(table, row, column, bad);
        List<TopicEntry> entries = new ArrayList<>();
        if (cell == null) {
            return entries;
        }
        Set<String> seen = new HashSet<>();
        for (String item : cell.split("[;\\n]")) {
            String text = item.strip();
            if (text.isEmpty()) {
                continue;
            }
            int level = 1;
            int colon = text.lastIndexOf(':');
            if (colon >= 0) {
                String levelText = text.substring(colon + 1).strip();
                text = text.substring(0, colon).strip();
                if (!levelText.matches("[1-3]")) {
                    found.add(error(table, row, column, "уровень после двоеточия — 1, 2 или 3 («" + shorten(text) + "»)"));
                    continue;
                }
                level = Integer.parseInt(levelText);
            }
            Topic topic = known.find(text);
            if (topic == null) {
                found.add(error(table, row, column, "неизвестная тема «" + shorten(text)
                        + "»: укажите код или название из справочника (см. шаблон)"));
            } else if (!seen.add(topic.code())) {
                found.add(error(table, row, column, "тема «" + topic.name() + "» указана дважды"));
            } else {
                entries.add(new TopicEntry(topic.code(), level, null));
            }
        }
        return entries;
    }

    private LocalDate consentDate(StaffTable table, StaffTable.Row row, String text, List<RowError> found) {
        LocalDate date = null;
        for (DateTimeFormatter format : List.of(ISO, RUSSIAN)) {
            try {
                date = LocalDate.parse(text, format);
                break;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        if (date == null) {
            boolean looksLikeDate = text.matches("\\d{4}-\\d{1,2}-\\d{1,2}") || text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
            found.add(error(table, row, StaffColumn.CONSENT_DATE,
                    looksLikeDate ? "такой даты не существует" : "дата в формате ДД.ММ.ГГГГ"));
            return null;
        }
        if (date.isBefore(EARLIEST_CONSENT)) {
            found.add(error(table, row, StaffColumn.CONSENT_DATE, "не раньше 01.01.2000"));
            return null;
        }
        if (PastDates.isFuture(date, clock)) {
            found.add(error(table, row, StaffColumn.CONSENT_DATE, "не может быть в будущем"));
            return null;
        }
        return date;
    }

    /** Rows naming the same person twice (same name, or same e-mail) are all reported; the others go on. */
    private static List<Candidate> withoutDuplicates(List<Candidate> candidates, List<RowError> errors) {
        Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        Map<String, List<Candidate>> byEmail = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byName.computeIfAbsent(PersonName.normalize(c.details.fullName()), k -> new ArrayList<>()).add(c);
            if (c.details.email() != null) {
                byEmail.computeIfAbsent(c.details.email(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<Candidate> duplicated = new HashSet<>();
        for (List<Candidate> same : byName.values()) {
            if (same.size() > 1) {
                for (Candidate c : same) {
                    duplicated.add(c);
                    StaffColumn column = c.table.has(StaffColumn.FULL_NAME) ? StaffColumn.FULL_NAME : StaffColumn.LAST_NAME;
                    errors.add(error(c.table, c.row, column, "такие же ФИО в " + others(c, same)));
                }
            }
        }
        for (List<Candidate> same : byEmail.values()) {
            if (same.size() > 1) {
                for (Candidate c : same) {
                    duplicated.add(c);
                    errors.add(error(c.table, c.row, StaffColumn.EMAIL, "такой же адрес эл. почты в " + others(c, same)));
                }
            }
        }
        return candidates.stream().filter(c -> !duplicated.contains(c)).toList();
    }

    private static String others(Candidate self, List<Candidate> same) {
        List<String> rows = same.stream().filter(c -> c != self)
                .map(c -> c.table.sheet() == null || c.table == self.table ? String.valueOf(c.row.number())
                        : c.row.number() + " (лист «" + c.table.sheet() + "»)")
                .toList();
        return (rows.size() == 1 ? "строке " : "строках ") + String.join(", ", rows);
    }

    /** Finds each row's person in the bank and decides: create, update or leave unchanged. */
    private void match(UUID organizationId, List<Candidate> candidates, Plan plan) {
        List<Person> ofOrganization = people.ofOrganization(organizationId);
        Map<String, Person> byName = new HashMap<>();
        Set<UUID> here = new HashSet<>();
        for (Person p : ofOrganization) {
            byName.putIfAbsent(p.normalizedName(), p);
            here.add(p.id());
        }
        Map<String, Person> byEmail = new HashMap<>();
        people.withEmails(candidates.stream().map(c -> c.details.email()).filter(e -> e != null).collect(Collectors.toSet()))
                .forEach(p -> byEmail.put(p.email().toLowerCase(Locale.ROOT), p));
        Map<Candidate, Person> matched = new LinkedHashMap<>();
        Set<UUID> claimed = new HashSet<>();
        for (Candidate c : candidates) {
            Person sameEmail = c.details.email() == null ? null : byEmail.get(c.details.email());
            Person sameName = byName.get(PersonName.normalize(c.details.fullName()));
            if (sameEmail != null && sameName != null && !sameEmail.id().equals(sameName.id())) {
                plan.errors.add(error(c.table, c.row, c.nameColumn(),
                        "в организации уже есть другой человек с такими ФИО (адрес эл. почты у него другой)"));
                continue;
            }
            Person found = sameEmail != null ? sameEmail : sameName;
            if (found == null) {
                plan.creates.add(c);
                continue;
            }
            if (!here.contains(found.id())) {
                plan.errors.add(error(c.table, c.row, StaffColumn.EMAIL,
                        "этот адрес эл. почты уже у человека другой организации; добавьте ему место работы в карточке"));
                continue;
            }
            if (!claimed.add(found.id())) {
                plan.errors.add(error(c.table, c.row, c.nameColumn(), "другая строка файла описывает того же человека"));
                continue;
            }
            matched.put(c, found);
        }
        Set<UUID> ids = matched.values().stream().map(Person::id).collect(Collectors.toSet());
        Map<UUID, List<TopicEntry>> requests = topics.ofPeople(ids, TopicKind.REQUEST);
        Map<UUID, List<TopicEntry>> competencies = topics.ofPeople(ids, TopicKind.COMPETENCY);
        Map<UUID, Consent> consented = consents.activeOf(ids, ConsentScope.PERSONAL_DATA_PROCESSING);
        matched.forEach((c, existing) -> {
            PersonDetails merged = c.mergedWith(existing.details());
            boolean detailsChanged = !merged.equals(existing.details());
            List<TopicEntry> newRequests = changed(c.requests, requests.getOrDefault(existing.id(), List.of()));
            List<TopicEntry> newCompetencies = changed(c.competencies, competencies.getOrDefault(existing.id(), List.of()));
            boolean grant = c.consentDate != null && !consented.containsKey(existing.id());
            if (!detailsChanged && newRequests == null && newCompetencies == null && !grant) {
                plan.unchanged++;
                return;
            }
            if (!existing.organizationId().equals(organizationId)) {
                plan.errors.add(error(c.table, c.row, c.nameColumn(),
                        "человек из другой организации: его данные меняет куратор основной организации"));
                return;
            }
            plan.updates.add(new Update(c, existing, detailsChanged ? existing.with(merged) : null, newRequests,
                    newCompetencies, grant));
        });
    }

    /** The new entries if they differ from the stored ones (by topic and level; comments of kept topics stay), else null. */
    private static List<TopicEntry> changed(List<TopicEntry> given, List<TopicEntry> stored) {
        if (given == null) {
            return null;
        }
        List<String> a = given.stream().map(e -> e.topicCode() + ":" + e.level()).toList();
        List<String> b = stored.stream().map(e -> e.topicCode() + ":" + e.level()).toList();
        if (a.equals(b)) {
            return null;
        }
        Map<String, String> comments = stored.stream().filter(e -> e.comment() != null)
                .collect(Collectors.toMap(TopicEntry::topicCode, TopicEntry::comment, (x, y) -> x));
        return given.stream().map(e -> new TopicEntry(e.topicCode(), e.level(), comments.get(e.topicCode()))).toList();
    }

    // ---- writing ----

    private ImportJob startJob(Caller caller, Plan plan, Upload upload) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? null : upload.fileName().strip();
        if (name != null && name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        ImportJob job = ImportJob.started(UUID.randomUUID(), plan.place.organizationId(), name, sha256(upload.bytes()),
                plan.rowsTotal, clock.instant(), caller.username());
        separately.executeWithoutResult(status -> jobs.add(job));
        return job;
    }

    private void write(Caller caller, Plan plan, UUID jobId) {
        try {
            transaction.executeWithoutResult(status -> {
                int processed = plan.unchanged;
                for (int from = 0; from < plan.creates.size(); from += CHUNK) {
                    List<Candidate> chunk = plan.creates.subList(from, Math.min(plan.creates.size(), from + CHUNK));
                    create(caller, plan.place, chunk);
                    processed += chunk.size();
                    progress(jobId, processed);
                }
                for (int from = 0; from < plan.updates.size(); from += CHUNK) {
                    List<Update> chunk = plan.updates.subList(from, Math.min(plan.updates.size(), from + CHUNK));
                    update(caller, plan.place, chunk);
                    processed += chunk.size();
                    progress(jobId, processed);
                }
            });
            separately.executeWithoutResult(status -> jobs.succeeded(jobId, plan.creates.size(), plan.updates.size(),
                    plan.unchanged, clock.instant()));
        } catch (RuntimeException e) {
            String why = e instanceof ProblemException problem ? problem.detail()
                    : "Импорт прерван внутренней ошибкой; ничего не записано. Повторите импорт.";
            separately.executeWithoutResult(status -> jobs.failed(jobId, why, clock.instant()));
            throw e;
        }
    }

    private void progress(UUID jobId, int processed) {
        separately.executeWithoutResult(status -> jobs.progress(jobId, processed));
    }

    private void create(Caller caller, Place place, List<Candidate> chunk) {
        AcademicYear year = AcademicYear.of(LocalDate.now(clock));
        List<Person> created = new ArrayList<>(chunk.size());
        Map<UUID, RoleInYear> roles = new LinkedHashMap<>();
        Map<UUID, List<TopicEntry>> requests = new LinkedHashMap<>();
        Map<UUID, List<TopicEntry>> competencies = new LinkedHashMap<>();
        List<Consent> granted = new ArrayList<>();
        for (Candidate c : chunk) {
            Person person = Person.candidate(UUID.randomUUID(), place.organizationId(), c.mergedWith(null), clock.instant());
            created.add(person);
            roles.put(person.id(), new RoleInYear(year, person.programmeRole()));
            if (c.requests != null && !c.requests.isEmpty()) {
                requests.put(person.id(), c.requests);
            }
            if (c.competencies != null && !c.competencies.isEmpty()) {
                competencies.put(person.id(), c.competencies);
            }
            if (c.consentDate != null) {
                granted.add(consent(caller, person.id(), c));
            }
        }
        people.addAll(created);
        people.recordRoles(roles);
        topics.replaceAll(TopicKind.REQUEST, requests);
        topics.replaceAll(TopicKind.COMPETENCY, competencies);
        consents.addAll(granted);
        Map<UUID, Person> byId = new HashMap<>();
        for (Person person : created) {
            byId.put(person.id(), person);
            announcements.registered(person, place);
        }
        requests.forEach((id, entries) -> announcements.topicsChanged(byId.get(id), place, TopicKind.REQUEST, entries));
        competencies.forEach((id, entries) -> announcements.topicsChanged(byId.get(id), place, TopicKind.COMPETENCY, entries));
        granted.forEach(c -> events.publish(new ConsentGranted(c.personId(), place.organizationId(), c.scope(), c.grantedOn())));
        audit.record(caller, created, place, AuditEntry.Action.CREATE);
    }

    private void update(Caller caller, Place place, List<Update> chunk) {
        AcademicYear year = AcademicYear.of(LocalDate.now(clock));
        List<Person> edited = chunk.stream().map(u -> u.edited).filter(p -> p != null).toList();
        List<UUID> stale = people.updateAll(edited);
        if (!stale.isEmpty()) {
            throw ProblemException.conflict("PERSON_CHANGED_CONCURRENTLY", "Пока шёл импорт, карточки " + stale.size()
                    + " человек изменили в портале; ничего не импортировано. Загрузите файл снова.");
        }
        Map<UUID, RoleInYear> roles = new LinkedHashMap<>();
        Map<UUID, List<TopicEntry>> requests = new LinkedHashMap<>();
        Map<UUID, List<TopicEntry>> competencies = new LinkedHashMap<>();
        List<Consent> granted = new ArrayList<>();
        List<Person> touched = new ArrayList<>();
        for (Update u : chunk) {
            Person current = u.edited == null ? u.existing : u.edited.atVersion(u.existing.version() + 1);
            touched.add(current);
            if (u.edited != null) {
                if (u.edited.programmeRole() != u.existing.programmeRole()) {
                    roles.put(current.id(), new RoleInYear(year, current.programmeRole()));
                }
            }
            if (u.requests != null) {
                requests.put(current.id(), u.requests);
            }
            if (u.competencies != null) {
                competencies.put(current.id(), u.competencies);
            }
            if (u.grant) {
                granted.add(consent(caller, current.id(), u.candidate));
            }
        }
        people.recordRoles(roles);
        topics.replaceAll(TopicKind.REQUEST, requests);
        topics.replaceAll(TopicKind.COMPETENCY, competencies);
        consents.addAll(granted);
        Map<UUID, Person> byId = new HashMap<>();
        for (Update u : chunk) {
            Person current = u.edited == null ? u.existing : u.edited.atVersion(u.existing.version() + 1);
            byId.put(current.id(), current);
            if (u.edited != null) {
                announcements.changed(current, place);
            }
        }
        requests.forEach((id, entries) -> announcements.topicsChanged(byId.get(id), place, TopicKind.REQUEST, entries));
        competencies.forEach((id, entries) -> announcements.topicsChanged(byId.get(id), place, TopicKind.COMPETENCY, entries));
        granted.forEach(c -> events.publish(new ConsentGranted(c.personId(), place.organizationId(), c.scope(), c.grantedOn())));
        audit.record(caller, touched, place, AuditEntry.Action.UPDATE);
    }

    private Consent consent(Caller caller, UUID personId, Candidate c) {
        return new Consent(UUID.randomUUID(), personId, ConsentScope.PERSONAL_DATA_PROCESSING, c.consentDate,
                c.consentDocument, caller.username(), clock.instant(), null, null);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    // ---- the plan ----

    /** A checked row: the person's details and, when their columns are in the file, topics and consent. */
    private static final class Candidate {
        final StaffTable table;
        final StaffTable.Row row;
        final PersonDetails details;
        final List<TopicEntry> requests;
        final List<TopicEntry> competencies;
        final LocalDate consentDate;
        final String consentDocument;

        Candidate(StaffTable table, StaffTable.Row row, PersonDetails details, List<TopicEntry> requests,
                List<TopicEntry> competencies, LocalDate consentDate, String consentDocument) {
            this.table = table;
            this.row = row;
            this.details = details;
            this.requests = requests;
            this.competencies = competencies;
            this.consentDate = consentDate;
            this.consentDocument = consentDocument;
        }

        StaffColumn nameColumn() {
            return table.has(StaffColumn.FULL_NAME) ? StaffColumn.FULL_NAME : StaffColumn.LAST_NAME;
        }

        /** The row's details; for a column the file does not have, the stored value stays. */
        PersonDetails mergedWith(PersonDetails stored) {
            if (stored == null) {
                return details;
            }
            return new PersonDetails(details.fullName(),
                    table.has(StaffColumn.POSITION) ? details.position() : stored.position(),
                    table.has(StaffColumn.SUBJECTS) ? details.subjects() : stored.subjects(),
                    table.has(StaffColumn.CATEGORY) ? details.qualificationCategory() : stored.qualificationCategory(),
                    details.yearsOfExperience(),
                    table.has(StaffColumn.EMAIL) ? details.email() : stored.email(),
                    table.has(StaffColumn.PHONE) ? details.phone() : stored.phone(),
                    details.programmeRole());
        }
    }

    /** A person already in the bank and what the row changes: details (edited, or null), topics (or null), consent. */
    private record Update(Candidate candidate, Person existing, Person edited, List<TopicEntry> requests,
            List<TopicEntry> competencies, boolean grant) {
    }

    private static final class Plan {
        final Place place;
        final List<RowError> errors = new ArrayList<>();
        final List<Candidate> creates = new ArrayList<>();
        final List<Update> updates = new ArrayList<>();
        int unchanged;
        int rowsTotal;

        Plan(Place place) {
            this.place = place;
        }

        Report report(UUID jobId) {
            return new Report(rowsTotal, creates.size(), updates.size(), unchanged, List.copyOf(errors), jobId);
        }
    }

    /** The taxonomy as a staff list names it: by code, or by the topic's Russian name in any case. */
    private static final class Topics {
        private final Map<String, Topic> byKey = new HashMap<>();

        Topics(List<Topic> topics) {
            for (Topic t : topics) {
                byKey.put(t.code().toUpperCase(Locale.ROOT), t);
                byKey.putIfAbsent(PersonName.normalize(t.name()), t);
            }
        }

        Topic find(String text) {
            Topic byCode = byKey.get(text.strip().toUpperCase(Locale.ROOT));
            return byCode != null ? byCode : byKey.get(PersonName.normalize(text));
        }
    }
}
