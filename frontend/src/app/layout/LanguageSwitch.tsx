import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, switchLanguage } from '@/i18n/i18n';

/** RU / EN; the other language's messages load on the switch; the choice is kept in localStorage by the i18n instance. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.language === 'en' ? 'en' : 'ru'}
      onChange={(value) => {
        if (isLanguage(value)) void switchLanguage(i18n, value);
      }}
      data={[
        {
          value: 'ru',
          label: (
            <span lang="ru" aria-label="Русский">
              RU
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" aria-label="English">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
