package ru.nastavnik.monitoring.application.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.IndicatorFacts;
import ru.nastavnik.monitoring.domain.roadmap.Completion;
import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;
import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps.UnitPlace;
import ru.nastavnik.platform.security.Place;

/**
 * ROADMAP_ON_TIME per organization and academic year: items done on or before their due date over items that are
 * done or past their due date (unscheduled and cancelled items left out). Written on every change of an
 * organization's roadmap and recomputed every night, because the mere passing of a due date changes the figure.
 * Municipal and regional roadmaps show their own completion on the roadmap; they are not an organization's fact.
 */
@Component
public class RoadmapOnTime {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final Roadmaps roadmaps;
    private final IndicatorFacts facts;
    private final Clock clock;

    RoadmapOnTime(Roadmaps roadmaps, IndicatorFacts facts, Clock clock) {
        this.roadmaps = roadmaps;
        this.facts = facts;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(MOSCOW));
    }

    /** Writes the organization's figure from the roadmap as it now is; does nothing for other owners. */
    public void write(Roadmap roadmap, UnitPlace place) {
        if (roadmap.ownerLevel() != OwnerLevel.ORGANIZATION) {
            return;
        }
        Completion completion = roadmap.completion(today());
        facts.set(new Place(place.regionId(), place.municipalityId(), place.organizationId()), roadmap.year(),
                Indicator.ROADMAP_ON_TIME, completion.doneOnTime(), completion.assessable());
    }

    /** The nightly pass over the current and the previous academic year's organization roadmaps. */
    @Scheduled(cron = "${nastavnik.roadmaps.on-time-cron:0 15 0 * * *}", zone = "Europe/Moscow")
    public void recomputeDaily() {
        AcademicYear current = AcademicYear.of(today());
        recompute(current.previous());
        recompute(current);
    }

    /** Recomputes every organization's figure for a year; returns how many roadmaps were counted. */
    @Transactional
    public int recompute(AcademicYear year) {
        int count = 0;
        for (var id : roadmaps.organizationRoadmaps(year)) {
            Roadmap roadmap = roadmaps.find(id).orElse(null);
            if (roadmap != null) {
                write(roadmap, roadmaps.placeOf(id));
                count++;
            }
        }
        return count;
    }
}
