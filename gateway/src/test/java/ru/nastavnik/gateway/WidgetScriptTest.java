package ru.nastavnik.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget script that school sites include is the gateway's own static file, served anonymously and framable;
 * the widget's iframe page and the feeds go to publication-service.
 */
class WidgetScriptTest extends GatewayHttpTest {

    @Test
    void theGatewayServesTheWidgetScriptItself() {
        String script = this.client.get().uri("/public/widget.js")
                .header(HttpHeaders.ORIGIN, "https://school-17.example.org")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/javascript"))
                .expectHeader().doesNotExist("X-Frame-Options")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(script).contains("/public/feeds/", "textContent").doesNotContain("innerHTML");
        assertThat(SERVICE.receivedAt("/public/widget.js")).isEmpty();
    }

    @Test
    void theWidgetPageAndTheFeedsAreRoutedToPublicationServiceWithOneAllowOrigin() {
        String page = "/public/widget/organizations/6f1c2a4e-0d8b-4b59-9a47-1a2b3c4d5e6f.html";
        this.client.get().uri(page)
                .header(HttpHeaders.ORIGIN, "https://school-17.example.org")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .expectHeader().doesNotExist("X-Frame-Options");
        assertThat(SERVICE.receivedAt(page)).hasSize(1);

        this.client.get().uri("/public/elsewhere.json").exchange().expectStatus().isNotFound();
        assertThat(SERVICE.receivedAt("/public/elsewhere.json")).isEmpty();
    }
}
