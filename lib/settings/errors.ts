export type SettingsErrorKind = 'invalid' | 'not-found' | 'locked' | 'wrong-passphrase' | 'not-tested' | 'weak-passphrase' | 'key-required';

/** A settings operation that cannot be done; `message` is shown to the person as is. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  readonly kind: SettingsErrorKind;

  constructor(kind: SettingsErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}
