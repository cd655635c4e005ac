package ru.nastavnik.pairing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.EligibleParticipants;
import ru.nastavnik.pairing.domain.OrganizationPlaces;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/** The checks the services after forming share: places, access, participants, dates and codes from requests. */
@Component
class PairingRules {

    private final EligibleParticipants participants;
    private final OrganizationPlaces places;
    private final Clock clock;

    PairingRules(EligibleParticipants participants, OrganizationPlaces places, Clock clock) {
        this.participants = participants;
        this.places = places;
        this.clock = clock;
    }

    Place placeOf(UUID organizationId) {
        UUID[] place = places.of(organizationId).orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_KNOWN",
                "Организация ещё не известна сервису подбора пар."));
        return new Place(place[0], place[1], organizationId);
    }

    static Place placeOf(Pair pair) {
        return new Place(pair.regionId(), pair.municipalityId(), pair.organizationId());
    }

    Place requireManages(Caller caller, UUID organizationId, String detail) {
        Place place = placeOf(organizationId);
        AccessPolicy.require(manages(caller, place), detail);
        return place;
    }

    /**
     * Changing pairs and orders after forming is the organization's curator's work; the municipal curator, whom
     * {@link AccessPolicy#canManagePeople} also lets register people, only reads them here.
     */
    static boolean manages(Caller caller, Place place) {
        return AccessPolicy.canManagePeople(caller, place) && caller.has(Role.SCHOOL_CURATOR)
                && caller.actsFor(place.organizationId());
    }

    Place requireSees(Caller caller, UUID organizationId, String detail) {
        Place place = placeOf(organizationId);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place), detail);
        return place;
    }

    /** The same rules as forming: known, consent to processing, the role in the programme. */
    EligibleParticipant requireParticipant(UUID id, ProgrammeRole role, String who) {
        EligibleParticipant participant = participants.participant(id).orElseThrow(() -> ProblemException.unprocessable(
                "PERSON_NOT_KNOWN", "Сервис подбора пар не знает человека, указанного как " + who + "."));
        if (!participant.consentToProcessing()) {
            throw ProblemException.unprocessable("CONSENT_MISSING", "Нет письменного согласия на обработку персональных данных ("
                    + who + "): такого участника нельзя включить в пару.");
        }
        if (participant.programmeRole() != role) {
            throw ProblemException.unprocessable("ROLE_MISMATCH", "Человек, указанный как " + who
                    + ", зарегистрирован в программе в другой роли.");
        }
        return participant;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "обязательное поле"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.isAfter(today().plusYears(PairService.MAX_YEARS + 1))) {
                errors.add(new FieldError(field, "дата вне допустимого диапазона"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "дата в формате ГГГГ-ММ-ДД"));
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "обязательное поле"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "неизвестное значение"));
            return null;
        }
    }

    /** Trimmed text of at most {@code max} characters; an error if it is required and blank, or too long. */
    static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "обязательное поле"));
            }
            return text.isEmpty() ? null : text;
        }
        if (text.length() > max) {
            errors.add(new FieldError(field, "не длиннее " + max + " символов"));
        }
        return text;
    }
}
