package ru.nastavnik.monitoring.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.indicator.IndicatorSources;
import ru.nastavnik.monitoring.domain.indicator.PairProgress;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * The pairs behind an organization's indicators. Pairs are the organization's people's business: only those who may
 * see its people (its curator, the municipal curator) get them; the regional institute stops at organizations.
 */
@Service
public class PairDrillDown {

    private final IndicatorSources sources;
    private final UnitDirectory directory;
    private final IndicatorProjection projection;

    public PairDrillDown(IndicatorSources sources, UnitDirectory directory, IndicatorProjection projection) {
        this.sources = sources;
        this.directory = directory;
        this.projection = projection;
    }

    /** The organization's pairs that started in the academic year (the current one when null). */
    @Transactional(readOnly = true)
    public List<PairProgress> pairs(Caller caller, UUID organizationId, AcademicYear year) {
        Place place = directory.placeOf(organizationId)
                .filter(p -> p.organizationId() != null)
                .or(() -> sources.placeOf(organizationId))
                .orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_KNOWN",
                        "По этой организации ещё нет данных мониторинга."));
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place),
                "Пары этой организации видят её куратор и куратор муниципалитета.");
        return sources.pairsOf(organizationId, year == null ? projection.currentYear() : year);
    }
}
