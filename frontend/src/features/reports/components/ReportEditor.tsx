import { Alert, Button, Fieldset, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LimitedTextarea } from '@/components/ui/LimitedText';
import { ReportStatusBadge } from '@/components/ui/StatusBadge';
import { LONG_TEXT_MAX } from '@/config/constants';
import { useFormat } from '@/i18n/use-format';
import { isApiError } from '@/lib/api/problem';
import type { QuarterlyReport, ReportForm, ReportIndicator } from '@/lib/api/types';
import { type ReportAction, useReportAction } from '../api/reports';
import { useReportDraft } from '../hooks/use-report-draft';
import { formatNumber } from '../numbers';
import { blocksSubmit, computeIndicators, evaluateRules, type FormRules, type ReportValues, type RuleIssue } from '../rules';
import { ReportSpreadsheet } from './ReportSpreadsheet';
import { SaveStatus } from './SaveStatus';

type Named = { nameRu: string; nameEn: string };
type Outcome = { kind: 'done'; message: string } | { kind: 'error'; message: string; fields: string[] };

const fieldId = (code: string) => `indicator-${code}`;
const COMMENT_FIELD_ID = 'report-comment';

/** The values the change warnings compare with: the previous quarter's report, when it was submitted or accepted. */
function previousValuesOf(report: QuarterlyReport): ReportValues | null {
  return report.previousValues ?? null;
}

