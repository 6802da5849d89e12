import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const PASSWORD = process.env.E2E_PASSWORD ?? 'karta';
export const ROADMAP_2017 = /на 2017 год/;
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** Every page a journey visits is checked by axe and for whole badges; on a phone, the touch targets too. */
export async function check(page: Page, where: string) {
  await expectNoSeriousAxeViolations(page, where);
  await expectBadgesWhole(page);
  if ((page.viewportSize()?.width ?? 0) < 500) await expectTouchTargets(page, where);
}

/** The access token the signed-in tab keeps (for the API calls a journey makes to set things up). */
export async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const stored = window.sessionStorage.getItem('karta.session');
    return stored ? (JSON.parse(stored) as { token?: string }).token : undefined;
  });
  expect(token, 'the tab keeps its access token').toBeTruthy();
  return token!;
}

/** Opens the app and logs in on the real Keycloak login page. */
export async function login(page: Page, username: string, path = '/') {
  await page.goto(path);
  await page.waitForSelector('#username', { timeout: 60_000 });
  await page.fill('#username', username);
  // With Keycloak Organizations on, the login page asks for the username first (a partner's address may be sent to
  // its own identity provider), then for the password.
  if (!(await page.locator('#password').isVisible())) {
    await page.click('#kc-login');
    await page.waitForSelector('#password', { timeout: 30_000 });
  }
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
  // Back in the app: the shell's header shows the product name.
  await expect(page.getByRole('banner')).toContainText(/Карта|Karta/, { timeout: 60_000 });
}

/** From anywhere in the app: the roadmaps list, then the 2017 roadmap's items; `check` runs on both pages. */
export async function open2017Roadmap(page: Page, check?: (page: Page, where: string) => Promise<void>) {
  await page.goto('/roadmaps');
  await expect(page.getByRole('link', { name: ROADMAP_2017 }).first()).toBeVisible();
  await check?.(page, 'the roadmaps');
  await page.getByRole('link', { name: ROADMAP_2017 }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: ROADMAP_2017 })).toBeVisible();
  await expect(page.getByText(/^\d+ пункт/)).toBeVisible();
  await check?.(page, 'the 2017 roadmap');
}

/** The WCAG 2.1 A/AA rules and axe's best practices; colour contrast is among them. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is now (after its loading placeholders are gone) and fails on any serious or critical
 * violation, colour contrast included, naming each rule, its help and the elements that break it.
 */
export async function expectNoSeriousAxeViolations(page: Page, where: string) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // A dialog fading in has half its colours: axe measures the page at rest.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`)
          .join('\n'),
    );
  expect(serious, `axe on ${where} (${page.url()}) at ${page.viewportSize()?.width ?? '?'} px`).toEqual([]);
}

/**
 * On a touch screen (pointer: coarse) every button, form control and tab is at least 44 × 44 px. Links inside
 * running text are exempt; a control that is visually hidden (a native checkbox under its styled box) is too.
 */
export async function expectTouchTargets(page: Page, where: string) {
  const small = await page.evaluate(() => {
    if (!window.matchMedia('(pointer: coarse)').matches) return ['not a touch screen: (pointer: coarse) does not match'];
    const selector = [
      'button',
      '[role="button"]',
      '[role="tab"]',
      '[role="menuitem"]',
      'a.mantine-Button-root',
      'a.mantine-NavLink-root',
      'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',
      'select',
      'textarea',
      '.mantine-SegmentedControl-label',
    ].join(',');
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((element) => {
        const style = window.getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const visible = style.visibility !== 'hidden' && style.display !== 'none' && box.width > 1 && box.height > 1;
        return visible && !element.closest('[aria-hidden="true"]') && (box.width < 43.5 || box.height < 43.5);
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
        return `${element.tagName.toLowerCase()}.${Array.from(element.classList).slice(0, 2).join('.')} «${name}» ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
  });
  expect(small, `touch targets under 44 px on ${where}`).toEqual([]);
}

/** Every badge shows its whole text: none is cut to "Утв…". */
export async function expectBadgesWhole(page: Page) {
  const cut = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.mantine-Badge-label'))
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent ?? ''),
  );
  expect(cut, 'badges cut short').toEqual([]);
}
