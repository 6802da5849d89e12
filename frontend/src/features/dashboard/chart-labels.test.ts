import { describe, expect, it } from 'vitest';
import { abbreviateOrganisationName, organisationChartLabels, wrapLabel } from './chart-labels';

const demo = [
  { id: 'association', name: 'Ассоциация «Смоленский композитный кластер»' },
  { id: 'ckr', name: 'АНО «ЦКР Смоленской области»' },
  { id: 'investment', name: 'Департамент инвестиционного развития Смоленской области' },
  { id: 'education', name: 'Департамент Смоленской области по образованию и науке' },
  { id: 'agriculture', name: 'Департамент Смоленской области по сельскому хозяйству' },
  { id: 'economy', name: 'Департамент Смоленской области по экономическому развитию и торговле' },
];

function readable(labels: Map<string, string[]>): string[] {
  return [...labels.values()].map((lines) => lines.join(' '));
}

describe('chart labels of organisations', () => {
  it('keeps a short display name as it is', () => {
    expect(abbreviateOrganisationName('АНО «ЦКР Смоленской области»', 40)).toBe('АНО «ЦКР Смоленской области»');
    expect(wrapLabel('Ассоциация СКК', 18, 3)).toEqual(['Ассоциация СКК']);
  });

  it('abbreviates a long full name the usual way', () => {
    expect(abbreviateOrganisationName('Департамент Смоленской области по образованию и науке', 30)).toBe(
      'Деп. Смоленской обл. по образованию и науке',
    );
    expect(
      abbreviateOrganisationName(
        'Федеральное государственное бюджетное образовательное учреждение высшего образования «Смоленская ГСХА»',
        30,
      ),
    ).toBe('ФГБОУ ВО «Смоленская ГСХА»');
  });

  it('wraps at the axis width and ends a cut label with "…"', () => {
    const lines = wrapLabel('Деп. Смоленской обл. по экономическому развитию и торговле', 18, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(18);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  for (const [width, lineChars] of [
    ['a phone', 20],
    ['a desktop', 36],
  ] as const) {
    it(`gives the departments distinct labels on ${width}, never the same "Департамент Смоленской…"`, () => {
      const labels = organisationChartLabels(demo, { lineChars, maxLines: 3 });
      const texts = readable(labels);
      expect(new Set(texts).size).toBe(demo.length);
      for (const lines of labels.values()) {
        expect(lines.length).toBeLessThanOrEqual(3);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(lineChars);
      }
      expect(labels.get('association')!.join(' ')).toContain('Ассоциация');
      expect(labels.get('education')!.join(' ')).toMatch(/образованию/);
      expect(labels.get('agriculture')!.join(' ')).toMatch(/сельскому/);
      expect(labels.get('economy')!.join(' ')).toMatch(/экономическому/);
    });
  }

  it('keeps the words where names differ when the lines would read the same', () => {
    const labels = organisationChartLabels(
      [
        { id: 'a', name: 'Департамент инвестиционного развития и внешнеэкономической деятельности Смоленской области' },
        { id: 'b', name: 'Департамент инвестиционного развития и внешнеэкономической деятельности Тверской области' },
      ],
      { lineChars: 18, maxLines: 3 },
    );
    const [a, b] = [labels.get('a')!.join(' '), labels.get('b')!.join(' ')];
    expect(a).not.toBe(b);
    expect(a).toContain('Смоленской');
    expect(b).toContain('Тверской');
  });

  it('numbers two organisations with the same name', () => {
    const labels = organisationChartLabels(
      [
        { id: 'a', name: 'ООО «Композит»' },
        { id: 'b', name: 'ООО «Композит»' },
      ],
      { lineChars: 18, maxLines: 3 },
    );
    expect(readable(labels)).toEqual(['ООО «Композит» (1)', 'ООО «Композит» (2)']);
  });
});
