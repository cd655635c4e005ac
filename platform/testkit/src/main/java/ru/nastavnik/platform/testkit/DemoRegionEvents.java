package ru.nastavnik.platform.testkit;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ParticipantStatus;

/** Announces the demo region on Kafka exactly as participant-service does when it seeds it. */
public final class DemoRegionEvents {

    private DemoRegionEvents() {
    }

    public static void publish(String bootstrapServers) {
        for (DemoRegion.Organization o : DemoRegion.ORGANIZATIONS) {
            DemoRegion.Municipality m = DemoRegion.MUNICIPALITIES.stream()
                    .filter(candidate -> candidate.id().equals(o.municipalityId())).findFirst().orElseThrow();
            TestEvents.publish(bootstrapServers, new OrganizationRegistered(o.id(), o.name(), o.type(), m.id(), m.name(),
                    DemoRegion.REGION.id(), DemoRegion.REGION.name()));
        }
        for (DemoRegion.Person p : DemoRegion.PEOPLE) {
            DemoRegion.Organization o = DemoRegion.ORGANIZATIONS.stream()
                    .filter(candidate -> candidate.id().equals(p.organizationId())).findFirst().orElseThrow();
            TestEvents.publish(bootstrapServers, new ParticipantRegistered(p.id(), o.id(), o.municipalityId(),
                    DemoRegion.REGION.id(), p.position(), p.subjects(), p.qualificationCategory(), p.yearsOfExperience(),
                    p.programmeRole(), ParticipantStatus.CANDIDATE));
        }
    }
}
