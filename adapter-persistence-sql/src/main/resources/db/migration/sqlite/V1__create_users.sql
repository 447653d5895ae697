-- Ids as canonical lower-case text, which sorts like the id; instants as epoch milliseconds, exact and
-- sorting as numbers. WITHOUT ROWID clusters the rows by id, the order pages are read in.
CREATE TABLE users (
    id         TEXT    NOT NULL,
    email      TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL,
    version    BIGINT  NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_unique UNIQUE (email)
) WITHOUT ROWID;
