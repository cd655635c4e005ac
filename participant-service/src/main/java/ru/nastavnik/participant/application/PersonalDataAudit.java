package ru.nastavnik.participant.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.AuditTrail;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/**
 * Records who read or changed whose personal data (in the same transaction as the read or change), and
 * shows the trail to the regional institute for its region and to an organization's curator for its people.
 */
@Service
public class PersonalDataAudit {

    private static final int LIMIT = 500;

    private final AuditTrail trail;
    private final DirectoryService directory;
    private final Clock clock;

    public PersonalDataAudit(AuditTrail trail, DirectoryService directory, Clock clock) {
        this.trail = trail;
        this.directory = directory;
        this.clock = clock;
    }

    void record(Caller caller, List<Person> people, Place place, AuditEntry.Action action) {
        String role = caller.roles().stream().map(Role::name).sorted().findFirst().orElse("NONE");
        trail.record(people.stream().map(person -> new AuditEntry(UUID.randomUUID(), clock.instant(), caller.username(),
                role, person.id(), place.organizationId(), place.municipalityId(), place.regionId(), action)).toList());
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> ofOrganization(Caller caller, UUID organizationId) {
        Place place = directory.placeOf(organizationId);
        AccessPolicy.require((caller.has(Role.SCHOOL_CURATOR) && caller.actsFor(organizationId))
                        || (caller.has(Role.REGION_ADMIN) && caller.regionId().equals(place.regionId())),
                "Журнал доступа к данным организации видят её куратор и региональный институт.");
        return trail.ofOrganization(organizationId, LIMIT);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> ofRegion(Caller caller) {
        AccessPolicy.require(caller.has(Role.REGION_ADMIN), "Журнал доступа по региону видит региональный институт.");
        return trail.ofRegion(caller.regionId(), LIMIT);
    }
}
