-- A user's owner, or none: both columns are set or both are NULL, and a unique key never matches NULLs, so users
-- without an owner never collide. The exact collation (utf8mb4_nopad_bin on MariaDB, utf8mb4_0900_bin on MySQL)
-- keeps case, accents and trailing spaces apart, which utf8mb4_bin would not; VARCHAR counts code points. The key
-- is at most 2 x 255 x 4 = 2040 bytes, within InnoDB's 3072 (DYNAMIC rows, the default).
ALTER TABLE users
    ADD COLUMN owner_issuer  VARCHAR(255) CHARACTER SET utf8mb4 COLLATE ${exactCollation} NULL,
    ADD COLUMN owner_subject VARCHAR(255) CHARACTER SET utf8mb4 COLLATE ${exactCollation} NULL,
    ADD CONSTRAINT users_owner_unique UNIQUE (owner_issuer, owner_subject);
