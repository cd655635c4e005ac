package ru.nastavnik.participant.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonTopics;
import ru.nastavnik.participant.domain.Taxonomy;
import ru.nastavnik.participant.domain.Topic;
import ru.nastavnik.participant.domain.TopicEntry;
import ru.nastavnik.participant.domain.TopicKind;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/**
 * The taxonomy of professional topics and, per person, their professional requests (mentees) and
 * competencies (mentors). Requests and competencies are personal data: every read and change is audited.
 */
@Service
public class ProfessionalProfileService {

    /** An entry with the names the caller reads: the topic's and the level's. */
    public record NamedEntry(String topicCode, String topicName, String topicGroup, int level, String levelName,
            String comment) {
    }

    /**
     * Counts for monitoring; no personal data. Teaching staff is the current academic year's count (null until
     * recorded), the mentors' share of it in percent with one decimal, against the seeds' target of 5 %.
     */
    public record Figures(UUID organizationId, long mentees, long menteesWithRequests, long mentors,
            long mentorsWithCompetencies, Integer teachingStaff, String academicYear, BigDecimal mentorsShareOfTeachingStaff,
            BigDecimal mentorShareTarget, Boolean mentorShareTargetMet, long readyMentors) {
    }

    private final PersonAccess access;
    private final DirectoryService directory;
    private final People people;
    private final Taxonomy taxonomy;
    private final PersonTopics topics;
    private final PersonalDataAudit audit;
    private final ParticipantAnnouncements announcements;
    private final MentorSelectionService selection;

    public ProfessionalProfileService(DirectoryService directory, People people, Taxonomy taxonomy, PersonTopics topics,
            PersonalDataAudit audit, ParticipantAnnouncements announcements, MentorSelectionService selection, PersonAccess access) {
        this.access = access;
        this.announcements = announcements;
        this.directory = directory;
        this.people = people;
        this.taxonomy = taxonomy;
        this.topics = topics;
        this.audit = audit;
        this.selection = selection;
    }

    @Transactional(readOnly = true)
    public List<Topic> taxonomy(Caller caller) {
        return taxonomy.visibleIn(caller.regionId());
    }

    @Transactional
    public Topic addTopic(Caller caller, String code, String name, String group) {
        AccessPolicy.require(caller.has(Role.REGION_ADMIN) && caller.regionId() != null,
                "Темы в справочник добавляет региональный институт.");
        UUID region = directory.existingRegion(caller.regionId()).id();
        String clean = code.strip();
        Topic topic = new Topic(clean, name.strip(), group.strip(), region);
        if (!taxonomy.add(topic)) {
            throw ProblemException.conflict("TOPIC_EXISTS", "Тема с кодом «" + clean + "» уже есть в справочнике.");
        }
        return topic;
    }

    @Transactional
    public List<NamedEntry> entries(Caller caller, UUID personId, TopicKind kind) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(AccessPolicy.canSeePerson(caller, place, person.id()), "Данные этого человека вам недоступны.");
        List<TopicEntry> found = topics.of(person.id(), kind);
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        return named(found, kind, place.regionId());
    }

    @Transactional
    public List<NamedEntry> replace(Caller caller, UUID personId, TopicKind kind, List<TopicEntryInput> input) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place) || person.id().equals(caller.personId()),
                "Изменять эти данные могут куратор организации и сам человек.");
        List<TopicEntry> entries = validated(input == null ? List.of() : input, place.regionId());
        topics.replace(person.id(), kind, entries);
        announcements.topicsChanged(person, place, kind, entries);
        audit.record(caller, List.of(person), place, AuditEntry.Action.UPDATE);
        return named(entries, kind, place.regionId());
    }

    @Transactional(readOnly = true)
    public Figures figures(Caller caller, UUID organizationId) {
        Organization organization = directory.existingOrganization(organizationId);
        Place place = directory.placeOf(organization);
        AccessPolicy.require(AccessPolicy.canSee(caller, place), "Эта организация вам недоступна.");
        UUID id = organization.id();
        long mentors = people.countOfOrganization(id, ProgrammeRole.MENTOR_CANDIDATE);
        MentorSelectionService.MentorFigures m = selection.figures(id, mentors);
        return new Figures(id, people.countOfOrganization(id, ProgrammeRole.MENTEE_CANDIDATE),
                topics.countPeopleWith(id, ProgrammeRole.MENTEE_CANDIDATE, TopicKind.REQUEST), mentors,
                topics.countPeopleWith(id, ProgrammeRole.MENTOR_CANDIDATE, TopicKind.COMPETENCY), m.teachingStaff(),
                m.academicYear(), m.mentorsShareOfTeachingStaff(), m.mentorShareTarget(), m.mentorShareTargetMet(),
                m.readyMentors());
    }

    private List<TopicEntry> validated(List<TopicEntryInput> input, UUID regionId) {
        Set<String> known = taxonomy.visibleIn(regionId).stream().map(Topic::code).collect(Collectors.toSet());
        List<Problems.FieldError> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<TopicEntry> entries = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            TopicEntryInput e = input.get(i);
            String at = "[" + i + "].";
            if (e == null) {
                violations.add(new Problems.FieldError("[" + i + "]", "пустой элемент"));
                continue;
            }
            String code = e.topicCode() == null ? null : e.topicCode().strip();
            boolean ok = true;
            if (code == null || code.isEmpty()) {
                violations.add(new Problems.FieldError(at + "topicCode", "обязательное поле"));
                ok = false;
            } else if (!known.contains(code)) {
                violations.add(new Problems.FieldError(at + "topicCode", "такой темы нет в справочнике"));
                ok = false;
            } else if (!seen.add(code)) {
                violations.add(new Problems.FieldError(at + "topicCode", "тема указана повторно"));
                ok = false;
            }
            if (e.level() == null) {
                violations.add(new Problems.FieldError(at + "level", "обязательное поле"));
                ok = false;
            } else if (!TopicKind.validLevel(e.level())) {
                violations.add(new Problems.FieldError(at + "level", "уровень от 1 до 3"));
                ok = false;
            }
            String comment = e.comment() == null || e.comment().isBlank() ? null : e.comment().strip();
            if (comment != null && comment.length() > TopicEntry.MAX_COMMENT) {
                violations.add(new Problems.FieldError(at + "comment", "не длиннее 1000 символов"));
                ok = false;
            }
            if (ok) {
                entries.add(new TopicEntry(code, e.level(), comment));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return entries;
    }

    private List<NamedEntry> named(List<TopicEntry> entries, TopicKind kind, UUID regionId) {
        Map<String, Topic> byCode = taxonomy.visibleIn(regionId).stream()
                .collect(Collectors.toMap(Topic::code, Function.identity()));
        return entries.stream().map(e -> {
            Topic topic = byCode.getOrDefault(e.topicCode(), null);
            return new NamedEntry(e.topicCode(), topic == null ? e.topicCode() : topic.name(),
                    topic == null ? null : topic.group(), e.level(), kind.levelName(e.level()), e.comment());
        }).toList();
    }
}
