-- The domain spine: who made a change (a person, a script's service account or the system), references guarded by
-- the database itself, and organisation names compared by a normalised key so look-alikes cannot be two organisations.

alter table audit_event add column actor_kind varchar(16) not null default 'PERSON';
alter table audit_event add constraint audit_event_actor_kind_check check (actor_kind in ('PERSON', 'SERVICE', 'SYSTEM'));
update audit_event set actor_kind = 'SERVICE' where actor_subject in (select subject from account where username like 'service-account-%')
    or actor_name like 'service-account-%';
-- A deleted item's events name its roadmap, so the roadmap's history shows the deletion.
create index audit_event_entity_id_idx on audit_event (entity_id, occurred_at desc);

-- An item with progress is never deleted from under its updates: the database refuses (409), whatever the race.
alter table progress_update drop constraint progress_update_item_id_fkey;
alter table progress_update add constraint progress_update_item_id_fkey foreign key (item_id) references roadmap_item (id);

-- The comparison key of an organisation's name, kept by PostgreSQL itself: Unicode NFKC, spaces folded, Latin
-- letters that look like Cyrillic ones (in either case) read as Cyrillic, lower case. "OOO «Teст»" with Latin O and e is then the same
-- organisation as "ООО «Тест»", and the unique index refuses the second one (409), also when two requests race.
drop index organisation_full_name_uq;
alter table organisation add column name_key varchar(500) generated always as (lower(translate(
    regexp_replace(btrim(normalize(full_name, NFKC)), '\s+', ' ', 'g'),
    'ABCEHKMOPTXYabcehkmoptxy', 'АВСЕНКМОРТХУавсенкмортху'))) stored;
create unique index organisation_name_key_uq on organisation (name_key);
