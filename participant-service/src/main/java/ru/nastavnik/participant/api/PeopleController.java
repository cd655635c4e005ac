package ru.nastavnik.participant.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.participant.application.PersonInput;
import ru.nastavnik.participant.application.PersonProfileService;
import ru.nastavnik.participant.application.PersonProfileService.PersonCard;
import ru.nastavnik.participant.application.PersonProfileService.WorkPlace;
import ru.nastavnik.participant.application.RegistrationService;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.platform.security.Callers;

/** People of the banks: registration, the person's card and its changes. */
@RestController
@RequestMapping(path = "/api/participants", produces = MediaType.APPLICATION_JSON_VALUE)
class PeopleController {

    private final RegistrationService registration;
    private final PersonProfileService profiles;

    PeopleController(RegistrationService registration, PersonProfileService profiles) {
        this.registration = registration;
        this.profiles = profiles;
    }

    /** A person as the portal sends them; checked by the application's validator, in Russian, field by field. */
    record PersonBody(String fullName, String position, List<String> subjects, String qualificationCategory,
            Integer yearsOfExperience, String email, String phone, String programmeRole, Integer version) {

        PersonInput input() {
            return new PersonInput(fullName, position, subjects, qualificationCategory,
                    yearsOfExperience == null ? null : yearsOfExperience.toString(), email, phone, programmeRole);
        }
    }

    record StatusBody(String status, String reason, Integer version) {
    }

    record RoleBody(String academicYear, String programmeRole) {
    }

    record EmploymentBody(UUID organizationId, String position, String since) {
    }

    record RoleView(String academicYear, ProgrammeRole programmeRole) {
    }

    /** The card: every field of the person, where else they work, roles by year and the statuses that may follow. */
    record CardView(UUID id, UUID organizationId, String fullName, String position, List<String> subjects,
            QualificationCategory qualificationCategory, int yearsOfExperience, String email, String phone,
            ProgrammeRole programmeRole, ParticipantStatus status, String statusReason, Instant registeredAt, int version,
            List<WorkPlace> otherOrganizations, List<RoleView> roles, List<ParticipantStatus> nextStatuses) {

        static CardView of(PersonCard card) {
            Person p = card.person();
            return new CardView(p.id(), p.organizationId(), p.fullName(), p.position(), p.subjects(),
                    p.qualificationCategory(), p.yearsOfExperience(), p.email(), p.phone(), p.programmeRole(), p.status(),
                    p.statusReason(), p.registeredAt(), p.version(), card.otherOrganizations(),
                    card.roles().stream().map(r -> new RoleView(r.academicYear().toString(), r.programmeRole())).toList(),
                    card.nextStatuses().stream().sorted().toList());
        }
    }

    @PostMapping(path = "/organizations/{organizationId}/people", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Person> register(@PathVariable UUID organizationId, @RequestBody PersonBody body) {
        Person person = registration.register(Callers.current(), organizationId, body.input());
        return ResponseEntity.created(URI.create("/api/participants/people/" + person.id())).body(person);
    }

    @GetMapping("/organizations/{organizationId}/people")
    List<Person> people(@PathVariable UUID organizationId) {
        return registration.peopleOf(Callers.current(), organizationId);
    }

    @GetMapping("/people/{personId}")
    CardView person(@PathVariable UUID personId) {
        return CardView.of(profiles.card(Callers.current(), personId));
    }

    @PutMapping(path = "/people/{personId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CardView update(@PathVariable UUID personId, @RequestBody PersonBody body) {
        return CardView.of(profiles.update(Callers.current(), personId, body.input(), body.version()));
    }

    @PostMapping(path = "/people/{personId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    CardView changeStatus(@PathVariable UUID personId, @RequestBody StatusBody body) {
        return CardView.of(profiles.changeStatus(Callers.current(), personId, body.status(), body.reason(), body.version()));
    }

    @PostMapping(path = "/people/{personId}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    CardView recordRole(@PathVariable UUID personId, @RequestBody RoleBody body) {
        return CardView.of(profiles.recordRole(Callers.current(), personId, body.academicYear(), body.programmeRole()));
    }

    @PostMapping(path = "/people/{personId}/employments", consumes = MediaType.APPLICATION_JSON_VALUE)
    CardView employ(@PathVariable UUID personId, @RequestBody EmploymentBody body) {
        return CardView.of(profiles.employ(Callers.current(), personId, body.organizationId(), body.position(), body.since()));
    }

    @DeleteMapping("/people/{personId}/employments/{organizationId}")
    CardView dismiss(@PathVariable UUID personId, @PathVariable UUID organizationId) {
        return CardView.of(profiles.dismiss(Callers.current(), personId, organizationId));
    }
}
