package org.acme.users.adapter.persistence.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A Redis Cluster of three primaries and three replicas on free loopback ports, started from the
 * {@code redis-server} and {@code redis-cli} installed on this machine (Debian's {@code redis-server} and
 * {@code redis-tools}): six processes, joined with {@code redis-cli --cluster create}, nothing kept on disk
 * but the nodes' cluster configuration. A node fails over within a few seconds ({@code cluster-node-timeout}).
 */
final class LocalRedisCluster implements AutoCloseable {

    static final Duration NODE_TIMEOUT = Duration.ofMillis(1500);
    private static final int NODES = 6;
    /** Every node also listens on its port + 10,000 for the cluster bus. */
    private static final int BUS_OFFSET = 10_000;
    private static final Duration FORMING_BOUND = Duration.ofSeconds(30);

    private final Path directory;
    private final List<RedisServerProcess> nodes;

    private LocalRedisCluster(Path directory, List<RedisServerProcess> nodes) {
        this.directory = directory;
        this.nodes = nodes;
    }

    /** The server binary, or empty when this machine has none. */
    static Optional<Path> serverBinary() {
        return onPath("redis-server");
    }

    /**
     * Starts the six nodes and forms the cluster.
     *
     * @throws IllegalStateException when {@code redis-server} or {@code redis-cli} is missing or the cluster does
     *                               not form
     */
    static LocalRedisCluster start() {
        Path server = serverBinary().orElseThrow(() -> new IllegalStateException("redis-server is not installed"));
        Path cli = onPath("redis-cli").orElseThrow(() -> new IllegalStateException("redis-cli is not installed"));
        Path directory = temporaryDirectory();
        List<RedisServerProcess> nodes = new ArrayList<>();
        LocalRedisCluster cluster = new LocalRedisCluster(directory, nodes);
        try {
            for (int port : freePorts()) {
                nodes.add(RedisServerProcess.start(server, port, directory.resolve("node-" + port), List.of(
                        "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                        "--cluster-node-timeout", Long.toString(NODE_TIMEOUT.toMillis()),
                        "--save", "", "--appendonly", "no")));
            }
            cluster.create(cli);
            cluster.awaitFormed();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    List<RedisServerProcess> nodes() {
        return nodes;
    }

    String url() {
        return "redis://127.0.0.1:" + nodes.get(0).port();
    }

    /** Stops every node and removes their files. */
    @Override
    public void close() {
        nodes.forEach(RedisServerProcess::kill);
        FileTrees.remove(directory);
    }

    private void create(Path cli) {
        List<String> command = new ArrayList<>(List.of(cli.toString(), "--cluster", "create"));
        nodes.forEach(node -> command.add("127.0.0.1:" + node.port()));
        command.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("cluster-create.log").toFile()).start();
            if (!process.waitFor(FORMING_BOUND.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("redis-cli --cluster create failed; see "
                        + directory.resolve("cluster-create.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cli, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while forming the cluster", e);
        }
    }

    /** Waits until every node sees a healthy cluster of all six nodes, each primary with its replica in sync. */
    private void awaitFormed() {
        long giveUpAt = System.nanoTime() + FORMING_BOUND.toNanos();
        while (!nodes.stream().allMatch(LocalRedisCluster::seesTheWholeCluster)) {
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("the cluster did not form within " + FORMING_BOUND.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while forming the cluster", e);
            }
        }
    }

    private static boolean seesTheWholeCluster(RedisServerProcess node) {
        try (Connection connection = new Connection(node.address(),
                DefaultJedisClientConfig.builder().timeoutMillis(1000).build())) {
            InfoFields replication = InfoFields.of(connection.executeCommand(RedisCalls.COMMANDS.info("replication")));
            boolean replicating = replication.get("role").filter("master"::equals).isPresent()
                    ? replication.get("connected_slaves").filter("1"::equals).isPresent()
                    : replication.get("master_link_status").filter("up"::equals).isPresent();
            return replicating && RedisDatabaseHealth.servesEverySlot(connection)
                    && knownNodes(connection) == NODES;
        } catch (JedisException e) {
            return false;
        }
    }

    private static long knownNodes(Connection connection) {
        String nodes = connection.executeCommand(new CommandObject<>(
                new CommandArguments(Protocol.Command.CLUSTER).add("NODES"), BuilderFactory.STRING));
        return nodes.lines().filter(line -> !line.isBlank()).count();
    }

    /** Six ports whose bus ports are free too, from a random start so that parallel runs rarely collide. */
    private static List<Integer> freePorts() {
        List<Integer> ports = new ArrayList<>();
        int candidate = ThreadLocalRandom.current().nextInt(20_000, 40_000);
        while (ports.size() < NODES) {
            if (isFree(candidate) && isFree(candidate + BUS_OFFSET)) {
                ports.add(candidate);
            }
            candidate++;
        }
        return ports;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("redis-cluster-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the cluster", e);
        }
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
