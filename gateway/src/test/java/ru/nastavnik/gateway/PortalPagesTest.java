package ru.nastavnik.gateway;

import org.junit.jupiter.api.Test;

/** The portals answer at their short addresses and serve their pages. */
class PortalPagesTest extends GatewayHttpTest {

    @Test
    void shortAddressesLeadToThePortalPages() {
        for (String portal : new String[] { "school", "region" }) {
            for (String address : new String[] { "/" + portal, "/" + portal + "/" }) {
                client.get().uri(address).exchange().expectStatus().isFound()
                        .expectHeader().location("/" + portal + "/index.html");
            }
            client.get().uri("/" + portal + "/index.html").exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("text/html");
        }
    }
}
