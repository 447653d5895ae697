CREATE TABLE IF NOT EXISTS users (
    id         UUID PRIMARY KEY,
    email      VARCHAR(508) NOT NULL CONSTRAINT users_email_unique UNIQUE,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    version    BIGINT NOT NULL,
    owner_issuer  VARCHAR(510),
    owner_subject VARCHAR(510),
    CONSTRAINT users_owner_unique UNIQUE (owner_issuer, owner_subject)
)
