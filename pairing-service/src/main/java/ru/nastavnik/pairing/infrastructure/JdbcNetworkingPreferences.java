package ru.nastavnik.pairing.infrastructure;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.pairing.domain.NetworkingPreferences;

@Repository
class JdbcNetworkingPreferences implements NetworkingPreferences {

    private final JdbcClient jdbc;

    JdbcNetworkingPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(UUID personId, List<Choice> choices) {
        jdbc.sql("DELETE FROM networking_preference WHERE person_id = ?").param(personId).update();
        for (Choice choice : choices) {
            jdbc.sql("""
                    INSERT INTO networking_preference (person_id, preferred_id, rank, preferred_as) VALUES (?, ?, ?, ?)
                    ON CONFLICT (person_id, preferred_id) DO UPDATE SET rank = LEAST(networking_preference.rank, excluded.rank)""")
                    .params(personId, choice.preferredId(), choice.rank(), choice.preferredAs().name()).update();
        }
    }

    @Override
    public void erase(UUID personId) {
        jdbc.sql("DELETE FROM networking_preference WHERE person_id = ? OR preferred_id = ?").params(personId, personId).update();
    }
}
