-- The database work of ONE request of the list endpoint (bench/wrk/list.lua), for pgbench -M prepared:
--   GET /api/v1/roadmaps/{random}/items?page=<0..9>&size=50[&<one random filter>]
-- The SQL is what RoadmapItemService.list runs, as Hibernate logs it (quarkus.hibernate-orm.log.sql=true), in
-- the same order and in one transaction:
--   1. Roadmaps.visible          the roadmap by id
--   2. RoadmapItemRepository.search   the id page: same WHERE, ORDER BY, LIMIT/OFFSET
--   3. RoadmapItemRepository.loadInOrder  the items with their parties (select ... left join ... in ids; Hibernate dedups)
--   4. OrganisationRepository.displayNames  the organisations' names
--   5. RoadmapItemRepository.count   the total
-- Differences, all small and documented in bench/README.md: a helper query first turns the random numbers into the
-- uuid/text parameters the application sends (pgbench cannot pick strings); the id page comes back as one array
-- (pgbench can only keep one row), which also looks up the page's organisation ids (the application takes them from
-- the rows of step 3); "in (?, ?, ...)" lists are "= any(?::uuid[])" (the same index scan in PostgreSQL).
-- Variables: -D today=YYYY-MM-DD (the application's "today", Europe/Moscow).
-- Ids follow the patterns of bench/sql/data.sql: roadmaps 51000000-0000-4000-8000-<year>, organisations
-- 70000000-0000-4000-8000-<1..200>.
\set r random(1, 10)
\set f random(1, 5)
\set pg random(0, 9)
\set o random(1, 200)
\set w random(1, 20)
\set lim 50
\set off :pg * 50
select '51000000-0000-4000-8000-' || lpad((2015 + :r)::text, 12, '0') as rid,
       '70000000-0000-4000-8000-' || lpad(:o::text, 12, '0') as org,
       'IN_PROGRESS' as st,
       (array['совещание', 'композитных', 'выставке', 'субсидии', 'импортозамещению', 'базальтового', 'инвестиций', 'сертификации', 'кадров', 'стеклопластиковой', 'биокомпозитов', 'модернизации', 'минпромторга', 'семинара', 'конкурса', 'смоленской', 'энергосбережению', 'цифровизации', 'вузами', 'обучения'])[:w] || ':*' as tsq,
       '%' || (array['совещание', 'композитных', 'выставке', 'субсидии', 'импортозамещению', 'базальтового', 'инвестиций', 'сертификации', 'кадров', 'стеклопластиковой', 'биокомпозитов', 'модернизации', 'минпромторга', 'семинара', 'конкурса', 'смоленской', 'энергосбережению', 'цифровизации', 'вузами', 'обучения'])[:w] || '%' as lk \gset
\startpipeline
BEGIN;
select r1_0.id, r1_0.approved_at, r1_0.approved_by, r1_0.copied_from_id, r1_0.created_at, r1_0.description, r1_0.period_end, r1_0.period_start, r1_0.status, r1_0.title, r1_0.updated_at, r1_0.version from roadmap r1_0 where r1_0.id=:rid;
\endpipeline
\if :f = 1
-- no filter
select coalesce(array_agg(s.id), '{}') as ids, count(*) as n, (select coalesce(array_agg(distinct p.organisation_id), '{}') from roadmap_item_party p where p.item_id = any(array_agg(s.id))) as orgs from (select i.id from roadmap_item i where i.roadmap_id = :rid order by i.sort_key asc, i.sort_key, i.id limit :lim offset :off) s \gset
\elif :f = 2
-- status=IN_PROGRESS
select coalesce(array_agg(s.id), '{}') as ids, count(*) as n, (select coalesce(array_agg(distinct p.organisation_id), '{}') from roadmap_item_party p where p.item_id = any(array_agg(s.id))) as orgs from (select i.id from roadmap_item i where i.roadmap_id = :rid and i.status in (:st) order by i.sort_key asc, i.sort_key, i.id limit :lim offset :off) s \gset
\elif :f = 3
-- organisationId=<random>
select coalesce(array_agg(s.id), '{}') as ids, count(*) as n, (select coalesce(array_agg(distinct p.organisation_id), '{}') from roadmap_item_party p where p.item_id = any(array_agg(s.id))) as orgs from (select i.id from roadmap_item i where i.roadmap_id = :rid and exists (select 1 from roadmap_item_party p where p.item_id = i.id and p.organisation_id = :org) order by i.sort_key asc, i.sort_key, i.id limit :lim offset :off) s \gset
\elif :f = 4
-- overdue=true
select coalesce(array_agg(s.id), '{}') as ids, count(*) as n, (select coalesce(array_agg(distinct p.organisation_id), '{}') from roadmap_item_party p where p.item_id = any(array_agg(s.id))) as orgs from (select i.id from roadmap_item i where i.roadmap_id = :rid and (i.due_date < :today and i.status not in ('DONE', 'CANCELLED')) order by i.sort_key asc, i.sort_key, i.id limit :lim offset :off) s \gset
\elif :f = 5
-- q=<random word>
select coalesce(array_agg(s.id), '{}') as ids, count(*) as n, (select coalesce(array_agg(distinct p.organisation_id), '{}') from roadmap_item_party p where p.item_id = any(array_agg(s.id))) as orgs from (select i.id from roadmap_item i where i.roadmap_id = :rid and (i.search @@ to_tsquery('russian', :tsq) or i.id in (select w.item_id from roadmap_item_words w where w.roadmap_id = :rid and w.words @@ to_tsquery('russian', :tsq))) order by i.sort_key asc, i.sort_key, i.id limit :lim offset :off) s \gset
\endif
\if :n > 0
select ri1_0.id, ri1_0.activity, ri1_0.created_at, ri1_0.deadline_period, ri1_0.deadline_precision, ri1_0.deadline_text, ri1_0.due_date, ri1_0.duty, ri1_0.expected_result, ri1_0.note, ri1_0.number, p1_0.item_id, p1_0.position, p1_0.official, p1_0.organisation_id, p1_0.role, ri1_0.recurrence, ri1_0.roadmap_id, ri1_0.sort_key, ri1_0.status, ri1_0.updated_at, ri1_0.version from roadmap_item ri1_0 left join roadmap_item_party p1_0 on ri1_0.id=p1_0.item_id where ri1_0.id = any(:ids::uuid[]);
select o1_0.id, o1_0.short_name, o1_0.full_name from organisation o1_0 where o1_0.id = any(:orgs::uuid[]);
\endif
\if :f = 1
select count(*) from roadmap_item i where i.roadmap_id = :rid;
\elif :f = 2
select count(*) from roadmap_item i where i.roadmap_id = :rid and i.status in (:st);
\elif :f = 3
select count(*) from roadmap_item i where i.roadmap_id = :rid and exists (select 1 from roadmap_item_party p where p.item_id = i.id and p.organisation_id = :org);
\elif :f = 4
select count(*) from roadmap_item i where i.roadmap_id = :rid and (i.due_date < :today and i.status not in ('DONE', 'CANCELLED'));
\elif :f = 5
select count(*) from roadmap_item i where i.roadmap_id = :rid and (i.search @@ to_tsquery('russian', :tsq) or i.id in (select w.item_id from roadmap_item_words w where w.roadmap_id = :rid and w.words @@ to_tsquery('russian', :tsq)));
\endif
COMMIT;
