package ru.nastavnik.publication.domain;

import java.util.List;

public record SearchPage<T>(List<T> items, long total, int page, int size) {
}
