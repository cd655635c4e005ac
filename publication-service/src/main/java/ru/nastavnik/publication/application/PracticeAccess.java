package ru.nastavnik.publication.application;

import java.util.Objects;
import java.util.Optional;

import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;
import ru.nastavnik.publication.domain.BankLevel;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.PracticeStatus;

/**
 * Who may do what with a practice: the school curator of its organization writes and submits it, the municipal
 * curator of its municipality moderates the municipal queue, the regional institute of its region the regional one.
 * Published practices are readable by everyone of the region.
 */
public final class PracticeAccess {

    private PracticeAccess() {
    }

    static Place placeOf(PracticeState practice) {
        return new Place(practice.regionId(), practice.municipalityId(), practice.organizationId());
    }

    public static boolean canRead(Caller caller, PracticeState practice) {
        return (practice.status() == PracticeStatus.PUBLISHED && Objects.equals(caller.regionId(), practice.regionId()))
                || AccessPolicy.canSee(caller, placeOf(practice));
    }

    /** Author ids are personal data: only for those who may see the organization's people. */
    public static boolean canSeeAuthors(Caller caller, PracticeState practice) {
        return AccessPolicy.canSeePeople(caller, placeOf(practice));
    }

    /** Whether the caller acts for the given level of this practice's place. */
    static boolean actsAt(Caller caller, BankLevel level, PracticeState practice) {
        if (!Objects.equals(caller.regionId(), practice.regionId())) {
            return false;
        }
        return switch (level) {
            case ORGANIZATION -> caller.has(Role.SCHOOL_CURATOR) && caller.actsFor(practice.organizationId());
            case MUNICIPALITY -> caller.has(Role.MUNICIPAL_CURATOR)
                    && Objects.equals(caller.municipalityId(), practice.municipalityId());
            case REGION -> caller.has(Role.REGION_ADMIN);
        };
    }

    /** The moderation level of the caller's role, if they moderate at all. */
    static Optional<BankLevel> moderatorLevel(Caller caller) {
        if (caller.has(Role.REGION_ADMIN)) {
            return Optional.of(BankLevel.REGION);
        }
        if (caller.has(Role.MUNICIPAL_CURATOR) && caller.municipalityId() != null) {
            return Optional.of(BankLevel.MUNICIPALITY);
        }
        return Optional.empty();
    }
}
