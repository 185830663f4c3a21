/** The four providers' API hosts, granted at install (see wxt.config.ts host_permissions). */
export const BUILT_IN_API_ORIGINS = [
  'https://api.openai.com',
  'https://api.anthropic.com',
  'https://generativelanguage.googleapis.com',
  'https://api.mistral.ai',
];

/**
 * The optional host permission pattern a base URL needs (`https://host:port/*`), or undefined
 * when it points at a host the extension may already reach.
 */
export function hostPermissionFor(baseUrl: string | undefined): string | undefined {
  if (!baseUrl) return undefined;
  const url = new URL(baseUrl);
  if (BUILT_IN_API_ORIGINS.includes(url.origin)) return undefined;
  // Match patterns take no port: the pattern covers every port on that host.
  return `${url.protocol}//${url.hostname}/*`;
}
