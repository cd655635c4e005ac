package ru.nastavnik.monitoring.domain.indicator;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.platform.security.Place;

/**
 * The one place every projection writes an indicator's figures for an organization and academic year: the
 * dashboards of an organization, a municipality and the region are sums over these rows, so they answer from
 * one small table whatever the size of the region. Projections call {@link #set} with a recomputed pair of
 * figures, or {@link #add} with deltas from an idempotently consumed event.
 */
public interface IndicatorFacts {

    /** Replaces the figures; {@code place} must name the organization, its municipality and region. */
    void set(Place place, AcademicYear year, Indicator indicator, long numerator, long denominator);

    /** Adds deltas (may be negative) to the figures, creating the row at zero first. */
    void add(Place place, AcademicYear year, Indicator indicator, long numeratorDelta, long denominatorDelta);

    /**
     * Takes, until the end of the caller's transaction, the write locks of the given municipalities' figures, always in
     * the same order. Each fact also updates its municipality's totals (V8), so two batches writing facts of the same
     * municipalities in different orders would deadlock on those totals; a writer of many organizations calls this
     * first with every municipality it will touch.
     */
    void lockMunicipalities(Collection<UUID> municipalityIds);

    /**
     * Forgets the figures of the given indicators: the first step of rebuilding the projections that feed them from
     * the topics. Indicators fed otherwise (roadmaps, diagnostics) keep theirs.
     */
    void clear(Set<Indicator> indicators);
}
