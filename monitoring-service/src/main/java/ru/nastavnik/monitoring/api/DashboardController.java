package ru.nastavnik.monitoring.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.application.DashboardQueries;
import ru.nastavnik.monitoring.application.DashboardReports;
import ru.nastavnik.monitoring.domain.dashboard.Breakdown;
import ru.nastavnik.monitoring.domain.dashboard.Dashboard;
import ru.nastavnik.monitoring.domain.dashboard.Figure;
import ru.nastavnik.monitoring.domain.dashboard.Reading;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.directory.Unit.Level;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.Callers;

/**
 * Indicator dashboards of an organization, a municipality and a region with their trend and breakdown, the tables as
 * XLSX and the yearly monitoring report as DOCX and PDF. Units and numbers only: no personal data.
 */
@RestController
@RequestMapping("/api/monitoring")
class DashboardController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Academic years are counted in Moscow: the platform serves Russian schools. */
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final DashboardQueries queries;
    private final DashboardReports reports;

    DashboardController(DashboardQueries queries, DashboardReports reports) {
        this.queries = queries;
        this.reports = reports;
    }

    record TrendView(String academicYear, BigDecimal value) {
    }

    record IndicatorView(String code, String title, String kind, BigDecimal target, long numerator, long denominator,
            BigDecimal value, String status, List<TrendView> trend) {

        static IndicatorView of(Reading reading) {
            Figure f = reading.figure();
            Indicator i = f.indicator();
            return new IndicatorView(i.name(), i.title(), i.kind().name(), i.target(), f.numerator(), f.denominator(),
                    f.value(), f.status().name(), reading.trend().stream()
                            .map(p -> new TrendView(p.academicYear().toString(), p.value())).toList());
        }
    }

    record UnitRef(UUID id, String level, String name) {

        static UnitRef of(Unit unit) {
            return new UnitRef(unit.id(), unit.level().name(), unit.name());
        }
    }

    record DashboardView(String level, UUID id, String name, String academicYear, int startYear, List<UnitRef> parents,
            List<IndicatorView> indicators) {

        static DashboardView of(Dashboard d) {
            return new DashboardView(d.unit().level().name(), d.unit().id(), d.unit().name(), d.academicYear().toString(),
                    d.academicYear().startYear(), d.parents().stream().map(UnitRef::of).toList(),
                    d.readings().stream().map(IndicatorView::of).toList());
        }
    }

    record FigureView(String code, long numerator, long denominator, BigDecimal value, String status) {

        static FigureView of(Figure f) {
            return new FigureView(f.indicator().name(), f.numerator(), f.denominator(), f.value(), f.status().name());
        }
    }

    record ChildView(UUID id, String level, String name, String type, List<FigureView> indicators) {
    }

    record BelowView(String code, String title, BigDecimal target, int organizations) {
    }

    record BreakdownView(String level, UUID id, String name, String academicYear, int startYear, String childLevel,
            String sort, String order, List<ChildView> units, List<BelowView> organizationsBelowTarget) {

        static BreakdownView of(Breakdown b) {
            List<ChildView> units = b.units().stream().map(u -> new ChildView(u.unit().id(), u.unit().level().name(),
                    u.unit().name(), u.unit().type(),
                    List.of(Indicator.values()).stream().map(i -> FigureView.of(u.figure(i))).toList())).toList();
            List<BelowView> below = List.of(Indicator.values()).stream()
                    .map(i -> new BelowView(i.name(), i.title(), i.target(), b.organizationsBelowTarget().get(i))).toList();
            return new BreakdownView(b.unit().level().name(), b.unit().id(), b.unit().name(), b.academicYear().toString(),
                    b.academicYear().startYear(), b.childLevel().name(), b.sort() == null ? null : b.sort().name(),
                    b.ascending() ? "asc" : "desc", units, below);
        }
    }

    @GetMapping(path = "/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    DashboardView dashboard(@RequestParam(required = false) String level, @RequestParam(required = false) String id,
            @RequestParam(required = false) String year) {
        return DashboardView.of(queries.dashboard(Callers.current(), level(level), id(id), year(year)));
    }

    @GetMapping(path = "/dashboard/breakdown", produces = MediaType.APPLICATION_JSON_VALUE)
    BreakdownView breakdown(@RequestParam(required = false) String level, @RequestParam(required = false) String id,
            @RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order) {
        return BreakdownView.of(queries.breakdown(Callers.current(), level(level), id(id), year(year), sort(sort),
                ascending(order)));
    }

    @GetMapping("/dashboard.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String level, @RequestParam(required = false) String id,
            @RequestParam(required = false) String year) {
        return download(XLSX, reports.workbook(Callers.current(), level(level), id(id), year(year)));
    }

    @GetMapping("/reports/yearly.docx")
    ResponseEntity<byte[]> reportDocx(@RequestParam(required = false) String level, @RequestParam(required = false) String id,
            @RequestParam(required = false) String year) {
        return download(DOCX, reports.reportDocx(Callers.current(), level(level), id(id), year(year)));
    }

    @GetMapping("/reports/yearly.pdf")
    ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) String level, @RequestParam(required = false) String id,
            @RequestParam(required = false) String year) {
        return download(MediaType.APPLICATION_PDF_VALUE, reports.reportPdf(Callers.current(), level(level), id(id), year(year)));
    }

    private static ResponseEntity<byte[]> download(String type, DashboardReports.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    private static Level level(String text) {
        if (text == null || text.isBlank()) {
            throw badRequest("LEVEL_REQUIRED", "Укажите уровень: ORGANIZATION, MUNICIPALITY или REGION.");
        }
        try {
            return Level.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest("LEVEL_UNKNOWN", "Неизвестный уровень. Допустимы ORGANIZATION, MUNICIPALITY и REGION.");
        }
    }

    private static UUID id(String text) {
        if (text == null || text.isBlank()) {
            throw badRequest("UNIT_ID_REQUIRED", "Укажите идентификатор организации, муниципалитета или региона.");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw badRequest("UNIT_ID_MALFORMED", "Идентификатор единицы должен быть UUID.");
        }
    }

    /** The start year («2025» is 2025/2026) or «2025/2026»; the current academic year when absent. */
    private static AcademicYear year(String text) {
        if (text == null || text.isBlank()) {
            return AcademicYear.of(LocalDate.now(MOSCOW));
        }
        String value = text.strip();
        if (value.matches("\\d{4}")) {
            int start = Integer.parseInt(value);
            if (start >= 2000 && start <= 2100) {
                return new AcademicYear(start);
            }
        }
        return AcademicYear.parse(value).filter(y -> y.startYear() >= 2000 && y.startYear() <= 2100)
                .orElseThrow(() -> badRequest("YEAR_MALFORMED",
                        "Учебный год указывается годом начала (например, 2025) или как «2025/2026»."));
    }

    private static Indicator sort(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Indicator.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest("SORT_UNKNOWN", "Сортировать можно только по коду показателя, например PLAN_FULFILMENT.");
        }
    }

    private static boolean ascending(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("asc")) {
            return true;
        }
        if (text.equalsIgnoreCase("desc")) {
            return false;
        }
        throw badRequest("ORDER_UNKNOWN", "Порядок сортировки: asc или desc.");
    }

    private static ProblemException badRequest(String code, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, "Ошибка в параметрах запроса", detail);
    }
}
