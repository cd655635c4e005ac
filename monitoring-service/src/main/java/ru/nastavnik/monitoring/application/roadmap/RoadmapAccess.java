package ru.nastavnik.monitoring.application.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps.UnitPlace;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/**
 * Who edits and who reads which roadmap: a school curator edits their organization's, a municipal curator their
 * municipality's and reads its organizations', the regional institute edits the regional one and reads every
 * roadmap of the region.
 */
@Component
public class RoadmapAccess {

    private final UnitDirectory directory;

    RoadmapAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /** A roadmap owner as the directory knows it. */
    public record Owner(UUID id, OwnerLevel level, String name, UnitPlace place) {

        Place asPlace() {
            return new Place(place.regionId(), place.municipalityId(), place.organizationId());
        }
    }

    public Owner owner(UUID unitId) {
        Unit unit = directory.find(unitId).orElseThrow(() -> ProblemException.notFound("UNIT_NOT_KNOWN",
                "Организация, муниципалитет или регион не найдены в справочнике мониторинга."));
        Place place = directory.placeOf(unitId).orElseThrow();
        return new Owner(unit.id(), OwnerLevel.valueOf(unit.level().name()), unit.name(),
                new UnitPlace(place.regionId(), place.municipalityId(), place.organizationId()));
    }

    public static boolean canEdit(Caller caller, OwnerLevel level, UnitPlace place) {
        if (!Objects.equals(caller.regionId(), place.regionId())) {
            return false;
        }
        return switch (level) {
            case ORGANIZATION -> caller.has(Role.SCHOOL_CURATOR) && caller.actsFor(place.organizationId());
            case MUNICIPALITY -> caller.has(Role.MUNICIPAL_CURATOR)
                    && Objects.equals(caller.municipalityId(), place.municipalityId());
            case REGION -> caller.has(Role.REGION_ADMIN);
        };
    }

    public static boolean canRead(Caller caller, OwnerLevel level, UnitPlace place) {
        if (canEdit(caller, level, place)) {
            return true;
        }
        return AccessPolicy.canSee(caller, new Place(place.regionId(), place.municipalityId(), place.organizationId()));
    }

    public static void requireEdit(Caller caller, OwnerLevel level, UnitPlace place) {
        AccessPolicy.require(canEdit(caller, level, place), "Изменять эту дорожную карту может только её владелец.");
    }

    public static void requireRead(Caller caller, OwnerLevel level, UnitPlace place) {
        AccessPolicy.require(canRead(caller, level, place), "Эта дорожная карта вам недоступна.");
    }

    /** The units whose roadmaps the caller keeps: their organizations, their municipality, their region. */
    public List<Owner> ownersOf(Caller caller) {
        List<Owner> owners = new ArrayList<>();
        List<UUID> candidates = new ArrayList<>();
        if (caller.has(Role.REGION_ADMIN) && caller.regionId() != null) {
            candidates.add(caller.regionId());
        }
        if (caller.has(Role.MUNICIPAL_CURATOR) && caller.municipalityId() != null) {
            candidates.add(caller.municipalityId());
        }
        if (caller.has(Role.SCHOOL_CURATOR)) {
            candidates.addAll(caller.organizationIds());
        }
        for (UUID id : candidates) {
            if (directory.find(id).isPresent()) {
                Owner owner = owner(id);
                if (canEdit(caller, owner.level(), owner.place())) {
                    owners.add(owner);
                }
            }
        }
        return owners;
    }
}
