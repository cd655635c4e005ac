package ru.nastavnik.monitoring.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import ru.nastavnik.monitoring.domain.indicator.OrganizationResults.Key;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.security.Place;

/**
 * Publishes an organization's results for a year (OrganizationResultsRecorded) when its indicator facts changed:
 * whoever writes a fact reports the change here, and the event is written to the outbox once per organization and year
 * just before the transaction commits, with the figures as they stand then. A batch of 500 events that changed the
 * facts of 40 organizations thus costs 40 outbox rows and two statements (one raising the 40 versions, one reading
 * their facts), never anything per event or per fact; and the event commits or rolls back with the facts it
 * describes. Facts a recomputation found unchanged are not reported (JdbcIndicatorFacts), so they publish nothing.
 */
@Component
public class OrganizationResultsOutbox {

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
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            // The fact was written on its own (auto-commit): publish its results in a transaction of their own.
            transactions.executeWithoutResult(tx -> publish(Map.of(new Key(place.organizationId(), year), place)));
            return;
        }
        // Found among the current transaction's synchronizations, not bound to the thread: an inner transaction
        // (REQUIRES_NEW) suspends the outer one's, so each transaction publishes exactly what it changed.
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst()
                .orElseGet(() -> {
                    Pending created = new Pending();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.due.putIfAbsent(new Key(place.organizationId(), year), place);
    }

    /** The organizations and years one transaction changed, published just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Map<Key, Place> due = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            Map<Key, Place> now = new LinkedHashMap<>(due);
            due.clear();
            publish(now);
        }
    }

    private void publish(Map<Key, Place> due) {
        List<Key> keys = new ArrayList<>(due.keySet());
        Map<Key, Long> versions = results.nextVersions(keys);
        Map<Key, Map<Indicator, Sums>> facts = results.facts(keys);
        due.forEach((key, place) -> {
            List<IndicatorResult> indicators = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                Figure figure = Figure.of(indicator, facts.get(key).getOrDefault(indicator, Sums.NONE));
                indicators.add(new IndicatorResult(indicator.name(), indicator.title(), indicator.kind().name(),
                        indicator.target(), figure.value(),
                        OrganizationResultsRecorded.Status.valueOf(figure.status().name()),
                        figure.numerator(), figure.denominator()));
            }
            events.publish(new OrganizationResultsRecorded(place.organizationId(), place.municipalityId(),
                    place.regionId(), key.year().toString(), versions.get(key), indicators));
        });
    }
}
