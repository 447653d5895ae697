package org.acme.users.benchmarks.report;

import java.util.List;

/** The libraries a sampled stack frame can belong to, recognised by the frame's class name. */
enum CodeLayer {

    WEB_ADAPTER("web adapter", "org.acme.users.adapter.web."),
    ADAPTER("persistence adapter (incl. generated mappers)", "org.acme.users.adapter."),
    APPLICATION("application services", "org.acme.users.application.", "org.acme.users.bootstrap."),
    DOMAIN("domain model (validation)", "org.acme.users.domain."),
    BENCHMARK("benchmark code", "org.acme.users.benchmarks."),
    HIBERNATE("Hibernate ORM", "org.hibernate."),
    HIKARI("HikariCP pool", "com.zaxxer.hikari."),
    JDBC_DRIVER("JDBC driver", "org.postgresql.", "org.mariadb.", "org.h2.", "org.sqlite."),
    MONGO_DRIVER("MongoDB driver and BSON", "com.mongodb.", "org.bson."),
    REDIS_CLIENT("Redis client (Jedis)", "redis.clients."),
    CASSANDRA_DRIVER("Cassandra driver", "com.datastax.oss."),
    EMBEDDED_SERVER("embedded MongoDB server (mongo-java-server, Netty)", "de.bwaldvogel.", "io.netty."),
    JMH("JMH harness", "org.openjdk.jmh."),
    MICROMETER("Micrometer (metrics)", "io.micrometer."),
    SPRING("Spring MVC", "org.springframework."),
    TOMCAT("Tomcat (HTTP)", "org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."),
    JSON("Jackson (JSON)", "tools.jackson.", "com.fasterxml.jackson."),
    LOGGING("logging (access log)", "ch.qos.logback.", "org.slf4j."),
    JDK_IO("JDK socket I/O", "sun.nio.", "java.net.", "sun.net.", "java.io."),
    JDK_OTHER("JDK, other");

    private final String label;
    private final List<String> prefixes;

    CodeLayer(String label, String... prefixes) {
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    String label() {
        return label;
    }

    /** The layer of one frame; anything unrecognised counts as JDK. */
    static CodeLayer of(String className) {
        for (CodeLayer layer : values()) {
            if (layer.prefixes.stream().anyMatch(className::startsWith)) {
                return layer;
            }
        }
        return JDK_OTHER;
    }

    boolean isJdk() {
        return this == JDK_IO || this == JDK_OTHER;
    }
}
