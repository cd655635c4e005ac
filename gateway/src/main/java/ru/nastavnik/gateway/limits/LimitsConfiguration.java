package ru.nastavnik.gateway.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestSizeLimitFilter.Properties.class)
class LimitsConfiguration {

    @Bean
    RequestSizeLimitFilter requestSizeLimitFilter(RequestSizeLimitFilter.Properties properties) {
        return new RequestSizeLimitFilter(properties);
    }
}
