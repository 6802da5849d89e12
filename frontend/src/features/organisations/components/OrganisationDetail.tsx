import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { isApiError } from '@/lib/api/problem';
import { useOrganisation } from '../api/organisations';
import { SignInSection } from './SignInSection';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="40%" fw={500}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function safeWebsite(value: string): string | undefined {
  const candidate = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One organisation: its names, aliases, INN and contacts, then what the app adds below (its staff, from the people
 * feature) and «Вход в Карту» (sign-in for its people).
 */
export function OrganisationDetail({ organisationId, children }: { organisationId: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(organisationId);
  const back = <AppLink to="/organisations">← {t('organisations.back')}</AppLink>;

  if (organisation.isPending) return <LoadingSkeleton rows={3} />;
  if (organisation.isError) {
    if (isApiError(organisation.error) && organisation.error.status === 404) {
      return <EmptyResult title={t('organisations.notFound')} action={back} />;
    }
    return <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />;
  }
  const data = organisation.data;
  const none = (
    <Text span size="sm" c="dimmed">
      {t('common.notSpecified')}
    </Text>
  );
  const website = data.contacts?.website ? safeWebsite(data.contacts.website) : undefined;

  return (
    <Stack gap="md">
      <PageHeader title={data.fullName} above={back}>
        <Group gap="xs">
          <Badge variant="outline" color="blue.8" tt="none">
            {t(`kind.${data.kind}`)}
          </Badge>
        </Group>
      </PageHeader>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="org-names">
          <Title order={2} size="h5" id="org-names" mb="xs">
            {t('organisations.names')}
          </Title>
          <Table variant="vertical" withRowBorders={false} verticalSpacing={6}>
            <Table.Tbody>
              <Row label={t('organisations.fullName')}>{data.fullName}</Row>
              <Row label={t('organisations.shortName')}>{data.shortName || none}</Row>
              <Row label={t('organisations.inn')}>{data.inn || none}</Row>
            </Table.Tbody>
          </Table>
          <Text size="sm" fw={500} mt="sm">
            {t('organisations.aliases')}
          </Text>
          {data.aliases && data.aliases.length > 0 ? (
            <List size="sm" spacing={2}>
              {data.aliases.map((alias) => (
                <List.Item key={alias} style={{ overflowWrap: 'anywhere' }}>
                  {alias}
                </List.Item>
              ))}
            </List>
          ) : (
            none
          )}
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="org-contacts">
          <Title order={2} size="h5" id="org-contacts" mb="xs">
            {t('organisations.contacts')}
          </Title>
          <Table variant="vertical" withRowBorders={false} verticalSpacing={6}>
            <Table.Tbody>
              <Row label={t('organisations.email')}>
                {data.contacts?.email ? <Anchor href={`mailto:${data.contacts.email}`}>{data.contacts.email}</Anchor> : none}
              </Row>
              <Row label={t('organisations.phone')}>
                {data.contacts?.phone ? (
                  <Anchor href={`tel:${data.contacts.phone.replace(/[^\d+]/g, '')}`}>{data.contacts.phone}</Anchor>
                ) : (
                  none
                )}
              </Row>
              <Row label={t('organisations.address')}>{data.contacts?.address || none}</Row>
              <Row label={t('organisations.website')}>
                {data.contacts?.website ? (
                  website ? (
                    <Anchor href={website} target="_blank" rel="noopener noreferrer">
                      {data.contacts.website}
                    </Anchor>
                  ) : (
                    data.contacts.website
                  )
                ) : (
                  none
                )}
              </Row>
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
      {children}
      <SignInSection organisation={data} />
    </Stack>
  );
}
