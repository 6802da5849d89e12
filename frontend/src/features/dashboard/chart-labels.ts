/**
 * Labels of a chart's organisation axis: short, wrapped to a few lines of the axis' width, and distinct from each
 * other. The summary gives each organisation's display name (its short name when it has one); a long full name is
 * shortened with the usual abbreviations ("Департамент … области" → "Деп. … обл."). Names that still read the same
 * within the lines keep their distinguishing words ("Деп. Смоленской обл. … по образованию и науке").
 */

/** Longest first, so that "Федеральное государственное бюджетное…" wins over "государственн…". */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/Федеральное государственное бюджетное образовательное учреждение высшего образования/gi, 'ФГБОУ ВО'],
  [/Автономная некоммерческая организация/gi, 'АНО'],
  [/Общество с ограниченной ответственностью/gi, 'ООО'],
  [/Публичное акционерное общество/gi, 'ПАО'],
  [/Акционерное общество/gi, 'АО'],
  [/Российской Федерации/g, 'РФ'],
  [/Министерство/g, 'Мин-во'],
  [/Департамент/g, 'Деп.'],
  [/Управление/g, 'Упр.'],
  [/Администрация/g, 'Адм.'],
  [/(?<!\p{L})области(?!\p{L})/gu, 'обл.'],
  [/государственн\p{L}*/gu, 'гос.'],
  [/муниципальн\p{L}*/gu, 'мун.'],
];

/** The name with the usual abbreviations, when it is longer than `maxChars`; a short name as it is. */
export function abbreviateOrganisationName(name: string, maxChars: number): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= maxChars) return trimmed;
  return ABBREVIATIONS.reduce((text, [pattern, short]) => text.replace(pattern, short), trimmed);
}

/** Words into lines of at most `lineChars` characters (a longer word is cut); past `maxLines`, the last line ends in "…". */
export function wrapLabel(text: string, lineChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= lineChars) {
      line = candidate;
    } else {
      if (line) lines.push(line);
      line = word.length > lineChars ? `${word.slice(0, lineChars - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = last.length < lineChars ? `${last}…` : `${last.slice(0, lineChars - 1)}…`;
  return kept;
}

/** Whether the text wraps into the lines without being cut. */
function fits(text: string, lineChars: number, maxLines: number): boolean {
  return wrapLabel(text, lineChars, maxLines).join(' ') === text;
}

/** "A B C D" and "A B E F" share the words "A B". */
function commonPrefixWords(texts: readonly string[]): number {
  const words = texts.map((text) => text.split(' '));
  let n = 0;
  while (words.every((w) => w[n] !== undefined && w[n] === words[0]![n])) n += 1;
  return n;
}

export interface LabelledOrganisation {
  id: string;
  name: string;
}

/** The lines of each organisation's axis label, by id; no two organisations' labels read the same. */
export function organisationChartLabels(
  organisations: readonly LabelledOrganisation[],
  { lineChars, maxLines }: { lineChars: number; maxLines: number },
): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  // The name as it is when it fits the lines, else abbreviated.
  const shortNames = new Map(
    organisations.map((o) => {
      const whole = o.name.replace(/\s+/g, ' ').trim();
      return [o.id, fits(whole, lineChars, maxLines) ? whole : abbreviateOrganisationName(whole, 0)];
    }),
  );
  for (const o of organisations) labels.set(o.id, wrapLabel(shortNames.get(o.id)!, lineChars, maxLines));

  const groups = (): string[][] => {
    const byText = new Map<string, string[]>();
    for (const [id, lines] of labels) byText.set(lines.join(' '), [...(byText.get(lines.join(' ')) ?? []), id]);
    return [...byText.values()].filter((ids) => ids.length > 1);
  };

  // Labels that read the same: keep the first word and the words from where the names differ.
  for (const ids of groups()) {
    const names = ids.map((id) => shortNames.get(id)!);
    const shared = commonPrefixWords(names);
    if (shared === 0) continue;
    ids.forEach((id, index) => {
      const words = names[index]!.split(' ');
      const rest = words.slice(shared);
      const text = rest.length === 0 ? names[index]! : `${words[0]} … ${rest.join(' ')}`;
      labels.set(id, wrapLabel(text, lineChars, maxLines));
    });
  }
  // Still the same (the same name twice): number them.
  for (const ids of groups()) {
    ids.forEach((id, index) => {
      const lines = [...labels.get(id)!];
      const suffix = ` (${index + 1})`;
      const last = lines[lines.length - 1]!;
      lines[lines.length - 1] =
        last.length + suffix.length <= lineChars ? `${last}${suffix}` : `${last.slice(0, lineChars - suffix.length - 1)}…${suffix}`;
      labels.set(id, lines);
    });
  }
  return labels;
}
