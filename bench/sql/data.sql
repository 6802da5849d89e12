-- Realistic load data for bench/run.sh, loaded after the backend has migrated the schema (and loaded the demo data).
-- Run with: psql --single-transaction -v ON_ERROR_STOP=1 -f bench/sql/data.sql (one transaction; \echo shows progress).
--
--   200 organisations   id 70000000-0000-4000-8000-<n:012>        n = 1..200
--   10 roadmaps         id 51000000-0000-4000-8000-<year:012>     years 2016..2025, APPROVED
--   10 x 1,000 items    id 61000000-0000-4000-8000-<k:012>        k = (roadmap - 1) * 1000 + number, k = 1..10000
--   1–3 responsible and 0–3 assisting organisations per item, positions 0..n across both roles
--   progress updates: 1–4 on about 30 % of the items
--
-- The ids follow fixed patterns so that bench/pgbench/*.sql can pick the same random ids as the wrk scripts.
-- random() is seeded, so every run loads the same data.

\set ON_ERROR_STOP 1
\timing on
select setseed(0.2017) \g /dev/null

\echo '  [1/5] 200 organisations'
insert into organisation (id, kind, full_name, short_name, inn, email, phone, address, created_at, updated_at)
select ('70000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       kind,
       case kind
           when 'MEMBER_ENTERPRISE' then 'Общество с ограниченной ответственностью «' || brand || '»'
           when 'RESEARCH_EDUCATION' then 'Федеральное государственное бюджетное учреждение науки «Институт '
               || lower(brand) || '»'
           when 'REGIONAL_AUTHORITY' then 'Департамент Смоленской области по направлению «' || brand || '»'
           when 'FEDERAL_AUTHORITY' then 'Федеральное агентство «' || brand || '»'
           else 'Автономная некоммерческая организация «' || brand || '»'
       end,
       case kind
           when 'MEMBER_ENTERPRISE' then 'ООО «' || brand || '»'
           when 'OTHER' then 'АНО «' || brand || '»'
       end,
       case when kind = 'MEMBER_ENTERPRISE' then (6700000000 + n * 7)::text end,
       'info' || n || '@example.ru',
       '+7 4812 ' || lpad((100000 + n * 37)::text, 6, '0'),
       'г. Смоленск, ул. ' || (array['Ленина', 'Октябрьской революции', 'Кирова', 'Промышленная', 'Индустриальная',
           'Рыленкова', 'Большая Советская'])[1 + n % 7] || ', д. ' || (1 + n % 90),
       timestamptz '2015-06-01 09:00:00+03' + n * interval '3 days',
       timestamptz '2015-06-01 09:00:00+03' + n * interval '3 days'
from (select n,
             case when n <= 6 then 'REGIONAL_AUTHORITY'
                  when n <= 10 then 'FEDERAL_AUTHORITY'
                  when n <= 25 then 'RESEARCH_EDUCATION'
                  when n <= 35 then 'OTHER'
                  else 'MEMBER_ENTERPRISE' end as kind,
             (array['Композит', 'Стеклопласт', 'Базальт', 'Углепласт', 'Полимер', 'Арматура', 'Биокомпозит',
                 'Технопласт', 'Смолпласт', 'Волокно', 'Термопласт', 'Армопласт', 'Карбон', 'Профиль'])[1 + n % 14]
                 || '-' || (array['Смоленск', 'Ярцево', 'Десногорск', 'Вязьма', 'Рославль', 'Сафоново',
                 'Гагарин', 'Дорогобуж', 'Велиж', 'Демидов'])[1 + (n / 14) % 10] || '-' || n as brand
      from generate_series(1, 200) n) o;

\echo '  [2/5] 10 approved roadmaps, 2016–2025'
insert into roadmap (id, title, description, period_start, period_end, status, approved_at, approved_by, created_at,
                     updated_at)
select ('51000000-0000-4000-8000-' || lpad(y::text, 12, '0'))::uuid,
       'План мероприятий («дорожная карта») «Развитие Смоленского композитного кластера» на ' || y
           || ' год (нагрузочные данные)',
       'Сгенерировано bench/sql/data.sql: 1000 пунктов',
       make_date(y, 1, 1), make_date(y, 12, 31), 'APPROVED',
       make_timestamptz(y, 2, 15, 9, 0, 0, 'UTC'), 'Ассоциация «Смоленский композитный кластер»',
       make_timestamptz(y - 1, 12, 1, 9, 0, 0, 'UTC'), make_timestamptz(y, 2, 15, 9, 0, 0, 'UTC')
from generate_series(2016, 2025) y;

\echo '  [3/5] 10 x 1,000 items (deadlines: MONTH, QUARTER, YEAR, DAY, RECURRING quarterly)'
insert into roadmap_item (id, roadmap_id, number, sort_key, activity, deadline_precision, deadline_text,
                          deadline_period, due_date, recurrence, expected_result, note, status, created_at, updated_at)
select ('61000000-0000-4000-8000-' || lpad(g.k::text, 12, '0'))::uuid,
       ('51000000-0000-4000-8000-' || lpad(g.y::text, 12, '0'))::uuid,
       g.n::text,
       lpad(g.n::text, 8, '0'),
       (array['Проведение совещания', 'Разработка программы', 'Подготовка предложений',
           'Организация участия предприятий кластера в выставке', 'Проведение семинара',
           'Формирование перечня проектов', 'Внесение изменений в нормативные правовые акты',
           'Мониторинг реализации проектов', 'Подготовка заявки на получение субсидии', 'Создание рабочей группы',
           'Проведение конкурса', 'Актуализация реестра продукции', 'Организация обучения специалистов',
           'Разработка стандартов организации'])[1 + floor(g.ra * 14)::int]
           || ' ' ||
       (array['по развитию производства композитных материалов', 'по импортозамещению продукции',
           'по внедрению базальтового волокна в дорожное строительство', 'по привлечению инвестиций в кластер',
           'по кооперации предприятий-участников', 'по сертификации и стандартизации',
           'по экспорту продукции предприятий', 'по подготовке кадров для отрасли',
           'по применению стеклопластиковой арматуры', 'по энергосбережению на производстве',
           'по научно-техническому сотрудничеству с вузами', 'по цифровизации производственных процессов',
           'по развитию биокомпозитов', 'по модернизации оборудования'])[1 + floor(g.rb * 14)::int]
           || ' ' ||
       (array['Смоленского композитного кластера', 'на территории Смоленской области',
           'с участием Минпромторга России', 'совместно с Фондом развития промышленности',
           'для малых и средних предприятий', 'в рамках региональной программы',
           'с привлечением федерального финансирования', 'на базе центра кластерного развития',
           'в соответствии с планом мероприятий', 'с участием научных организаций'])[1 + floor(g.rc * 10)::int],
       d.precision, d.text, d.period, d.due, d.recurrence,
       case when g.re < 0.8 then
           (array['Проведено совещание, подготовлен протокол', 'Утвержден план, определены ответственные',
               'Подана заявка, получено положительное заключение', 'Заключено соглашение о сотрудничестве',
               'Подготовлен отчет о результатах', 'Увеличен объем выпуска продукции',
               'Обучено не менее 20 специалистов', 'Привлечены внебюджетные инвестиции'])[1 + floor(g.re * 10)::int]
       end,
       case when g.re > 0.93 then 'Срок перенесен по согласованию с департаментом' end,
       case when g.y < 2025 then
                case when g.rs < 0.60 then 'DONE' when g.rs < 0.68 then 'CANCELLED'
                     when g.rs < 0.85 then 'IN_PROGRESS' else 'NOT_STARTED' end
            else
                case when g.rs < 0.30 then 'DONE' when g.rs < 0.35 then 'CANCELLED'
                     when g.rs < 0.70 then 'IN_PROGRESS' else 'NOT_STARTED' end
       end,
       make_timestamptz(g.y - 1, 12, 1, 9, 0, 0, 'UTC') + g.rt * interval '60 days',
       make_timestamptz(g.y - 1, 12, 1, 9, 0, 0, 'UTC') + g.rt * interval '60 days' + g.ru * interval '365 days'
from (select r, n, (r - 1) * 1000 + n as k, 2015 + r as y,
             random() as ra, random() as rb, random() as rc, random() as rp, random() as rm, random() as re,
             random() as rs, random() as rt, random() as ru
      from generate_series(1, 10) r, generate_series(1, 1000) n) g
cross join lateral (
    select case when g.rp < 0.35 then 'MONTH' when g.rp < 0.55 then 'QUARTER' when g.rp < 0.75 then 'YEAR'
                when g.rp < 0.90 then 'DAY' else 'RECURRING' end as precision,
           1 + floor(g.rm * 12)::int as m,
           1 + floor(g.rm * 4)::int as q,
           make_date(g.y, 1, 1) + floor(g.rm * 365)::int as day
) p
cross join lateral (
    select p.precision,
           case p.precision
               when 'MONTH' then (array['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август',
                   'сентябрь', 'октябрь', 'ноябрь', 'декабрь'])[p.m] || ' ' || g.y
               when 'QUARTER' then (array['I', 'II', 'III', 'IV'])[p.q] || ' квартал ' || g.y
               when 'YEAR' then case when g.rm < 0.5 then g.y::text else g.y || ' год' end
               when 'DAY' then to_char(p.day, 'DD.MM.YYYY')
               else 'ежеквартально, ' || g.y
           end as text,
           case p.precision
               when 'MONTH' then g.y || '-' || lpad(p.m::text, 2, '0')
               when 'QUARTER' then g.y || '-Q' || p.q
               when 'DAY' then to_char(p.day, 'YYYY-MM-DD')
               else g.y::text
           end as period,
           case p.precision
               when 'MONTH' then (make_date(g.y, p.m, 1) + interval '1 month' - interval '1 day')::date
               when 'QUARTER' then (make_date(g.y, p.q * 3, 1) + interval '1 month' - interval '1 day')::date
               when 'DAY' then p.day
               else make_date(g.y, 12, 31)
           end as due,
           case when p.precision = 'RECURRING' then 'QUARTERLY' end as recurrence
) d;

\echo '  [4/5] responsible (1–3) and assisting (0–3) organisations per item'
-- Popular organisations come up more often (the square of random() skews towards the low numbers); the offsets
-- 0/37/74 (responsible) and 101/154/207 (assisting) keep the organisations of one item distinct.
insert into roadmap_item_party (item_id, role, position, organisation_id, official)
select i.id, x.role, x.position, ('70000000-0000-4000-8000-' || lpad(x.org::text, 12, '0'))::uuid, x.official
from (select id, 1 + floor(random() * 3)::int as nr, floor(random() * 4)::int as na,
             floor(power(random(), 2) * 200)::int as base, random() as ro
      from roadmap_item where id::text like '61000000-%') i
cross join lateral (
    select 'RESPONSIBLE' as role, j - 1 as position, 1 + (i.base + (j - 1) * 37) % 200 as org,
           case when j = 1 and i.ro < 0.35 then (array['Иванов И.И.', 'Петрова А.С.', 'Сидоров В.Н.',
               'Кузнецова Е.В.', 'Орлов Д.А.', 'Морозова О.П.', 'Волков И.Г.'])[1 + floor(i.ro * 20)::int] end
               as official
    from generate_series(1, i.nr) j
    union all
    select 'ASSISTING', i.nr + j - 1, 1 + (i.base + 101 + (j - 1) * 53) % 200, null
    from generate_series(1, i.na) j
) x;

\echo '  [5/5] progress updates (1–4 on about 30 % of the items)'
insert into progress_update (id, item_id, text, previous_status, status, evidence_url, author_subject, author_name,
                             author_organisation_id, created_at)
select gen_random_uuid(), i.id,
       (array['Проведено рабочее совещание, согласован план-график', 'Направлены запросы участникам кластера',
           'Подготовлен проект документа, идет согласование', 'Получены предложения от предприятий',
           'Материалы направлены в департамент', 'Мероприятие проведено, готовится отчет',
           'Определены исполнители, сроки уточнены'])[1 + floor(random() * 7)::int],
       null, null, null,
       '10000000-0000-4000-8000-000000000001', 'Анна Соколова', '20000000-0000-4000-8000-000000000001',
       i.created_at + j * interval '25 days'
from (select id, created_at, 1 + floor(random() * 4)::int as cnt
      from roadmap_item where id::text like '61000000-%' and random() < 0.3) i
cross join lateral generate_series(1, i.cnt) j;

\timing off
