-- A user's owner, or none: both columns are set or both are NULL, and a unique constraint never matches NULLs,
-- so users without an owner never collide. Compared byte for byte ("C"), like the address; varchar counts
-- code points.
ALTER TABLE users
    ADD COLUMN owner_issuer  varchar(255) COLLATE "C",
    ADD COLUMN owner_subject varchar(255) COLLATE "C",
    ADD CONSTRAINT users_owner_unique UNIQUE (owner_issuer, owner_subject);
