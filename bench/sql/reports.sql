-- Quarterly report load data for bench/reports.sh, loaded after the backend has migrated the schema (and loaded the
-- demo data). Run with: psql --single-transaction -v ON_ERROR_STOP=1 -f bench/sql/reports.sql
--
--   1,000 member enterprises  id 71000000-0000-4000-8000-<n:012>              n = 1..1000
--   12 quarters               2022-Q1 .. 2024-Q4, quarter index i = 1..12
--   reports                   id 81000000-0000-4000-8000-<n * 100 + i:012>   about 95 % of organisation × quarter
--                             (the rest missing): 80 % ACCEPTED, 8 % SUBMITTED, 5 % RETURNED, 7 % DRAFT; about 10 %
--                             of the submitted ones first submitted after the deadline (late)
--   values                    the required five always, the optional indicators on 30–90 % of the reports (blank
--                             otherwise, as the form allows), pairs filled together: about 20 values a report
--
-- random() is seeded, so every run loads the same data. The demo data's six member enterprises are expected too
-- (1,006 in all); they have no reports in these years.

\set ON_ERROR_STOP 1
\timing on
select setseed(0.2022) \g /dev/null

\echo '  [1/3] 1,000 member enterprises'
insert into organisation (id, kind, full_name, short_name, created_at, updated_at)
select ('71000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'MEMBER_ENTERPRISE',
       'Общество с ограниченной ответственностью «Нагрузка-' || n || '»', 'ООО «Нагрузка-' || n || '»',
       timestamptz '2021-06-01 09:00:00+03', timestamptz '2021-06-01 09:00:00+03'
from generate_series(1, 1000) n;

\echo '  [2/3] about 11,400 reports over 12 quarters'
create temporary table bench_report on commit drop as
select n, i, 2021 + (i + 3) / 4 as y, (i - 1) % 4 + 1 as q, random() as fate, random() as lateness,
       random() as day
from generate_series(1, 1000) n cross join generate_series(1, 12) i;
delete from bench_report where fate < 0.05;

insert into quarterly_report (id, organisation_id, period_year, period_quarter, form_version, status, comment,
                              return_comment, first_submitted_at, submitted_at, accepted_at, returned_at, reopened_at,
                              reopened_by, version, created_at, updated_at)
select ('81000000-0000-4000-8000-' || lpad((n * 100 + i)::text, 12, '0'))::uuid,
       ('71000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, y, q, 1, status,
       'Нагрузочные данные bench/sql/reports.sql',
       case when status = 'RETURNED' then 'Уточните R04' end,
       submitted, submitted,
       case when status = 'ACCEPTED' then submitted + interval '3 days' end,
       case when status = 'RETURNED' then submitted + interval '2 days' end,
       case when status = 'RETURNED' then submitted + interval '2 days' end,
       case when status = 'RETURNED' then 'Анна Соколова' end,
       1, quarter_end + interval '2 days', coalesce(submitted, quarter_end + interval '2 days')
from (select n, i, y, q, quarter_end,
             case when fate < 0.85 then 'ACCEPTED' when fate < 0.93 then 'SUBMITTED' when fate < 0.98 then 'RETURNED'
                  else 'DRAFT' end as status,
             case when fate >= 0.98 then null
                  when lateness < 0.1 then quarter_end + interval '31 days' + day * interval '20 days'
                  else quarter_end + interval '5 days' + day * interval '24 days' end as submitted
      from (select *, (make_timestamptz(y, q * 3, 1, 0, 0, 0, 'Europe/Moscow') + interval '1 month') as quarter_end
            from bench_report) b) r;

\echo '  [3/3] their values'
insert into quarterly_report_value (report_id, code, value)
select ('81000000-0000-4000-8000-' || lpad((b.n * 100 + b.i)::text, 12, '0'))::uuid, c.code,
       case when c.count then round((c.factor * (0.9 + 0.2 * random()) * (20 + b.n % 300))::numeric)
            else round((c.factor * (0.9 + 0.2 * random()) * (2000 + (b.n * 37) % 48000))::numeric, 1) end
from bench_report b
cross join (values ('R01', 1.0, false, 1.0, 0), ('R02', 0.93, false, 1.0, 0), ('R03', 0.5, false, 0.8, 0),
                   ('R04', 0.2, false, 0.8, 0), ('R05', 0.06, false, 0.7, 0), ('R06', 0.08, false, 0.3, 0),
                   ('R07', 0.3, false, 0.5, 0), ('R10', 0.01, true, 0.6, 0), ('R11', 0.005, true, 0.3, 0),
                   ('P01', 1.0, true, 1.0, 0), ('P02', 0.98, true, 1.0, 0), ('P03', 0.45, false, 1.0, 0),
                   ('P05', 0.02, true, 0.6, 0), ('I01', 0.12, false, 0.6, 1), ('I02', 0.06, false, 0.6, 1),
                   ('I03', 0.02, false, 0.4, 0), ('D01', 0.04, false, 0.3, 2), ('D02', 0.015, false, 0.3, 2),
                   ('D03', 0.005, true, 0.3, 0), ('D04', 0.003, true, 0.2, 0), ('T01', 0.1, false, 0.9, 3),
                   ('T02', 0.04, false, 0.9, 3), ('F01', 0.05, false, 0.9, 0))
     as c(code, factor, count, share, pair)
where (c.pair = 0 and random() < c.share)
   or (c.pair > 0 and (abs(hashtext(b.n || '-' || b.i || '-' || c.pair)) % 100) < c.share * 100);

\timing off
