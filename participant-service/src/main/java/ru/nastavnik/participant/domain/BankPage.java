package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One page of a bank search, with the total count and which of the page's people have an active consent. */
public record BankPage(long total, List<Person> people, Set<UUID> consented) {

    public BankPage {
        people = List.copyOf(people);
        consented = Set.copyOf(consented);
    }
}
