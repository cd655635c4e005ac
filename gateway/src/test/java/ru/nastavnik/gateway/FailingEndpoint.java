package ru.nastavnik.gateway;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Present in tests only: the one way to make the gateway itself fail with an unexpected exception. */
@TestConfiguration(proxyBeanMethods = false)
@RestController
class FailingEndpoint {

    @GetMapping("/test-only/failure")
    String fail() {
        throw new IllegalStateException("internal secret: jdbc://db-password@host");
    }
}
