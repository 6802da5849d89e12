import { ActionIcon, Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { useFormat } from '@/i18n/use-format';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/meetings';

/**
 * «Календарь на телефоне»: a secret feed URL the phone's calendar subscribes to. The URL is shown once, right after
 * it is made (the server keeps only its hash); a new one replaces the old, and revoking stops it.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const active = feed.data?.active ?? false;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="calendar-feed">
      <Stack gap="sm">
        <Title order={2} size="h4" id="calendar-feed">
          {t('meetings.feed.title')}
        </Title>
        <Text size="sm">{t('meetings.feed.intro')}</Text>
        {feed.data && (
          <Text size="sm" fw={500} role="status">
            {active
              ? feed.data.createdAt
                ? t('meetings.feed.activeSince', { date: format.date(feed.data.createdAt) })
                : t('meetings.feed.active')
              : t('meetings.feed.inactive')}
          </Text>
        )}
        {url && (
          <Alert color="orange.9" variant="light" title={t('meetings.feed.onceTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('meetings.feed.onceWarning')}</Text>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label={t('meetings.feed.url')}
                  value={url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(event) => event.currentTarget.select()}
                />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('meetings.feed.copied') : t('meetings.feed.copy')} withArrow>
                      <ActionIcon
                        variant="filled"
                        size="lg"
                        onClick={copy}
                        aria-label={copied ? t('meetings.feed.copied') : t('meetings.feed.copy')}
                      >
                        <span aria-hidden>⧉</span>
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        <Group gap="xs" wrap="wrap">
          <Button
            loading={create.isPending}
            className="karta-wrap-button"
            onClick={() => {
              revoke.reset();
              create.mutate(undefined, { onSuccess: (made) => setUrl(made.url) });
            }}
          >
            {active ? t('meetings.feed.renew') : t('meetings.feed.create')}
          </Button>
          {active && (
            <Button
              variant="outline"
              color="red.9"
              loading={revoke.isPending}
              className="karta-wrap-button"
              onClick={() => {
                create.reset();
                revoke.mutate(undefined, { onSuccess: () => setUrl(null) });
              }}
            >
              {t('meetings.feed.revoke')}
            </Button>
          )}
        </Group>
        <ApiErrorAlert error={create.error ?? revoke.error ?? feed.error} />
      </Stack>
    </Paper>
  );
}
