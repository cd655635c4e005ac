package ru.nastavnik.participant.api;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.participant.application.BankService;
import ru.nastavnik.participant.domain.BankPage;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.platform.security.Callers;

/** The banks of mentors and mentees, filtered and searched, page by page. */
@RestController
@RequestMapping(path = "/api/participants", produces = MediaType.APPLICATION_JSON_VALUE)
class BankController {

    private final BankService bank;

    BankController(BankService bank) {
        this.bank = bank;
    }

    record Entry(Person person, boolean consented) {
    }

    record Page(long total, int page, int size, List<Entry> items) {

        static Page of(BankPage found, BankService.Filters filters) {
            int size = filters.size() == null ? 50 : filters.size();
            int page = filters.page() == null ? 0 : filters.page();
            return new Page(found.total(), page, size, found.people().stream()
                    .map(p -> new Entry(p, found.consented().contains(p.id()))).toList());
        }
    }

    /** Filters arrive as query parameters: role, status, category, topic, consent, q, page, size. */
    @GetMapping("/organizations/{organizationId}/bank")
    Page ofOrganization(@PathVariable UUID organizationId, BankService.Filters filters) {
        return Page.of(bank.ofOrganization(Callers.current(), organizationId, filters), filters);
    }

    @GetMapping("/municipalities/{municipalityId}/bank")
    Page ofMunicipality(@PathVariable UUID municipalityId, BankService.Filters filters) {
        return Page.of(bank.ofMunicipality(Callers.current(), municipalityId, filters), filters);
    }
}
