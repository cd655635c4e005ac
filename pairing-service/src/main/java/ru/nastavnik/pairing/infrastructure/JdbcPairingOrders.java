package ru.nastavnik.pairing.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.pairing.domain.PairingOrder;
import ru.nastavnik.pairing.domain.PairingOrders;

@Repository
class JdbcPairingOrders implements PairingOrders {

    private static final String COLUMNS = """
            o.id, o.organization_id, o.municipality_id, o.region_id, o.number, o.order_date, o.organization_name, o.title,
            o.curator_name, o.created_by, o.created_at,
            ARRAY(SELECT op.pair_id FROM pairing_order_pair op WHERE op.order_id = o.id ORDER BY op.position) AS pairs""";

    private final JdbcClient jdbc;

    JdbcPairingOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(PairingOrder order) {
        jdbc.sql("""
                INSERT INTO pairing_order (id, organization_id, municipality_id, region_id, number, order_date,
                    organization_name, title, curator_name, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(order.id(), order.organizationId(), order.municipalityId(), order.regionId(), order.number(),
                        Date.valueOf(order.date()), order.organizationName(), order.title(), order.curatorName(),
                        order.createdBy(), Timestamp.from(order.createdAt()))
                .update();
        int position = 0;
        for (UUID pair : order.pairIds()) {
            jdbc.sql("INSERT INTO pairing_order_pair (order_id, pair_id, position) VALUES (?, ?, ?)")
                    .params(order.id(), pair, position++).update();
        }
    }

    @Override
    public Optional<PairingOrder> order(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pairing_order o WHERE o.id = ?").param(id)
                .query((rs, n) -> order(rs)).optional();
    }

    @Override
    public List<PairingOrder> ofOrganization(UUID organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pairing_order o WHERE o.organization_id = ? ORDER BY o.order_date, o.created_at")
                .param(organizationId).query((rs, n) -> order(rs)).list();
    }

    @Override
    public void lockOrganization(UUID organizationId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 1))").param(organizationId.toString()).query().listOfRows();
    }

    @Override
    public boolean numberTaken(UUID organizationId, String number) {
        return jdbc.sql("SELECT count(*) FROM pairing_order WHERE organization_id = ? AND number = ?")
                .params(organizationId, number).query(Long.class).single() > 0;
    }

    @Override
    public Optional<UUID> orderOf(UUID pairId) {
        return jdbc.sql("SELECT order_id FROM pairing_order_pair WHERE pair_id = ?").param(pairId).query(UUID.class).optional();
    }

    @Override
    public Optional<byte[]> template(UUID organizationId) {
        return jdbc.sql("SELECT content FROM order_template WHERE organization_id = ?").param(organizationId)
                .query(byte[].class).optional();
    }

    @Override
    public void saveTemplate(UUID organizationId, byte[] docx, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO order_template (organization_id, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (organization_id) DO UPDATE SET content = EXCLUDED.content, uploaded_by = EXCLUDED.uploaded_by,
                    uploaded_at = EXCLUDED.uploaded_at""")
                .params(organizationId, docx, by, Timestamp.from(at)).update();
    }

    private static PairingOrder order(ResultSet rs) throws SQLException {
        return new PairingOrder(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getObject("municipality_id", UUID.class), rs.getObject("region_id", UUID.class), rs.getString("number"),
                rs.getDate("order_date").toLocalDate(), rs.getString("organization_name"), rs.getString("title"),
                rs.getString("curator_name"), List.of((UUID[]) rs.getArray("pairs").getArray()), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
