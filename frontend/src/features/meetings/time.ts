/** Local dates and times of meetings: a day as "YYYY-MM-DD" and a time as "HH:mm", in the browser's time zone. */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local day of a date as "YYYY-MM-DD". */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "14:05": the local time of an instant. */
export function timeOf(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The local day of an instant, "YYYY-MM-DD". */
export function dayOf(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : dayKey(date);
}

/** A local day and time ("2027-03-25", "11:00") as an ISO instant; null when either is missing or malformed. */
export function instantOf(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const date = new Date(`${day}T${time}:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "2027-03" → its first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(year, m, 0).getDate();
  return { from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m)}-${pad(last)}` };
}

/** "2027-03" moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(year, m - 1 + delta, 1);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

export function currentMonth(today: Date = new Date()): string {
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}`;
}

/** The weeks of a month's grid, Monday first: each a row of seven days ("YYYY-MM-DD"), null outside the month. */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(year, m - 1, 1);
  const days = new Date(year, m, 0).getDate();
  const offset = (first.getDay() + 6) % 7;
  const cells: Array<string | null> = Array.from({ length: offset }, () => null);
  for (let d = 1; d <= days; d += 1) cells.push(`${year}-${pad(m)}-${pad(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
