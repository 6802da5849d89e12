import { MantineProvider, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import ru from '@/i18n/ru.json';
import { ApiError, type Problem } from './problem';
import { formFieldFor, useServerErrors } from './use-server-errors';

function badRequest(errors: Problem['errors'], detail = 'Запрос содержит ошибки'): ApiError {
  return new ApiError(400, { type: 'urn:karta:problem:invalid-request', title: detail, status: 400, detail, requestId: 'req-1', errors });
}

/** A small form as the app builds them; submitting it "fails" with the given error. */
function ReportForm({ failure }: { failure: unknown }) {
  const form = useForm({ mode: 'controlled', initialValues: { text: '', evidenceUrl: '', responsible: [{ organisationId: '' }] } });
  const server = useServerErrors(form);
  return (
    <form onSubmit={form.onSubmit(() => server.show(failure))}>
      <TextInput label="Текст" {...form.getInputProps('text')} />
      <TextInput label="Ссылка" {...form.getInputProps('evidenceUrl')} />
      <TextInput label="Ответственный" {...form.getInputProps('responsible.0.organisationId')} />
      {server.message && <div role="alert">{server.message}</div>}
      <button type="submit">Отправить</button>
    </form>
  );
}

async function submitFailing(failure: unknown) {
  render(
    <I18nextProvider i18n={createI18n('ru', { ru })}>
      <MantineProvider env="test">
        <ReportForm failure={failure} />
      </MantineProvider>
    </I18nextProvider>,
  );
  await userEvent.setup().click(screen.getByRole('button', { name: 'Отправить' }));
}

describe('useServerErrors', () => {
  it('puts each field error of a problem+json answer under its field', async () => {
    await submitFailing(
      badRequest([
        { field: 'text', message: 'текст содержит недопустимые символы' },
        { field: 'evidenceUrl', message: 'ссылка недоступна' },
        { field: 'responsible[0].organisationId', message: 'организация не найдена' },
      ]),
    );

    const text = screen.getByRole('textbox', { name: 'Текст' });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription('текст содержит недопустимые символы');
    expect(screen.getByRole('textbox', { name: 'Ссылка' })).toHaveAccessibleDescription('ссылка недоступна');
    expect(screen.getByRole('textbox', { name: 'Ответственный' })).toHaveAccessibleDescription('организация не найдена');
    // Everything found its field: no general message.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the first message of a field', async () => {
    await submitFailing(
      badRequest([
        { field: 'text', message: 'не должно быть пустым' },
        { field: 'text', message: 'не длиннее 4000 символов' },
      ]),
    );
    expect(screen.getByRole('textbox', { name: 'Текст' })).toHaveAccessibleDescription('не должно быть пустым');
  });

  it('shows the detail and the errors of fields the form does not have above the form', async () => {
    await submitFailing(
      badRequest([
        { field: 'text', message: 'текст содержит недопустимые символы' },
        { field: 'status', message: 'статус меняют ответственные организации' },
      ]),
    );
    expect(screen.getByRole('textbox', { name: 'Текст' })).toHaveAccessibleDescription('текст содержит недопустимые символы');
    expect(screen.getByRole('alert')).toHaveTextContent('Запрос содержит ошибки статус меняют ответственные организации');
  });

  it('shows the problem detail when the answer names no field', async () => {
    await submitFailing(
      new ApiError(409, {
        type: 'urn:karta:problem:conflict',
        title: 'Конфликт',
        status: 409,
        detail: 'Пункт уже изменён',
        requestId: 'r',
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Пункт уже изменён');
    expect(screen.getByRole('textbox', { name: 'Текст' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('says the server does not answer when the request failed without an answer', async () => {
    await submitFailing(new TypeError('Failed to fetch'));
    expect(screen.getByRole('alert')).toHaveTextContent('Сервер не отвечает');
  });
});

describe('formFieldFor', () => {
  it('maps server field names to the form paths, and nothing to unknown fields', () => {
    const values = { text: '', deadline: { text: '' }, responsible: [{ organisationId: '' }] };
    expect(formFieldFor('text', values)).toBe('text');
    expect(formFieldFor('deadline.text', values)).toBe('deadline.text');
    expect(formFieldFor('responsible[0].organisationId', values)).toBe('responsible.0.organisationId');
    expect(formFieldFor('status', values)).toBeUndefined();
    expect(formFieldFor('responsible[1].organisationId', values)).toBeUndefined();
    expect(formFieldFor('contacts.text', values)).toBeUndefined();
  });
});
