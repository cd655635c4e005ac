package ru.nastavnik.launcher;

import java.nio.file.Path;

/** The command line of the launcher. */
record LauncherArguments(Path dataDir, Integer gatewayPort, int portOffset, Path home, boolean benchmark,
                         boolean help, boolean generatedDemo, boolean throughput) {

    static final String USAGE = """
            Usage: ./nastavnik run [options]
              Starts PostgreSQL, Kafka, a MongoDB wire server and every Nastavnik service; Ctrl-C stops them all.

              --data-dir DIR      data and logs (default ./data); kept across restarts
              --gateway-port N    port of the gateway (default 8080 + offset)
              --port-offset N     added to every default port: gateway 8080, participant-service 8081,
                                  pairing-service 8082, monitoring-service 8083, publication-service 8084,
                                  identity-provider 9000,
                                  PostgreSQL 15432, Kafka 19092 (controller 19093), MongoDB 27018
              --home DIR          repository root holding the built service jars (default: found from the launcher)
              --benchmark         start, print start-up time and memory of every process, stop, exit
              --demo=generated|basic
                                  demo data on first start (default generated): the fixed demo region plus a
                                  generated one (7 districts, ~80 organizations, ~2,700 people); basic: the
                                  fixed demo region alone
              --tuning=startup|throughput
                                  JVM options of the services (default startup): small heaps and the quick JIT
                                  only, for a laptop; throughput: the optimizing JIT and 512 MB heaps, for a
                                  machine that serves many users (slower start, several times the requests/s)
              --help              this text
            """;

    static LauncherArguments parse(String... args) {
        Path dataDir = Path.of("data");
        Integer gatewayPort = null;
        int portOffset = 0;
        Path home = null;
        boolean benchmark = false;
        boolean help = false;
        boolean generatedDemo = true;
        boolean throughput = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--benchmark" -> benchmark = true;
                case "--data-dir", "--gateway-port", "--port-offset", "--home", "--demo", "--tuning" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--data-dir" -> dataDir = Path.of(value);
                        case "--home" -> home = Path.of(value);
                        case "--demo" -> generatedDemo = demo(value);
                        case "--tuning" -> throughput = throughput(value);
                        case "--gateway-port" -> gatewayPort = port(name, value);
                        default -> portOffset = integer(name, value);
                    }
                }
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        if (portOffset < 0 || portOffset > 65535 - Component.MONGODB.defaultPort()) {
            throw new IllegalArgumentException("--port-offset must be between 0 and "
                    + (65535 - Component.MONGODB.defaultPort()) + ", was " + portOffset);
        }
        LauncherArguments arguments = new LauncherArguments(dataDir, gatewayPort, portOffset, home, benchmark, help,
                generatedDemo, throughput);
        arguments.ports(); // e.g. a --gateway-port that another component already has
        return arguments;
    }

    PortPlan ports() {
        PortPlan ports = PortPlan.defaults(portOffset);
        return gatewayPort == null ? ports : ports.with(Component.GATEWAY, gatewayPort);
    }

    /** {@code --demo=generated} (the default) or {@code --demo=basic}. */
    private static boolean demo(String value) {
        return switch (value) {
            case "generated" -> true;
            case "basic" -> false;
            default -> throw new IllegalArgumentException("--demo must be generated or basic, was '" + value + "'");
        };
    }

    /** {@code --tuning=startup} (the default) or {@code --tuning=throughput}. */
    private static boolean throughput(String value) {
        return switch (value) {
            case "startup" -> false;
            case "throughput" -> true;
            default -> throw new IllegalArgumentException("--tuning must be startup or throughput, was '" + value + "'");
        };
    }

    private static int port(String option, String value) {
        int port = integer(option, value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + " must be a port 1..65535, was " + value);
        }
        return port;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
        }
    }
}
