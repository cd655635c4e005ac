package ru.nastavnik.monitoring.application.diagnostic;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.monitoring.domain.diagnostic.FormKind;
import ru.nastavnik.monitoring.domain.diagnostic.Respondent;
import ru.nastavnik.monitoring.domain.diagnostic.Stage;

/** The comparison and coverage tables; person ids appear only in views meant for the person or their curator. */
public final class ReportViews {

    private ReportViews() {
    }

    /** Criterion × rounds of one form, with the change from the first round to the last. */
    public record ComparisonTable(FormKind formKind, Respondent respondent, List<RoundColumn> rounds, List<Row> rows,
            List<Double> roundAverages) {
    }

    public record RoundColumn(UUID roundId, Integer quarter, long respondents) {
    }

    public record Row(String code, String title, List<Double> values, Double change) {
    }

    /** Before/after of one role in a year: the first round's average against the last's. */
    public record Growth(FormKind formKind, Respondent respondent, Integer firstQuarter, Integer lastQuarter,
            Double before, Double after, Double change) {
    }

    /** The quality stage: the end-of-programme surveys' average per form and scale. */
    public record Quality(FormKind formKind, Respondent respondent, String scale, String scaleTitle, Double average,
            long answers) {
    }

    public record PersonComparison(UUID personId, String academicYear, List<ComparisonTable> tables) {
    }

    public record OrganizationComparison(UUID organizationId, String academicYear, List<ComparisonTable> tables,
            List<Growth> growth, List<Quality> quality) {
    }

    public record RoundCoverage(UUID roundId, Stage stage, Integer quarter, FormKind formKind, UUID pairId,
            String status, long expected, long submitted, Double percent, List<UUID> outstandingPersonIds,
            long outstandingCuratorForms) {
    }

    public record FormCoverage(FormKind formKind, long expected, long submitted, Double percent) {
    }

    /** {@code covered}/{@code due}: DIAGNOSTICS_COVERAGE as written to indicator_fact. */
    public record Coverage(UUID organizationId, String academicYear, long covered, long due, Double percent,
            double target, List<FormCoverage> forms, List<RoundCoverage> rounds) {
    }

    /** An end-of-programme survey across an organization's programmes: forms expected, submitted, their average. */
    public record SurveyAverage(FormKind formKind, long expected, long submitted, Double average) {
    }

    public record OrganizationSummary(UUID organizationId, String name, long expected, long submitted,
            Double percent, List<Growth> growth, List<SurveyAverage> quality) {
    }

    public record UnitSummary(UUID unitId, String academicYear, List<OrganizationSummary> organizations) {
    }
}
