package ru.nastavnik.platform.testkit;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.util.ClassUtils;

/** Adds {@link RealInfrastructurePropertySource} to the context's environment; see {@link RealInfrastructure}. */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Sources a test writes itself; ours goes right below them so that the test's own values win. */
    private static final String[] TEST_OWN_SOURCES = {"Dynamic Test Properties", "Inlined Test Properties"};

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Spring Boot resets logback when it initializes logging for a context; turn the servers down again.
        QuietLogging.apply();
        ConfigurableEnvironment environment = context.getEnvironment();
        ClassLoader classLoader = context.getClassLoader();
        RealInfrastructurePropertySource source = new RealInfrastructurePropertySource(
                environment.getProperty("spring.application.name", "test"),
                ClassUtils.isPresent("org.postgresql.Driver", classLoader),
                ClassUtils.isPresent("org.springframework.kafka.core.KafkaTemplate", classLoader),
                ClassUtils.isPresent("com.mongodb.ConnectionString", classLoader),
                ClassUtils.isPresent("org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider", classLoader),
                TestInfrastructure::get);
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(source.getName()); // a context refreshed twice keeps one
        String below = null;
        for (String name : TEST_OWN_SOURCES) {
            if (sources.contains(name) && (below == null || sources.precedenceOf(sources.get(name))
                    > sources.precedenceOf(sources.get(below)))) {
                below = name;
            }
        }
        if (below == null) {
            sources.addFirst(source);
        } else {
            sources.addAfter(below, source);
        }
    }
}
