-- Quarterly reports of member organisations by the form "Приложение 1" (DESIGN.md, "Quarterly report").
--
-- The form is data: report_form keeps each version of the form as JSON (sections, indicators, rules), exactly as
-- GET /api/v1/report-forms/{version} answers it, so the browser evaluates the same rules as the server. A version
-- applies from the quarter it names until a later version applies; a report keeps the version it was created with.
-- Version 1 is DESIGN.md's default indicator set; testdata/report-rules/form-v1.json is the same JSON (a test holds
-- them equal).

create table report_form (
    version      int         primary key,
    applies_from varchar(7)  not null unique,
    definition   jsonb       not null,
    created_at   timestamptz not null default now(),
    constraint report_form_version_check check (version > 0),
    constraint report_form_applies_from_check check (applies_from ~ '^[0-9]{4}-Q[1-4]$'),
    constraint report_form_definition_check check (jsonb_typeof(definition) = 'object'
        and (definition ->> 'version')::int = version and definition ->> 'appliesFrom' = applies_from
        and jsonb_typeof(definition -> 'indicators') = 'array' and jsonb_typeof(definition -> 'rules') = 'array')
);

-- One report per organisation per quarter. Values are kept one row per filled indicator in quarterly_report_value:
-- a blank value (not reported) has no row, so it can never be read as zero. Computed indicators are never stored.
-- reopened_at is the association's reopen marker for this organisation and quarter: while it is set, the quarter's
-- clock lock (karta.reports.lock-after-days after the quarter's end) does not apply to this report; the next submit
-- clears it. first_submitted_at stays as it was first submitted, for timeliness.
create table quarterly_report (
    id                 uuid          primary key,
    organisation_id    uuid          not null references organisation (id),
    period_year        int           not null,
    period_quarter     int           not null,
    form_version       int           not null references report_form (version),
    status             varchar(16)   not null default 'DRAFT',
    comment            varchar(4000),
    return_comment     varchar(4000),
    first_submitted_at timestamptz,
    submitted_at       timestamptz,
    accepted_at        timestamptz,
    returned_at        timestamptz,
    reopened_at        timestamptz,
    reopened_by        varchar(300),
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    constraint quarterly_report_org_period_uq unique (organisation_id, period_year, period_quarter),
    constraint quarterly_report_period_check check (period_year between 1990 and 2200 and period_quarter between 1 and 4),
    constraint quarterly_report_status_check check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    constraint quarterly_report_submitted_check check (status in ('DRAFT') or submitted_at is not null),
    constraint quarterly_report_accepted_check check ((status = 'ACCEPTED') = (accepted_at is not null)),
    constraint quarterly_report_returned_check check (status <> 'RETURNED' or return_comment is not null),
    constraint quarterly_report_comment_check check (comment is null or length(btrim(comment)) > 0),
    constraint quarterly_report_return_comment_check check (return_comment is null or length(btrim(return_comment)) > 0)
);
create index quarterly_report_period_idx on quarterly_report (period_year, period_quarter, status);
create index quarterly_report_updated_at_idx on quarterly_report (updated_at);

create table quarterly_report_value (
    report_id uuid        not null references quarterly_report (id) on delete cascade,
    code      varchar(16) not null,
    value     numeric     not null,
    primary key (report_id, code),
    constraint quarterly_report_value_code_check check (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
    constraint quarterly_report_value_range_check check (abs(value) < 1000000000000)
);

insert into report_form (version, applies_from, definition) values (1, '1990-Q1', $form$
{
  "version": 1,
  "appliesFrom": "1990-Q1",
  "titleRu": "Приложение 1. Сведения о финансово-экономической деятельности участника кластера за квартал",
  "titleEn": "Appendix 1. Financial and economic figures of a cluster member for the quarter",
  "noteRu": "Значения — за квартал, не нарастающим итогом; суммы — в тысячах рублей с одним знаком после запятой, количества — целыми числами. Пустое поле означает «не представлено», а не ноль.",
  "noteEn": "Values are for the quarter, not cumulative; money in thousand roubles with one decimal, counts as whole numbers. A blank field means not reported, not zero.",
  "sections": [
    {
      "code": "SALES",
      "nameRu": "Продажи",
      "nameEn": "Sales"
    },
    {
      "code": "STAFF",
      "nameRu": "Персонал",
      "nameEn": "Staff"
    },
    {
      "code": "INVESTMENT",
      "nameRu": "Инвестиции и НИОКР",
      "nameEn": "Investment and R&D"
    },
    {
      "code": "TAXES",
      "nameRu": "Налоги и прибыль",
      "nameEn": "Taxes and profit"
    },
    {
      "code": "NOTES",
      "nameRu": "Комментарий",
      "nameEn": "Comment"
    }
  ],
  "indicators": [
    {
      "code": "R01",
      "section": "SALES",
      "nameRu": "Выручка от реализации товаров, работ, услуг",
      "nameEn": "Revenue from sales of goods, works and services",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "R02",
      "section": "SALES",
      "nameRu": "Объём отгруженной продукции собственного производства",
      "nameEn": "Shipped output of own production",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "R03",
      "section": "SALES",
      "nameRu": "в т.ч. продукции кластера (композитной продукции)",
      "nameEn": "of which cluster (composite) products",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "R04",
      "section": "SALES",
      "nameRu": "в т.ч. поставлено другим участникам кластера",
      "nameEn": "of which supplied to other cluster members",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "R05",
      "section": "SALES",
      "nameRu": "Закуплено продукции у других участников кластера",
      "nameEn": "Purchased from other cluster members",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "R06",
      "section": "SALES",
      "nameRu": "в т.ч. на экспорт",
      "nameEn": "of which exported",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "R07",
      "section": "SALES",
      "nameRu": "в т.ч. импортозамещающей продукции",
      "nameEn": "of which import-substituting products",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "R08",
      "section": "SALES",
      "nameRu": "Доля продукции кластера в отгруженной продукции (R03 / R02)",
      "nameEn": "Share of cluster products in shipped output (R03 / R02)",
      "unitRu": "%",
      "unitEn": "%",
      "type": "PERCENT",
      "computed": true,
      "decimals": 1,
      "formula": {
        "numerator": "R03",
        "denominator": "R02",
        "multiplier": 100,
        "divisor": 1
      },
      "benchmark": null
    },
    {
      "code": "R09",
      "section": "SALES",
      "nameRu": "Доля поставок другим участникам кластера (R04 / R02)",
      "nameEn": "Share of supplies to other cluster members (R04 / R02)",
      "unitRu": "%",
      "unitEn": "%",
      "type": "PERCENT",
      "computed": true,
      "decimals": 1,
      "formula": {
        "numerator": "R04",
        "denominator": "R02",
        "multiplier": 100,
        "divisor": 1
      },
      "benchmark": {
        "minimum": 20,
        "nameRu": "Порог федеральных требований к промышленным кластерам: не менее 20 %",
        "nameEn": "Threshold of the federal rules for industrial clusters: at least 20 %"
      }
    },
    {
      "code": "R10",
      "section": "SALES",
      "nameRu": "Новых видов продукции выведено на российский рынок",
      "nameEn": "New products brought to the Russian market",
      "unitRu": "ед.",
      "unitEn": "units",
      "type": "COUNT",
      "computed": false,
      "decimals": 0,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "R11",
      "section": "SALES",
      "nameRu": "Новых видов продукции выведено на зарубежный рынок",
      "nameEn": "New products brought to foreign markets",
      "unitRu": "ед.",
      "unitEn": "units",
      "type": "COUNT",
      "computed": false,
      "decimals": 0,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "P01",
      "section": "STAFF",
      "nameRu": "Численность работников на конец квартала",
      "nameEn": "Headcount at the end of the quarter",
      "unitRu": "чел.",
      "unitEn": "persons",
      "type": "COUNT",
      "computed": false,
      "decimals": 0,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "P02",
      "section": "STAFF",
      "nameRu": "Среднесписочная численность работников за квартал",
      "nameEn": "Average headcount in the quarter",
      "unitRu": "чел.",
      "unitEn": "persons",
      "type": "COUNT",
      "computed": false,
      "decimals": 0,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "P03",
      "section": "STAFF",
      "nameRu": "Фонд начисленной заработной платы за квартал",
      "nameEn": "Wage fund accrued in the quarter",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "P04",
      "section": "STAFF",
      "nameRu": "Среднемесячная заработная плата (P03 / P02 / 3)",
      "nameEn": "Average monthly wage (P03 / P02 / 3)",
      "unitRu": "руб.",
      "unitEn": "roubles",
      "type": "MONEY",
      "computed": true,
      "decimals": 0,
      "formula": {
        "numerator": "P03",
        "denominator": "P02",
        "multiplier": 1000,
        "divisor": 3
      },
      "benchmark": null
    },
    {
      "code": "P05",
      "section": "STAFF",
      "nameRu": "Создано высокопроизводительных рабочих мест",
      "nameEn": "High-productivity jobs created",
      "unitRu": "ед.",
      "unitEn": "units",
      "type": "COUNT",
      "computed": false,
      "decimals": 0,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "P06",
      "section": "STAFF",
      "nameRu": "Выручка на одного работника (R01 / P02)",
      "nameEn": "Revenue per employee (R01 / P02)",
      "unitRu": "тыс. руб. на человека",
      "unitEn": "thousand roubles per person",
      "type": "MONEY",
      "computed": true,
      "decimals": 1,
      "formula": {
        "numerator": "R01",
        "denominator": "P02",
        "multiplier": 1,
        "divisor": 1
      },
      "benchmark": null
    },
    {
      "code": "I01",
      "section": "INVESTMENT",
      "nameRu": "Инвестиции в основной капитал",
      "nameEn": "Capital investment",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "I02",
      "section": "INVESTMENT",
      "nameRu": "в т.ч. в проекты кластера",
      "nameEn": "of which in cluster projects",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "I03",
      "section": "INVESTMENT",
      "nameRu": "в т.ч. за счёт государственной поддержки",
      "nameEn": "of which from state support",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "D01",
      "section": "INVESTMENT",
      "nameRu": "Затраты на исследования и разработки",
      "nameEn": "Research and development spending",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "D02",
      "section": "INVESTMENT",
      "nameRu": "в т.ч. на совместные с участниками кластера НИОКР",
      "nameEn": "of which joint R&D with cluster members",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "D03",
      "section": "INVESTMENT",
      "nameRu": "Подано заявок на патенты",
      "nameEn": "Patent applications filed",
      "unitRu": "ед.",
      "unitEn": "units",
      "type": "COUNT",
      "computed": false,
      "decimals": 0,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "D04",
      "section": "INVESTMENT",
      "nameRu": "Получено патентов",
      "nameEn": "Patents granted",
      "unitRu": "ед.",
      "unitEn": "units",
      "type": "COUNT",
      "computed": false,
      "decimals": 0,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "T01",
      "section": "TAXES",
      "nameRu": "Начислено налогов",
      "nameEn": "Taxes accrued",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "T02",
      "section": "TAXES",
      "nameRu": "в т.ч. в региональный бюджет",
      "nameEn": "of which to the regional budget",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "F01",
      "section": "TAXES",
      "nameRu": "Чистая прибыль (убыток)",
      "nameEn": "Net profit (loss)",
      "unitRu": "тыс. руб.",
      "unitEn": "thousand roubles",
      "type": "MONEY",
      "computed": false,
      "decimals": 1,
      "formula": null,
      "benchmark": null
    },
    {
      "code": "N01",
      "section": "NOTES",
      "nameRu": "Комментарий: пояснения к значениям",
      "nameEn": "Comment: explanations of the values",
      "unitRu": null,
      "unitEn": null,
      "type": "TEXT",
      "computed": false,
      "decimals": 0,
      "formula": null,
      "benchmark": null
    }
  ],
  "rules": [
    {
      "kind": "NON_NEGATIVE",
      "indicators": [
        "R01",
        "R02",
        "R03",
        "R04",
        "R05",
        "R06",
        "R07",
        "R10",
        "R11",
        "P01",
        "P02",
        "P03",
        "P05",
        "I01",
        "I02",
        "I03",
        "D01",
        "D02",
        "D03",
        "D04",
        "T01",
        "T02"
      ],
      "part": null,
      "whole": null,
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "INTEGER",
      "indicators": [
        "R10",
        "R11",
        "P01",
        "P02",
        "P05",
        "D03",
        "D04"
      ],
      "part": null,
      "whole": null,
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "DECIMALS",
      "indicators": [
        "R01",
        "R02",
        "R03",
        "R04",
        "R05",
        "R06",
        "R07",
        "P03",
        "I01",
        "I02",
        "I03",
        "D01",
        "D02",
        "T01",
        "T02",
        "F01"
      ],
      "part": null,
      "whole": null,
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": 1
    },
    {
      "kind": "REQUIRED",
      "indicators": [
        "R01",
        "R02",
        "P01",
        "P02",
        "P03"
      ],
      "part": null,
      "whole": null,
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PART_OF",
      "indicators": null,
      "part": "R03",
      "whole": "R02",
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PART_OF",
      "indicators": null,
      "part": "R04",
      "whole": "R02",
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PART_OF",
      "indicators": null,
      "part": "R06",
      "whole": "R02",
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PART_OF",
      "indicators": null,
      "part": "R07",
      "whole": "R02",
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PART_OF",
      "indicators": null,
      "part": "I02",
      "whole": "I01",
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PART_OF",
      "indicators": null,
      "part": "I03",
      "whole": "I01",
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PART_OF",
      "indicators": null,
      "part": "D02",
      "whole": "D01",
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PART_OF",
      "indicators": null,
      "part": "T02",
      "whole": "T01",
      "a": null,
      "b": null,
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PAIR",
      "indicators": null,
      "part": null,
      "whole": null,
      "a": "I01",
      "b": "I02",
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PAIR",
      "indicators": null,
      "part": null,
      "whole": null,
      "a": "D01",
      "b": "D02",
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "PAIR",
      "indicators": null,
      "part": null,
      "whole": null,
      "a": "T01",
      "b": "T02",
      "indicator": null,
      "threshold": null,
      "max": null
    },
    {
      "kind": "CHANGE_WARNING",
      "indicators": null,
      "part": null,
      "whole": null,
      "a": null,
      "b": null,
      "indicator": "R01",
      "threshold": 0.5,
      "max": null
    },
    {
      "kind": "CHANGE_WARNING",
      "indicators": null,
      "part": null,
      "whole": null,
      "a": null,
      "b": null,
      "indicator": "R02",
      "threshold": 0.5,
      "max": null
    },
    {
      "kind": "CHANGE_WARNING",
      "indicators": null,
      "part": null,
      "whole": null,
      "a": null,
      "b": null,
      "indicator": "P02",
      "threshold": 0.5,
      "max": null
    }
  ]
}
$form$);
