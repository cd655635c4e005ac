package ru.nastavnik.monitoring.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded.IndicatorResult;
import ru.nastavnik.monitoring.domain.dashboard.Figure;
import ru.nastavnik.monitoring.domain.dashboard.Sums;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.OrganizationResults;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.security.Place;

/**
 * Publishes an organization's results for a year (OrganizationResultsRecorded) when its indicator facts changed:
 * whoever writes a fact reports the change here, and the event is written to the outbox once per organization and year
 * just before the transaction commits, with the figures as they stand then. A batch of 500 events that changed the
 * facts of 40 organizations thus costs 40 events (and, per organization, one version raise and one read of its
 * facts), never one per event or per fact; and the event commits or rolls back with the facts it describes.
 */
@Component
public class OrganizationResultsOutbox {

    /** The key of the current transaction's pending organizations and years. */
    private static final Object PENDING = new Object();

    private record Key(UUID organizationId, AcademicYear year) {
    }

    private final OrganizationResults results;
    private final IntegrationEventPublisher events;
    private final TransactionTemplate transactions;

    public OrganizationResultsOutbox(OrganizationResults results, IntegrationEventPublisher events,
            TransactionTemplate transactions) {
        this.results = results;
        this.events = events;
        this.transactions = transactions;
    }

    /** The facts of this organization (with its municipality and region) and year changed. */
    public void changed(Place place, AcademicYear year) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // The fact was written on its own (auto-commit): publish its results in a transaction of their own.
            transactions.executeWithoutResult(tx -> publish(place, year));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Key, Place> pending = (Map<Key, Place>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Map<Key, Place> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(PENDING, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // Copied: publishing writes no facts, but stay safe should a writer report more meanwhile.
                    List<Map.Entry<Key, Place>> due = new ArrayList<>(created.entrySet());
                    created.clear();
                    due.forEach(entry -> publish(entry.getValue(), entry.getKey().year()));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = created;
        }
        pending.putIfAbsent(new Key(place.organizationId(), year), place);
    }

    private void publish(Place place, AcademicYear year) {
        long version = results.nextVersion(place.organizationId(), year);
        Map<Indicator, Sums> facts = results.facts(place.organizationId(), year);
        List<IndicatorResult> indicators = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Figure figure = Figure.of(indicator, facts.getOrDefault(indicator, Sums.NONE));
            indicators.add(new IndicatorResult(indicator.name(), indicator.title(), indicator.kind().name(),
                    indicator.target(), figure.value(),
                    OrganizationResultsRecorded.Status.valueOf(figure.status().name()),
                    figure.numerator(), figure.denominator()));
        }
        events.publish(new OrganizationResultsRecorded(place.organizationId(), place.municipalityId(), place.regionId(),
                year.toString(), version, indicators));
    }
}
