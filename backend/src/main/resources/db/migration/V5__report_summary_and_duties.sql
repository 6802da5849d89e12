-- Quarterly reports, stage two: the consolidated summary, completeness, and the roadmap item that is the report duty.

-- How a figure over several quarters (the year to date) is made from the quarterly ones, per entered numeric
-- indicator: SUM for flows, LAST for stocks at the quarter's end (P01), AVERAGE for averages over the quarter (P02);
-- null for computed and TEXT indicators (see FormDefinition.Aggregation). It describes the summary, not the rules,
-- so version 1 gains the attribute in place; testdata/report-rules/form-v1.json has the same JSON (a test holds them
-- equal).
update report_form f
   set definition = jsonb_set(f.definition, '{indicators}', (
           select jsonb_agg(i.indicator || jsonb_build_object('aggregation',
                      case when (i.indicator ->> 'computed')::boolean or i.indicator ->> 'type' = 'TEXT' then null
                           when i.indicator ->> 'code' = 'P01' then 'LAST'
                           when i.indicator ->> 'code' = 'P02' then 'AVERAGE'
                           else 'SUM' end) order by i.position)
             from jsonb_array_elements(f.definition -> 'indicators') with ordinality as i(indicator, position)))
 where f.version = 1;

-- Completeness lists the organisations expected to report: the member enterprises.
create index organisation_kind_idx on organisation (kind);

-- A recurring roadmap item can be a duty Karta tracks itself; its progress is then the set of its occurrences.
-- REPORTS: the quarterly reports of the member enterprises (each quarter's completeness). Only a quarterly recurring
-- item can be the report duty.
alter table roadmap_item add column duty varchar(16);
alter table roadmap_item add constraint roadmap_item_duty_check check (duty is null
    or (duty = 'REPORTS' and deadline_precision = 'RECURRING' and recurrence = 'QUARTERLY'));
