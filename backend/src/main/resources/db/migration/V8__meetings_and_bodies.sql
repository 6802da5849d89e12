-- Meetings and the cluster's bodies (issue 10): the council, working groups and the registry of members of federal
-- working groups and commissions with the history of their membership; meetings with their agenda, participants,
-- check-ins, minutes and decisions; each person's calendar feed; meeting reminders as notifications.

create table body (
    id          uuid primary key,
    kind        varchar(20)   not null check (kind in ('COUNCIL', 'WORKING_GROUP', 'REGISTRY')),
    name        varchar(300)  not null,
    description varchar(2000),
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create unique index body_name_idx on body (lower(name));

-- A membership from a day to a day (open while member_to is null); ending one keeps it as history. The organisation
-- is the one the person represented in the body (people move; the record does not).
create table body_member (
    id              uuid primary key,
    body_id         uuid         not null references body (id) on delete cascade,
    person_id       uuid         not null references person (id),
    organisation_id uuid         not null references organisation (id),
    role            varchar(20)  not null check (role in ('CHAIR', 'DEPUTY', 'SECRETARY', 'MEMBER')),
    note            varchar(500),
    member_from     date         not null,
    member_to       date,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    constraint body_member_period_check check (member_to is null or member_to >= member_from)
);
create index body_member_body_idx on body_member (body_id, member_to);
create index body_member_person_idx on body_member (person_id);

create table meeting (
    id                  uuid primary key,
    kind                varchar(20)   not null check (kind in ('QUARTERLY', 'WORKING_GROUP', 'COUNCIL')),
    body_id             uuid          references body (id),
    title               varchar(500)  not null,
    number              varchar(50),
    starts_at           timestamptz   not null,
    ends_at             timestamptz,
    place               varchar(500),
    video_url           varchar(1000),
    chair_person_id     uuid          references person (id),
    secretary_person_id uuid          references person (id),
    state               varchar(20)   not null default 'DRAFT'
        check (state in ('DRAFT', 'OPEN', 'IN_PROGRESS', 'CLOSED', 'CANCELLED')),
    -- The key of the rotating check-in code: an HMAC of the meeting and the minute window under this secret, the
    -- same on every backend because it lives here.
    check_in_secret     bytea         not null,
    opened_at           timestamptz,
    started_at          timestamptz,
    closed_at           timestamptz,
    cancelled_at        timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint meeting_period_check check (ends_at is null or ends_at >= starts_at),
    constraint meeting_place_check check (place is not null or video_url is not null)
);
create index meeting_starts_idx on meeting (starts_at, id);
create index meeting_body_idx on meeting (body_id) where body_id is not null;

create table meeting_agenda_item (
    id                  uuid primary key,
    meeting_id          uuid          not null references meeting (id) on delete cascade,
    position            int           not null,
    title               varchar(1000) not null,
    presenter_person_id uuid          references person (id),
    planned_minutes     int           check (planned_minutes between 1 and 600),
    -- The minutes of the item: СЛУШАЛИ (who reported and what) and ВЫСТУПИЛИ (who spoke).
    heard               varchar(10000),
    spoke               varchar(10000),
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index meeting_agenda_item_meeting_idx on meeting_agenda_item (meeting_id, position);

create table meeting_agenda_item_link (
    agenda_item_id  uuid not null references meeting_agenda_item (id) on delete cascade,
    roadmap_item_id uuid not null references roadmap_item (id) on delete cascade,
    primary key (agenda_item_id, roadmap_item_id)
);
create index meeting_agenda_item_link_item_idx on meeting_agenda_item_link (roadmap_item_id);

-- A participant: invited (or a guest who checked in uninvited), and the attendance. The primary key is what makes a
-- check-in idempotent: a burst of repeats, on any backend, finds the one row and keeps its first time.
create table meeting_participant (
    meeting_id      uuid         not null references meeting (id) on delete cascade,
    person_id       uuid         not null references person (id),
    guest           boolean      not null default false,
    attendance      varchar(10)  check (attendance in ('PRESENT', 'ABSENT', 'EXCUSED')),
    checked_in_at   timestamptz,
    marked_by       varchar(255),
    via             varchar(10)  check (via in ('QR', 'MANUAL')),
    invited_at      timestamptz  not null,
    primary key (meeting_id, person_id)
);
create index meeting_participant_person_idx on meeting_participant (person_id);

create table meeting_decision (
    id                          uuid primary key,
    meeting_id                  uuid          not null references meeting (id) on delete cascade,
    agenda_item_id              uuid          references meeting_agenda_item (id) on delete set null,
    position                    int           not null,
    text                        varchar(4000) not null,
    responsible_organisation_id uuid          references organisation (id),
    due_date                    date,
    -- The roadmap item the decision became (created) or was reported on (a progress update).
    roadmap_item_id             uuid          references roadmap_item (id) on delete set null,
    progress_update_id          uuid          references progress_update (id) on delete set null,
    created_roadmap_item        boolean       not null default false,
    created_at                  timestamptz   not null,
    created_by                  varchar(255)  not null
);
create index meeting_decision_meeting_idx on meeting_decision (meeting_id, position);

-- A person's calendar feed: the URL carries a secret token; Karta keeps only its SHA-256, and a new token revokes the
-- old one.
create table calendar_feed (
    person_id  uuid        primary key references person (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null
);

-- The roadmap item of the quarterly meetings (item 13 of 2017) is a duty like the reports.
alter table roadmap_item drop constraint roadmap_item_duty_check;
alter table roadmap_item add constraint roadmap_item_duty_check check (duty is null
    or (duty in ('REPORTS', 'MEETINGS') and deadline_precision = 'RECURRING' and recurrence = 'QUARTERLY'));

-- Meeting reminders are notifications addressed to one person of the organisation: when the meeting opens and the
-- day before it, once each per meeting and person, however many backends run the job.
alter table notification alter column period_year drop not null;
alter table notification alter column period_quarter drop not null;
alter table notification add column person_id uuid references person (id) on delete cascade;
alter table notification add column meeting_id uuid references meeting (id) on delete cascade;
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (
    (kind in ('DUE_SOON', 'OVERDUE') and period_year is not null and period_quarter is not null)
    or (kind in ('MEETING_OPENED', 'MEETING_TOMORROW') and meeting_id is not null and person_id is not null));
create unique index notification_meeting_once on notification (meeting_id, person_id, kind) where meeting_id is not null;
