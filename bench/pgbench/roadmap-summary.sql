-- The database work of ONE request of GET /api/v1/roadmaps/{random}/summary (bench/wrk/roadmap-summary.lua), for
-- pgbench -M prepared. The SQL is what RoadmapService.summary runs, as Hibernate logs it, in the same order and in
-- one transaction:
--   1. Roadmaps.visible                     the roadmap by id
--   2. RoadmapItemRepository.statusCounts    items per status, overdue among them
--   3. RoadmapItemRepository.organisationCounts  items per organisation, role and status
--   4. OrganisationRepository.displayNames   the organisations' names
-- Differences: a helper query turns the random number into the roadmap's uuid; step 3's organisation ids come back
-- as one array (pgbench keeps one row only) for step 4, whose "in (...)" is "= any(?::uuid[])".
-- Variables: -D today=YYYY-MM-DD (the application's "today", Europe/Moscow). Roadmaps: 51000000-0000-4000-8000-<year>.
\set r random(1, 10)
select '51000000-0000-4000-8000-' || lpad((2015 + :r)::text, 12, '0') as rid \gset
\startpipeline
BEGIN;
select r1_0.id, r1_0.approved_at, r1_0.approved_by, r1_0.copied_from_id, r1_0.created_at, r1_0.description, r1_0.period_end, r1_0.period_start, r1_0.status, r1_0.title, r1_0.updated_at, r1_0.version from roadmap r1_0 where r1_0.id=:rid;
\endpipeline
select i.status, count(*), count(*) filter (where (i.due_date < :today::date and i.status not in ('DONE', 'CANCELLED'))) from roadmap_item i where i.roadmap_id = :rid group by i.status;
select coalesce(array_agg(distinct c.organisation_id), '{}') as orgs from (select p.organisation_id, p.role, i.status, count(distinct i.id), count(distinct i.id) filter (where (i.due_date < :today::date and i.status not in ('DONE', 'CANCELLED'))) from roadmap_item_party p join roadmap_item i on i.id = p.item_id where i.roadmap_id = :rid group by p.organisation_id, p.role, i.status) c \gset
select o1_0.id, o1_0.short_name, o1_0.full_name from organisation o1_0 where o1_0.id = any(:orgs::uuid[]);
COMMIT;
