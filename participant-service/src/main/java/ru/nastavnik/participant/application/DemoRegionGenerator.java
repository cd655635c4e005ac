package ru.nastavnik.participant.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.participant.domain.Consent;
import ru.nastavnik.participant.domain.Consents;
import ru.nastavnik.participant.domain.Directory;
import ru.nastavnik.participant.domain.Municipality;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonDetails;
import ru.nastavnik.participant.domain.PersonTopics;
import ru.nastavnik.participant.domain.TopicEntry;
import ru.nastavnik.participant.domain.TopicKind;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.security.Place;

/**
 * A generated demo region on top of the fixed one ({@link DemoRegionSeeder}): more districts of Krasnodar krai, a few
 * dozen organizations, some 2,500 mentors and mentees with plausible Russian names, positions, categories, requests,
 * competencies and written consents. Deterministic (fixed seed, ids derived from names), idempotent (an organization
 * whose people exist is skipped), and written through the same paths as real registrations, so the other services
 * learn everything from events. One transaction per municipality keeps it fast.
 */
@Component
@ConditionalOnBooleanProperty("nastavnik.demo.generate")
@Order(Ordered.LOWEST_PRECEDENCE)
public class DemoRegionGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegionGenerator.class);

    static final long SEED = 20_250_901L;
    /** Who recorded the generated consents, in the consent's record. */
    static final String RECORDED_BY = "demo-generator";

    /** New districts (real ones of Krasnodar krai) with their administrative centre, in the genitive after «ст.». */
    static final List<District> DISTRICTS = List.of(
            new District("Тихорецкий район", "Тихорецка", "г."),
            new District("Ейский район", "Ейска", "г."),
            new District("Каневской район", "Каневской", "ст."),
            new District("Староминский район", "Староминской", "ст."),
            new District("Павловский район", "Павловской", "ст."));

    record District(String name, String centreGenitive, String centreKind) {
    }

    /** What is generated for one organization: the organization and how many people it gets. */
    record Plan(Organization organization, int people) {
    }

    private final Directory directory;
    private final DirectoryService directoryService;
    private final RegistrationService registration;
    private final People people;
    private final PersonTopics topics;
    private final Consents consents;
    private final ParticipantAnnouncements announcements;
    private final IntegrationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ObjectProvider<DemoRegionSeeder> seeder;
    private final Clock clock;

    public DemoRegionGenerator(Directory directory, DirectoryService directoryService, RegistrationService registration,
            People people, PersonTopics topics, Consents consents, ParticipantAnnouncements announcements,
            IntegrationEventPublisher events, TransactionTemplate transactions, ObjectProvider<DemoRegionSeeder> seeder,
            Clock clock) {
        this.directory = directory;
        this.directoryService = directoryService;
        this.registration = registration;
        this.people = people;
        this.topics = topics;
        this.consents = consents;
        this.announcements = announcements;
        this.events = events;
        this.transactions = transactions;
        this.seeder = seeder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generate();
    }

    /** Generates what is missing; returns how many people were added (0 on a second run). */
    public int generate() {
        // The fixed demo region first: the generated one adds to it (the seeder returns at once if it already ran).
        DemoRegionSeeder fixed = seeder.getIfAvailable();
        if (fixed != null) {
            fixed.run(null);
        }
        if (directory.region(DemoRegion.REGION.id()).isEmpty()) {
            log.warn("Demo region generation skipped: the demo region is not seeded (nastavnik.demo.seed=false)");
            return 0;
        }
        long started = System.nanoTime();
        int added = 0;
        int municipalities = 0;
        int organizations = 0;
        for (MunicipalityPlan plan : plans()) {
            Integer inThisOne = transactions.execute(status -> generate(plan));
            added += inThisOne == null ? 0 : inThisOne;
            municipalities++;
            organizations += plan.organizations().size();
        }
        if (added > 0) {
            log.info("Demo region generated: {} people in {} organizations of {} municipalities in {} ms", added,
                    organizations, municipalities, (System.nanoTime() - started) / 1_000_000);
        }
        return added;
    }

    record MunicipalityPlan(Municipality municipality, boolean existing, List<Plan> organizations) {
    }

    /** Every municipality and organization with its head count; the same on every run. */
    static List<MunicipalityPlan> plans() {
        Random random = new Random(SEED);
        List<MunicipalityPlan> plans = new ArrayList<>();
        // The two fixed municipalities: their four organizations get staff, and each gets a few more organizations.
        plans.add(fixedMunicipality(DemoRegion.LENINGRADSKY, "Ленинградской", random,
                List.of(DemoRegion.SCHOOL_1, DemoRegion.KINDERGARTEN_5)));
        plans.add(fixedMunicipality(DemoRegion.KUSHCHEVSKY, "Кущёвской", random,
                List.of(DemoRegion.SCHOOL_7, DemoRegion.CHILDRENS_CREATIVITY)));
        for (int d = 0; d < DISTRICTS.size(); d++) {
            District district = DISTRICTS.get(d);
            Municipality municipality = new Municipality(id("municipality:" + district.name()), DemoRegion.REGION.id(),
                    district.name());
            List<Plan> organizations = new ArrayList<>();
            String place = district.centreKind() + " " + district.centreGenitive();
            int schools = 6 + random.nextInt(2);
            for (int i = 0; i < schools; i++) {
                int number = 1 + i * 2 + random.nextInt(2);
                organizations.add(plan(municipality, "МБОУ СОШ № " + number + " " + place, OrganizationType.SCHOOL, random));
            }
            int kindergartens = 4 + random.nextInt(2);
            for (int i = 0; i < kindergartens; i++) {
                int number = 2 + i * 3 + random.nextInt(3);
                organizations.add(plan(municipality, "МБДОУ д/с № " + number + " «" + KINDERGARTEN_NAMES.get((d * 5 + i)
                        % KINDERGARTEN_NAMES.size()) + "»", OrganizationType.KINDERGARTEN, random));
            }
            organizations.add(plan(municipality, "МБУ ДО ДДТ " + place, OrganizationType.ADDITIONAL_EDUCATION_CENTRE, random));
            if (d < COLLEGES.size()) {
                organizations.add(plan(municipality, COLLEGES.get(d), OrganizationType.COLLEGE, random));
            }
            plans.add(new MunicipalityPlan(municipality, false, organizations));
        }
        return plans;
    }

    private static MunicipalityPlan fixedMunicipality(DemoRegion.Municipality fixed, String centre, Random random,
            List<DemoRegion.Organization> fixedOrganizations) {
        Municipality municipality = new Municipality(fixed.id(), fixed.regionId(), fixed.name());
        List<Plan> organizations = new ArrayList<>();
        for (DemoRegion.Organization o : fixedOrganizations) {
            organizations.add(plan(new Organization(o.id(), o.municipalityId(), o.name(), o.type()), random));
        }
        int[] schoolNumbers = { 2, 3, 4 };
        for (int number : fixed == DemoRegion.LENINGRADSKY ? schoolNumbers : new int[] { 1, 5, 9 }) {
            organizations.add(plan(municipality, "МБОУ СОШ № " + number + " ст. " + centre, OrganizationType.SCHOOL, random));
        }
        for (int i = 0; i < 2; i++) {
            int number = (fixed == DemoRegion.LENINGRADSKY ? 10 : 20) + i * 7;
            organizations.add(plan(municipality, "МБДОУ д/с № " + number + " «" + KINDERGARTEN_NAMES.get(number
                    % KINDERGARTEN_NAMES.size()) + "»", OrganizationType.KINDERGARTEN, random));
        }
        return new MunicipalityPlan(municipality, true, organizations);
    }

    private static Plan plan(Municipality municipality, String name, OrganizationType type, Random random) {
        return plan(new Organization(id("organization:" + municipality.id() + ":" + name), municipality.id(), name, type),
                random);
    }

    private static Plan plan(Organization organization, Random random) {
        int people = switch (organization.type()) {
            case SCHOOL -> 30 + random.nextInt(24);
            case KINDERGARTEN -> 16 + random.nextInt(14);
            case COLLEGE -> 50 + random.nextInt(26);
            case ADDITIONAL_EDUCATION_CENTRE -> 20 + random.nextInt(14);
        };
        return new Plan(organization, people);
    }

    // ------------------------------------------------------------------ one municipality, one transaction

    private int generate(MunicipalityPlan plan) {
        Municipality municipality = plan.municipality();
        if (directory.municipality(municipality.id()).isEmpty()) {
            directory.add(municipality);
        }
        int added = 0;
        for (Plan organizationPlan : plan.organizations()) {
            Organization organization = organizationPlan.organization();
            if (directory.organization(organization.id()).isEmpty()) {
                directoryService.add(organization, municipality);
            }
            added += generatePeople(organizationPlan);
        }
        return added;
    }

    private int generatePeople(Plan plan) {
        Organization organization = plan.organization();
        if (people.person(personId(organization, 0)).isPresent()) {
            return 0; // generated on an earlier start
        }
        Place place = directoryService.placeOf(organization);
        Random random = new Random(SEED ^ organization.id().getLeastSignificantBits());
        long existing = people.countOfOrganization(organization.id());
        long existingMentors = people.countOfOrganization(organization.id(), ProgrammeRole.MENTOR_CANDIDATE);
        int total = plan.people() + (int) existing;
        long mentors = Math.max(0, mentorsFor(total, random) - existingMentors);
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = LocalDate.of(AcademicYear.of(today).startYear(), 9, 1);
        long daysIntoYear = ChronoUnit.DAYS.between(yearStart, today);
        Set<String> names = new LinkedHashSet<>();
        people.ofOrganization(organization.id()).forEach(p -> names.add(p.normalizedName()));
        for (int i = 0; i < plan.people(); i++) {
            ProgrammeRole role = i < mentors ? ProgrammeRole.MENTOR_CANDIDATE : ProgrammeRole.MENTEE_CANDIDATE;
            boolean mentor = role == ProgrammeRole.MENTOR_CANDIDATE;
            String fullName;
            do {
                fullName = RussianNames.fullName(random);
            } while (!names.add(fullName.toLowerCase().replace('ё', 'е')));
            Job job = job(organization.type(), random);
            int years = mentor ? 10 + random.nextInt(26) : random.nextInt(4);
            UUID id = personId(organization, i);
            PersonDetails details = new PersonDetails(fullName, job.position(), job.subjects(),
                    category(mentor, random), years, random.nextInt(100) < 45 ? email(fullName, id) : null,
                    random.nextInt(100) < 70 ? phone(random) : null, role);
            Person person = Person.candidate(id, organization.id(), details, clock.instant());
            int statusRoll = random.nextInt(100);
            if (statusRoll < 35) {
                person = person.withStatus(ParticipantStatus.ACTIVE, null);
            } else if (statusRoll < 38) {
                person = person.withStatus(ParticipantStatus.LEFT, LEAVING_REASONS.get(random.nextInt(LEAVING_REASONS.size())));
            }
            registration.add(person, place);
            if (random.nextInt(100) < 85) {
                LocalDate grantedOn = yearStart.plusDays(daysIntoYear == 0 ? 0 : random.nextLong(daysIntoYear + 1));
                Consent consent = new Consent(UUID.nameUUIDFromBytes(("demo-consent:" + id).getBytes(StandardCharsets.UTF_8)),
                        id, ConsentScope.PERSONAL_DATA_PROCESSING, grantedOn,
                        "Согласие № " + (1 + i) + " от " + grantedOn.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                        RECORDED_BY, clock.instant(), null, null);
                if (consents.add(consent)) {
                    events.publish(new ConsentGranted(id, organization.id(), ConsentScope.PERSONAL_DATA_PROCESSING, grantedOn));
                }
            }
            TopicKind kind = mentor ? TopicKind.COMPETENCY : TopicKind.REQUEST;
            List<TopicEntry> entries = topicEntries(organization.type(), mentor, random);
            topics.replace(id, kind, entries);
            announcements.topicsChanged(person, place, kind, entries);
        }
        return plan.people();
    }

    /** 8–15 % of the organization's people are mentors (about 11 %). */
    static long mentorsFor(int total, Random random) {
        long wanted = Math.round(total * (0.09 + random.nextDouble() * 0.05));
        long lowest = (long) Math.ceil(total * 0.08);
        long highest = (long) Math.floor(total * 0.15);
        return Math.max(lowest, Math.min(highest, wanted));
    }

    static UUID personId(Organization organization, int index) {
        return id("person:" + organization.id() + ":" + index);
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("nastavnik-demo-generated:" + key).getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ positions, categories, topics

    record Job(String position, List<String> subjects) {
    }

    private static final List<Job> SCHOOL_JOBS = List.of(
            new Job("учитель начальных классов", List.of("начальные классы")),
            new Job("учитель начальных классов", List.of("начальные классы")),
            new Job("учитель начальных классов", List.of("начальные классы")),
            new Job("учитель математики", List.of("математика")),
            new Job("учитель математики", List.of("математика")),
            new Job("учитель русского языка и литературы", List.of("русский язык", "литература")),
            new Job("учитель русского языка и литературы", List.of("русский язык", "литература")),
            new Job("учитель английского языка", List.of("английский язык")),
            new Job("учитель истории и обществознания", List.of("история", "обществознание")),
            new Job("учитель физики", List.of("физика")),
            new Job("учитель химии", List.of("химия")),
            new Job("учитель биологии", List.of("биология")),
            new Job("учитель географии", List.of("география")),
            new Job("учитель информатики", List.of("информатика")),
            new Job("учитель физической культуры", List.of("физическая культура")),
            new Job("учитель кубановедения", List.of("кубановедение")),
            new Job("учитель музыки", List.of("музыка")),
            new Job("учитель изобразительного искусства", List.of("изобразительное искусство")),
            new Job("учитель технологии", List.of("технология")),
            new Job("учитель ОБЗР", List.of("основы безопасности и защиты Родины")),
            new Job("педагог-психолог", List.of()),
            new Job("социальный педагог", List.of()),
            new Job("учитель-логопед", List.of()));

    private static final List<Job> KINDERGARTEN_JOBS = List.of(
            new Job("воспитатель", List.of()),
            new Job("воспитатель", List.of()),
            new Job("воспитатель", List.of()),
            new Job("воспитатель", List.of()),
            new Job("воспитатель", List.of()),
            new Job("старший воспитатель", List.of()),
            new Job("музыкальный руководитель", List.of("музыка")),
            new Job("инструктор по физической культуре", List.of("физическая культура")),
            new Job("учитель-логопед", List.of()),
            new Job("педагог-психолог", List.of()));

    private static final List<Job> COLLEGE_JOBS = List.of(
            new Job("преподаватель", List.of("математика")),
            new Job("преподаватель", List.of("информатика")),
            new Job("преподаватель", List.of("русский язык", "литература")),
            new Job("преподаватель", List.of("иностранный язык")),
            new Job("преподаватель", List.of("история")),
            new Job("преподаватель", List.of("экономика")),
            new Job("преподаватель", List.of("право")),
            new Job("преподаватель", List.of("бухгалтерский учёт")),
            new Job("преподаватель", List.of("педагогика", "психология")),
            new Job("преподаватель", List.of("технология машиностроения")),
            new Job("мастер производственного обучения", List.of("производственное обучение")),
            new Job("мастер производственного обучения", List.of("производственное обучение")),
            new Job("методист", List.of()));

    private static final List<Job> CREATIVITY_JOBS = List.of(
            new Job("педагог дополнительного образования", List.of("хореография")),
            new Job("педагог дополнительного образования", List.of("вокал")),
            new Job("педагог дополнительного образования", List.of("декоративно-прикладное творчество")),
            new Job("педагог дополнительного образования", List.of("робототехника")),
            new Job("педагог дополнительного образования", List.of("шахматы")),
            new Job("педагог дополнительного образования", List.of("театральное искусство")),
            new Job("педагог дополнительного образования", List.of("изобразительное искусство")),
            new Job("педагог-организатор", List.of()),
            new Job("концертмейстер", List.of("музыка")),
            new Job("методист", List.of()));

    static Job job(OrganizationType type, Random random) {
        List<Job> jobs = switch (type) {
            case SCHOOL -> SCHOOL_JOBS;
            case KINDERGARTEN -> KINDERGARTEN_JOBS;
            case COLLEGE -> COLLEGE_JOBS;
            case ADDITIONAL_EDUCATION_CENTRE -> CREATIVITY_JOBS;
        };
        return jobs.get(random.nextInt(jobs.size()));
    }

    /** Mentors mostly hold the first or highest category; young specialists mostly none yet. */
    static QualificationCategory category(boolean mentor, Random random) {
        int roll = random.nextInt(100);
        if (mentor) {
            return roll < 45 ? QualificationCategory.HIGHEST : roll < 78 ? QualificationCategory.FIRST
                    : roll < 86 ? QualificationCategory.METHODIST : roll < 94 ? QualificationCategory.MENTOR_TEACHER
                            : QualificationCategory.CORRESPONDS_TO_POSITION;
        }
        return roll < 72 ? QualificationCategory.NONE : roll < 94 ? QualificationCategory.CORRESPONDS_TO_POSITION
                : QualificationCategory.FIRST;
    }

    /** Topic codes of the default taxonomy (V3 migration). */
    static final List<String> TOPICS = List.of("METHODS_SUBJECT", "DIGITAL_TOOLS", "EXAM_PREPARATION", "PROJECT_WORK",
            "DISCIPLINE", "INCLUSIVE_EDUCATION", "GIFTED_CHILDREN", "CLASS_TUTORSHIP", "WORK_WITH_PARENTS",
            "TEAM_ADAPTATION", "DOCUMENTATION", "SELF_EDUCATION");

    /** Mentees: 1–3 requests, mostly basic help; mentors: 2–4 competencies, mostly confident or expert. */
    static List<TopicEntry> topicEntries(OrganizationType type, boolean mentor, Random random) {
        List<String> candidates = new ArrayList<>(TOPICS);
        if (type != OrganizationType.SCHOOL) {
            candidates.remove("EXAM_PREPARATION");
            candidates.remove("CLASS_TUTORSHIP");
        }
        int count = mentor ? 2 + random.nextInt(3) : 1 + random.nextInt(3);
        List<TopicEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = candidates.remove(random.nextInt(candidates.size()));
            int level = mentor ? (random.nextInt(100) < 55 ? 3 : 2) : (random.nextInt(100) < 60 ? 1 : 2);
            entries.add(new TopicEntry(code, level, null));
        }
        return entries;
    }

    private static final List<String> LEAVING_REASONS = List.of("переезд в другой регион", "декретный отпуск",
            "перевод в другую организацию", "увольнение по собственному желанию");

    private static final List<String> KINDERGARTEN_NAMES = List.of("Солнышко", "Ромашка", "Колокольчик", "Теремок",
            "Радуга", "Светлячок", "Сказка", "Золотой ключик", "Берёзка", "Ласточка", "Журавушка", "Непоседы");

    private static final List<String> COLLEGES = List.of(
            "ГБПОУ КК «Тихорецкий индустриальный техникум»",
            "ГБПОУ КК «Ейский полипрофильный колледж»",
            "ГБПОУ КК «Каневской аграрно-технологический колледж»");

    private static String email(String fullName, UUID id) {
        String[] words = fullName.split(" ");
        return RussianNames.latin(words[0]) + "." + RussianNames.latin(words[1].substring(0, 1))
                + RussianNames.latin(words[2].substring(0, 1)) + "." + id.toString().substring(0, 4) + "@example.ru";
    }

    private static String phone(Random random) {
        String[] codes = { "918", "928", "938", "961", "988" };
        return "+7" + codes[random.nextInt(codes.length)] + String.format("%07d", random.nextInt(10_000_000));
    }
}
