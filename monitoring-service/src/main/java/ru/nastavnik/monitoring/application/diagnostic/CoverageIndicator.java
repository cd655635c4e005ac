package ru.nastavnik.monitoring.application.diagnostic;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.domain.diagnostic.CoverageFigures;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRound;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRounds;
import ru.nastavnik.monitoring.domain.diagnostic.Stage;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFacts;

/**
 * Writes DIAGNOSTICS_COVERAGE after every change that can move it (round opened, form submitted, person left or
 * withdrew consent): recomputed from the assignments, so it cannot drift and needs no exactly-once deltas.
 */
@Component
class CoverageIndicator {

    private final DiagnosticRounds rounds;
    private final IndicatorFacts facts;

    CoverageIndicator(DiagnosticRounds rounds, IndicatorFacts facts) {
        this.rounds = rounds;
        this.facts = facts;
    }

    void refresh(DiagnosticRound round) {
        CoverageFigures figures = rounds.coverage(round.place().organizationId(), round.academicYear());
        facts.set(round.place(), round.academicYear(), Indicator.DIAGNOSTICS_COVERAGE, figures.covered(), figures.due());
    }

    /** Refreshes each organization and year the rounds belong to, once. */
    void refreshRounds(Collection<UUID> roundIds) {
        Map<String, DiagnosticRound> byOrganizationYear = new LinkedHashMap<>();
        for (UUID id : new LinkedHashSet<>(roundIds)) {
            rounds.find(id).filter(r -> r.stage() == Stage.QUARTERLY)
                    .ifPresent(r -> byOrganizationYear.putIfAbsent(r.place().organizationId() + ":" + r.academicYear(), r));
        }
        byOrganizationYear.values().forEach(this::refresh);
    }
}
