import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitBody, missingDeadlines } from '@/features/documents/components/ImportWizard';
import { sizeText } from '@/features/documents/components/AttachmentsPanel';
import { createApiData } from '@/testing/mock-api';
import { IMPORT_ID, makeAttachment, makeImportPreview } from '@/testing/document-fixtures';
import { ids } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';
import { captureDownloads, type SavedFile } from '@/testing/downloads';

/** The files the app handed to the browser to save: the Blob and the name of each. */
let saved: SavedFile[] = [];

beforeEach(() => {
  saved = captureDownloads();
});

afterEach(() => vi.restoreAllMocks());

function docx(name = 'Дорожная карта 2019.docx'): File {
  return new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], name, {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

describe('the association imports a roadmap from its Word document', () => {
  it('reads it, shows what was understood, asks for the deadline it could not read, and commits the choices', async () => {
    const data = createApiData({ user: 'association' });
    data.roadmapImport = makeImportPreview();
    const { user, router, requestsTo } = renderApp('/roadmaps/import', { data, viewport: 'desktop' });
    await screen.findByText(/Загрузите дорожную карту/);
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, docx());
    await user.click(screen.getByRole('button', { name: 'Прочитать документ' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/roadmaps/import/${IMPORT_ID}`));

    expect(await screen.findByText(/мероприятий: 3, организаций найдено: 3, новых: 1/)).toBeInTheDocument();
    expect(screen.getByText('Строка-заголовок раздела пропущена: «Раздел 1».')).toBeInTheDocument();
    const cards = screen.getAllByTestId('import-item');
    expect(within(cards[0]!).getByText(/«июнь 2019» — до 30 июня 2019/)).toBeInTheDocument();
    expect(within(cards[0]!).getByText('по началу названия')).toBeInTheDocument();
    expect(within(cards[1]!).getByText(/постоянно \(Постоянно\)/)).toBeInTheDocument();
    expect(within(cards[1]!).getByText('все участники (6)')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('новая')).toBeInTheDocument();
    const commit = screen.getByRole('button', { name: /Импортировать 3 мероприятия/ });
    expect(commit).toBeDisabled();
    expect(screen.getByText('Укажите сроки мероприятий: 3.')).toBeInTheDocument();

    const title = screen.getByRole('textbox', { name: 'Название дорожной карты' });
    await user.clear(title);
    expect(title).toHaveValue('');
    expect(title).toHaveAttribute('placeholder', makeImportPreview().roadmap.title);
    await user.type(within(cards[2]!).getByRole('textbox', { name: /Срок «когда получится» не распознан/ }), 'IV квартал 2019');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Тип новой организации' }), 'RESEARCH_EDUCATION');
    expect(commit).toBeEnabled();
    await user.click(commit);
    await waitFor(() => expect(router.state.location.pathname).not.toContain('/import'));
    const [sent] = requestsTo('POST', /\/roadmap-imports\/.+\/commit$/);
    expect(sent!.body).toEqual({
      items: [{ index: 2, deadline: { text: 'IV квартал 2019' } }],
      organisations: [{ key: 'нп композитные технологии', kind: 'RESEARCH_EDUCATION' }],
    });
    expect(await screen.findByText(/импортирована черновиком/)).toBeInTheDocument();
  });

  it('says why a document was not read', async () => {
    const data = createApiData({ user: 'association' });
    const { user } = renderApp('/roadmaps/import', { data });
    await screen.findByText(/Загрузите дорожную карту/);
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, docx('письмо.docx'));
    await user.click(screen.getByRole('button', { name: 'Прочитать документ' }));
    expect(await screen.findByText('Документ не прочитан')).toBeInTheDocument();
    expect(screen.getByText(/нет таблицы дорожной карты/)).toBeInTheDocument();
  });

  it('tells ЦКР to map new organisations to existing ones before it commits', async () => {
    const data = createApiData({ user: 'association' });
    data.roadmapImport = makeImportPreview({ permissions: { commit: true, createOrganisations: false } });
    renderApp(`/roadmaps/import/${IMPORT_ID}`, { data });
    expect(await screen.findByText(/Новые организации создаёт ассоциация/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Тип новой организации' })).not.toBeInTheDocument();
    expect(screen.getByText('Выберите существующую организацию для каждой новой.')).toBeInTheDocument();
  });

  it('builds the commit from the choices only', () => {
    const preview = makeImportPreview();
    const choices = {
      title: '',
      skipped: [2],
      deadlines: {},
      proposals: { 'нп композитные технологии': { organisationId: ids.association, kind: 'OTHER' as const } },
    };
    expect(missingDeadlines(preview, choices)).toEqual([]);
    expect(commitBody(preview, choices)).toEqual({
      items: [{ index: 2, skip: true }],
      organisations: [{ key: 'нп композитные технологии', organisationId: ids.association }],
    });
    expect(missingDeadlines(preview, { ...choices, skipped: [] }).map((item) => item.number)).toEqual(['3']);
  });

  it('sends all the organisations of an item when one of them was changed', () => {
    const preview = makeImportPreview();
    const choices = {
      title: '',
      skipped: [2],
      deadlines: {},
      proposals: {},
      replaced: { 0: { assisting: { 0: ids.education } }, 1: { responsible: { 0: ids.agriculture } } },
    };
    expect(commitBody(preview, choices).items).toEqual([
      { index: 0, assisting: [{ organisationId: ids.education, official: 'Стрельцов А.В.' }] },
      { index: 1, responsible: [{ organisationId: ids.agriculture }] },
      { index: 2, skip: true },
    ]);
  });

  it('lets an organisation that was read be changed for another', async () => {
    const data = createApiData({ user: 'association' });
    data.roadmapImport = makeImportPreview();
    const { user } = renderApp(`/roadmaps/import/${IMPORT_ID}`, { data, viewport: 'desktop' });
    const change = await screen.findByRole('button', { name: 'Изменить «Департамент инвестиционного развития»' });
    expect(change).toHaveAttribute('aria-expanded', 'false');
    await user.click(change);
    expect(change).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('combobox', { name: 'Вместо «Департамент инвестиционного развития»' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Изменить «участники кластера»/ })).not.toBeInTheDocument();
  });
});

describe('the roadmap as documents', () => {
  it('downloads the roadmap and the execution report as of a day', async () => {
    const { user, requestsTo } = renderApp(`/roadmaps/${ids.roadmap2017}`, { viewport: 'desktop' });
    // The menu's code comes after the page; its button is held in place, inactive, until then.
    const documents = () => screen.getByRole('button', { name: 'Документы' });
    await waitFor(() => expect(documents()).toBeEnabled());
    await user.click(documents());
    await user.click(await screen.findByRole('menuitem', { name: 'Дорожная карта (Excel)' }));
    await waitFor(() => expect(saved.map((file) => file.name)).toEqual(['karta-roadmap.xlsx']));
    await user.click(screen.getByRole('button', { name: 'Документы' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Отчёт об исполнении…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Отчёт об исполнении' });
    const day = await within(dialog).findByRole('textbox', { name: 'По состоянию на' });
    await user.clear(day);
    await user.type(day, '31.12.2017');
    await user.click(within(dialog).getByRole('button', { name: 'Скачать' }));
    await waitFor(() => expect(saved.map((file) => file.name)).toContain('karta-execution-2017-12-31.docx'));
    const [report] = requestsTo('GET', /\/execution-report$/);
    expect(report!.url.searchParams.get('format')).toBe('docx');
  });
});

describe('evidence files on an item', () => {
  it('lists the files, uploads one for a progress update, and deletes after a second press', async () => {
    const data = createApiData();
    data.attachmentsMayUpload = true;
    data.attachments.set(ids.item(6), [makeAttachment(ids.item(6))]);
    const { user, requestsTo } = renderApp(`/items/${ids.item(6)}`, { data });
    await user.click(await screen.findByRole('tab', { name: 'Файлы' }));
    expect(await screen.findByText('Соглашение № 12.pdf')).toBeInTheDocument();
    expect(screen.getByText(/242,2 КБ/)).toBeInTheDocument();

    const update = data.progress.get(ids.item(6))![0]!;
    await user.selectOptions(screen.getByRole('combobox', { name: 'К чему относится файл' }), update.id);
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'IMG_0042.jpg', { type: 'image/jpeg' });
    const inputs = document.querySelectorAll<HTMLInputElement>('input[type="file"]');
    expect(inputs[1]!.getAttribute('capture')).toBe('environment');
    await user.upload(inputs[1]!, photo);
    expect(await screen.findByText('Файл «IMG_0042.jpg» сохранён.')).toBeInTheDocument();
    expect(await screen.findByText('IMG_0042.jpg')).toBeInTheDocument();
    expect(requestsTo('POST', /\/attachments$/)).toHaveLength(1);

    const remove = screen.getByRole('button', { name: 'Удалить «Соглашение № 12.pdf»' });
    await user.click(remove);
    expect(screen.getByText('Нажмите ✕ ещё раз, чтобы удалить файл.')).toBeInTheDocument();
    expect(requestsTo('DELETE', /\/attachments\//)).toHaveLength(0);
    await user.click(remove);
    await waitFor(() => expect(screen.queryByText('Соглашение № 12.pdf')).not.toBeInTheDocument());
  });

  it('writes sizes people read', () => {
    expect(sizeText(12, 'ru')).toBe('12 Б');
    expect(sizeText(248_000, 'ru')).toBe('242,2 КБ');
    expect(sizeText(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});
