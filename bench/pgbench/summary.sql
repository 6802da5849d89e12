-- The database work of ONE request of GET /api/v1/quarterly-reports/summary?period=<random>&includeSubmitted=<random>
-- (bench/wrk/summary.lua), for pgbench -M prepared: the SQL ReportFigures.summary runs, as Hibernate logs it, in one
-- transaction:
--   1. ReportForms.inForce                 the form version in force for the quarter (its JSON is parsed once and
--                                          kept: no SQL for it after the first request)
--   2. ReportFigureRepository.yearFigures  every total of the year in one statement: expected organisations, reports
--                                          per quarter, sums per quarter and code, and per quarter and computed
--                                          indicator the sums of its parts over the reports that filled both
-- Differences: a helper line turns pgbench's random numbers into the period text the application receives; the
-- statuses and the kind are literals here, bound parameters in the application (pgbench has no list variables).
-- Quarters follow bench/sql/reports.sql: i = 1..12 is 2022-Q1 .. 2024-Q4.
\set i random(1, 12)
\set y 2021 + (:i + 3) / 4
\set q (:i - 1) % 4 + 1
\set submitted random(0, 1)
select :y || '-Q' || :q as period \gset
BEGIN;
select rf1_0.version from report_form rf1_0 where rf1_0.applies_from<=:period order by rf1_0.applies_from desc fetch first 1 rows only;
\if :submitted
select 'E' as kind, 0 as q, null as code, count(*) as reports, null::numeric as first, null::numeric as second from organisation where kind = 'MEMBER_ENTERPRISE' union all select 'R', r.period_quarter, null, count(*), null, null from quarterly_report r where r.period_year = :y and r.status in ('ACCEPTED', 'SUBMITTED') group by r.period_quarter union all select 'V', r.period_quarter, v.code, count(*), sum(v.value), null from quarterly_report r join quarterly_report_value v on v.report_id = r.id where r.period_year = :y and r.status in ('ACCEPTED', 'SUBMITTED') group by r.period_quarter, v.code union all select 'C', f.q, p.code, count(*), sum(p.numerator), sum(p.denominator) from (select r.period_quarter as q, max(v.value) filter (where v.code = 'R03') as "R03", max(v.value) filter (where v.code = 'R02') as "R02", max(v.value) filter (where v.code = 'R04') as "R04", max(v.value) filter (where v.code = 'P03') as "P03", max(v.value) filter (where v.code = 'P02') as "P02", max(v.value) filter (where v.code = 'R01') as "R01" from quarterly_report r join quarterly_report_value v on v.report_id = r.id where r.period_year = :y and r.status in ('ACCEPTED', 'SUBMITTED') and v.code in ('R03', 'R02', 'R04', 'P03', 'P02', 'R01') group by r.period_quarter, r.id) as f cross join lateral (values ('R08', f."R03", f."R02"), ('R09', f."R04", f."R02"), ('P04', f."P03", f."P02"), ('P06', f."R01", f."P02")) as p(code, numerator, denominator) where p.numerator is not null and p.denominator is not null group by f.q, p.code;
\else
select 'E' as kind, 0 as q, null as code, count(*) as reports, null::numeric as first, null::numeric as second from organisation where kind = 'MEMBER_ENTERPRISE' union all select 'R', r.period_quarter, null, count(*), null, null from quarterly_report r where r.period_year = :y and r.status in ('ACCEPTED') group by r.period_quarter union all select 'V', r.period_quarter, v.code, count(*), sum(v.value), null from quarterly_report r join quarterly_report_value v on v.report_id = r.id where r.period_year = :y and r.status in ('ACCEPTED') group by r.period_quarter, v.code union all select 'C', f.q, p.code, count(*), sum(p.numerator), sum(p.denominator) from (select r.period_quarter as q, max(v.value) filter (where v.code = 'R03') as "R03", max(v.value) filter (where v.code = 'R02') as "R02", max(v.value) filter (where v.code = 'R04') as "R04", max(v.value) filter (where v.code = 'P03') as "P03", max(v.value) filter (where v.code = 'P02') as "P02", max(v.value) filter (where v.code = 'R01') as "R01" from quarterly_report r join quarterly_report_value v on v.report_id = r.id where r.period_year = :y and r.status in ('ACCEPTED') and v.code in ('R03', 'R02', 'R04', 'P03', 'P02', 'R01') group by r.period_quarter, r.id) as f cross join lateral (values ('R08', f."R03", f."R02"), ('R09', f."R04", f."R02"), ('P04', f."P03", f."P02"), ('P06', f."R01", f."P02")) as p(code, numerator, denominator) where p.numerator is not null and p.denominator is not null group by f.q, p.code;
\endif
COMMIT;
