package ru.nastavnik.participant.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.events.participant.QuestionnairePurpose;
import ru.nastavnik.participant.application.QuestionnaireInputs.CopyInput;
import ru.nastavnik.participant.application.QuestionnaireInputs.FormInput;
import ru.nastavnik.participant.application.QuestionnaireInputs.SubmissionInput;
import ru.nastavnik.participant.application.QuestionnaireService;
import ru.nastavnik.participant.application.QuestionnaireService.Candidate;
import ru.nastavnik.participant.application.QuestionnaireService.OrganizationSubmissions;
import ru.nastavnik.participant.application.QuestionnaireService.SubmissionView;
import ru.nastavnik.participant.domain.Question;
import ru.nastavnik.participant.domain.QuestionnaireForm;
import ru.nastavnik.platform.security.Callers;

/**
 * Questionnaires (анкеты): the forms an organization uses (shipped defaults and its copies), copying and editing
 * a copy (versioned), submissions by the person or by the curator from paper, and reading them.
 */
@RestController
@RequestMapping(path = "/api/participants", produces = MediaType.APPLICATION_JSON_VALUE)
class QuestionnaireController {

    private final QuestionnaireService questionnaires;

    QuestionnaireController(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** A form at one version; {@code shipped}: a default, read-only (copy it to change it). */
    record FormView(UUID id, String code, QuestionnairePurpose purpose, UUID organizationId, UUID basedOn, boolean shipped,
            String state, int version, int revision, String title, String description, List<Question> questions) {
        static FormView of(QuestionnaireForm f) {
            return new FormView(f.id(), f.code(), f.purpose(), f.organizationId(), f.basedOn(), f.shipped(),
                    f.state().name(), f.version(), f.revision(), f.title(), f.description(), f.questions());
        }
    }

    @GetMapping("/organizations/{organizationId}/questionnaires")
    List<FormView> forms(@PathVariable UUID organizationId) {
        return questionnaires.forms(Callers.current(), organizationId).stream().map(FormView::of).toList();
    }

    @PostMapping(path = "/organizations/{organizationId}/questionnaires", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FormView> copy(@PathVariable UUID organizationId, @RequestBody CopyInput body) {
        QuestionnaireForm copy = questionnaires.copy(Callers.current(), organizationId, body);
        return ResponseEntity.created(URI.create("/api/participants/questionnaires/" + copy.id())).body(FormView.of(copy));
    }

    @GetMapping("/questionnaires/{formId}")
    FormView form(@PathVariable UUID formId) {
        return FormView.of(questionnaires.form(Callers.current(), formId, null));
    }

    @GetMapping("/questionnaires/{formId}/versions/{version}")
    FormView version(@PathVariable UUID formId, @PathVariable int version) {
        return FormView.of(questionnaires.form(Callers.current(), formId, version));
    }

    @PutMapping(path = "/questionnaires/{formId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    FormView edit(@PathVariable UUID formId, @RequestBody FormInput body) {
        return FormView.of(questionnaires.edit(Callers.current(), formId, body));
    }

    record Archival(Integer revision) {
    }

    /** Archives a copy: it is no longer listed nor filled; its versions and submissions stay. */
    @PostMapping(path = "/questionnaires/{formId}/archive", consumes = MediaType.APPLICATION_JSON_VALUE)
    FormView archive(@PathVariable UUID formId, @RequestBody Archival body) {
        return FormView.of(questionnaires.archive(Callers.current(), formId, body.revision()));
    }

    @PostMapping(path = "/people/{personId}/questionnaires", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionView> submit(@PathVariable UUID personId, @RequestBody SubmissionInput body) {
        SubmissionView submission = questionnaires.submit(Callers.current(), personId, body);
        return ResponseEntity.created(URI.create("/api/participants/people/" + personId + "/questionnaires/" + submission.id()))
                .body(submission);
    }

    @GetMapping("/people/{personId}/questionnaires")
    List<SubmissionView> submissions(@PathVariable UUID personId) {
        return questionnaires.ofPerson(Callers.current(), personId);
    }

    @GetMapping("/people/{personId}/questionnaire-candidates")
    List<Candidate> candidates(@PathVariable UUID personId) {
        return questionnaires.candidates(Callers.current(), personId);
    }

    @GetMapping("/organizations/{organizationId}/questionnaire-submissions")
    OrganizationSubmissions organizationSubmissions(@PathVariable UUID organizationId) {
        return questionnaires.ofOrganization(Callers.current(), organizationId);
    }
}
