package ru.nastavnik.pairing.application;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.PairChanges.Dissolution;
import ru.nastavnik.pairing.domain.PairConsent;

/**
 * A pair with what happened after forming: the written consents of its current members (complete when everyone has
 * one: only then may an order fix it), its dissolution, the order that fixed it.
 */
public record PairDetails(Pair pair, List<PairConsent> consents, boolean consentsComplete, Dissolution dissolution,
        UUID orderId) {
}
