-- Partner organisations bring their own people (issue 9). Keycloak stays the identity provider: Karta keeps which
-- Keycloak objects stand for its organisations, accounts and scripts, never a password or a secret.

-- An organisation with sign-in is a Keycloak Organization (alias = the organisation's id); optionally linked to the
-- partner's own OIDC identity provider, to which users of its e-mail domain are sent.
alter table organisation add column sign_in_enabled boolean not null default false;
alter table organisation add column keycloak_organization_id varchar(64);
alter table organisation add column sign_in_domain varchar(253);
alter table organisation add column identity_provider_alias varchar(100);
alter table organisation add column identity_provider_issuer varchar(500);

-- A person's account: its state in Karta's words, and the roles granted in Karta (mirrored to Keycloak's realm roles,
-- which the tokens carry).
alter table account add column state varchar(20) not null default 'ACTIVE'
    check (state in ('INVITED', 'ACTIVE', 'DISABLED'));
alter table account add column roles text[] not null default '{}';
alter table account add column invited_at timestamptz;
alter table account add column activated_at timestamptz;
create unique index account_person_idx on account (person_id) where person_id is not null;
create index person_name_idx on person (lower(full_name));
create unique index person_email_idx on person (lower(email)) where email is not null;

-- A script's service account: a confidential Keycloak client with the integration role; its secret is shown once.
create table service_account (
    id            uuid primary key,
    name          varchar(200) not null,
    client_id     varchar(100) not null unique,
    keycloak_id   varchar(64)  not null,
    subject       varchar(64)  not null unique,
    created_at    timestamptz  not null,
    rotated_at    timestamptz,
    last_used_at  timestamptz,
    -- Revoked: the client is gone from Keycloak; Karta also refuses tokens it issued before (until they expire).
    revoked_at    timestamptz
);

-- The audit log across everything: by time, by actor.
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor_subject, occurred_at desc);
