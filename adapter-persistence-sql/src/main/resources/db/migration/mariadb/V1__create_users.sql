-- Ids as 16 big-endian bytes, which compare unsigned: the order of their canonical text.
-- The default collations ignore case and accents; utf8mb4_bin keeps résumé@x and resume@x apart.
-- DATETIME(3) holds UTC wall-clock time (Hibernate writes in UTC) and, unlike TIMESTAMP, outlives 2038.
CREATE TABLE users (
    id         BINARY(16)   NOT NULL,
    email      VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name       VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT users_email_unique UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin;
