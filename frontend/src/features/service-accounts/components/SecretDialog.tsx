import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceAccount } from '@/lib/api/types';

/** The secret of a new (or rotated) service account, shown this once: a copy button and a clear warning. */
export function SecretDialog({ account, onClose }: { account: ServiceAccount | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={account !== null}
      onClose={onClose}
      title={t('serviceAccounts.secretTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {account && (
        <Stack gap="md">
          <Alert color="orange.9" variant="light" title={t('serviceAccounts.secretWarningTitle')}>
            {t('serviceAccounts.secretWarning')}
          </Alert>
          <Text size="sm">
            {t('serviceAccounts.clientId')}: <Code>{account.clientId}</Code>
          </Text>
          <div>
            <Text size="sm" fw={500}>
              {t('serviceAccounts.secret')}
            </Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {account.secret}
            </Code>
          </div>
          <Group justify="space-between" gap="sm">
            <CopyButton value={account.secret ?? ''}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'green.9' : 'blue.8'} onClick={copy}>
                  {copied ? t('serviceAccounts.copied') : t('serviceAccounts.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('serviceAccounts.secretSaved')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
