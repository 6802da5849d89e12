-- Roadmap documents in and out (issue 11): ongoing deadlines without a due date, imports with their preview, and
-- evidence files on items and progress updates.

-- "постоянно": an ONGOING deadline runs over its year and has no due date, so it is never overdue.
alter table roadmap_item alter column due_date drop not null;
alter table roadmap_item drop constraint roadmap_item_precision_check;
alter table roadmap_item add constraint roadmap_item_precision_check
    check (deadline_precision in ('DAY', 'MONTH', 'QUARTER', 'YEAR', 'RECURRING', 'ONGOING'));
alter table roadmap_item add constraint roadmap_item_due_date_check
    check ((deadline_precision = 'ONGOING') = (due_date is null));

-- An import: the file as read (its name, size and SHA-256, not its bytes) and what was understood of it, the preview,
-- until it is committed into a new draft roadmap.
create table roadmap_import (
    id           uuid         primary key,
    file_name    varchar(255) not null,
    file_sha256  varchar(64)  not null,
    file_size    bigint       not null,
    format       varchar(8)   not null,
    reading      jsonb        not null,
    created_at   timestamptz  not null,
    created_by   varchar(255) not null,
    committed_at timestamptz,
    committed_by varchar(255),
    roadmap_id   uuid         references roadmap (id) on delete set null,
    constraint roadmap_import_format_check check (format in ('DOCX', 'TEXT'))
);
create index roadmap_import_created_idx on roadmap_import (created_at);

-- Evidence files on items and their progress updates. The bytes are kept apart from the description, so lists never
-- read them; in PostgreSQL by default, so one backup holds everything. Files are mostly compressed already (PDF,
-- JPEG, DOCX): stored as they are, without a second compression.
create table attachment (
    id                     uuid          primary key,
    item_id                uuid          not null references roadmap_item (id),
    progress_update_id     uuid          references progress_update (id),
    file_name              varchar(255)  not null,
    media_type             varchar(100)  not null,
    size_bytes             bigint        not null,
    sha256                 varchar(64)   not null,
    created_at             timestamptz   not null,
    created_by             varchar(255)  not null,
    created_by_name        varchar(300)  not null,
    author_organisation_id uuid          references organisation (id),
    constraint attachment_size_check check (size_bytes > 0)
);
create index attachment_item_idx on attachment (item_id, created_at);
create index attachment_progress_idx on attachment (progress_update_id) where progress_update_id is not null;
create table attachment_content (
    attachment_id uuid  primary key references attachment (id) on delete cascade,
    content       bytea not null
);
alter table attachment_content alter column content set storage external;
