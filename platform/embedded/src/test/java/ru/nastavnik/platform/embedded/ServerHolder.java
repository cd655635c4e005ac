package ru.nastavnik.platform.embedded;

import java.nio.file.Path;

/** Runs in a child JVM for {@link KilledOwnerTest}: starts one server, reports, and waits to be killed. */
public final class ServerHolder {

    private ServerHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[1]);
        long serverPid;
        if (args[0].equals("postgres")) {
            EmbeddedPostgres postgres = EmbeddedPostgres.start(directory, 0);
            postgres.createDatabaseIfMissing("survivor");
            try (var connection = java.sql.DriverManager.getConnection(postgres.jdbcUrl("survivor"), "postgres", "");
                 var sql = connection.createStatement()) {
                sql.execute("CREATE TABLE kept (value text)");
                sql.execute("INSERT INTO kept VALUES ('written before the kill')");
            }
            serverPid = Long.parseLong(java.nio.file.Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().trim());
        } else {
            KafkaBroker.start(directory, 0, 0, null);
            serverPid = ProcessHandle.current().children().findFirst().orElseThrow().pid();
        }
        System.out.println("READY " + serverPid);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
