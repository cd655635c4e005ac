package ru.nastavnik.pairing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.PairFormed;
import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.EligibleParticipants;
import ru.nastavnik.pairing.domain.MentorCapacities;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.Pairs;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * Forms pairs and groups and keeps mentors' capacities. Every rule of the target model is checked before anything
 * is stored: consent to processing (152-ФЗ) of each participant, roles, one region (and one municipality for a
 * network pair), no mentee in two active pairs, no duplicate pair, the mentor's capacity, one form, sane dates.
 */
@Service
public class PairService {

    /** A programme runs at most three academic years. */
    static final int MAX_YEARS = 3;

    private final Pairs pairs;
    private final EligibleParticipants participants;
    private final MentorCapacities capacities;
    private final IntegrationEventPublisher events;
    private final PairingRules rules;
    private final Clock clock;

    PairService(Pairs pairs, EligibleParticipants participants, MentorCapacities capacities,
            IntegrationEventPublisher events, PairingRules rules, Clock clock) {
        this.pairs = pairs;
        this.participants = participants;
        this.capacities = capacities;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public Pair form(Caller caller, UUID organizationId, FormPair command) {
        Place place = requireManages(caller, organizationId);
        List<FieldError> errors = new ArrayList<>();
        RoleModel roleModel = PairingRules.parse(RoleModel.class, command.roleModel(), "roleModel", errors);
        MentoringFormat format = PairingRules.parse(MentoringFormat.class, command.format(), "format", errors);
        LocalDate startsOn = rules.date(command.startsOn(), "startsOn", errors);
        LocalDate endsOn = rules.date(command.endsOn(), "endsOn", errors);
        if (command.mentorId() == null) {
            errors.add(new FieldError("mentorId", "обязательное поле"));
        }
        Set<UUID> mentees = new LinkedHashSet<>(command.menteeIds() == null ? List.of() : command.menteeIds());
        if (mentees.isEmpty()) {
            errors.add(new FieldError("menteeIds", "укажите хотя бы одного наставляемого"));
        } else if (mentees.size() != command.menteeIds().size()) {
            errors.add(new FieldError("menteeIds", "наставляемый указан дважды"));
        }
        if (format != null && !mentees.isEmpty() && (format == MentoringFormat.GROUP) != (mentees.size() > 1)) {
            errors.add(new FieldError("format", mentees.size() > 1
                    ? "нескольких наставляемых объединяет групповая форма (GROUP)"
                    : "в группе должно быть не меньше двух наставляемых"));
        }
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                errors.add(new FieldError("endsOn", "не раньше даты начала"));
            } else if (endsOn.isAfter(startsOn.plusYears(MAX_YEARS))) {
                errors.add(new FieldError("endsOn", "программа длится не больше трёх лет"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        EligibleParticipant mentor = rules.requireParticipant(command.mentorId(), ProgrammeRole.MENTOR_CANDIDATE, "наставник");
        List<EligibleParticipant> members = mentees.stream()
                .map(id -> rules.requireParticipant(id, ProgrammeRole.MENTEE_CANDIDATE, "наставляемый")).toList();
        for (EligibleParticipant member : members) {
            if (!member.organizationId().equals(organizationId) && !member.otherOrganizationIds().contains(organizationId)) {
                throw ProblemException.unprocessable("MENTEE_OF_ANOTHER_ORGANIZATION",
                        "Наставляемый не работает в этой организации.");
            }
        }
        if (!mentor.regionId().equals(place.regionId())) {
            throw ProblemException.unprocessable("PAIR_ACROSS_REGIONS", "Наставник и наставляемые должны быть из одного региона.");
        }
        boolean sameOrganization = mentor.organizationId().equals(organizationId)
                || mentor.otherOrganizationIds().contains(organizationId);
        if (!sameOrganization && !mentor.municipalityId().equals(place.municipalityId())) {
            throw ProblemException.unprocessable("PAIR_ACROSS_MUNICIPALITIES",
                    "Сетевое наставничество возможно только между организациями одного муниципалитета.");
        }
        pairs.lockMentor(mentor.personId());
        for (UUID mentee : mentees) {
            pairs.activePairOf(mentee).ifPresent(existing -> {
                throw pairs.pair(existing).map(Pair::mentorId).filter(mentor.personId()::equals).isPresent()
                        ? ProblemException.conflict("DUPLICATE_PAIR", "Такая пара уже сформирована.")
                        : ProblemException.conflict("MENTEE_ALREADY_PAIRED", "Наставляемый уже состоит в действующей паре или группе.");
            });
        }
        int capacity = capacities.of(mentor.personId());
        int load = pairs.activeMenteesOf(mentor.personId());
        if (load + mentees.size() > capacity) {
            throw ProblemException.conflict("MENTOR_OVER_CAPACITY", "Наставник может вести " + capacity
                    + " наставляемых одновременно, уже ведёт " + load + ".");
        }
        Pair pair = new Pair(UUID.randomUUID(), organizationId, place.municipalityId(), place.regionId(), mentor.personId(),
                List.copyOf(mentees), roleModel, format, startsOn, endsOn, PairStatus.ACTIVE, caller.username(),
                clock.instant(), 0);
        pairs.add(pair);
        events.publish(new PairFormed(pair.id(), organizationId, place.municipalityId(), place.regionId(), pair.mentorId(),
                pair.menteeIds(), roleModel, format, startsOn, endsOn));
        return pair;
    }

    @Transactional
    public int setCapacity(Caller caller, UUID mentorId, Integer capacity) {
        EligibleParticipant mentor = participants.participant(mentorId).orElseThrow(() -> ProblemException.notFound(
                "PERSON_NOT_KNOWN", "Сервис подбора пар не знает этого человека."));
        requireManages(caller, mentor.organizationId());
        if (capacity == null || capacity < 1 || capacity > MentorCapacities.MAX) {
            throw ProblemException.invalid(List.of(new FieldError("capacity", "от 1 до " + MentorCapacities.MAX)));
        }
        capacities.set(mentorId, capacity);
        return capacity;
    }

    /** The organization's place if the caller manages its pairs (its curator or the municipal curator); 403 otherwise. */
    Place requireManages(Caller caller, UUID organizationId) {
        Place place = rules.placeOf(organizationId);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place), "Пары этой организации формирует её куратор.");
        return place;
    }
}
