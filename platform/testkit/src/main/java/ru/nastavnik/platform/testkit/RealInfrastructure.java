package ru.nastavnik.platform.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Points a Spring test's application context at the real servers of {@link TestInfrastructure}, next to
 * {@code @SpringBootTest}:
 * <ul>
 *   <li>{@code spring.datasource.url/username/password}: a fresh PostgreSQL database for each application context
 *       (named after {@code spring.application.name}), when the PostgreSQL driver is on the classpath;</li>
 *   <li>{@code spring.kafka.bootstrap-servers}: the shared Kafka broker, when spring-kafka is on the classpath;</li>
 *   <li>{@code spring.mongodb.uri} (and {@code spring.data.mongodb.uri}): a fresh MongoDB database for each application
 *       context, when the MongoDB driver is on the classpath.</li>
 * </ul>
 * A server starts only when the context actually reads its property. Properties a test sets itself
 * ({@code @SpringBootTest(properties = ...)}, {@code @TestPropertySource}, {@code @DynamicPropertySource}) win.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
public @interface RealInfrastructure {
}
