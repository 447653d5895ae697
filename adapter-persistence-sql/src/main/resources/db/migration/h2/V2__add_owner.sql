-- A user's owner, or none: both columns are set or both are NULL, and a unique constraint over nullable columns
-- never matches NULLs, so users without an owner never collide. VARCHAR counts UTF-16 units, like V1: 510 holds
-- 255 code points. H2 compares strings exactly (case and accents included).
ALTER TABLE users ADD COLUMN owner_issuer VARCHAR(510);
ALTER TABLE users ADD COLUMN owner_subject VARCHAR(510);
ALTER TABLE users ADD CONSTRAINT users_owner_unique UNIQUE (owner_issuer, owner_subject);
