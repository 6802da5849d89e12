-- The database work of ONE request of GET /api/v1/roadmap-items/{random} (bench/wrk/item.lua), for pgbench -M prepared.
-- The SQL is what RoadmapItemService.get runs, as Hibernate logs it, in the same order and in one transaction:
--   1. Roadmaps.visibleItem      the item by id (its parties are lazy)
--   2. requireVisibleRoadmapOf   its roadmap by id (roadmapOf then finds it in the persistence context: no SQL)
--   3. ItemViews.of              the item's parties (lazy load)
--   4. OrganisationRepository.displayNames  the organisations' names
-- Differences: a helper query turns the random number into the uuids the application sends; the parties come back
-- as one array of organisation ids (pgbench keeps one row only); "in (...)" is "= any(?::uuid[])".
-- Ids follow bench/sql/data.sql: item k = 61000000-0000-4000-8000-<k>, in roadmap 51000000-...-<2015 + (k-1)/1000 + 1>.
\set k random(1, 10000)
\set r (:k - 1) / 1000 + 1
select '61000000-0000-4000-8000-' || lpad(:k::text, 12, '0') as iid,
       '51000000-0000-4000-8000-' || lpad((2015 + :r)::text, 12, '0') as rid \gset
\startpipeline
BEGIN;
select ri1_0.id, ri1_0.activity, ri1_0.created_at, ri1_0.deadline_period, ri1_0.deadline_precision, ri1_0.deadline_text, ri1_0.due_date, ri1_0.duty, ri1_0.expected_result, ri1_0.note, ri1_0.number, ri1_0.recurrence, ri1_0.roadmap_id, ri1_0.sort_key, ri1_0.status, ri1_0.updated_at, ri1_0.version from roadmap_item ri1_0 where ri1_0.id=:iid;
\endpipeline
select r1_0.id, r1_0.approved_at, r1_0.approved_by, r1_0.copied_from_id, r1_0.created_at, r1_0.description, r1_0.period_end, r1_0.period_start, r1_0.status, r1_0.title, r1_0.updated_at, r1_0.version from roadmap r1_0 where r1_0.id=:rid;
select coalesce(array_agg(s.organisation_id), '{}') as orgs from (select p1_0.item_id, p1_0.position, p1_0.official, p1_0.organisation_id, p1_0.role from roadmap_item_party p1_0 where p1_0.item_id=:iid) s \gset
select o1_0.id, o1_0.short_name, o1_0.full_name from organisation o1_0 where o1_0.id = any(:orgs::uuid[]);
COMMIT;