/** The date entry closes, as a day: the instant is the midnight after the last day. */
function lastDay(closesAt: string): string {
  const date = new Date(Date.parse(closesAt) - 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A quarterly report by form "Приложение 1": the form's sections with their indicators, checked as one types by the
 * same rules the server applies (errors under their fields, warnings asking for the comment), computed indicators
 * derived on the fly, the draft saved by itself (and kept on the device while the connection is down). Below it, what
 * this caller may do now: submit (the organisation), accept, return or reopen (the association).
 */
export function ReportEditor({ report, form }: { report: QuarterlyReport; form: ReportForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = format.language;
  const editable = report.permissions.edit;
  const draft = useReportDraft(report, { enabled: editable, language });
  const action = useReportAction(report.id);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [returning, setReturning] = useState(false);

  const rules = form as unknown as FormRules;
  const name = (named: Named) => (language === 'en' ? named.nameEn : named.nameRu);
  const indicatorsByCode = new Map(form.indicators.map((indicator) => [indicator.code, indicator]));
  const nameOf = (code: string) => {
    const indicator = indicatorsByCode.get(code);
    return indicator ? name(indicator) : code;
  };
  const unitOf = (indicator: ReportIndicator) => (language === 'en' ? indicator.unitEn : indicator.unitRu) ?? '';

  const values: ReportValues = editable ? draft.values : report.values;
  const comment = editable ? draft.comment : (report.comment ?? '');
  const issues: RuleIssue[] = editable
    ? evaluateRules(rules, values, previousValuesOf(report), comment)
    : report.issues.map((issue) => ({ code: issue.code, severity: issue.severity, indicators: issue.indicators }));
  const computed = editable ? computeIndicators(rules, values) : report.computed;
  const previous = previousValuesOf(report);

  const message = (issue: RuleIssue): string => {
    const [first, other] = issue.indicators;
    // A report read as it is: the server's own words, which quote its figures.
    const server = report.issues.find((known) => known.code === issue.code && known.indicators[0] === first);
    if (!editable && server) return server.message;
    return t(`reports.issue.${issue.code}`, {
      defaultValue: report.issues.find((known) => known.code === issue.code)?.message ?? issue.code,
      other: other ? nameOf(other) : '',
      otherCode: other ?? '',
      max: issue.max,
      previous: issue.previous === undefined ? '' : formatNumber(issue.previous, language),
    });
  };
  const commentCode = form.indicators.find((indicator) => indicator.type === 'TEXT')?.code ?? 'N01';
  const issuesOf = (code: string) => issues.filter((issue) => issue.indicators[0] === code);
  const errorOf = (code: string): string | undefined => {
    if (draft.invalid.includes(code)) return t('reports.form.notANumber');
    const error = issuesOf(code).find((issue) => issue.severity === 'ERROR');
    return error ? message(error) : undefined;
  };
  const warningOf = (code: string): string | undefined => {
    const warning = issuesOf(code).find((issue) => issue.severity === 'WARNING');
    return warning ? message(warning) : undefined;
  };
  const errors = issues.filter((issue) => issue.severity === 'ERROR').length + draft.invalid.length;
  const warnings = issues.filter((issue) => issue.severity === 'WARNING').length;
  const blocked = blocksSubmit(issues) || draft.invalid.length > 0;

  const run = (kind: ReportAction, done: string, returnComment?: string) => {
    setOutcome(null);
    action.mutate(
      { action: kind, comment: returnComment },
      {
        onSuccess: () => setOutcome({ kind: 'done', message: done }),
        onError: (error) =>
          setOutcome({
            kind: 'error',
            message: isApiError(error) ? error.message : t('errors.network'),
            fields: isApiError(error) ? (error.problem?.errors ?? []).map((field) => field.message ?? '').filter(Boolean) : [],
          }),
      },
    );
  };
  const submit = async () => {
    await draft.flush();
    run('submit', t('reports.form.submitted'));
  };
  const focusField = (code: string) => {
    const element = document.getElementById(code === commentCode ? COMMENT_FIELD_ID : fieldId(code));
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  };

  const sections = form.sections.filter((section) =>
    form.indicators.some((indicator) => indicator.section === section.code && indicator.type !== 'TEXT'),
  );

  return (
    <Stack gap="md" maw={960}>
      <Group gap="xs" wrap="wrap">
        <ReportStatusBadge status={report.status} data-testid="report-status" data-status={report.status} />
        <Text size="sm">{report.organisationName}</Text>
        <Text size="sm" c="dimmed">
          {report.locked
            ? t('reports.form.closed', { date: format.date(lastDay(report.closesAt)) })
            : t('reports.form.closesAt', { date: format.date(lastDay(report.closesAt)) })}
        </Text>
      </Group>
      {report.status === 'RETURNED' && report.returnComment && (
        <Alert color="red.9" variant="light" title={t('reports.form.returned')}>
          {report.returnComment}
        </Alert>
      )}
      {report.reopenedAt && report.status !== 'RETURNED' && (
        <Alert color="blue.8" variant="light" p="xs">
          {t('reports.form.reopened')}
        </Alert>
      )}
      {editable ? (
        <SaveStatus state={draft.state} restored={draft.restored} onKeepMine={draft.keepMine} onTakeTheirs={draft.takeTheirs} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('reports.form.readOnly')}
        </Text>
      )}

      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="report-check-title">
        <Title order={2} size="h4" id="report-check-title">
          {t('reports.form.issuesTitle')}
        </Title>
        {errors + warnings === 0 ? (
          <Text size="sm" mt={4}>
            {t('reports.form.noIssues')}
          </Text>
        ) : (
          <Stack gap={4} mt={4}>
            <Text size="sm">{t('reports.form.issuesCount', { errors, warnings })}</Text>
            <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
              {[
                ...draft.invalid.map((code) => ({ code, text: t('reports.form.notANumber'), severity: 'ERROR' as const })),
                ...issues.map((issue) => ({ code: issue.indicators[0] ?? '', text: message(issue), severity: issue.severity })),
              ].map((entry, index) => (
                <li key={`${entry.code}-${index}`}>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    className="karta-wrap-button"
                    color={entry.severity === 'ERROR' ? 'red.9' : 'dark'}
                    aria-label={`${t('reports.form.goToField', { code: entry.code })}: ${entry.text}`}
                    onClick={() => focusField(entry.code)}
                    justify="flex-start"
                    style={{ textAlign: 'left' }}
                  >
                    {entry.code}: {entry.text}
                  </Button>
                </li>
              ))}
            </Stack>
          </Stack>
        )}
      </Paper>

      <ReportSpreadsheet report={report} form={form} editable={editable} beforeUpload={draft.flush} onSaved={draft.adoptSaved} />

      <Text size="sm" c="dimmed">
        {t('reports.form.blankNote')} {t('reports.form.formVersion', { version: report.formVersion })}
      </Text>

      {sections.map((section) => (
        <Fieldset key={section.code} legend={name(section)} variant="filled" radius="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
            {form.indicators
              .filter((indicator) => indicator.section === section.code && indicator.type !== 'TEXT')
              .map((indicator) => {
                const unit = unitOf(indicator);
                const label = `${indicator.code} · ${name(indicator)}`;
                if (indicator.computed) {
                  const value = computed[indicator.code] ?? null;
                  const benchmark = indicator.benchmark;
                  return (
                    <div key={indicator.code} data-testid={`computed-${indicator.code}`}>
                      <Text size="sm" fw={700}>
                        {label}
                      </Text>
                      <Text size="sm">
                        {value === null ? t('reports.form.notComputed') : `${formatNumber(value, language, indicator.decimals)} ${unit}`}
                        {value !== null && benchmark && (
                          <Text span size="sm" fw={700}>
                            {' — '}
                            {value >= benchmark.minimum
                              ? t('reports.form.benchmarkMet', { minimum: benchmark.minimum })
                              : t('reports.form.benchmarkMissed', { minimum: benchmark.minimum })}
                          </Text>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('reports.form.computedNote')}
                      </Text>
                    </div>
                  );
                }
                const before = previous?.[indicator.code];
                const warning = warningOf(indicator.code);
                const description = [
                  unit,
                  before !== undefined && before !== null ? t('reports.form.previous', { value: formatNumber(before, language) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ');
                if (!editable) {
                  const value = report.values[indicator.code];
                  return (
                    <div key={indicator.code}>
                      <Text size="sm" fw={700}>
                        {label}
                      </Text>
                      <Text size="sm">
                        {value === null || value === undefined ? t('common.notSpecified') : `${formatNumber(value, language)} ${unit}`}
                      </Text>
                      {warning && (
                        <Text size="sm" fw={700}>
                          ⚠ {warning}
                        </Text>
                      )}
                    </div>
                  );
                }
                return (
                  <TextInput
                    key={indicator.code}
                    id={fieldId(indicator.code)}
                    label={label}
                    description={
                      description || warning ? (
                        <>
                          {description}
                          {warning && (
                            <Text span display="block" size="sm" fw={700} c="var(--mantine-color-text)">
                              ⚠ {warning}
                            </Text>
                          )}
                        </>
                      ) : undefined
                    }
                    inputMode={indicator.type === 'COUNT' ? 'numeric' : 'decimal'}
                    autoComplete="off"
                    value={draft.texts[indicator.code] ?? ''}
                    onChange={(event) => draft.setText(indicator.code, event.currentTarget.value)}
                    error={errorOf(indicator.code)}
                  />
                );
              })}
          </SimpleGrid>
        </Fieldset>
      ))}

      {editable ? (
        <LimitedTextarea
          id={COMMENT_FIELD_ID}
          label={t('reports.form.comment')}
          description={t('reports.form.commentDescription')}
          max={LONG_TEXT_MAX}
          minRows={3}
          value={draft.comment}
          onChange={(event) => draft.setComment(event.currentTarget.value)}
          error={errorOf(commentCode)}
        />
      ) : (
        report.comment && (
          <div>
            <Text size="sm" fw={700}>
              {t('reports.form.comment')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {report.comment}
            </Text>
          </div>
        )
      )}

      <div aria-live="polite">
        {outcome?.kind === 'done' && (
          <Alert
            color="green.9"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setOutcome(null)}
          >
            {outcome.message}
          </Alert>
        )}
        {outcome?.kind === 'error' && (
          <Alert color="red.9" variant="light" role="alert" title={t('errors.actionFailed')}>
            {outcome.message}
            {outcome.fields.length > 0 && (
              <Stack component="ul" gap={2} mt={4}>
                {outcome.fields.map((field) => (
                  <li key={field}>{field}</li>
                ))}
              </Stack>
            )}
          </Alert>
        )}
      </div>

      <Group gap="xs" wrap="wrap">
        {report.permissions.submit && (
          <Stack gap={4}>
            <Group gap="xs">
              <Button
                onClick={() => void submit()}
                disabled={blocked || draft.state.kind === 'conflict'}
                loading={action.isPending && action.variables?.action === 'submit'}
              >
                {t('reports.form.submit')}
              </Button>
            </Group>
            {blocked && (
              <Text size="sm" c="red.9">
                {t('reports.form.submitBlocked', { count: errors })}
              </Text>
            )}
          </Stack>
        )}
        {report.permissions.accept && (
          <Button
            color="green.9"
            onClick={() => run('accept', t('reports.form.accepted'))}
            loading={action.isPending && action.variables?.action === 'accept'}
          >
            {t('reports.form.accept')}
          </Button>
        )}
        {report.permissions.return && (
          <Button variant="outline" color="red.9" onClick={() => setReturning(true)}>
            {t('reports.form.return')}
          </Button>
        )}
        {report.permissions.reopen && (
          <Button
            variant="outline"
            onClick={() => run('reopen', t('reports.form.reopened'))}
            loading={action.isPending && action.variables?.action === 'reopen'}
          >
            {t('reports.form.reopen')}
          </Button>
        )}
      </Group>
      <ReturnDialog
        opened={returning}
        busy={action.isPending}
        onClose={() => setReturning(false)}
        onConfirm={(text) => {
          setReturning(false);
          run('return', t('reports.form.returnedOutcome'), text);
        }}
      />
    </Stack>
  );
}

function ReturnDialog({
  opened,
  busy,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  busy: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = text.trim() === '';
  return (
    <Modal opened={opened} onClose={onClose} title={t('reports.form.returnTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Textarea
          label={t('reports.form.returnComment')}
          description={t('reports.form.returnCommentDescription')}
          required
          minRows={3}
          autosize
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={touched && missing ? t('reports.form.returnCommentRequired') : undefined}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={busy}
            onClick={() => {
              setTouched(true);
              if (!missing) onConfirm(text.trim());
            }}
          >
            {t('reports.form.return')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
