-- A user's owner, or none: both columns are set or both are NULL, and a unique key never matches NULLs, so users
-- without an owner never collide. utf8mb4_bin, like the address, keeps case and accents apart; VARCHAR counts
-- code points. The key is at most 2 x 255 x 4 = 2040 bytes, within InnoDB's 3072 (DYNAMIC rows, the default).
-- utf8mb4_bin pads with spaces, so 'a' and 'a ' are one key: findByOwner checks the owner it read exactly.
ALTER TABLE users
    ADD COLUMN owner_issuer  VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    ADD COLUMN owner_subject VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    ADD CONSTRAINT users_owner_unique UNIQUE (owner_issuer, owner_subject);
