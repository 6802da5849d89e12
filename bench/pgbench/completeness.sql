-- The database work of ONE request of GET /api/v1/quarterly-reports/completeness?year=<random> (bench/wrk/
-- completeness.lua), for pgbench -M prepared: the one statement ReportFigureRepository.completeness runs, as Hibernate
-- logs it, in one transaction: every member enterprise by name, left joined with its reports of the year's four
-- quarters (about 4,000 rows for 1,006 organisations).
-- Years follow bench/sql/reports.sql: 2022..2024.
\set y random(2022, 2024)
\set first :y * 4 + 1
\set last :y * 4 + 4
BEGIN;
select o.id, coalesce(nullif(btrim(o.short_name), ''), o.full_name) as name, r.period_year,        r.period_quarter, r.id as report_id, r.status, r.first_submitted_at   from organisation o   left join quarterly_report r on r.organisation_id = o.id        and r.period_year * 4 + r.period_quarter between :first and :last  where o.kind = 'MEMBER_ENTERPRISE'  order by lower(coalesce(nullif(btrim(o.short_name), ''), o.full_name)), o.id, r.period_year,        r.period_quarter;
COMMIT;
