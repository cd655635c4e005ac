package ru.nastavnik.monitoring.domain.roadmap;

/** Whose roadmap: an organization's, a municipality's (with a municipal and an ОО column) or the region's. */
public enum OwnerLevel { ORGANIZATION, MUNICIPALITY, REGION }
