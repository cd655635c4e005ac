package ru.nastavnik.participant.api;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.participant.application.MentorSelectionService;
import ru.nastavnik.participant.application.MentorSelectionService.Criteria;
import ru.nastavnik.participant.application.MentorSelectionService.CriterionInput;
import ru.nastavnik.participant.application.MentorSelectionService.ReadinessView;
import ru.nastavnik.participant.application.MentorSelectionService.SelectionInput;
import ru.nastavnik.participant.application.MentorSelectionService.SelectionView;
import ru.nastavnik.participant.application.MentorSelectionService.TrainingInput;
import ru.nastavnik.participant.domain.MentorTraining;
import ru.nastavnik.participant.domain.TeachingStaffCount;
import ru.nastavnik.platform.security.Callers;

/**
 * Selection and training of mentors (stage 4): the organization's selection criteria, each candidate's selection,
 * trainings and readiness, and the organization's teaching staff count. Dates, decisions and ids are text so that a
 * wrong value gets a per-field Russian message.
 */
@RestController
@RequestMapping(path = "/api/participants", produces = MediaType.APPLICATION_JSON_VALUE)
class MentorSelectionController {

    private final MentorSelectionService service;

    MentorSelectionController(MentorSelectionService service) {
        this.service = service;
    }

    record Reason(String reason) {
    }

    record TeachingStaffInput(String academicYear, Integer teachingStaff) {
    }

    @GetMapping("/organizations/{organizationId}/selection-criteria")
    Criteria criteria(@PathVariable UUID organizationId) {
        return service.criteria(Callers.current(), organizationId);
    }

    @PutMapping(path = "/organizations/{organizationId}/selection-criteria", consumes = MediaType.APPLICATION_JSON_VALUE)
    Criteria replaceCriteria(@PathVariable UUID organizationId, @RequestBody List<CriterionInput> body) {
        return service.replaceCriteria(Callers.current(), organizationId, body);
    }

    @GetMapping("/people/{personId}/selection")
    SelectionView selection(@PathVariable UUID personId) {
        return service.selection(Callers.current(), personId);
    }

    @PutMapping(path = "/people/{personId}/selection", consumes = MediaType.APPLICATION_JSON_VALUE)
    SelectionView saveSelection(@PathVariable UUID personId, @RequestBody SelectionInput body) {
        return service.saveSelection(Callers.current(), personId, body);
    }

    @GetMapping("/people/{personId}/training")
    List<MentorTraining> trainings(@PathVariable UUID personId) {
        return service.trainings(Callers.current(), personId);
    }

    @PostMapping(path = "/people/{personId}/training", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MentorTraining> addTraining(@PathVariable UUID personId, @RequestBody TrainingInput body) {
        MentorTraining training = service.addTraining(Callers.current(), personId, body);
        return ResponseEntity.created(URI.create("/api/participants/people/" + personId + "/training/" + training.id()))
                .body(training);
    }

    /** The reason comes in a JSON body {"reason": …} or, for clients that send no body with DELETE, as ?reason=. */
    @DeleteMapping("/people/{personId}/training/{trainingId}")
    ResponseEntity<Void> deleteTraining(@PathVariable UUID personId, @PathVariable UUID trainingId,
            @RequestParam(name = "reason", required = false) String reasonParam,
            @RequestBody(required = false) Reason body) {
        String reason = body != null && body.reason() != null ? body.reason() : reasonParam;
        service.deleteTraining(Callers.current(), personId, trainingId, reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/people/{personId}/readiness")
    ReadinessView readiness(@PathVariable UUID personId) {
        return service.readiness(Callers.current(), personId);
    }

    @PutMapping(path = "/people/{personId}/readiness-confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReadinessView confirmReadiness(@PathVariable UUID personId, @RequestBody Reason body) {
        return service.confirmReadiness(Callers.current(), personId, body == null ? null : body.reason());
    }

    @DeleteMapping("/people/{personId}/readiness-confirmation")
    ReadinessView withdrawConfirmation(@PathVariable UUID personId) {
        return service.withdrawConfirmation(Callers.current(), personId);
    }

    @GetMapping("/organizations/{organizationId}/mentor-readiness")
    List<ReadinessView> readinessOf(@PathVariable UUID organizationId) {
        return service.readinessOf(Callers.current(), organizationId);
    }

    @GetMapping("/organizations/{organizationId}/teaching-staff")
    List<TeachingStaffCount> teachingStaff(@PathVariable UUID organizationId) {
        return service.teachingStaffHistory(Callers.current(), organizationId);
    }

    @PutMapping(path = "/organizations/{organizationId}/teaching-staff", consumes = MediaType.APPLICATION_JSON_VALUE)
    TeachingStaffCount recordTeachingStaff(@PathVariable UUID organizationId, @RequestBody TeachingStaffInput body) {
        return service.recordTeachingStaff(Callers.current(), organizationId, body == null ? null : body.academicYear(),
                body == null ? null : body.teachingStaff());
    }
}
