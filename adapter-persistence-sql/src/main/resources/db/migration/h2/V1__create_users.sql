-- H2 counts a VARCHAR's length in UTF-16 units, so the limits are twice the code points the domain allows.
CREATE TABLE users (
    id         UUID                        NOT NULL,
    email      VARCHAR(508)                NOT NULL,
    name       VARCHAR(200)                NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    version    BIGINT                      NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_unique UNIQUE (email)
);
