package ru.nastavnik.platform.testkit;

/** One way to provide the real servers: in this JVM and its child processes, or in Docker containers. */
interface Servers {

    String postgresJdbcUrl(String database);

    String postgresUsername();

    String postgresPassword();

    String kafkaBootstrapServers();

    String mongoUri(String database);

    StoppableKafka newStoppableKafka();

    /** Stops whatever was started; called once, from the JVM's shutdown hook. */
    void shutdown();
}
