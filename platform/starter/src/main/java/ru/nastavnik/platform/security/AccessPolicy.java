package ru.nastavnik.platform.security;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.platform.problem.ProblemException;

/**
 * Who may see and change what, by role and place. A school curator reaches only their organizations, a
 * municipal curator their municipality, the regional institute its region; lists of people (personal
 * data) only where the role needs them: organization and municipal curators, and each person themself.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Non-personal data of a place: directory entries, counts, indicators. */
    public static boolean canSee(Caller caller, Place place) {
        if (!Objects.equals(caller.regionId(), place.regionId())) {
            return false;
        }
        if (caller.has(Role.REGION_ADMIN)) {
            return true;
        }
        if (caller.has(Role.MUNICIPAL_CURATOR) && caller.municipalityId() != null) {
            return place.municipalityId() == null
                    ? false
                    : caller.municipalityId().equals(place.municipalityId());
        }
        return place.organizationId() != null && caller.actsFor(place.organizationId());
    }

    /**
     * Walking the directory: the regional institute sees every municipality of its region, everyone else
     * the municipality their token names (where their organizations are).
     */
    public static boolean canBrowseMunicipality(Caller caller, Place municipality) {
        return Objects.equals(caller.regionId(), municipality.regionId())
                && (caller.has(Role.REGION_ADMIN) || Objects.equals(caller.municipalityId(), municipality.municipalityId()));
    }

    /** Personal data of the people of an organization. */
    public static boolean canSeePeople(Caller caller, Place place) {
        if (!Objects.equals(caller.regionId(), place.regionId())) {
            return false;
        }
        if (caller.has(Role.MUNICIPAL_CURATOR)) {
            return caller.municipalityId() != null && caller.municipalityId().equals(place.municipalityId());
        }
        return caller.has(Role.SCHOOL_CURATOR) && caller.actsFor(place.organizationId());
    }

    /** Personal data of one person: those who may see their organization's people, and the person themself. */
    public static boolean canSeePerson(Caller caller, Place place, UUID personId) {
        return canSeePeople(caller, place) || (personId != null && personId.equals(caller.personId()));
    }

    /** Registering and changing people of an organization. */
    public static boolean canManagePeople(Caller caller, Place place) {
        return canSeePeople(caller, place);
    }

    /** Registering municipalities (place: a region) or organizations (place: a municipality). */
    public static boolean canManageDirectory(Caller caller, Place place) {
        if (!Objects.equals(caller.regionId(), place.regionId())) {
            return false;
        }
        if (caller.has(Role.REGION_ADMIN)) {
            return true;
        }
        return caller.has(Role.MUNICIPAL_CURATOR) && place.municipalityId() != null
                && place.municipalityId().equals(caller.municipalityId()) && place.organizationId() == null;
    }

    /** Refuses with 403 problem+json unless allowed; the detail says what, never whose data. */
    public static void require(boolean allowed, String detail) {
        if (!allowed) {
            throw forbidden(detail);
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(org.springframework.http.HttpStatus.FORBIDDEN, "FORBIDDEN", "Недостаточно прав", detail);
    }
}
