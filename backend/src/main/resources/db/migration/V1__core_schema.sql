-- Karta core schema: organisations, people, accounts, roadmaps, items, progress, audit.
-- Flyway owns the schema; Hibernate only validates it. Constraints here mirror the API's validation rules.

create table organisation (
    id            uuid primary key,
    kind          varchar(32)  not null,
    full_name     varchar(500) not null,
    short_name    varchar(200),
    inn           varchar(12),
    email         varchar(254),
    phone         varchar(50),
    address       varchar(500),
    website       varchar(500),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint organisation_kind_check check (kind in ('ASSOCIATION', 'DEVELOPMENT_CENTRE', 'REGIONAL_AUTHORITY',
        'FEDERAL_AUTHORITY', 'MEMBER_ENTERPRISE', 'RESEARCH_EDUCATION', 'OTHER')),
    constraint organisation_full_name_check check (length(btrim(full_name)) > 0),
    constraint organisation_inn_check check (inn is null or inn ~ '^([0-9]{10}|[0-9]{12})$')
);
create unique index organisation_full_name_uq on organisation (lower(full_name));
create unique index organisation_inn_uq on organisation (inn) where inn is not null;
create index organisation_updated_at_idx on organisation (updated_at);

create table organisation_alias (
    organisation_id uuid         not null references organisation (id) on delete cascade,
    position        int          not null,
    alias           varchar(500) not null,
    primary key (organisation_id, position)
);
create index organisation_alias_lower_idx on organisation_alias (lower(alias));

create table person (
    id              uuid primary key,
    organisation_id uuid         references organisation (id),
    full_name       varchar(300) not null,
    position_title  varchar(300),
    email           varchar(254),
    phone           varchar(50),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create index person_organisation_idx on person (organisation_id);

-- An account is a Keycloak user, linked by its subject, acting for one organisation.
create table account (
    id              uuid primary key,
    subject         varchar(255) not null unique,
    username        varchar(255) not null unique,
    person_id       uuid         references person (id),
    organisation_id uuid         references organisation (id),
    created_at      timestamptz  not null default now()
);
create index account_organisation_idx on account (organisation_id);

create table roadmap (
    id              uuid primary key,
    title           varchar(500)  not null,
    description     varchar(4000),
    period_start    date          not null,
    period_end      date          not null,
    status          varchar(16)   not null default 'DRAFT',
    approved_at     timestamptz,
    approved_by     varchar(300),
    copied_from_id  uuid          references roadmap (id),
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint roadmap_status_check check (status in ('DRAFT', 'APPROVED', 'ARCHIVED')),
    constraint roadmap_period_check check (period_end >= period_start),
    constraint roadmap_title_check check (length(btrim(title)) > 0)
);
create index roadmap_updated_at_idx on roadmap (updated_at);

create table roadmap_item (
    id                 uuid primary key,
    roadmap_id         uuid          not null references roadmap (id),
    number             varchar(20)   not null,
    sort_key           varchar(100)  not null,
    activity           varchar(4000) not null,
    deadline_precision varchar(16)   not null,
    deadline_text      varchar(200)  not null,
    deadline_period    varchar(20)   not null,
    due_date           date          not null,
    recurrence         varchar(16),
    expected_result    varchar(4000),
    note               varchar(4000),
    status             varchar(16)   not null default 'NOT_STARTED',
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    search             tsvector generated always as (
        to_tsvector('russian', coalesce(number, '') || ' ' || coalesce(activity, '') || ' '
            || coalesce(expected_result, '') || ' ' || coalesce(note, ''))) stored,
    constraint roadmap_item_number_uq unique (roadmap_id, number),
    constraint roadmap_item_number_check check (number ~ '^[0-9]+(\.[0-9]+)*$'),
    constraint roadmap_item_status_check check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    constraint roadmap_item_precision_check check (deadline_precision in ('DAY', 'MONTH', 'QUARTER', 'YEAR', 'RECURRING')),
    constraint roadmap_item_recurrence_check check (
        (deadline_precision = 'RECURRING' and recurrence in ('MONTHLY', 'QUARTERLY', 'YEARLY'))
        or (deadline_precision <> 'RECURRING' and recurrence is null)),
    constraint roadmap_item_activity_check check (length(btrim(activity)) > 0)
);
create index roadmap_item_roadmap_sort_idx on roadmap_item (roadmap_id, sort_key);
create index roadmap_item_roadmap_due_idx on roadmap_item (roadmap_id, due_date);
create index roadmap_item_updated_at_idx on roadmap_item (roadmap_id, updated_at);
create index roadmap_item_search_idx on roadmap_item using gin (search);

-- The responsible and assisting organisations of an item, in the order the roadmap lists them.
create table roadmap_item_party (
    item_id         uuid         not null references roadmap_item (id) on delete cascade,
    role            varchar(16)  not null,
    position        int          not null,
    organisation_id uuid         not null references organisation (id),
    official        varchar(300),
    primary key (item_id, role, position),
    constraint roadmap_item_party_role_check check (role in ('RESPONSIBLE', 'ASSISTING')),
    constraint roadmap_item_party_org_uq unique (item_id, role, organisation_id)
);
create index roadmap_item_party_org_idx on roadmap_item_party (organisation_id);

create table progress_update (
    id                   uuid primary key,
    item_id              uuid          not null references roadmap_item (id) on delete cascade,
    text                 varchar(4000) not null,
    previous_status      varchar(16),
    status               varchar(16),
    evidence_url         varchar(2000),
    author_subject       varchar(255)  not null,
    author_name          varchar(300)  not null,
    author_organisation_id uuid        references organisation (id),
    created_at           timestamptz   not null default now(),
    constraint progress_update_status_check check (status is null or status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    constraint progress_update_text_check check (length(btrim(text)) > 0)
);
create index progress_update_item_idx on progress_update (item_id, created_at desc);

-- Every change, with who made it and when. Never updated, never deleted.
create table audit_event (
    id             bigserial primary key,
    occurred_at    timestamptz  not null default now(),
    actor_subject  varchar(255) not null,
    actor_name     varchar(300) not null,
    entity_type    varchar(40)  not null,
    entity_id      uuid         not null,
    parent_id      uuid,
    action         varchar(40)  not null,
    changes        jsonb        not null default '[]'::jsonb,
    request_id     varchar(64)
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_parent_idx on audit_event (parent_id, occurred_at desc) where parent_id is not null;
