package ru.nastavnik.publication.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.Callers;
import ru.nastavnik.publication.application.NewsService;
import ru.nastavnik.publication.domain.ContentPlanEntry;
import ru.nastavnik.publication.domain.NewsItem;

/** News and the content plan of an organization's «Наставничество» website section. */
@RestController
@RequestMapping(path = "/api/publications", produces = MediaType.APPLICATION_JSON_VALUE)
class NewsController {

    private final NewsService news;

    NewsController(NewsService news) {
        this.news = news;
    }

    record EditNews(Long version, String title, String body, LocalDate date, String rubric) {
    }

    record PlanEntry(String topic, String rubric, LocalDate plannedOn) {
    }

    @PostMapping("/organizations/{organizationId}/news")
    @ResponseStatus(HttpStatus.CREATED)
    NewsItem write(@PathVariable UUID organizationId, @RequestBody NewsService.Draft draft) {
        return news.write(Callers.current(), organizationId, draft);
    }

    @PutMapping("/news/{id}")
    NewsItem edit(@PathVariable UUID id, @RequestBody EditNews request) {
        if (request.version() == null) {
            throw ProblemException.invalid(List.of(new Problems.FieldError("version", "обязательное поле")));
        }
        return news.edit(Callers.current(), id, request.version(),
                new NewsService.Draft(request.title(), request.body(), request.date(), request.rubric(), null));
    }

    @GetMapping("/organizations/{organizationId}/news")
    List<NewsItem> news(@PathVariable UUID organizationId, @RequestParam(required = false) String rubric) {
        return news.news(Callers.current(), organizationId, rubric);
    }

    @PostMapping("/organizations/{organizationId}/content-plan")
    @ResponseStatus(HttpStatus.CREATED)
    ContentPlanEntry plan(@PathVariable UUID organizationId, @RequestBody PlanEntry entry) {
        return news.plan(Callers.current(), organizationId, entry.topic(), entry.rubric(), entry.plannedOn());
    }

    @GetMapping("/organizations/{organizationId}/content-plan")
    List<ContentPlanEntry> plan(@PathVariable UUID organizationId) {
        return news.plan(Callers.current(), organizationId);
    }
}
