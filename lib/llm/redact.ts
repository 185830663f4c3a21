/**
 * Providers sometimes echo (part of) the key in error messages ("Incorrect API key provided:
 * sk-abc…xyz"). Everything that leaves this layer as text goes through here first.
 */
const TOKEN_LIKE = /\b(?:sk|pk|rk|key|AIza)[-_A-Za-z0-9*.]{8,}/g;

/** Removes the key and anything that looks like a key from `text`, and bounds its length. */
export function redactSecrets(text: string, apiKey?: string, maxLength = 400): string {
  let out = text;
  if (apiKey && apiKey.length >= 4) out = out.split(apiKey).join('[redacted]');
  out = out.replace(TOKEN_LIKE, '[redacted]');
  return out.length > maxLength ? `${out.slice(0, maxLength)}…` : out;
}
