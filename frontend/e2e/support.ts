import { expect, type Page } from '@playwright/test';

export const PASSWORD = process.env.E2E_PASSWORD ?? 'karta';
export const ROADMAP_2017 = /на 2017 год/;

/** Opens the app and logs in on the real Keycloak login page. */
export async function login(page: Page, username: string, path = '/') {
  await page.goto(path);
  await page.waitForSelector('#username', { timeout: 60_000 });
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
  // Back in the app: the shell's header shows the product name.
  await expect(page.getByRole('banner')).toContainText(/Карта|Karta/, { timeout: 60_000 });
}

/** From anywhere in the app: the roadmaps list, then the 2017 roadmap's items. */
export async function open2017Roadmap(page: Page) {
  await page.goto('/roadmaps');
  await page.getByRole('link', { name: ROADMAP_2017 }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: ROADMAP_2017 })).toBeVisible();
  await expect(page.getByText(/^\d+ пункт/)).toBeVisible();
}
