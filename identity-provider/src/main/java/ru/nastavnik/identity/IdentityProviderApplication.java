package ru.nastavnik.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The development OIDC provider of the embedded default ({@code ./nastavnik run}): Spring Authorization Server with
 * DemoRegion's users and the {@code portal} client. Compose and Kubernetes use Keycloak with the realm generated from
 * the same data (deploy/keycloak/nastavnik-realm.json); both issue the claims of {@link ContractClaims}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}
