package ru.nastavnik.monitoring.application.roadmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.roadmap.Completion;
import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Role;

/**
 * How the organizations of a municipality (for its curator) or the municipalities of a region (for the regional
 * institute) are doing with their roadmaps: counts and unit names only, never people. Rows are sorted with the
 * weakest first — no roadmap, then the lowest share done on time — because that is who needs a call.
 */
@Service
public class RoadmapCompletionService {

    private final UnitDirectory directory;
    private final Roadmaps roadmaps;
    private final RoadmapOnTime onTime;

    RoadmapCompletionService(UnitDirectory directory, Roadmaps roadmaps, RoadmapOnTime onTime) {
        this.directory = directory;
        this.roadmaps = roadmaps;
        this.onTime = onTime;
    }

    /** One row: an organization (in a municipality's view) or a municipality (in the region's). */
    public record Row(UUID unitId, String name, int organizations, int withRoadmap, int items, int done, int doneOnTime,
            int overdue, int assessable, BigDecimal shareOnTime) {

        static Row of(UUID id, String name, int organizations, int withRoadmap, Completion c) {
            return new Row(id, name, organizations, withRoadmap, c.items(), c.done(), c.doneOnTime(), c.overdue(),
                    c.assessable(), c.shareOnTime());
        }
    }

    /** The unit's own roadmap of the year, if it has one: its completion, shown beside its units'. */
    public record OwnRoadmap(UUID roadmapId, RoadmapView.CompletionView completion) {
    }

    public record CompletionReport(UUID unitId, String name, String level, String academicYear, List<Row> rows,
            Row total, OwnRoadmap ownRoadmap) {
    }

    @Transactional(readOnly = true)
    public CompletionReport ofMunicipality(Caller caller, UUID municipalityId, String academicYear) {
        AcademicYear year = RoadmapService.year(academicYear, "academicYear");
        Unit municipality = unit(municipalityId, Unit.Level.MUNICIPALITY);
        AccessPolicy.require(Objects.equals(caller.regionId(), municipality.parentId())
                && (caller.has(Role.REGION_ADMIN) || caller.has(Role.MUNICIPAL_CURATOR)
                        && Objects.equals(caller.municipalityId(), municipalityId)),
                "Выполнение дорожных карт этого муниципалитета вам недоступно.");
        List<Unit> organizations = directory.children(municipalityId);
        Map<UUID, Completion> completion = roadmaps.completionOfOrganizations(
                organizations.stream().map(Unit::id).toList(), year, onTime.today());
        List<Row> rows = new ArrayList<>();
        Completion total = Completion.NONE;
        for (Unit organization : organizations) {
            Completion c = completion.get(organization.id());
            rows.add(Row.of(organization.id(), organization.name(), 1, c == null ? 0 : 1, c == null ? Completion.NONE : c));
            total = c == null ? total : total.plus(c);
        }
        return report(municipality, year, rows, total, organizations.size(), completion.size());
    }

    @Transactional(readOnly = true)
    public CompletionReport ofRegion(Caller caller, UUID regionId, String academicYear) {
        AcademicYear year = RoadmapService.year(academicYear, "academicYear");
        Unit region = unit(regionId, Unit.Level.REGION);
        AccessPolicy.require(caller.has(Role.REGION_ADMIN) && Objects.equals(caller.regionId(), regionId),
                "Выполнение дорожных карт региона доступно региональному институту.");
        List<Row> rows = new ArrayList<>();
        Completion total = Completion.NONE;
        int organizationsTotal = 0, withRoadmapTotal = 0;
        for (Unit municipality : directory.children(regionId)) {
            List<Unit> organizations = directory.children(municipality.id());
            Map<UUID, Completion> completion = roadmaps.completionOfOrganizations(
                    organizations.stream().map(Unit::id).toList(), year, onTime.today());
            Completion sum = completion.values().stream().reduce(Completion.NONE, Completion::plus);
            rows.add(Row.of(municipality.id(), municipality.name(), organizations.size(), completion.size(), sum));
            total = total.plus(sum);
            organizationsTotal += organizations.size();
            withRoadmapTotal += completion.size();
        }
        return report(region, year, rows, total, organizationsTotal, withRoadmapTotal);
    }

    private CompletionReport report(Unit unit, AcademicYear year, List<Row> rows, Completion total, int organizations,
            int withRoadmap) {
        rows.sort(Comparator.comparingInt((Row r) -> r.withRoadmap() == 0 ? 0 : 1)
                .thenComparing(r -> r.shareOnTime() == null ? BigDecimal.valueOf(101) : r.shareOnTime())
                .thenComparing(Row::name));
        OwnRoadmap own = roadmaps.find(unit.id(), year)
                .map((Roadmap r) -> new OwnRoadmap(r.id(), RoadmapView.CompletionView.of(r.completion(onTime.today()))))
                .orElse(null);
        return new CompletionReport(unit.id(), unit.name(), unit.level().name(), year.toString(), rows,
                Row.of(unit.id(), "Итого", organizations, withRoadmap, total), own);
    }

    private Unit unit(UUID id, Unit.Level level) {
        return directory.find(id).filter(u -> u.level() == level).orElseThrow(() -> ProblemException.notFound(
                "UNIT_NOT_KNOWN", level == Unit.Level.REGION ? "Регион не найден." : "Муниципалитет не найден."));
    }
}
