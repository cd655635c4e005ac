package ru.nastavnik.participant.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.participant.domain.Directory;
import ru.nastavnik.participant.domain.Municipality;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonDetails;
import ru.nastavnik.participant.domain.Region;
import ru.nastavnik.platform.security.Place;

/**
 * Fills the demo region (the same ids the demo users' tokens carry) on first start of the embedded default,
 * through the same code paths as real registrations, so every other service learns it from events.
 */
@Component
@ConditionalOnBooleanProperty("nastavnik.demo.seed")
public class DemoRegionSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegionSeeder.class);

    private final Directory directory;
    private final DirectoryService directoryService;
    private final RegistrationService registration;
    private final Clock clock;

    public DemoRegionSeeder(Directory directory, DirectoryService directoryService, RegistrationService registration,
            Clock clock) {
        this.directory = directory;
        this.directoryService = directoryService;
        this.registration = registration;
        this.clock = clock;
    }

    private static PersonDetails details(DemoRegion.Person p) {
        return new PersonDetails(p.fullName(), p.position(), p.subjects(), p.qualificationCategory(), p.yearsOfExperience(),
                null, null, p.programmeRole());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (directory.region(DemoRegion.REGION.id()).isPresent()) {
            return;
        }
        directory.add(new Region(DemoRegion.REGION.id(), DemoRegion.REGION.name()));
        for (DemoRegion.Municipality m : DemoRegion.MUNICIPALITIES) {
            directory.add(new Municipality(m.id(), m.regionId(), m.name()));
        }
        for (DemoRegion.Organization o : DemoRegion.ORGANIZATIONS) {
            directoryService.add(new Organization(o.id(), o.municipalityId(), o.name(), o.type()),
                    directory.municipality(o.municipalityId()).orElseThrow());
        }
        for (DemoRegion.Person p : DemoRegion.PEOPLE) {
            Organization organization = directory.organization(p.organizationId()).orElseThrow();
            Place place = directoryService.placeOf(organization);
            registration.add(Person.candidate(p.id(), p.organizationId(), details(p), clock.instant()), place);
        }
        log.info("Demo region seeded: {} municipalities, {} organizations, {} people", DemoRegion.MUNICIPALITIES.size(),
                DemoRegion.ORGANIZATIONS.size(), DemoRegion.PEOPLE.size());
    }
}
