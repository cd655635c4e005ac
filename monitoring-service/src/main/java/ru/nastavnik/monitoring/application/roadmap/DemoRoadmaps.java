package ru.nastavnik.monitoring.application.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.ItemStatus;
import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;
import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapItem;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapTemplates;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps.UnitPlace;

/**
 * The demo region should not open on empty roadmaps: when the demo kindergarten (a fixed id that only the demo data
 * carries) is registered, it gets this academic year's roadmap from the template with the items already due mostly
 * done on time and one left overdue, so the editor, the overdue badge, ROADMAP_ON_TIME and the municipal completion
 * view have something to show. The demo schools keep no roadmap, so a curator can create one from the template.
 */
@Service
public class DemoRoadmaps {

    static final UUID ORGANIZATION = DemoRegion.KINDERGARTEN_5.id();

    private final Roadmaps roadmaps;
    private final RoadmapOnTime onTime;
    private final Clock clock;

    DemoRoadmaps(Roadmaps roadmaps, RoadmapOnTime onTime, Clock clock) {
        this.roadmaps = roadmaps;
        this.onTime = onTime;
        this.clock = clock;
    }

    /** Seeds the demo kindergarten's roadmap once; any other organization is left alone. */
    @Transactional
    public boolean organizationRegistered(UUID organizationId, UUID municipalityId, UUID regionId) {
        if (!ORGANIZATION.equals(organizationId)) {
            return false;
        }
        LocalDate today = onTime.today();
        AcademicYear year = AcademicYear.of(today);
        if (roadmaps.find(organizationId, year).isPresent()) {
            return false;
        }
        List<RoadmapItem> items = new ArrayList<>();
        int due = 0;
        for (RoadmapItem item : RoadmapTemplates.of(OwnerLevel.ORGANIZATION).instantiate(year)) {
            boolean pastDue = item.due() != null && item.due().isBefore(today);
            // Every fourth item past its due date stays undone: a demo roadmap with an overdue item to notice.
            items.add(pastDue && due++ % 4 != 3 ? item.withStatus(ItemStatus.DONE, item.due()) : item);
        }
        Roadmap roadmap = new Roadmap(UUID.randomUUID(), OwnerLevel.ORGANIZATION, organizationId, year,
                RoadmapTemplates.of(OwnerLevel.ORGANIZATION).titleFor(year), items, 0, clock.instant());
        UnitPlace place = new UnitPlace(regionId, municipalityId, organizationId);
        if (!roadmaps.add(roadmap, place)) {
            return false;
        }
        onTime.write(roadmap, place);
        return true;
    }
}
