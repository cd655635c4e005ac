package ru.nastavnik.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** A test's own properties win over the infrastructure's. */
@SpringBootTest(classes = RealInfrastructureTest.MinimalApp.class,
        properties = {"spring.kafka.bootstrap-servers=localhost:1", "spring.application.name=override-app"})
@RealInfrastructure
class RealInfrastructureOverrideTest {

    @Autowired
    Environment environment;

    @Test
    void inlinedTestPropertiesWin() {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:1");
        assertThat(environment.getProperty("spring.datasource.url")).contains("/override_app_");
    }
}
