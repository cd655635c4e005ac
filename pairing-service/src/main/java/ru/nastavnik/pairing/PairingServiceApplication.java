package ru.nastavnik.pairing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Matching, pairs and groups, programmes and meetings. */
@SpringBootApplication
public class PairingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PairingServiceApplication.class, args);
    }
}
