package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The director's order fixing pairs and groups (приказ о закреплении наставнических пар/групп): number, date,
 * title, the organization's name as written in the order, the curator responsible, the pairs in order.
 */
public record PairingOrder(UUID id, UUID organizationId, UUID municipalityId, UUID regionId, String number, LocalDate date,
        String organizationName, String title, String curatorName, List<UUID> pairIds, String createdBy, Instant createdAt) {

    public PairingOrder {
        pairIds = List.copyOf(pairIds);
    }
}
