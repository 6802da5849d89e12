import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '@/i18n/i18n';
import type { Language } from '@/i18n/format';

const OPTIONS: readonly { value: Language; name: string }[] = [
  { value: 'ru', name: 'Русский' },
  { value: 'en', name: 'English' },
];

/**
 * RU / EN; the other language's messages load on the switch; the choice is kept in localStorage by the i18n instance.
 * Two native radio buttons drawn as a segmented control (styles.css, .karta-language): the arrow keys move between
 * them as in any radio group, and the header of every screen does not carry Mantine's SegmentedControl (its floating
 * indicator and observers were 2.3 KB of the first screen's JavaScript).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const name = useId();
  const current: Language = i18n.language === 'en' ? 'en' : 'ru';
  return (
    <div role="radiogroup" aria-label={t('app.language')} className="karta-language">
      {OPTIONS.map((option) => (
        <label key={option.value} className="karta-language-option" data-checked={option.value === current || undefined}>
          <input
            type="radio"
            className="karta-language-input"
            name={name}
            value={option.value}
            checked={option.value === current}
            onChange={() => void switchLanguage(i18n, option.value)}
          />
          <span lang={option.value} aria-label={option.name}>
            {option.value.toUpperCase()}
          </span>
        </label>
      ))}
    </div>
  );
}
