import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import type { RoadmapItem } from '@/lib/api/types';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The progress of a recurring duty Karta tracks itself (item 9: the enterprises' quarterly reports): for each quarter
 * of the roadmap, how many of the expected enterprises handed in their report, on time or late, as a bar and in words,
 * with the way to the full matrix.
 */
export function DutyOccurrences({ item }: { item: RoadmapItem }) {
  const { t } = useTranslation();
  const occurrences = item.occurrences ?? [];
  if (occurrences.length === 0) return null;
  const year = occurrences[0]!.period.slice(0, 4);
  const label = (period: string) => {
    const [y, q] = period.split('-Q');
    return t('reports.quarter', { numeral: ROMAN[Number(q) - 1], n: Number(q), year: y });
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="duty-occurrences">
      <Title order={2} size="h5" id="duty-occurrences" mb={6}>
        {t('items.duty.title')}
      </Title>
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {occurrences.map((quarter) => {
          const share = (count: number) => (quarter.expected > 0 ? (count / quarter.expected) * 100 : 0);
          return (
            <li key={quarter.period} data-testid={`occurrence-${quarter.period}`}>
              <Text size="sm" fw={700}>
                {label(quarter.period)}
              </Text>
              <Progress.Root size="lg" aria-hidden>
                <Progress.Section value={share(quarter.onTime)} color="green.8" />
                <Progress.Section value={share(quarter.late)} color="orange.7" />
                <Progress.Section value={share(quarter.missing)} color="red.8" />
              </Progress.Root>
              <Text size="sm">
                {quarter.notDue === quarter.expected && quarter.expected > 0
                  ? t('items.duty.notDue')
                  : t('items.duty.line', {
                      submitted: quarter.submitted,
                      expected: quarter.expected,
                      onTime: quarter.onTime,
                      late: quarter.late,
                      missing: quarter.missing,
                    })}
              </Text>
            </li>
          );
        })}
      </Stack>
      <AppLink to={`/reports/completeness?year=${year}`} size="sm" mt="xs" display="inline-block">
        {t('items.duty.matrix')}
      </AppLink>
    </Paper>
  );
}
