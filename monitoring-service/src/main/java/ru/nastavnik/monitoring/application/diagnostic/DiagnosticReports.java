package ru.nastavnik.monitoring.application.diagnostic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.ComparisonTable;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.Coverage;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.FormCoverage;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.Growth;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.OrganizationComparison;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.OrganizationSummary;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.PersonComparison;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.Quality;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.RoundColumn;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.RoundCoverage;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.Row;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.SurveyAverage;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.UnitSummary;
import ru.nastavnik.monitoring.domain.diagnostic.Assignment;
import ru.nastavnik.monitoring.domain.diagnostic.CoverageFigures;
import ru.nastavnik.monitoring.domain.diagnostic.CriterionTotal;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRound;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRounds;
import ru.nastavnik.monitoring.domain.diagnostic.FormKind;
import ru.nastavnik.monitoring.domain.diagnostic.Respondent;
import ru.nastavnik.monitoring.domain.diagnostic.RoundTotal;
import ru.nastavnik.monitoring.domain.diagnostic.Scale;
import ru.nastavnik.monitoring.domain.diagnostic.Stage;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/** Comparison tables (per person, per organization, before/after, quality) and coverage. */
@Service
public class DiagnosticReports {

    private final DiagnosticRounds rounds;
    private final FormCatalog forms;
    private final DiagnosticsAccess access;
    private final DiagnosticRoundService roundService;
    private final UnitDirectory directory;

