import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST } from '@/app/theme';
import { PROGRESS_TEXT_MAX } from '@/config/constants';
import { ids, noItemPermissions } from '@/testing/fixtures';
import { createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { findUserMenuButton, renderApp } from '@/testing/render';

/** A Mantine colour variable set on the element itself (the theme's resolver writes concrete colours). */
function cssVar(element: Element, name: string): string {
  const value = (element as HTMLElement).style.getPropertyValue(name).trim();
  expect(value, `${name} on ${element.outerHTML.slice(0, 80)}`).not.toBe('');
  return value;
}

describe('readable colours', () => {
  it('shows a failed load as a pale box whose title and "Повторить" read at 4.5:1 or more', async () => {
    server.use(mockApi.get('/api/v1/roadmaps', () => problem(500, 'Внутренняя ошибка сервера'), { once: true }));
    renderApp('/roadmaps');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не удалось загрузить данные');
    const background = cssVar(alert, '--alert-bg');
    expect(contrastRatio(cssVar(alert, '--alert-color'), background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio('#000000', background)).toBeGreaterThan(12);
    const retry = within(alert).getByRole('button', { name: 'Повторить' });
    expect(contrastRatio(cssVar(retry, '--button-color'), background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('sets "Пункты" and "Сводка" on each roadmap card at 4.5:1 or more', async () => {
    renderApp('/roadmaps');
    const card = (await screen.findAllByRole('article'))[1]!;
    for (const name of ['Пункты', 'Сводка']) {
      const link = within(card).getByRole('link', { name });
      expect(contrastRatio(cssVar(link, '--button-color'), cssVar(link, '--button-bg'))).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it('confirms a sent progress update in a readable box', async () => {
    const data = createApiData();
    data.items[5]!.permissions = { ...noItemPermissions, updateProgress: true };
    const { user } = renderApp(`/items/${ids.item(6)}`, { data });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });
    await user.click(within(form).getByRole('textbox', { name: /Что сделано/ }));
    await user.paste('Проект направлен на согласование.');
    await user.click(within(form).getByRole('button', { name: 'Отправить' }));
    const status = await within(form).findByRole('status');
    expect(status).toHaveTextContent('Сообщение добавлено');
    const background = cssVar(status, '--alert-bg');
    // The message itself is body text (near black) on the pale box.
    expect(contrastRatio('#000000', background)).toBeGreaterThan(12);
    expect(contrastRatio(cssVar(status, '--alert-color'), background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('never cuts a status badge: it keeps its whole text and does not shrink in a narrow row', async () => {
    renderApp('/roadmaps');
    const card = (await screen.findAllByRole('article'))[1]!;
    const badge = within(card).getByText('Утверждена');
    const root = badge.closest('.mantine-Badge-root') as HTMLElement;
    expect(root.style.flexShrink).toBe('0');
    expect(root.style.minWidth).toBe('max-content');
    expect(badge.style.textOverflow).toBe('clip');
    expect(contrastRatio('#ffffff', cssVar(root, '--badge-bg'))).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});

describe('menus and the keyboard', () => {
  it('closes the navigation drawer with Escape and returns the focus to its button', async () => {
    const { user } = renderApp('/roadmaps');
    const open = await screen.findByRole('button', { name: 'Открыть меню навигации' });
    await user.click(open);
    const close = screen.getByRole('button', { name: 'Закрыть меню навигации' });
    expect(close).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Открыть меню навигации' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Открыть меню навигации' })).toHaveFocus();
  });

  it('closes the user menu with Escape', async () => {
    const { user } = renderApp('/roadmaps');
    await user.click(await findUserMenuButton(/меню пользователя Стрельцов Алексей/i));
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  });
});

describe('progress text over the limit', () => {
  async function formWithText(length: number) {
    const data = createApiData();
    data.items[5]!.permissions = { ...noItemPermissions, updateProgress: true };
    const rendered = renderApp(`/items/${ids.item(6)}`, { data });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });
    const text = within(form).getByRole('textbox', { name: /Что сделано/ });
    await rendered.user.click(text);
    await rendered.user.paste('я'.repeat(length));
    return { ...rendered, form, text };
  }

  it('keeps a pasted text that is too long whole, says how much is over and does not send it', async () => {
    const { form, text, user, requestsTo } = await formWithText(PROGRESS_TEXT_MAX + 12);
    expect(text).toHaveValue('я'.repeat(PROGRESS_TEXT_MAX + 12));
    const warning = within(form).getByRole('alert');
    expect(warning).toHaveTextContent('Текст длиннее допустимого');
    expect(warning).toHaveTextContent('Лишних 12 символов. Ничего не обрезано: сократите текст до 4000 символов');

    await user.click(within(form).getByRole('button', { name: 'Отправить' }));
    expect(requestsTo('POST', /progress-updates$/)).toHaveLength(0);

    await user.type(text, '{Backspace}'.repeat(12));
    expect(within(form).queryByText(/Лишних/)).not.toBeInTheDocument();
  });

  it('warns before the limit is reached', async () => {
    const { form } = await formWithText(PROGRESS_TEXT_MAX - 21);
    expect(within(form).getByRole('status')).toHaveTextContent('Остался 21 символ до предела');
  });
});
