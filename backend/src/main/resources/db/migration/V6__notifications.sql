-- In-app notifications of an organisation: every account of the organisation sees them, and one of its people
-- marking one read marks it read for the organisation (a reminder is the organisation's duty, not a person's).
-- Today only the report reminders make them: DUE_SOON a set number of days before a quarter's report is due,
-- OVERDUE once it is late. The text is made from kind and period in the reader's language.
create table notification (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    kind            varchar(32) not null,
    period_year     int         not null,
    period_quarter  int         not null,
    due_at          timestamptz not null,
    link            varchar(500) not null,
    created_at      timestamptz not null,
    created_by      varchar(255) not null,
    read_at         timestamptz,
    read_by         varchar(255),
    constraint notification_kind_check check (kind in ('DUE_SOON', 'OVERDUE')),
    constraint notification_quarter_check check (period_quarter between 1 and 4),
    constraint notification_read_check check ((read_at is null) = (read_by is null)),
    -- Once per quarter, organisation and kind, however many backends run the reminder job at the same time.
    constraint notification_once unique (organisation_id, period_year, period_quarter, kind)
);
create index notification_organisation_created_idx on notification (organisation_id, created_at desc, id);
