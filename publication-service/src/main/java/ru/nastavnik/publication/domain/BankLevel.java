package ru.nastavnik.publication.domain;

/** Whose bank of practices a practice has reached: its organization's, its municipality's, or the regional bank. */
public enum BankLevel {
    ORGANIZATION, MUNICIPALITY, REGION
}
