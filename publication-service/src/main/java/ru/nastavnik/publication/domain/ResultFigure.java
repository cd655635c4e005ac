package ru.nastavnik.publication.domain;

/** A measured result of a practice: «доля молодых педагогов, оставшихся в школе» — 92 %. */
public record ResultFigure(String label, double value, String unit) {
}
