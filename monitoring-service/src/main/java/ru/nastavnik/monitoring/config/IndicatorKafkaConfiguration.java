package ru.nastavnik.monitoring.config;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Batch listeners for the indicator projection, beside Boot's record listener factory the participation counts use:
 * the same consumer settings and dead-letter error handler, records delivered a poll at a time.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorKafkaConfiguration {

    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> indicatorBatchFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.setBatchListener(true);
        return factory;
    }
}
