package ru.nastavnik.monitoring.domain.dashboard;

/** How a figure stands against its target; NO_DATA when nothing was counted (or a share's denominator is zero). */
public enum Status { MET, BELOW, NO_DATA }
