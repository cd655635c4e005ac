package ru.nastavnik.participant.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.participant.application.RegisterPerson;
import ru.nastavnik.participant.application.RegistrationService;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.platform.security.Callers;

/** Registration of people in an organization. */
@RestController
@RequestMapping(path = "/api/participants", produces = MediaType.APPLICATION_JSON_VALUE)
class PeopleController {

    private final RegistrationService registration;

    PeopleController(RegistrationService registration) {
        this.registration = registration;
    }

    record NewPerson(
            @NotBlank(message = "обязательное поле") @Size(max = 300, message = "не длиннее 300 символов") String fullName,
            @Size(max = 200, message = "не длиннее 200 символов") String position,
            @Size(max = 200, message = "не длиннее 200 символов") String subject,
            @NotNull(message = "обязательное поле") @Min(value = 0, message = "не может быть отрицательным")
            @Max(value = Person.MAX_YEARS_OF_EXPERIENCE, message = "не больше 70 лет") Integer yearsOfExperience,
            @NotNull(message = "обязательное поле") ProgrammeRole programmeRole) {
    }

    @PostMapping(path = "/organizations/{organizationId}/people", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Person> register(@PathVariable UUID organizationId, @Valid @RequestBody NewPerson body) {
        Person person = registration.register(Callers.current(), organizationId, new RegisterPerson(body.fullName(), body.position(),
                body.subject(), body.yearsOfExperience(), body.programmeRole()));
        return ResponseEntity.created(URI.create("/api/participants/people/" + person.id())).body(person);
    }

    @GetMapping("/organizations/{organizationId}/people")
    List<Person> people(@PathVariable UUID organizationId) {
        return registration.peopleOf(Callers.current(), organizationId);
    }

    @GetMapping("/people/{personId}")
    Person person(@PathVariable UUID personId) {
        return registration.person(Callers.current(), personId);
    }
}
