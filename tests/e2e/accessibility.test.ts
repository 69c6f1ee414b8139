/**
 * axe-core over every built page, in the light and the dark colour scheme:
 * zero violations of WCAG 2.0–2.2 A and AA rules.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages } from '../helpers/site.ts';
import { launchBrowser, urlOf } from '../helpers/browser.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe.each(['light', 'dark'] as const)('%s scheme', (colorScheme) => {
  it.each(builtPages())('%s has no WCAG A/AA violations', async (path) => {
    // A browser language the site lacks keeps the root page on the chooser rather than redirecting.
    const locale = path === '/' ? 'fr-FR' : 'ko-KR';
    const context = await browser.newContext({ colorScheme, locale });
    const page = await context.newPage();
    await page.goto(urlOf(path), { waitUntil: 'load' });
    const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    await context.close();
    const report = violations.map(
      (violation) =>
        `${violation.id}: ${violation.help}\n${violation.nodes
          .slice(0, 5)
          .map((node) => `  ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
          .join('\n')}`,
    );
    expect(report).toEqual([]);
  });
});
