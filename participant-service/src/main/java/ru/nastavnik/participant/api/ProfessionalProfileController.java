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

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.nastavnik.participant.application.ProfessionalProfileService;
import ru.nastavnik.participant.application.ProfessionalProfileService.Figures;
import ru.nastavnik.participant.application.ProfessionalProfileService.NamedEntry;
import ru.nastavnik.participant.application.TopicEntryInput;
import ru.nastavnik.participant.domain.Topic;
import ru.nastavnik.participant.domain.TopicKind;
import ru.nastavnik.platform.security.Callers;

/**
 * The taxonomy of professional topics, people's professional requests (mentees) and competencies (mentors),
 * and the organization's figures of both for monitoring.
 */
@RestController
@RequestMapping(path = "/api/participants", produces = MediaType.APPLICATION_JSON_VALUE)
class ProfessionalProfileController {

    private final ProfessionalProfileService profiles;

    ProfessionalProfileController(ProfessionalProfileService profiles) {
        this.profiles = profiles;
    }

    record Level(int value, String name) {
    }

    record TaxonomyView(List<TopicView> topics, List<Level> requestLevels, List<Level> competencyLevels) {
    }

    record TopicView(String code, String name, String group, boolean regional) {
        static TopicView of(Topic t) {
            return new TopicView(t.code(), t.name(), t.group(), t.regionId() != null);
        }
    }

    record NewTopic(
            @NotBlank(message = "обязательное поле")
            @Pattern(regexp = Topic.CODE_PATTERN, message = "латинские заглавные буквы, цифры и «_», от 2 до 60 символов") String code,
            @NotBlank(message = "обязательное поле") @Size(max = 200, message = "не длиннее 200 символов") String name,
            @NotBlank(message = "обязательное поле") @Size(max = 200, message = "не длиннее 200 символов") String group) {
    }

    @GetMapping("/taxonomy")
    TaxonomyView taxonomy() {
        return new TaxonomyView(profiles.taxonomy(Callers.current()).stream().map(TopicView::of).toList(),
                levels(TopicKind.REQUEST), levels(TopicKind.COMPETENCY));
    }

    @PostMapping(path = "/taxonomy", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TopicView> addTopic(@Valid @RequestBody NewTopic body) {
        Topic topic = profiles.addTopic(Callers.current(), body.code(), body.name(), body.group());
        return ResponseEntity.created(URI.create("/api/participants/taxonomy/" + topic.code())).body(TopicView.of(topic));
    }

    @GetMapping("/people/{personId}/requests")
    List<NamedEntry> requests(@PathVariable UUID personId) {
        return profiles.entries(Callers.current(), personId, TopicKind.REQUEST);
    }

    @PutMapping(path = "/people/{personId}/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<NamedEntry> replaceRequests(@PathVariable UUID personId, @RequestBody List<TopicEntryInput> body) {
        return profiles.replace(Callers.current(), personId, TopicKind.REQUEST, body);
    }

    @GetMapping("/people/{personId}/competencies")
    List<NamedEntry> competencies(@PathVariable UUID personId) {
        return profiles.entries(Callers.current(), personId, TopicKind.COMPETENCY);
    }

    @PutMapping(path = "/people/{personId}/competencies", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<NamedEntry> replaceCompetencies(@PathVariable UUID personId, @RequestBody List<TopicEntryInput> body) {
        return profiles.replace(Callers.current(), personId, TopicKind.COMPETENCY, body);
    }

    @GetMapping("/organizations/{organizationId}/figures")
    Figures figures(@PathVariable UUID organizationId) {
        return profiles.figures(Callers.current(), organizationId);
    }

    private static List<Level> levels(TopicKind kind) {
        return java.util.stream.IntStream.rangeClosed(TopicKind.MIN_LEVEL, TopicKind.MAX_LEVEL)
                .mapToObj(l -> new Level(l, kind.levelName(l))).toList();
    }
}
