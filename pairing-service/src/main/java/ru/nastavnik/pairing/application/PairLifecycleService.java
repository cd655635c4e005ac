package ru.nastavnik.pairing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.pairing.PairChangeReason;
import ru.nastavnik.events.pairing.PairDissolved;
import ru.nastavnik.events.pairing.PairMemberReplaced;
import ru.nastavnik.events.pairing.PairMentorReplaced;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.MentorCapacities;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.PairChanges;
import ru.nastavnik.pairing.domain.PairChanges.Dissolution;
import ru.nastavnik.pairing.domain.PairConsent;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.PairingOrders;
import ru.nastavnik.pairing.domain.Pairs;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * A pair or group after forming: each participant's written consent, dissolution, a mentee or the mentor replaced.
 * Every change takes the version the curator saw and bumps it (409 PAIR_CHANGED_CONCURRENTLY when stale); a
 * newcomer passes the same rules as at forming; events leave through the outbox in the same transaction.
 */
@Service
public class PairLifecycleService {

    private final Pairs pairs;
    private final PairChanges changes;
    private final PairingOrders orders;
    private final MentorCapacities capacities;
    private final PairingRules rules;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    PairLifecycleService(Pairs pairs, PairChanges changes, PairingOrders orders, MentorCapacities capacities,
            PairingRules rules, IntegrationEventPublisher events, Clock clock) {
        this.pairs = pairs;
        this.changes = changes;
        this.orders = orders;
        this.capacities = capacities;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** A pair for its members, the organization's curator and the municipal curator. */
    @Transactional(readOnly = true)
    public PairDetails details(Caller caller, UUID pairId) {
        Pair pair = find(pairId);
        boolean member = caller.personId() != null
                && (caller.personId().equals(pair.mentorId()) || pair.menteeIds().contains(caller.personId()));
        AccessPolicy.require(member || AccessPolicy.canSeePeople(caller, PairingRules.placeOf(pair)),
                "Эта пара вам недоступна.");
        return details(pair);
    }

    @Transactional(readOnly = true)
    public List<PairDetails> ofOrganization(Caller caller, UUID organizationId) {
        rules.requireSees(caller, organizationId, "Пары этой организации вам недоступны.");
        return pairs.ofOrganization(organizationId).stream().map(this::details).toList();
    }

    PairDetails details(Pair pair) {
        Set<UUID> people = people(pair);
        List<PairConsent> consents = changes.consents(pair.id()).stream()
                .filter(c -> people.contains(c.participantId())).toList();
        return new PairDetails(pair, consents, consents.size() == people.size(),
                changes.dissolution(pair.id()).orElse(null), orders.orderOf(pair.id()).orElse(null));
    }

    @Transactional
    public PairDetails recordConsent(Caller caller, UUID pairId, PairCommands.RecordConsent command) {
        Pair pair = manageable(caller, pairId);
        List<FieldError> errors = new ArrayList<>();
        if (command.participantId() == null) {
            errors.add(new FieldError("participantId", "обязательное поле"));
        } else if (!people(pair).contains(command.participantId())) {
            errors.add(new FieldError("participantId", "этот человек не состоит в паре"));
        }
        LocalDate signedOn = rules.date(command.signedOn(), "signedOn", errors);
        if (signedOn != null && signedOn.isAfter(rules.today())) {
            errors.add(new FieldError("signedOn", "не позже сегодняшнего дня"));
        }
        String document = PairingRules.text(command.documentRef(), "documentRef", 100, true, errors);
        version(command.version(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireActive(pair);
        bump(pair, command.version());
        changes.recordConsent(pairId, new PairConsent(command.participantId(), signedOn, document, caller.username(),
                clock.instant()));
        return details(find(pairId));
    }

    @Transactional
    public PairDetails dissolve(Caller caller, UUID pairId, PairCommands.Dissolve command) {
        Pair pair = manageable(caller, pairId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = rules.date(command.dissolvedOn(), "dissolvedOn", errors);
        if (on != null && on.isBefore(pair.startsOn())) {
            errors.add(new FieldError("dissolvedOn", "не раньше начала работы пары"));
        }
        PairChangeReason reason = PairingRules.parse(PairChangeReason.class, command.reason(), "reason", errors);
        String note = PairingRules.text(command.note(), "note", 500, false, errors);
        version(command.version(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireActive(pair);
        bump(pair, command.version());
        changes.dissolve(pairId, new Dissolution(on, reason, note, caller.username()));
        events.publish(new PairDissolved(pair.id(), pair.organizationId(), pair.municipalityId(), pair.regionId(),
                pair.mentorId(), pair.menteeIds(), on, reason));
        return details(find(pairId));
    }

    @Transactional
    public PairDetails replaceMentee(Caller caller, UUID pairId, PairCommands.ReplaceMentee command) {
        Pair pair = manageable(caller, pairId);
        List<FieldError> errors = new ArrayList<>();
        if (command.leavingMenteeId() == null) {
            errors.add(new FieldError("leavingMenteeId", "обязательное поле"));
        } else if (!pair.menteeIds().contains(command.leavingMenteeId())) {
            errors.add(new FieldError("leavingMenteeId", "этот человек не состоит в паре"));
        }
        if (command.joiningMenteeId() == null) {
            errors.add(new FieldError("joiningMenteeId", "обязательное поле"));
        }
        Change change = change(pair, command.changedOn(), command.reason(), command.consentSignedOn(),
                command.consentDocumentRef(), command.version(), errors);
        UUID joining = command.joiningMenteeId();
        requireActive(pair);
        EligibleParticipant newcomer = rules.requireParticipant(joining, ProgrammeRole.MENTEE_CANDIDATE, "наставляемый");
        if (!newcomer.organizationId().equals(pair.organizationId())
                && !newcomer.otherOrganizationIds().contains(pair.organizationId())) {
            throw ProblemException.unprocessable("MENTEE_OF_ANOTHER_ORGANIZATION", "Наставляемый не работает в этой организации.");
        }
        pairs.lockMentor(pair.mentorId());
        if (changes.everMember(pairId, joining)) {
            throw ProblemException.conflict("MENTEE_WAS_IN_PAIR", "Этот наставляемый уже состоял в этой паре или группе.");
        }
        pairs.activePairOf(joining).ifPresent(existing -> {
            throw ProblemException.conflict("MENTEE_ALREADY_PAIRED", "Наставляемый уже состоит в действующей паре или группе.");
        });
        int capacity = capacities.of(pair.mentorId());
        int load = pairs.activeMenteesOf(pair.mentorId());
        if (load > capacity) {
            throw ProblemException.conflict("MENTOR_OVER_CAPACITY", "Наставник может вести " + capacity
                    + " наставляемых одновременно, уже ведёт " + load + ".");
        }
        bump(pair, command.version());
        changes.replaceMentee(pairId, command.leavingMenteeId(), joining, change.on(), change.reason(), caller.username());
        changes.recordConsent(pairId, new PairConsent(joining, change.consentSignedOn(), change.consentDocument(),
                caller.username(), clock.instant()));
        events.publish(new PairMemberReplaced(pair.id(), pair.organizationId(), pair.municipalityId(), pair.regionId(),
                command.leavingMenteeId(), joining, change.on(), change.reason()));
        return details(find(pairId));
    }

    @Transactional
    public PairDetails replaceMentor(Caller caller, UUID pairId, PairCommands.ReplaceMentor command) {
        Pair pair = manageable(caller, pairId);
        List<FieldError> errors = new ArrayList<>();
        if (command.newMentorId() == null) {
            errors.add(new FieldError("newMentorId", "обязательное поле"));
        } else if (command.newMentorId().equals(pair.mentorId())) {
            errors.add(new FieldError("newMentorId", "это нынешний наставник пары"));
        }
        Change change = change(pair, command.changedOn(), command.reason(), command.consentSignedOn(),
                command.consentDocumentRef(), command.version(), errors);
        requireActive(pair);
        Place place = PairingRules.placeOf(pair);
        EligibleParticipant mentor = rules.requireParticipant(command.newMentorId(), ProgrammeRole.MENTOR_CANDIDATE, "наставник");
        if (!mentor.regionId().equals(place.regionId())) {
            throw ProblemException.unprocessable("PAIR_ACROSS_REGIONS", "Наставник и наставляемые должны быть из одного региона.");
        }
        boolean sameOrganization = mentor.organizationId().equals(pair.organizationId())
                || mentor.otherOrganizationIds().contains(pair.organizationId());
        if (!sameOrganization && !mentor.municipalityId().equals(place.municipalityId())) {
            throw ProblemException.unprocessable("PAIR_ACROSS_MUNICIPALITIES",
                    "Сетевое наставничество возможно только между организациями одного муниципалитета.");
        }
        pairs.lockMentor(mentor.personId());
        if (changes.everMentor(pairId, mentor.personId())) {
            throw ProblemException.conflict("MENTOR_WAS_IN_PAIR", "Этот наставник уже вёл эту пару или группу.");
        }
        int capacity = capacities.of(mentor.personId());
        int load = pairs.activeMenteesOf(mentor.personId());
        if (load + pair.menteeIds().size() > capacity) {
            throw ProblemException.conflict("MENTOR_OVER_CAPACITY", "Наставник может вести " + capacity
                    + " наставляемых одновременно, уже ведёт " + load + ".");
        }
        bump(pair, command.version());
        changes.replaceMentor(pairId, pair.mentorId(), mentor.personId(), change.on(), change.reason(), caller.username(),
                clock.instant());
        changes.recordConsent(pairId, new PairConsent(mentor.personId(), change.consentSignedOn(), change.consentDocument(),
                caller.username(), clock.instant()));
        events.publish(new PairMentorReplaced(pair.id(), pair.organizationId(), pair.municipalityId(), pair.regionId(),
                pair.mentorId(), mentor.personId(), change.on(), change.reason()));
        return details(find(pairId));
    }

    private record Change(LocalDate on, PairChangeReason reason, LocalDate consentSignedOn, String consentDocument) {
    }

    /** The fields both replacements share; throws 400 with every field error found, the caller's too. */
    private Change change(Pair pair, String changedOn, String reasonCode, String consentSignedOn, String consentDocumentRef,
            Integer version, List<FieldError> errors) {
        LocalDate on = rules.date(changedOn, "changedOn", errors);
        if (on != null && (on.isBefore(pair.startsOn()) || on.isAfter(pair.endsOn()))) {
            errors.add(new FieldError("changedOn", "в пределах дат работы пары"));
        }
        PairChangeReason reason = PairingRules.parse(PairChangeReason.class, reasonCode, "reason", errors);
        LocalDate signedOn = rules.date(consentSignedOn, "consentSignedOn", errors);
        if (signedOn != null && signedOn.isAfter(rules.today())) {
            errors.add(new FieldError("consentSignedOn", "не позже сегодняшнего дня"));
        }
        String document = PairingRules.text(consentDocumentRef, "consentDocumentRef", 100, true, errors);
        version(version, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Change(on, reason, signedOn, document);
    }

    private static void version(Integer version, List<FieldError> errors) {
        if (version == null) {
            errors.add(new FieldError("version", "укажите версию пары, которую вы видели"));
        }
    }

    private Pair find(UUID pairId) {
        return pairs.pair(pairId).orElseThrow(() -> ProblemException.notFound("PAIR_NOT_FOUND", "Пара не найдена."));
    }

    private Pair manageable(Caller caller, UUID pairId) {
        Pair pair = find(pairId);
        AccessPolicy.require(PairingRules.manages(caller, PairingRules.placeOf(pair)),
                "Пары этой организации ведёт её куратор.");
        return pair;
    }

    private static void requireActive(Pair pair) {
        if (pair.status() != PairStatus.ACTIVE) {
            throw ProblemException.conflict("PAIR_NOT_ACTIVE", "Пара или группа уже не действует: изменить её нельзя.");
        }
    }

    /** The optimistic lock: the version the curator saw must still be the pair's, and becomes the next one. */
    private void bump(Pair pair, int seen) {
        if (pair.version() != seen || !changes.bumpVersion(pair.id(), seen)) {
            throw ProblemException.conflict("PAIR_CHANGED_CONCURRENTLY",
                    "Пару только что изменил кто-то другой. Обновите страницу и повторите действие.");
        }
    }

    static Set<UUID> people(Pair pair) {
        Set<UUID> people = new HashSet<>(pair.menteeIds());
        people.add(pair.mentorId());
        return people;
    }
}
