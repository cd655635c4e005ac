package ru.nastavnik.monitoring.domain.dashboard;

/** Renders dashboards as files people keep and send on: the indicator tables and the yearly monitoring report. */
public interface DashboardDocuments {

    /** The dashboard and, when there is one, the breakdown as sheets of one workbook. */
    byte[] workbook(Dashboard dashboard, Breakdown breakdown);

    byte[] reportDocx(YearlyReport report);

    byte[] reportPdf(YearlyReport report);
}
