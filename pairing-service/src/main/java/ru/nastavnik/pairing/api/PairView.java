package ru.nastavnik.pairing.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import ru.nastavnik.pairing.application.PairDetails;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.PairChanges.Dissolution;
import ru.nastavnik.pairing.domain.PairConsent;

/** A pair as JSON: its own fields as before, plus consents, dissolution and the order that fixed it. */
record PairView(@JsonUnwrapped Pair pair, List<PairConsent> consents, boolean consentsComplete, Dissolution dissolution,
        UUID orderId) {

    static PairView of(PairDetails details) {
        return new PairView(details.pair(), details.consents(), details.consentsComplete(), details.dissolution(),
                details.orderId());
    }
}
