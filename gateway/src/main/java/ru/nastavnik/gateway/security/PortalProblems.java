package ru.nastavnik.gateway.security;

import org.springframework.http.HttpStatus;

import ru.nastavnik.gateway.problem.GatewayRejectionException;

/** The login-related rejections; {@code GatewayErrorHandler} renders them as problem+json. */
final class PortalProblems {

    static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    private static final String LOGIN_REQUIRED = "Требуется вход";

    private PortalProblems() {
    }

    static GatewayRejectionException notLoggedIn() {
        return new GatewayRejectionException(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, LOGIN_REQUIRED,
                "Войдите в систему, чтобы продолжить.");
    }

    static GatewayRejectionException loginNotConfigured() {
        return new GatewayRejectionException(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, LOGIN_REQUIRED,
                "Вход на этом шлюзе не настроен: сеанса пользователя нет.");
    }

    static GatewayRejectionException sessionEnded() {
        return new GatewayRejectionException(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, LOGIN_REQUIRED,
                "Сеанс входа завершён. Войдите в систему снова.");
    }

    static GatewayRejectionException csrfTokenInvalid() {
        return new GatewayRejectionException(HttpStatus.FORBIDDEN, "CSRF_TOKEN_INVALID", "Запрос не подтверждён",
                "В запросе нет действующего токена защиты от подделки запросов (CSRF). Обновите страницу и "
                        + "повторите действие.");
    }
}
