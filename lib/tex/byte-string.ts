// Text with one character per byte (code points 0–255): regular expressions can edit the ASCII
// parts of a TeX file in any 8-bit encoding and every other byte comes back as it was.
// (TextDecoder's 'latin1' is windows-1252, which maps 0x80–0x9F elsewhere.)

/** The bytes as a string of one character per byte. */
export function byteString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** Whether two byte arrays hold the same bytes (a missing one never does). */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The bytes of a string made by byteString (every code point below 256). */
export function byteStringBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
