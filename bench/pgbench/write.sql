-- The database work of ONE request of POST /api/v1/roadmap-items/{random}/progress-updates as the association
-- (bench/wrk/write.lua), for pgbench -M prepared. The SQL is what ProgressService.create runs, as Hibernate logs it,
-- in the same order and in one transaction:
--   1. Roadmaps.visibleItemForUpdate   the item by id, locked (for no key update)
--   2. roadmapOf                       its roadmap by id
--   3. Actor's organisation            the caller's account by subject (none for the bench's association: 0 rows)
--   4. the progress update             insert progress_update
--   5. the item's new version          update roadmap_item (every column, as Hibernate writes it; version + 1)
--   6. AuditLog.record                 insert audit_event
--   7. ProgressService.views           the author organisation's name
-- Differences: a helper query turns the random number into the uuids and the text; step 5 increments the version in
-- SQL (the application sends the one it read, "version=? where id=? and version=?": the same row, the same plan);
-- the progress update's id comes from gen_random_uuid() (the application makes it in Java).
-- Ids follow bench/sql/data.sql: item k = 61000000-0000-4000-8000-<k>, in roadmap 51000000-...-<2015 + (k-1)/1000 + 1>.
\set k random(1, 10000)
\set r (:k - 1) / 1000 + 1
\set n random(1, 1000000000)
select '61000000-0000-4000-8000-' || lpad(:k::text, 12, '0') as iid,
       '51000000-0000-4000-8000-' || lpad((2015 + :r)::text, 12, '0') as rid,
       'Проведено рабочее совещание, согласован план-график (нагрузочный тест, ' || :n || ')' as txt,
       gen_random_uuid() as pid \gset
\startpipeline
BEGIN;
select ri1_0.id, ri1_0.activity, ri1_0.created_at, ri1_0.deadline_period, ri1_0.deadline_precision, ri1_0.deadline_text, ri1_0.due_date, ri1_0.duty, ri1_0.expected_result, ri1_0.note, ri1_0.number, ri1_0.recurrence, ri1_0.roadmap_id, ri1_0.sort_key, ri1_0.status, ri1_0.updated_at, ri1_0.version from roadmap_item ri1_0 where ri1_0.id=:iid for no key update of ri1_0;
\endpipeline
select r1_0.id, r1_0.approved_at, r1_0.approved_by, r1_0.copied_from_id, r1_0.created_at, r1_0.description, r1_0.period_end, r1_0.period_start, r1_0.status, r1_0.title, r1_0.updated_at, r1_0.version from roadmap r1_0 where r1_0.id=:rid;
select a1_0.id, a1_0.activated_at, a1_0.created_at, a1_0.invited_at, a1_0.organisation_id, a1_0.person_id, a1_0.roles, a1_0.state, a1_0.subject, a1_0.username from account a1_0 where a1_0.subject='10000000-0000-4000-8000-000000000001' fetch first 1 rows only;
insert into progress_update (author_name, author_organisation_id, author_subject, created_at, evidence_url, item_id, previous_status, status, text, id) values ('Анна Соколова', '20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', now(), null, :iid, null, null, :txt, :pid);
update roadmap_item set activity=activity, created_at=created_at, deadline_period=deadline_period, deadline_precision=deadline_precision, deadline_text=deadline_text, due_date=due_date, duty=duty, expected_result=expected_result, note=note, number=number, recurrence=recurrence, roadmap_id=roadmap_id, sort_key=sort_key, status=status, updated_at=now(), version=version + 1 where id=:iid;
insert into audit_event (action, actor_kind, actor_name, actor_subject, changes, entity_id, entity_type, occurred_at, parent_id, request_id) values ('PROGRESS_ADDED', 'PERSON', 'Анна Соколова', '10000000-0000-4000-8000-000000000001', jsonb_build_array(jsonb_build_object('to', :txt::text, 'from', null, 'field', 'text')), :pid, 'PROGRESS_UPDATE', now(), :iid, 'bench-' || :n::text);
select o1_0.id, o1_0.short_name, o1_0.full_name from organisation o1_0 where o1_0.id in ('20000000-0000-4000-8000-000000000001');
COMMIT;