    DiagnosticReports(DiagnosticRounds rounds, FormCatalog forms, DiagnosticsAccess access,
            DiagnosticRoundService roundService, UnitDirectory directory) {
        this.rounds = rounds;
        this.forms = forms;
        this.access = access;
        this.roundService = roundService;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public Coverage coverage(Caller caller, UUID organizationId, String academicYear) {
        Place place = access.placeOf(organizationId);
        DiagnosticsAccess.requireAggregates(caller, place);
        boolean people = DiagnosticsAccess.manages(caller, place);
        AcademicYear year = roundService.yearOf(academicYear);
        List<RoundCoverage> perRound = new ArrayList<>();
        Map<FormKind, long[]> perForm = new LinkedHashMap<>();
        for (DiagnosticRound round : rounds.ofOrganization(organizationId, year)) {
            Map<FormKind, List<Assignment>> byKind = new LinkedHashMap<>();
            rounds.assignments(round.id()).stream().filter(a -> a.status() != Assignment.Status.WITHDRAWN)
                    .forEach(a -> byKind.computeIfAbsent(a.formKind(), k -> new ArrayList<>()).add(a));
            byKind.forEach((kind, assignments) -> {
                long submitted = assignments.stream().filter(a -> a.status() == Assignment.Status.SUBMITTED).count();
                List<Assignment> due = assignments.stream().filter(a -> a.status() == Assignment.Status.DUE).toList();
                perRound.add(new RoundCoverage(round.id(), round.stage(), round.quarter(), kind, round.pairId(),
                        round.status().name(), assignments.size(), submitted, percent(submitted, assignments.size()),
                        people ? due.stream().map(Assignment::personId).filter(Objects::nonNull).toList() : null,
                        due.stream().filter(a -> a.respondent() == Respondent.CURATOR).count()));
                long[] figures = perForm.computeIfAbsent(kind, k -> new long[2]);
                figures[0] += assignments.size();
                figures[1] += submitted;
            });
        }
        CoverageFigures figures = rounds.coverage(organizationId, year);
        return new Coverage(organizationId, year.toString(), figures.covered(), figures.due(),
                percent(figures.covered(), figures.due()), 100,
                perForm.entrySet().stream().map(e -> new FormCoverage(e.getKey(), e.getValue()[0], e.getValue()[1],
                        percent(e.getValue()[1], e.getValue()[0]))).toList(),
                perRound);
    }

    @Transactional(readOnly = true)
    public PersonComparison person(Caller caller, UUID personId, String academicYear) {
        AcademicYear year = roundService.yearOf(academicYear);
        Set<UUID> organizations = new LinkedHashSet<>();
        rounds.ofPerson(personId).forEach(a -> rounds.find(a.roundId())
                .filter(r -> r.academicYear().equals(year)).ifPresent(r -> organizations.add(r.place().organizationId())));
        List<ComparisonTable> tables = new ArrayList<>();
        boolean own = personId.equals(caller.personId());
        for (UUID organization : organizations) {
            Place place = access.placeOf(organization);
            AccessPolicy.require(own || DiagnosticsAccess.manages(caller, place),
                    "Результаты участника видят он сам и куратор его организации.");
            tables.addAll(tables(rounds.criterionTotals(organization, year, personId), forms.titles(organization)));
        }
        if (organizations.isEmpty() && !own) {
            throw ProblemException.notFound("NO_DIAGNOSTICS", "По этому участнику нет диагностик за этот учебный год.");
        }
        return new PersonComparison(personId, year.toString(), tables);
    }

    @Transactional(readOnly = true)
    public OrganizationComparison organization(Caller caller, UUID organizationId, String academicYear) {
        Place place = access.placeOf(organizationId);
        DiagnosticsAccess.requireAggregates(caller, place);
        AcademicYear year = roundService.yearOf(academicYear);
        List<CriterionTotal> totals = rounds.criterionTotals(organizationId, year, null);
        List<ComparisonTable> tables = tables(totals, forms.titles(organizationId));
        return new OrganizationComparison(organizationId, year.toString(), tables,
                tables.stream().map(DiagnosticReports::growth).toList(), quality(totals));
    }

    /** Per organization of a municipality or the region: coverage, before/after and the quality surveys' average. */
    @Transactional(readOnly = true)
    public UnitSummary unit(Caller caller, UUID unitId, String academicYear) {
        AcademicYear year = roundService.yearOf(academicYear);
        directory.placeOf(unitId).ifPresent(place -> AccessPolicy.require(
                DiagnosticsAccess.seesAggregates(caller, place) || AccessPolicy.canBrowseMunicipality(caller, place),
                "Результаты диагностики этой территории вам недоступны."));
        Map<UUID, List<RoundTotal>> byOrganization = new LinkedHashMap<>();
        rounds.roundTotalsIn(unitId, year).forEach(t -> byOrganization.computeIfAbsent(t.organizationId(),
                k -> new ArrayList<>()).add(t));
        List<OrganizationSummary> summaries = new ArrayList<>();
        boolean refused = false;
        for (Map.Entry<UUID, List<RoundTotal>> entry : byOrganization.entrySet()) {
            RoundTotal first = entry.getValue().getFirst();
            if (!DiagnosticsAccess.seesAggregates(caller, new Place(first.regionId(), first.municipalityId(), entry.getKey()))) {
                refused = true;
                continue;
            }
            summaries.add(summary(entry.getKey(), entry.getValue()));
        }
        if (summaries.isEmpty() && refused) {
            throw AccessPolicy.forbidden("Результаты диагностики этой территории вам недоступны.");
        }
        return new UnitSummary(unitId, year.toString(), summaries);
    }

    private OrganizationSummary summary(UUID organizationId, List<RoundTotal> totals) {
        long expected = 0;
        long submitted = 0;
        Map<FormKind, List<RoundTotal>> quarterly = new LinkedHashMap<>();
        Map<FormKind, BigDecimal[]> quality = new LinkedHashMap<>();
        for (RoundTotal t : totals) {
            if (t.stage() == Stage.QUARTERLY) {
                expected += t.expected();
                submitted += t.submitted();
                quarterly.computeIfAbsent(t.formKind(), k -> new ArrayList<>()).add(t);
            } else {
                BigDecimal[] sum = quality.computeIfAbsent(t.formKind(), k -> new BigDecimal[] { BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO });
                sum[0] = sum[0].add(t.sumOfAverages());
                sum[1] = sum[1].add(BigDecimal.valueOf(t.submitted()));
                sum[2] = sum[2].add(BigDecimal.valueOf(t.expected()));
            }
        }
        List<Growth> growth = new ArrayList<>();
        quarterly.forEach((kind, list) -> {
            List<RoundTotal> answered = list.stream().filter(t -> t.submitted() > 0).toList();
            if (answered.isEmpty()) {
                growth.add(new Growth(kind, kind.respondent(), null, null, null, null, null));
                return;
            }
            RoundTotal first = answered.getFirst();
            RoundTotal last = answered.getLast();
            Double before = round(first.sumOfAverages().doubleValue() / first.submitted());
            Double after = round(last.sumOfAverages().doubleValue() / last.submitted());
            growth.add(new Growth(kind, kind.respondent(), first.quarter(), last.quarter(), before, after,
                    answered.size() > 1 ? round(after - before) : null));
        });
        List<SurveyAverage> qualityRows = quality.entrySet().stream().map(e -> new SurveyAverage(e.getKey(),
                e.getValue()[2].longValue(), e.getValue()[1].longValue(), e.getValue()[1].signum() == 0 ? null
                        : round(e.getValue()[0].doubleValue() / e.getValue()[1].doubleValue()))).toList();
        String name = directory.find(organizationId).map(Unit::name).orElse(null);
        return new OrganizationSummary(organizationId, name, expected, submitted, percent(submitted, expected), growth,
                qualityRows);
    }

    private static List<ComparisonTable> tables(List<CriterionTotal> totals, Map<FormKind, Map<String, String>> titles) {
        Map<FormKind, List<CriterionTotal>> byKind = new LinkedHashMap<>();
        totals.stream().filter(t -> t.stage() == Stage.QUARTERLY)
                .forEach(t -> byKind.computeIfAbsent(t.formKind(), k -> new ArrayList<>()).add(t));
        List<ComparisonTable> tables = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            List<UUID> roundIds = list.stream().map(CriterionTotal::roundId).distinct().toList();
            Map<UUID, Integer> quarters = new LinkedHashMap<>();
            Map<UUID, Long> respondents = new LinkedHashMap<>();
            Map<UUID, long[]> roundSums = new LinkedHashMap<>();
            Map<String, Map<UUID, Double>> cells = new LinkedHashMap<>();
            for (CriterionTotal t : list) {
                quarters.put(t.roundId(), t.quarter());
                respondents.merge(t.roundId(), t.count(), Math::max);
                long[] sum = roundSums.computeIfAbsent(t.roundId(), k -> new long[2]);
                sum[0] += t.sum();
                sum[1] += t.count();
                cells.computeIfAbsent(t.criterionCode(), k -> new LinkedHashMap<>()).put(t.roundId(), round(t.average()));
            }
            List<Row> rows = new ArrayList<>();
            Map<String, String> names = titles.getOrDefault(kind, Map.of());
            // Rows in the form's order (the titles keep it), criteria of no known version last.
            List<String> order = new ArrayList<>(names.keySet());
            List<String> codes = new ArrayList<>(cells.keySet());
            codes.sort(Comparator.comparingInt(code -> order.contains(code) ? order.indexOf(code) : order.size()));
            codes.forEach(code -> {
                Map<UUID, Double> byRound = cells.get(code);
                List<Double> values = roundIds.stream().map(byRound::get).toList();
                List<Double> present = values.stream().filter(Objects::nonNull).toList();
                Double change = present.size() > 1 ? round(present.getLast() - present.getFirst()) : null;
                rows.add(new Row(code, names.getOrDefault(code, code), values, change));
            });
            tables.add(new ComparisonTable(kind, kind.respondent(),
                    roundIds.stream().map(id -> new RoundColumn(id, quarters.get(id), respondents.get(id))).toList(),
                    rows, roundIds.stream().map(id -> round((double) roundSums.get(id)[0] / roundSums.get(id)[1])).toList()));
        });
        return tables;
    }

    private static Growth growth(ComparisonTable table) {
        List<RoundColumn> columns = table.rounds();
        Double before = table.roundAverages().getFirst();
        Double after = table.roundAverages().getLast();
        return new Growth(table.formKind(), table.respondent(), columns.getFirst().quarter(), columns.getLast().quarter(),
                before, after, columns.size() > 1 ? round(after - before) : null);
    }

    private static List<Quality> quality(List<CriterionTotal> totals) {
        Map<FormKind, Map<Scale, long[]>> sums = new LinkedHashMap<>();
        totals.stream().filter(t -> t.stage() == Stage.PROGRAMME_END).forEach(t -> {
            long[] sum = sums.computeIfAbsent(t.formKind(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.scale(), k -> new long[2]);
            sum[0] += t.sum();
            sum[1] += t.count();
        });
        List<Quality> quality = new ArrayList<>();
        sums.forEach((kind, byScale) -> byScale.forEach((scale, sum) -> quality.add(new Quality(kind, kind.respondent(),
                scale.name(), scale.title(), round((double) sum[0] / sum[1]), sum[1]))));
        return quality;
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : round(part * 100.0 / whole);
    }

    private static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
