-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first answer to a creating POST, kept per caller
-- and key for a day, so a retry after a lost answer gets it again instead of a second record, on whichever replica it
-- lands. The row is written in the transaction that creates the record: it exists exactly when the record does.
create table idempotency_key (
    principal    varchar(255)  not null,
    key          varchar(255)  not null,
    method       varchar(10)   not null,
    path         varchar(1000) not null,
    fingerprint  varchar(64)   not null,
    status       int           not null,
    location     varchar(1000),
    etag         varchar(200),
    body         text,
    created_at   timestamptz   not null,
    primary key (principal, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
