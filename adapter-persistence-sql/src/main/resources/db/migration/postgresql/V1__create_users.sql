-- The address is compared byte for byte ("C"), whatever the database's default collation.
CREATE TABLE users (
    id         uuid                        NOT NULL,
    email      varchar(254) COLLATE "C"    NOT NULL,
    name       varchar(100)                NOT NULL,
    created_at timestamp(3) with time zone NOT NULL,
    updated_at timestamp(3) with time zone NOT NULL,
    version    bigint                      NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_unique UNIQUE (email)
);
