package ru.nastavnik.monitoring.domain.dashboard;

import java.util.Map;

import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.indicator.Indicator;

/** Every indicator's figure of one child unit (a municipality of a region, an organization of a municipality). */
public record UnitFigures(Unit unit, Map<Indicator, Figure> figures) {

    public UnitFigures {
        figures = Map.copyOf(figures);
    }

    public Figure figure(Indicator indicator) {
        return figures.get(indicator);
    }
}
