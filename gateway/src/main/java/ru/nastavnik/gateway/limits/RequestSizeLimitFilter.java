package ru.nastavnik.gateway.limits;

import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import ru.nastavnik.gateway.problem.GatewayRejectionException;

/**
 * Refuses a request whose declared body is larger than {@code nastavnik.gateway.max-request-size} with 413,
 * before any of it is read: the circuit breaker fallback makes the gateway buffer routed bodies in memory.
 *
 * <p>Only {@code Content-Length} is checked; a chunked body without it is not limited here.
 */
public class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final DataSize maxRequestSize;

    public RequestSizeLimitFilter(Properties properties) {
        this.maxRequestSize = properties.maxRequestSize();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > this.maxRequestSize.toBytes()) {
            return Mono.error(new GatewayRejectionException(HttpStatusCode.valueOf(413),
                    "Размер тела запроса превышает допустимые " + humanReadable(this.maxRequestSize) + "."));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // right after the trace id filter, before anything reads the body
    }

    private static String humanReadable(DataSize size) {
        if (size.toMegabytes() > 0 && size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " МБ";
        }
        if (size.toKilobytes() > 0 && size.toBytes() % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " КБ";
        }
        return size.toBytes() + " байт";
    }

    /** {@code nastavnik.gateway.*} */
    @ConfigurationProperties("nastavnik.gateway")
    public record Properties(@DefaultValue("25MB") DataSize maxRequestSize) {
    }
}
