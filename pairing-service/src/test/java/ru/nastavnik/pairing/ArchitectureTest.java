package ru.nastavnik.pairing;

import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.testkit.architecture.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void layersAndBoundariesHold() {
        ServiceArchitecture.verify("ru.nastavnik.pairing");
    }
}
