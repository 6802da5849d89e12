import { getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { message, showStartupError, showStartupLoading } from '@/app/startup';
import en from '@/i18n/en.json';
import ru from '@/i18n/ru.json';
import { LoginUnavailableError } from '@/lib/auth/keycloak';
import indexHtml from '../../../index.html?raw';

describe('before the app runs', () => {
  it('index.html shows a styled loading state with a spinner, styled without waiting for any stylesheet', () => {
    document.documentElement.innerHTML = indexHtml;
    const status = getByRole(document.body, 'status');
    expect(status).toHaveTextContent('Загрузка… / Loading…');
    expect(status).toHaveClass('startup-loading');
    expect(status.querySelector('.startup-spinner')).not.toBeNull();
    const inlineStyle = [...document.head.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    expect(inlineStyle).toMatch(/\.startup-loading\s*\{[^}]*display:\s*flex/);
    expect(inlineStyle).toMatch(/\.startup-spinner\s*\{[^}]*animation:/);
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('shows the loading state in the chosen language during the login round trip', () => {
    const container = document.createElement('div');
    showStartupLoading(container, en);
    const status = getByRole(container, 'status');
    expect(status).toHaveTextContent(/^Loading…$/);
    expect(status.querySelector('.startup-spinner')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says when the login service does not answer, with a reload button', () => {
    const container = document.createElement('div');
    showStartupError(container, ru, new LoginUnavailableError('http://127.0.0.1:8180'));
    const alert = getByRole(container, 'alert');
    expect(getByRole(alert, 'heading', { level: 1 })).toHaveTextContent('Вход временно недоступен');
    expect(alert).toHaveTextContent('Сервис входа (http://127.0.0.1:8180) не отвечает');
    expect(getByRole(alert, 'button')).toHaveTextContent('Обновить страницу');
  });

  it('still explains in Russian, with a reload button, when not even the messages could be loaded', () => {
    const container = document.createElement('div');
    showStartupError(container, null, new TypeError('Failed to fetch dynamically imported module'));
    const alert = getByRole(container, 'alert');
    expect(getByRole(alert, 'heading', { level: 1 })).toHaveTextContent('Не удалось запустить приложение');
    expect(alert).toHaveTextContent('проверьте подключение к сети');
    expect(getByRole(alert, 'button', { name: 'Обновить страницу' })).toHaveTextContent('Обновить страницу');
  });

  it('takes its words from the messages by dotted key, filling in placeholders, without i18next', () => {
    expect(message(en, 'common.loading')).toBe('Loading…');
    expect(message(ru, 'errors.loginUnavailableDescription', { url: 'https://sso.example' })).toMatch(
      /^Сервис входа \(https:\/\/sso\.example\) не отвечает/,
    );
    expect(message(ru, 'errors.noSuchKey')).toBe('errors.noSuchKey');
    expect(message(ru, 'common')).toBe('common');
  });
});
