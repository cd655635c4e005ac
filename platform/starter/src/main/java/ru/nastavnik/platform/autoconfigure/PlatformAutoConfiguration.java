package ru.nastavnik.platform.autoconfigure;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import io.micrometer.tracing.Tracer;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.platform.consumer.IdempotentConsumer;
import ru.nastavnik.platform.consumer.JdbcProcessedEventLedger;
import ru.nastavnik.platform.consumer.MongoProcessedEventLedger;
import ru.nastavnik.platform.kafka.ConsumerRetryProperties;
import ru.nastavnik.platform.kafka.DeadLetterConfiguration;
import ru.nastavnik.platform.observability.TraceContexts;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.outbox.OutboxEventPublisher;
import ru.nastavnik.platform.outbox.OutboxProperties;
import ru.nastavnik.platform.outbox.OutboxRelay;
import ru.nastavnik.platform.problem.ProblemDetailsAdvice;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.problem.RequestBodyLimitFilter;

/** What every Nastavnik service gets by depending on the starter. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration" },
        // Our filter chain and token decoder must exist before Boot decides on its defaults.
        beforeName = {
                "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@EnableConfigurationProperties({ OutboxProperties.class, ConsumerRetryProperties.class })
public class PlatformAutoConfiguration {

    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer) {
        return new TraceContexts(tracer.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    static class KafkaConsumers {

        @Bean
        @ConditionalOnMissingBean(CommonErrorHandler.class)
        DefaultErrorHandler kafkaErrorHandler(KafkaProperties kafka, ConsumerRetryProperties retry) {
            return DeadLetterConfiguration.errorHandler(kafka, retry);
        }
    }

    /** Services that keep their state in PostgreSQL: outbox and a transactional processed-event ledger. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ JdbcClient.class, KafkaTemplate.class })
    @ConditionalOnBean({ DataSource.class, PlatformTransactionManager.class })
    static class PostgresStore {

        @Bean
        OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactions,
                KafkaTemplate<String, byte[]> kafka, TraceContexts traces, OutboxProperties properties,
                Environment environment) {
            String source = "/nastavnik/" + environment.getProperty("spring.application.name", "service");
            return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactions), kafka, traces,
                    properties, source);
        }

        @Bean
        IntegrationEventPublisher integrationEventPublisher(DataSource dataSource, EventCodec codec,
                TraceContexts traces, OutboxRelay relay, Clock clock) {
            return new OutboxEventPublisher(JdbcClient.create(dataSource), codec, traces, relay, clock);
        }

        @Bean
        IdempotentConsumer idempotentConsumer(DataSource dataSource, PlatformTransactionManager transactions) {
            return new IdempotentConsumer(
                    new JdbcProcessedEventLedger(JdbcClient.create(dataSource), new TransactionTemplate(transactions)));
        }
    }

    /** Services that keep their state in MongoDB: a ledger that needs no multi-document transactions. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean(DataSource.class)
    static class MongoStore {

        @Bean
        IdempotentConsumer idempotentConsumer(MongoTemplate mongo) {
            return new IdempotentConsumer(new MongoProcessedEventLedger(mongo));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @org.springframework.context.annotation.Import(ru.nastavnik.platform.security.ResourceServerConfiguration.class)
    static class Web {

        @Bean
        Problems problems(TraceContexts traces) {
            return new Problems(traces);
        }

        @Bean
        ProblemDetailsAdvice problemDetailsAdvice(Problems problems,
                @Value("${nastavnik.http.max-body-size:1MB}") DataSize maxBodySize) {
            return new ProblemDetailsAdvice(problems, maxBodySize.toBytes());
        }

        @Bean
        FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(Problems problems,
                @Value("${nastavnik.http.max-body-size:1MB}") DataSize maxBodySize) {
            FilterRegistrationBean<RequestBodyLimitFilter> registration =
                    new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBodySize, problems));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
