package ru.nastavnik.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class RealInfrastructurePropertySourceTest {

    private final AtomicInteger lookups = new AtomicInteger();
    private final Supplier<TestInfrastructure> counting = () -> {
        lookups.incrementAndGet();
        return TestInfrastructure.get();
    };

    @Test
    void offersOnlyWhatTheClasspathCanUse() {
        RealInfrastructurePropertySource kafkaOnly = new RealInfrastructurePropertySource("app", false, true, false, counting);
        assertThat(kafkaOnly.getPropertyNames()).containsExactly("spring.kafka.bootstrap-servers");
        assertThat(kafkaOnly.getProperty("spring.datasource.url")).isNull();

        RealInfrastructurePropertySource all = new RealInfrastructurePropertySource("app", true, true, true, counting);
        assertThat(all.getPropertyNames()).containsExactlyInAnyOrder("spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "spring.kafka.bootstrap-servers", "spring.mongodb.uri",
                "spring.data.mongodb.uri");
    }

    @Test
    void listingAndContainsNeverTouchTheServers() {
        RealInfrastructurePropertySource source = new RealInfrastructurePropertySource("app", true, true, true, counting);
        source.getPropertyNames();
        assertThat(source.containsProperty("spring.datasource.url")).isTrue();
        assertThat(source.containsProperty("spring.jpa.open-in-view")).isFalse();
        assertThat(source.getProperty("spring.jpa.open-in-view")).isNull();
        assertThat(lookups).hasValue(0);
    }

    @Test
    void databaseIsCreatedOncePerSource() {
        RealInfrastructurePropertySource source = new RealInfrastructurePropertySource("once", true, false, false, counting);
        Object url = source.getProperty("spring.datasource.url");
        assertThat(source.getProperty("spring.datasource.url")).isEqualTo(url);
        assertThat(new RealInfrastructurePropertySource("once", true, false, false, counting)
                .getProperty("spring.datasource.url")).isNotEqualTo(url);
    }
}
