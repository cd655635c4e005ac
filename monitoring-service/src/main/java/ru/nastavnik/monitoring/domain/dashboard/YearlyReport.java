package ru.nastavnik.monitoring.domain.dashboard;

import java.util.ArrayList;
import java.util.List;

import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * The yearly monitoring report of an organization or a municipality: its dashboard, for a municipality the breakdown
 * by organization, and a conclusion worded from the figures.
 */
public record YearlyReport(Dashboard dashboard, Breakdown breakdown) {

    public String title() {
        return "Отчёт о мониторинге реализации целевой модели наставничества за " + dashboard.academicYear()
                + " учебный год";
    }

    /** Organizations below the target, per indicator, in the breakdown's order; empty without a breakdown. */
    public List<String> organizationsBelow(Indicator indicator) {
        List<String> names = new ArrayList<>();
        if (breakdown != null) {
            breakdown.units().stream().filter(u -> u.figure(indicator).status() == Status.BELOW)
                    .forEach(u -> names.add(u.unit().name()));
        }
        return names;
    }

    /** A few sentences summing up: how many indicators are met, which are below target, which have no data. */
    public List<String> conclusion() {
        List<String> met = new ArrayList<>();
        List<String> below = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Reading reading : dashboard.readings()) {
            String title = reading.figure().indicator().title();
            switch (reading.figure().status()) {
                case MET -> met.add(title);
                case BELOW -> below.add(title);
                case NO_DATA -> missing.add(title);
            }
        }
        List<String> sentences = new ArrayList<>();
        int total = dashboard.readings().size();
        sentences.add("Целевые значения достигнуты по " + met.size() + " из " + total + " показателей.");
        if (!below.isEmpty()) {
            sentences.add("Ниже целевого значения: " + lowerFirst(String.join("; ", below))
                    + ". Рекомендуется проанализировать причины и включить меры в дорожную карту на следующий учебный год.");
        } else if (missing.size() < total) {
            sentences.add("Показателей ниже целевого значения нет.");
        }
        if (!missing.isEmpty()) {
            sentences.add("Нет данных: " + lowerFirst(String.join("; ", missing)) + ".");
        }
        if (breakdown != null && !breakdown.units().isEmpty()) {
            long behind = breakdown.units().stream()
                    .filter(u -> u.figures().values().stream().anyMatch(f -> f.status() == Status.BELOW)).count();
            sentences.add("Организаций, отстающих хотя бы по одному показателю: " + behind + " из "
                    + breakdown.units().size() + ".");
        }
        return sentences;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
