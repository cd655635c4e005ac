package ru.nastavnik.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;

@SpringBootTest(classes = RealInfrastructureTest.MinimalApp.class, properties = "spring.application.name=testkit-demo")
@RealInfrastructure
class RealInfrastructureTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class MinimalApp {
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    KafkaTemplate<Object, Object> kafkaTemplate;

    @Autowired
    MongoClient mongoClient;

    @Autowired
    Environment environment;

    @Test
    void dataSourceIsAFreshPostgresDatabaseNamedAfterTheApplication() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).startsWith("testkit_demo_");
        jdbc.execute("CREATE TABLE programme (id int PRIMARY KEY)");
        jdbc.update("INSERT INTO programme VALUES (7)");
        assertThat(jdbc.queryForObject("SELECT id FROM programme", Integer.class)).isEqualTo(7);
    }

    @Test
    void kafkaTemplateReachesTheSharedBroker() throws Exception {
        String bootstrap = environment.getProperty("spring.kafka.bootstrap-servers");
        assertThat(bootstrap).isEqualTo(TestInfrastructure.get().kafkaBootstrapServers());

        kafkaTemplate.send("testkit-spring", "key", "value").get(30, TimeUnit.SECONDS);
        assertThat(KafkaRoundTrip.readAll(bootstrap, "testkit-spring", 1)).contains("value");
    }

    @Test
    void mongoClientUsesAFreshDatabase() {
        String uri = environment.getProperty("spring.mongodb.uri");
        assertThat(uri).contains("/testkit_demo_").isEqualTo(environment.getProperty("spring.data.mongodb.uri"));
        String database = uri.substring(uri.lastIndexOf('/') + 1);

        mongoClient.getDatabase(database).getCollection("news").insertOne(new Document("_id", "n-1"));
        assertThat(mongoClient.getDatabase(database).getCollection("news").find(Filters.eq("_id", "n-1")).first())
                .isNotNull();
    }

    @Test
    void everyApplicationContextGetsItsOwnDatabases() {
        try (ConfigurableApplicationContext first = startContext(); ConfigurableApplicationContext second = startContext()) {
            assertThat(currentDatabase(first)).isNotEqualTo(currentDatabase(second)).startsWith("other_app_");
            assertThat(first.getEnvironment().getProperty("spring.mongodb.uri"))
                    .isNotEqualTo(second.getEnvironment().getProperty("spring.mongodb.uri"));
            assertThat(currentDatabase(first)).isNotEqualTo(
                    new JdbcTemplate(dataSource).queryForObject("SELECT current_database()", String.class));
        }
    }

    private static ConfigurableApplicationContext startContext() {
        return new SpringApplicationBuilder(MinimalApp.class)
                .initializers(new RealInfrastructureInitializer())
                .properties("spring.application.name=other-app", "spring.main.banner-mode=off")
                .run();
    }

    private static String currentDatabase(ConfigurableApplicationContext context) {
        return new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("SELECT current_database()", String.class);
    }
}
