package ru.nastavnik.participant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.Consent;
import ru.nastavnik.participant.domain.Consents;
import ru.nastavnik.participant.domain.MentorSelections;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonTopics;
import ru.nastavnik.participant.domain.Questionnaires;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * People's written consents under 152-ФЗ: the curator records a consent, the curator or the person records its
 * withdrawal. Withdrawing consent to processing of personal data erases the person's personal data here at once;
 * the anonymous row stays so that counts by organization and role still add up.
 */
@Service
public class ConsentService {

    public static final String ERASED_NAME = "Удалённый участник";

    private final PersonAccess access;
    private final DirectoryService directory;
    private final People people;
    private final PersonTopics topics;
    private final Consents consents;
    private final PersonalDataAudit audit;
    private final IntegrationEventPublisher events;
    private final Clock clock;
    private final MentorSelections selections;
    private final Questionnaires questionnaires;

    public ConsentService(DirectoryService directory, People people, PersonTopics topics, Consents consents,
            PersonalDataAudit audit, IntegrationEventPublisher events, Clock clock, MentorSelections selections,
            Questionnaires questionnaires, PersonAccess access) {
        this.access = access;
        this.directory = directory;
        this.people = people;
        this.topics = topics;
        this.consents = consents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.selections = selections;
        this.questionnaires = questionnaires;
    }

    @Transactional
    public List<Consent> of(Caller caller, UUID personId) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(AccessPolicy.canSeePerson(caller, place, person.id()), "Данные этого человека вам недоступны.");
        List<Consent> found = consents.of(person.id());
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        return found;
    }

    @Transactional
    public Consent grant(Caller caller, UUID personId, String scopeName, String grantedOnText, String documentReference) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place),
                "Согласие человека записывает куратор организации.");
        List<Problems.FieldError> violations = new ArrayList<>();
        ConsentScope scope = scope(scopeName, "scope", violations);
        LocalDate grantedOn = date(grantedOnText, "grantedOn", violations);
        String document = documentReference == null || documentReference.isBlank() ? null : documentReference.strip();
        if (document == null) {
            violations.add(new Problems.FieldError("documentReference", "обязательное поле: реквизиты письменного согласия"));
        } else if (document.length() > Consent.MAX_DOCUMENT_REFERENCE) {
            violations.add(new Problems.FieldError("documentReference", "не длиннее 300 символов"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Consent consent = new Consent(UUID.randomUUID(), person.id(), scope, grantedOn, document, caller.username(),
                clock.instant(), null, null);
        if (!consents.add(consent)) {
            throw ProblemException.conflict("CONSENT_ALREADY_ACTIVE",
                    "У человека уже есть действующее согласие «" + scope.name() + "»; сначала запишите его отзыв.");
        }
        events.publish(new ConsentGranted(person.id(), place.organizationId(), scope, grantedOn));
        audit.record(caller, List.of(person), place, AuditEntry.Action.CREATE);
        return consent;
    }

    @Transactional
    public Consent withdraw(Caller caller, UUID personId, String scopeName, String withdrawnOnText) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place) || person.id().equals(caller.personId()),
                "Отзыв согласия записывают куратор организации и сам человек.");
        List<Problems.FieldError> violations = new ArrayList<>();
        ConsentScope scope = scope(scopeName, "scope", violations);
        LocalDate withdrawnOn = date(withdrawnOnText, "withdrawnOn", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Consent active = consents.active(person.id(), scope).orElseThrow(() -> ProblemException.conflict(
                "CONSENT_NOT_ACTIVE", "У человека нет действующего согласия «" + scope.name() + "»."));
        if (withdrawnOn.isBefore(active.grantedOn())) {
            throw ProblemException.invalid(List.of(new Problems.FieldError("withdrawnOn",
                    "не раньше даты согласия (" + active.grantedOn() + ")")));
        }
        if (!consents.withdraw(active.id(), withdrawnOn, caller.username())) {
            throw ProblemException.conflict("CONSENT_NOT_ACTIVE", "Согласие уже отозвано.");
        }
        events.publish(new ConsentWithdrawn(person.id(), place.organizationId(), scope, withdrawnOn));
        audit.record(caller, List.of(person), place, AuditEntry.Action.UPDATE);
        if (scope == ConsentScope.PERSONAL_DATA_PROCESSING) {
            erase(person.id());
        }
        return consents.of(person.id()).stream().filter(c -> c.id().equals(active.id())).findFirst().orElseThrow();
    }

    /** Erases the person's personal data in this service, keeping the anonymous row for counts. */
    private void erase(UUID personId) {
        people.anonymize(personId, ERASED_NAME);
        topics.eraseComments(personId);
        consents.eraseDocuments(personId);
        selections.erasePersonalData(personId);
        questionnaires.eraseFreeText(personId);
        people.forgetPublishedEvents(personId);
    }

    private ConsentScope scope(String name, String field, List<Problems.FieldError> violations) {
        if (name == null || name.isBlank()) {
            violations.add(new Problems.FieldError(field, "обязательное поле"));
            return null;
        }
        try {
            return ConsentScope.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Problems.FieldError(field, "неизвестный вид согласия; допустимы PERSONAL_DATA_PROCESSING и NAME_PUBLICATION"));
            return null;
        }
    }

    private LocalDate date(String text, String field, List<Problems.FieldError> violations) {
        return PastDates.parse(text, field, violations, clock);
    }
}
