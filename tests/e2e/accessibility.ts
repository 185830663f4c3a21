import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * axe-core on the page as it is now, in light and in dark: no serious or critical violation
 * of WCAG 2.1 A/AA or axe's best practices. `screen` names it in the failure.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Colours change with a transition when the scheme switches: axe must see the settled ones.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${screen} (${colorScheme}): ${v.id} — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(serious, serious.join('\n')).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
