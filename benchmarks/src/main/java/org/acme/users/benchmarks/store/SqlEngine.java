package org.acme.users.benchmarks.store;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How each SQL database stores what the adapter's migrations declare, so raw statements bind and read exactly
 * the column types that the adapter uses: a native uuid on H2 and PostgreSQL, 16 bytes on MariaDB (whose uuid type
 * does not sort in id order), canonical text on SQLite; instants as timestamps with time zone, on MariaDB as a
 * DATETIME holding UTC wall-clock time, on SQLite as epoch milliseconds.
 */
public enum SqlEngine {

    H2("truncate table users", "analyze"),
    POSTGRESQL("truncate table users", "analyze users"),
    MARIADB("truncate table users", "analyze table users"),
    SQLITE("delete from users", "analyze");

    private final String emptyTable;
    private final String refreshStatistics;

    SqlEngine(String emptyTable, String refreshStatistics) {
        this.emptyTable = emptyTable;
        this.refreshStatistics = refreshStatistics;
    }

    /** Removes every user quickly: before a fresh seed. */
    String emptyTable() {
        return emptyTable;
    }

    /** Lets the planner see the seeded size, as it would after autovacuum or a nightly job. */
    String refreshStatistics() {
        return refreshStatistics;
    }

    void bindId(PreparedStatement statement, int index, UUID id) throws SQLException {
        switch (this) {
            case MARIADB -> statement.setBytes(index, ByteBuffer.allocate(16)
                    .putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits())
                    .array());
            case SQLITE -> statement.setString(index, id.toString());
            default -> statement.setObject(index, id);
        }
    }

    UUID readId(ResultSet row, int index) throws SQLException {
        return switch (this) {
            case MARIADB -> {
                ByteBuffer bytes = ByteBuffer.wrap(row.getBytes(index));
                yield new UUID(bytes.getLong(), bytes.getLong());
            }
            case SQLITE -> UUID.fromString(row.getString(index));
            default -> row.getObject(index, UUID.class);
        };
    }

    void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        switch (this) {
            case MARIADB -> statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            case SQLITE -> statement.setLong(index, instant.toEpochMilli());
            default -> statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    Instant readInstant(ResultSet row, int index) throws SQLException {
        return switch (this) {
            case MARIADB -> row.getObject(index, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            case SQLITE -> Instant.ofEpochMilli(row.getLong(index));
            default -> row.getObject(index, OffsetDateTime.class).toInstant();
        };
    }
}
