package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders fixing pairs, and each organization's edited template of the order. */
public interface PairingOrders {

    void add(PairingOrder order);

    Optional<PairingOrder> order(UUID id);

    List<PairingOrder> ofOrganization(UUID organizationId);

    /** Serializes creating orders of one organization until the transaction ends. */
    void lockOrganization(UUID organizationId);

    boolean numberTaken(UUID organizationId, String number);

    /** The order that fixed the pair, if any. */
    Optional<UUID> orderOf(UUID pairId);

    Optional<byte[]> template(UUID organizationId);

    void saveTemplate(UUID organizationId, byte[] docx, String by, Instant at);
}
