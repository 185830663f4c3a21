import { browser } from 'wxt/browser';
import { hostPermissionFor } from './host-permission.ts';

/**
 * Browser-only (extension pages): asks for the optional host permission of a custom base URL.
 * Must run in a click handler — browsers only show permission prompts after a user gesture.
 */
export async function requestHostPermission(baseUrl: string): Promise<boolean> {
  const pattern = hostPermissionFor(baseUrl);
  if (!pattern) return true;
  if (await browser.permissions.contains({ origins: [pattern] })) return true;
  return browser.permissions.request({ origins: [pattern] });
}
