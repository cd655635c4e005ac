package ru.nastavnik.monitoring.application.diagnostic;

import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRoster;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/**
 * Who may do what with diagnostics. Stricter than the platform's people rule on purpose: per-person answers are
 * the school curator's working material, so a municipal curator and the regional institute get aggregates per
 * organization only, never person ids.
 */
@Component
public class DiagnosticsAccess {

    private final DiagnosticRoster roster;
    private final UnitDirectory directory;

    DiagnosticsAccess(DiagnosticRoster roster, UnitDirectory directory) {
        this.roster = roster;
        this.directory = directory;
    }

    /** The organization's place, from its participants' events or the directory; 404 when neither knows it. */
    public Place placeOf(UUID organizationId) {
        return roster.placeOf(organizationId)
                .or(() -> directory.placeOf(organizationId).filter(p -> organizationId.equals(p.organizationId())))
                .orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_KNOWN",
                        "По этой организации ещё нет данных мониторинга."));
    }

    /** Opens rounds, edits forms, sees and enters per-person answers: the organization's own curator. */
    public static boolean manages(Caller caller, Place place) {
        return caller.has(Role.SCHOOL_CURATOR) && Objects.equals(caller.regionId(), place.regionId())
                && caller.actsFor(place.organizationId());
    }

    /** Sees an organization's aggregates (averages, coverage counts): curators of every level and the region. */
    public static boolean seesAggregates(Caller caller, Place place) {
        boolean coordinator = caller.has(Role.REGION_ADMIN) || caller.has(Role.MUNICIPAL_CURATOR)
                || caller.has(Role.SCHOOL_CURATOR);
        return coordinator && AccessPolicy.canSee(caller, place);
    }

    static void requireManages(Caller caller, Place place) {
        AccessPolicy.require(manages(caller, place), "Диагностикой этой организации управляет её куратор.");
    }

    static void requireAggregates(Caller caller, Place place) {
        AccessPolicy.require(seesAggregates(caller, place), "Результаты диагностики этой организации вам недоступны.");
    }
}
