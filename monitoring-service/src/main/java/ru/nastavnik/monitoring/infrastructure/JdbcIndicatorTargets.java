package ru.nastavnik.monitoring.infrastructure;

import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * Keeps {@code indicator_target} (which the V8 totals trigger reads) equal to the {@link Indicator} catalogue: the enum
 * is the one place targets are defined. When a target changed or an indicator was added, the kept totals' «below
 * target» counts are stale, so they are rebuilt from the facts in the same transaction.
 */
@Component
class JdbcIndicatorTargets implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(JdbcIndicatorTargets.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcIndicatorTargets(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, String> stored = jdbc.sql("SELECT indicator, kind || ':' || target::numeric(10,2) AS t FROM indicator_target")
                .query((rs, n) -> Map.entry(rs.getString("indicator"), rs.getString("t"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        boolean same = stored.size() == Indicator.values().length;
        for (Indicator indicator : Indicator.values()) {
            same &= (indicator.kind().name() + ":" + indicator.target().setScale(2)).equals(stored.get(indicator.name()));
        }
        if (same) {
            return;
        }
        log.info("Indicator targets changed: rebuilding the dashboard totals");
        transactions.executeWithoutResult(status -> {
            jdbc.sql("LOCK TABLE indicator_fact IN SHARE MODE").update();
            jdbc.sql("DELETE FROM indicator_target").update();
            for (Indicator indicator : Indicator.values()) {
                jdbc.sql("INSERT INTO indicator_target (indicator, kind, target) VALUES (?, ?, ?)")
                        .params(indicator.name(), indicator.kind().name(), indicator.target()).update();
            }
            jdbc.sql("DELETE FROM indicator_total").update();
            jdbc.sql("""
                    INSERT INTO indicator_total (municipality_id, region_id, academic_year, indicator, numerator, denominator,
                        organizations, below_target)
                    SELECT municipality_id, region_id, academic_year, indicator, sum(numerator), sum(denominator), count(*),
                           sum(indicator_below_target(indicator, numerator, denominator))
                    FROM indicator_fact GROUP BY municipality_id, region_id, academic_year, indicator
                    """).update();
        });
    }
}
