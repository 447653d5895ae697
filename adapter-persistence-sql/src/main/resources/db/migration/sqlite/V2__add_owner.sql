-- A user's owner, or none: both columns are set or both are NULL, and a unique index never matches NULLs, so
-- users without an owner never collide. TEXT compares with BINARY, exactly. SQLite adds no constraint to an
-- existing table, hence an index; its violation names the columns, users.owner_issuer and users.owner_subject.
ALTER TABLE users ADD COLUMN owner_issuer TEXT;
ALTER TABLE users ADD COLUMN owner_subject TEXT;
CREATE UNIQUE INDEX users_owner_unique ON users (owner_issuer, owner_subject);
