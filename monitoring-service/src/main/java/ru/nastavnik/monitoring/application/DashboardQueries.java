package ru.nastavnik.monitoring.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.dashboard.Breakdown;
import ru.nastavnik.monitoring.domain.dashboard.ChildTotals;
import ru.nastavnik.monitoring.domain.dashboard.Dashboard;
import ru.nastavnik.monitoring.domain.dashboard.FactTotals;
import ru.nastavnik.monitoring.domain.dashboard.Figure;
import ru.nastavnik.monitoring.domain.dashboard.Reading;
import ru.nastavnik.monitoring.domain.dashboard.Status;
import ru.nastavnik.monitoring.domain.dashboard.Sums;
import ru.nastavnik.monitoring.domain.dashboard.TrendPoint;
import ru.nastavnik.monitoring.domain.dashboard.UnitFigures;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.directory.Unit.Level;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/**
 * The indicator dashboards of an organization, a municipality and a region, and their breakdown into child units.
 * Figures are sums of the organizations' facts; no person is named anywhere, so every curator level may see them
 * within its place. Mentors and mentees have no dashboards: they see their own programme instead.
 */
@Service
public class DashboardQueries {

    /** How many earlier academic years a trend reaches back. */
    static final int TREND_YEARS = 4;

    private final FactTotals totals;
    private final UnitDirectory directory;

    public DashboardQueries(FactTotals totals, UnitDirectory directory) {
        this.totals = totals;
        this.directory = directory;
    }

    public Dashboard dashboard(Caller caller, Level level, UUID id, AcademicYear year) {
        return dashboard(visibleUnit(caller, level, id), year);
    }

    public Breakdown breakdown(Caller caller, Level level, UUID id, AcademicYear year, Indicator sort, boolean ascending) {
        return breakdown(visibleUnit(caller, level, id), year, sort, ascending);
    }

    Dashboard dashboard(Unit unit, AcademicYear year) {
        Map<Integer, Map<Indicator, Sums>> years = totals.byYear(unit, year.startYear() - TREND_YEARS, year.startYear());
        Map<Indicator, Sums> current = years.getOrDefault(year.startYear(), Map.of());
        List<Reading> readings = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            List<TrendPoint> trend = new ArrayList<>();
            for (int start = year.startYear() - TREND_YEARS; start < year.startYear(); start++) {
                Figure earlier = Figure.of(indicator, years.getOrDefault(start, Map.of()).getOrDefault(indicator, Sums.NONE));
                if (earlier.status() != Status.NO_DATA) {
                    trend.add(new TrendPoint(new AcademicYear(start), earlier.value()));
                }
            }
            readings.add(new Reading(Figure.of(indicator, current.getOrDefault(indicator, Sums.NONE)), trend));
        }
        return new Dashboard(unit, parentsOf(unit), year, readings);
    }

    Breakdown breakdown(Unit unit, AcademicYear year, Indicator sort, boolean ascending) {
        Level childLevel = switch (unit.level()) {
            case REGION -> Level.MUNICIPALITY;
            case MUNICIPALITY -> Level.ORGANIZATION;
            case ORGANIZATION -> throw new ProblemException(HttpStatus.BAD_REQUEST, "BREAKDOWN_NOT_AVAILABLE",
                    "Разбивка недоступна", "У организации нет подчинённых единиц: разбивка строится для района и региона.");
        };
        ChildTotals childTotals = totals.byChild(unit, year.startYear());
        Map<UUID, Map<Indicator, Sums>> sums = childTotals.byChild();
        List<UnitFigures> units = new ArrayList<>();
        for (Unit child : directory.children(unit.id())) {
            Map<Indicator, Sums> childSums = sums.getOrDefault(child.id(), Map.of());
            Map<Indicator, Figure> figures = new EnumMap<>(Indicator.class);
            for (Indicator indicator : Indicator.values()) {
                figures.put(indicator, Figure.of(indicator, childSums.getOrDefault(indicator, Sums.NONE)));
            }
            units.add(new UnitFigures(child, figures));
        }
        if (sort != null) {
            units.sort(byValue(sort, ascending));
        }
        Map<Indicator, Integer> below = new EnumMap<>(Indicator.class);
        Map<Indicator, Integer> counted = childTotals.organizationsBelowTarget();
        for (Indicator indicator : Indicator.values()) {
            below.put(indicator, counted.getOrDefault(indicator, 0));
        }
        return new Breakdown(unit, year, childLevel, units, below, sort, ascending);
    }

    /** By the indicator's value in the requested direction; units without data always last, then by name. */
    private static Comparator<UnitFigures> byValue(Indicator sort, boolean ascending) {
        Comparator<BigDecimal> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing((UnitFigures u) -> u.figure(sort).value(), Comparator.nullsLast(values))
                .thenComparing(u -> u.unit().name());
    }

    /** The unit if it exists at the level asked for and the caller may see its dashboard. */
    Unit visibleUnit(Caller caller, Level level, UUID id) {
        AccessPolicy.require(caller.has(Role.REGION_ADMIN) || caller.has(Role.MUNICIPAL_CURATOR)
                || caller.has(Role.SCHOOL_CURATOR), "Показатели мониторинга доступны кураторам и региональному институту.");
        Unit unit = directory.find(id).filter(u -> u.level() == level)
                .orElseThrow(() -> ProblemException.notFound("UNIT_NOT_KNOWN", switch (level) {
                    case REGION -> "Регион не найден в справочнике мониторинга.";
                    case MUNICIPALITY -> "Муниципалитет не найден в справочнике мониторинга.";
                    case ORGANIZATION -> "Организация не найдена в справочнике мониторинга.";
                }));
        Place place = directory.placeOf(unit.id()).orElseThrow();
        AccessPolicy.require(AccessPolicy.canSee(caller, place), "Показатели этой единицы вам недоступны.");
        return unit;
    }

    private List<Unit> parentsOf(Unit unit) {
        List<Unit> parents = new ArrayList<>();
        UUID parent = unit.parentId();
        while (parent != null) {
            Unit found = directory.find(parent).orElse(null);
            if (found == null) {
                break;
            }
            parents.add(found);
            parent = found.parentId();
        }
        return parents;
    }
}
