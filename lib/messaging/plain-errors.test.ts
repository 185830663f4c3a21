import { describe, expect, it } from 'vitest';
import { toWireError } from './handle';
import { BackgroundStoppedError, inPlainWords } from './plain-errors';

describe('R2: messaging errors in plain words', () => {
  it('a service worker stopped mid-call is said plainly, not in Chrome\'s words', () => {
    const raw = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    const plain = inPlainWords(raw) as Error;
    expect(plain).toBeInstanceOf(BackgroundStoppedError);
    expect(plain.message).toMatch(/background stopped before it answered/);
    expect(plain.message).not.toMatch(/listener|channel/);
    expect((inPlainWords(new Error('Could not establish connection. Receiving end does not exist.')) as Error).name).toBe('BackgroundStoppedError');
    const other = new Error('The API keys are locked.');
    expect(inPlainWords(other)).toBe(other);
  });

  it('a wire error keeps name, message and plain fields, never the cause chain or objects', () => {
    const err = Object.assign(new Error('Rejected the API key.'), { kind: 'bad-key', status: 401, retryable: false, headers: { 'x-key': 'sk-secret' } });
    err.cause = new Error('400 {"error":"sk-secret"}');
    const wire = toWireError(err) as Error & Record<string, unknown>;
    expect(wire).toMatchObject({ name: 'Error', message: 'Rejected the API key.', kind: 'bad-key', status: 401, retryable: false });
    expect(wire.cause).toBeUndefined();
    expect(wire.headers).toBeUndefined();
  });
});
