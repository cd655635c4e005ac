package ru.nastavnik.monitoring.application;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.dashboard.Breakdown;
import ru.nastavnik.monitoring.domain.dashboard.Dashboard;
import ru.nastavnik.monitoring.domain.dashboard.DashboardDocuments;
import ru.nastavnik.monitoring.domain.dashboard.YearlyReport;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.directory.Unit.Level;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.Caller;

/** The dashboards as files: the indicator tables as XLSX, the yearly monitoring report as DOCX and PDF. */
@Service
public class DashboardReports {

    public record Download(String fileName, byte[] content) {
    }

    private final DashboardQueries queries;
    private final DashboardDocuments documents;

    public DashboardReports(DashboardQueries queries, DashboardDocuments documents) {
        this.queries = queries;
        this.documents = documents;
    }

    public Download workbook(Caller caller, Level level, UUID id, AcademicYear year) {
        Unit unit = queries.visibleUnit(caller, level, id);
        Dashboard dashboard = queries.dashboard(unit, year);
        Breakdown breakdown = level == Level.ORGANIZATION ? null : queries.breakdown(unit, year, null, true);
        return new Download("Показатели наставничества " + fileYear(year) + ".xlsx", documents.workbook(dashboard, breakdown));
    }

    public Download reportDocx(Caller caller, Level level, UUID id, AcademicYear year) {
        return new Download("Отчёт о мониторинге наставничества " + fileYear(year) + ".docx",
                documents.reportDocx(report(caller, level, id, year)));
    }

    public Download reportPdf(Caller caller, Level level, UUID id, AcademicYear year) {
        return new Download("Отчёт о мониторинге наставничества " + fileYear(year) + ".pdf",
                documents.reportPdf(report(caller, level, id, year)));
    }

    private YearlyReport report(Caller caller, Level level, UUID id, AcademicYear year) {
        if (level == Level.REGION) {
            // The requirement asks for yearly reports of organizations and municipalities; a region has its dashboard and XLSX.
            throw new ProblemException(HttpStatus.BAD_REQUEST, "REPORT_LEVEL_UNSUPPORTED", "Отчёт недоступен",
                    "Годовой отчёт формируется для организации или муниципалитета.");
        }
        Unit unit = queries.visibleUnit(caller, level, id);
        Dashboard dashboard = queries.dashboard(unit, year);
        Breakdown breakdown = level == Level.MUNICIPALITY ? queries.breakdown(unit, year, null, true) : null;
        return new YearlyReport(dashboard, breakdown);
    }

    private static String fileYear(AcademicYear year) {
        return year.startYear() + "-" + (year.startYear() + 1);
    }
}
