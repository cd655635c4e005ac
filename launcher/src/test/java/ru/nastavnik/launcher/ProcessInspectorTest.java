package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessInspectorTest {

    @Test
    void recognisesThePostmasterOfADataFolderButNotOfASibling() {
        String dir = "/work/data/postgres";

        assertThat(ProcessInspector.isPostmasterFor("/tmp/pg/bin/postgres -D /work/data/postgres -p 15432", dir)).isTrue();
        assertThat(ProcessInspector.isPostmasterFor("/tmp/pg/bin/postgres -D/work/data/postgres", dir)).isTrue();
        assertThat(ProcessInspector.isPostmasterFor("/tmp/pg/bin/postgres -D /work/data/postgres2 -p 1", dir)).isFalse();
        assertThat(ProcessInspector.isPostmasterFor("/usr/bin/java -D /work/data/postgres", dir)).isFalse();
        assertThat(ProcessInspector.isPostmasterFor("", dir)).isFalse();
    }

    @Test
    void readsTheResidentMemoryOfThisJvm() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ProcessInspector.available());

        assertThat(ProcessInspector.residentBytes(ProcessHandle.current().pid()).orElse(0))
                .isGreaterThan(10L * 1024 * 1024);
    }
}
