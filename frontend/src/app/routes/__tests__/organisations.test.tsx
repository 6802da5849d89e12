import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

describe('organisations pages', () => {
  it('lists the organisations in a table on a desktop, with their kind', async () => {
    renderApp('/organisations', { viewport: 'desktop' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Организации' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Организации' });
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByText('6 организаций')).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Департамент инвестиционного развития/ });
    expect(within(row).getByText('Региональный орган власти')).toBeInTheDocument();
  });

  it('shows cards on a phone, never the wide table: name as a link, kind, INN and contacts condensed', async () => {
    renderApp('/organisations');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(6);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    const association = screen.getByRole('article', { name: 'Ассоциация «Смоленский композитный кластер»' });
    expect(within(association).getByRole('link', { name: 'Ассоциация «Смоленский композитный кластер»' })).toHaveAttribute(
      'href',
      `/organisations/${ids.association}`,
    );
    expect(within(association).getByText('Ассоциация СКК · Ассоциация кластера · ИНН 6732000000')).toBeInTheDocument();
    expect(within(association).getByRole('link', { name: 'info@composite-cluster.example' })).toHaveAttribute(
      'href',
      'mailto:info@composite-cluster.example',
    );
    expect(within(association).getByRole('link', { name: '+7 (4812) 00-00-00' })).toHaveAttribute('href', 'tel:+74812000000');
    // Long text breaks anywhere instead of widening the page.
    expect(within(association).getByRole('link', { name: 'info@composite-cluster.example' }).parentElement).toHaveStyle({
      overflowWrap: 'anywhere',
    });

    const investment = screen.getByRole('article', { name: 'Департамент инвестиционного развития Смоленской области' });
    expect(within(investment).getByText('Региональный орган власти')).toBeInTheDocument();
    expect(within(investment).queryAllByRole('link')).toHaveLength(1);
  });

  it('shows the contacts in the table on a wide screen', async () => {
    renderApp('/organisations', { viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'Организации' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Наименование', 'Вид', 'ИНН', 'Контакты']);
    const row = within(table).getByRole('row', { name: /^Ассоциация «Смоленский композитный кластер»/ });
    expect(within(row).getByRole('link', { name: 'info@composite-cluster.example' })).toBeInTheDocument();
  });

  it('searches by name (also in aliases) and filters by kind, through the URL', async () => {
    const { user, search, requestsTo } = renderApp('/organisations', { viewport: 'desktop' });
    await screen.findByText('6 организаций');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Вид' }), 'Региональный орган власти');
    await waitFor(() => expect(search().get('kind')).toBe('REGIONAL_AUTHORITY'));
    expect(await screen.findByText('3 организации')).toBeInTheDocument();

    await user.click(screen.getByRole('searchbox', { name: 'Поиск' }));
    await user.paste('Стрельцов');
    await waitFor(() => expect(search().get('q')).toBe('Стрельцов'));
    expect(await screen.findByText('1 организация')).toBeInTheDocument();
    const last = requestsTo('GET', /^\/api\/v1\/organisations$/).at(-1)!;
    expect(last.url.searchParams.get('kind')).toBe('REGIONAL_AUTHORITY');
    expect(last.url.searchParams.get('q')).toBe('Стрельцов');
  });

  it('opens an organisation with its names, aliases, INN and contacts', async () => {
    const { user, router } = renderApp('/organisations', { viewport: 'desktop' });
    await user.click(await screen.findByRole('link', { name: 'Ассоциация «Смоленский композитный кластер»' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisations/${ids.association}`));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ассоциация «Смоленский композитный кластер»' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /ИНН 6732000000/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Краткое наименование Ассоциация СКК/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'info@composite-cluster.example' })).toHaveAttribute(
      'href',
      'mailto:info@composite-cluster.example',
    );
    expect(screen.getByRole('link', { name: 'composite-cluster.example' })).toHaveAttribute('href', 'https://composite-cluster.example/');
  });

  it('shows the aliases under which an organisation appears in documents', async () => {
    renderApp(`/organisations/${ids.investment}`);
    expect(await screen.findByText('Департамент инвестиционного развития (Стрельцов А.В.)')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /ИНН не указано/ })).toBeInTheDocument();
  });

  it('says when an organisation does not exist', async () => {
    renderApp('/organisations/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByText('Организация не найдена')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /К списку организаций/ })).toHaveAttribute('href', '/organisations');
  });
});
