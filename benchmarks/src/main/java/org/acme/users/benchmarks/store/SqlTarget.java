package org.acme.users.benchmarks.store;

/** Where a SQL benchmark database is: the JDBC URL and credentials given to the adapter and to the raw driver alike. */
public record SqlTarget(SqlEngine engine, String jdbcUrl, String user, String password) {
}
