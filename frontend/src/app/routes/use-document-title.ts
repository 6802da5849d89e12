import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> — Карта" in the browser tab (and for screen readers on navigation). */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
