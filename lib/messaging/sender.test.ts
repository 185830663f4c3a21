import { describe, expect, it } from 'vitest';
import { classifySender, isAllowed } from './sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it('recognises our own pages by id and origin', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBe('extension-page');
  });

  it('treats our id on a web URL as a content script', () => {
    const sender = { id: ID, url: 'https://www.linkedin.com/jobs/view/1', tab: { id: 4 } };
    expect(classifySender(sender, ID, ORIGIN)).toBe('content-script');
  });

  it('does not let a page that merely names our origin in its path pass as an extension page', () => {
    const sender = { id: ID, url: `https://evil.example/${ORIGIN}`, tab: { id: 4 } };
    expect(classifySender(sender, ID, ORIGIN)).toBe('content-script');
  });

  it('refuses other extensions', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}x.html` }, ID, ORIGIN)).toBe('foreign');
  });
});

describe('isAllowed', () => {
  it('lets content scripts send only low-risk messages', () => {
    expect(isAllowed('content-script', 'content-script')).toBe(true);
    expect(isAllowed('content-script', 'extension-page')).toBe(false);
    expect(isAllowed('extension-page', 'extension-page')).toBe(true);
  });

  it('fails closed for unknown messages and foreign senders', () => {
    expect(isAllowed('extension-page', undefined)).toBe(false);
    expect(isAllowed('foreign', 'content-script')).toBe(false);
  });
});
