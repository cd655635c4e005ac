package ru.nastavnik.demo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;

/**
 * The demo region every embedded platform starts with, with fixed ids so that the identity provider's
 * demo users (their region_id, municipality_id, organization_ids, person_id claims), Keycloak's realm and
 * participant-service's directory all describe the same organizations. Development and demonstration only.
 */
public final class DemoRegion {

    /** The one password of every demo user; never used outside the embedded default and compose. */
    public static final String DEMO_PASSWORD = "nastavnik";

    public record Region(UUID id, String name) {
    }

    public record Municipality(UUID id, UUID regionId, String name) {
    }

    public record Organization(UUID id, UUID municipalityId, String name, OrganizationType type) {
    }

    /** A person of an organization who takes part in the programme (mentors and mentees). */
    public record Person(UUID id, UUID organizationId, String fullName, String position, String subject,
            int yearsOfExperience, ProgrammeRole programmeRole) {

        public List<String> subjects() {
            return List.of(subject);
        }

        /** Demo mentors hold the highest category, demo mentees none yet, as is typical of a school's bank. */
        public QualificationCategory qualificationCategory() {
            return programmeRole == ProgrammeRole.MENTOR_CANDIDATE ? QualificationCategory.HIGHEST : QualificationCategory.NONE;
        }
    }

    /**
     * A login. {@code organizationIds} lists every organization the user acts for (the first is the default);
     * empty for regional and municipal roles. {@code personId} is set for mentors and mentees.
     */
    public record User(String username, String fullName, Role role, UUID regionId, UUID municipalityId,
            List<UUID> organizationIds, UUID personId) {
    }

    public static final Region REGION = new Region(id("1"), "Краснодарский край");

    public static final Municipality LENINGRADSKY = new Municipality(id("11"), REGION.id(), "Ленинградский район");
    public static final Municipality KUSHCHEVSKY = new Municipality(id("12"), REGION.id(), "Кущёвский район");

    public static final Organization SCHOOL_1 = new Organization(id("111"), LENINGRADSKY.id(),
            "МБОУ СОШ № 1 ст. Ленинградской", OrganizationType.SCHOOL);
    public static final Organization KINDERGARTEN_5 = new Organization(id("112"), LENINGRADSKY.id(),
            "МБДОУ детский сад № 5 «Солнышко»", OrganizationType.KINDERGARTEN);
    public static final Organization SCHOOL_7 = new Organization(id("121"), KUSHCHEVSKY.id(),
            "МБОУ СОШ № 7 ст. Кущёвской", OrganizationType.SCHOOL);
    public static final Organization CHILDRENS_CREATIVITY = new Organization(id("122"), KUSHCHEVSKY.id(),
            "МБУ ДО Дом детского творчества", OrganizationType.ADDITIONAL_EDUCATION_CENTRE);

    public static final Person MENTOR_SCHOOL_1 = new Person(id("1111"), SCHOOL_1.id(), "Смирнова Елена Викторовна",
            "учитель математики", "математика", 24, ProgrammeRole.MENTOR_CANDIDATE);
    public static final Person MENTEE_SCHOOL_1 = new Person(id("1112"), SCHOOL_1.id(), "Кузнецов Артём Игоревич",
            "учитель математики", "математика", 1, ProgrammeRole.MENTEE_CANDIDATE);
    public static final Person MENTOR_SCHOOL_7 = new Person(id("1211"), SCHOOL_7.id(), "Попова Ольга Николаевна",
            "учитель русского языка", "русский язык", 19, ProgrammeRole.MENTOR_CANDIDATE);
    public static final Person MENTEE_SCHOOL_7 = new Person(id("1212"), SCHOOL_7.id(), "Волков Денис Сергеевич",
            "учитель истории", "история", 2, ProgrammeRole.MENTEE_CANDIDATE);

    public static final List<Municipality> MUNICIPALITIES = List.of(LENINGRADSKY, KUSHCHEVSKY);
    public static final List<Organization> ORGANIZATIONS = List.of(SCHOOL_1, KINDERGARTEN_5, SCHOOL_7, CHILDRENS_CREATIVITY);
    public static final List<Person> PEOPLE = List.of(MENTOR_SCHOOL_1, MENTEE_SCHOOL_1, MENTOR_SCHOOL_7, MENTEE_SCHOOL_7);

    public static final List<User> USERS = List.of(
            new User("region.admin", "Орлова Наталья Андреевна", Role.REGION_ADMIN, REGION.id(), null, List.of(), null),
            new User("leningradsky.curator", "Белова Ирина Петровна", Role.MUNICIPAL_CURATOR, REGION.id(),
                    LENINGRADSKY.id(), List.of(), null),
            new User("kushchevsky.curator", "Зайцев Павел Олегович", Role.MUNICIPAL_CURATOR, REGION.id(),
                    KUSHCHEVSKY.id(), List.of(), null),
            new User("school1.curator", "Морозова Татьяна Юрьевна", Role.SCHOOL_CURATOR, REGION.id(),
                    LENINGRADSKY.id(), List.of(SCHOOL_1.id(), KINDERGARTEN_5.id()), null),
            new User("school7.curator", "Лебедев Андрей Викторович", Role.SCHOOL_CURATOR, REGION.id(),
                    KUSHCHEVSKY.id(), List.of(SCHOOL_7.id()), null),
            new User("school1.mentor", MENTOR_SCHOOL_1.fullName(), Role.MENTOR, REGION.id(), LENINGRADSKY.id(),
                    List.of(SCHOOL_1.id()), MENTOR_SCHOOL_1.id()),
            new User("school1.mentee", MENTEE_SCHOOL_1.fullName(), Role.MENTEE, REGION.id(), LENINGRADSKY.id(),
                    List.of(SCHOOL_1.id()), MENTEE_SCHOOL_1.id()),
            new User("school7.mentor", MENTOR_SCHOOL_7.fullName(), Role.MENTOR, REGION.id(), KUSHCHEVSKY.id(),
                    List.of(SCHOOL_7.id()), MENTOR_SCHOOL_7.id()),
            new User("school7.mentee", MENTEE_SCHOOL_7.fullName(), Role.MENTEE, REGION.id(), KUSHCHEVSKY.id(),
                    List.of(SCHOOL_7.id()), MENTEE_SCHOOL_7.id()));

    private DemoRegion() {
    }

    public static Optional<User> user(String username) {
        return USERS.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** Readable, stable ids: 00000000-0000-4000-8000-00000000xxxx. */
    private static UUID id(String suffix) {
        return UUID.fromString("00000000-0000-4000-8000-" + "0".repeat(12 - suffix.length()) + suffix);
    }
}
