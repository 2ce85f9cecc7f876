import { describe, expect, it } from 'vitest';
import { parseMarkup, safeHref } from './message-markup.ts';
import { toPlainText } from './plain-text.ts';

const PORTAL = 'https://portal.example';

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['HTTP://Example.com', 'http://example.com/'],
    ['https:\\\\example.com\\x', 'https://example.com/x'],
    ['/crm/deal/details/42/', 'https://portal.example/crm/deal/details/42/'],
    ['/online/?IM_DIALOG=chat7', 'https://portal.example/online/?IM_DIALOG=chat7'],
  ])('%s → %s', (target, href) => {
    expect(safeHref(target, PORTAL)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.com/file',
    'mailto:someone@example.com',
    'tel:+100',
    'example.com',
    'www.example.com',
    '//evil.example/path',
    '/\\evil.example/path',
    '/\t/evil.example/path',
    '/\n/evil.example/path',
    'https:',
    'http://exa mple.com',
    '',
  ])('refuses %j', (target) => {
    expect(safeHref(target, PORTAL)).toBeNull();
  });

  it('refuses portal paths when the portal origin is not a URL', () => {
    expect(safeHref('/crm/', 'not a url')).toBeNull();
  });
});

describe('toPlainText', () => {
  it.each([
    [
      '[b]Hi[/b] [USER=1 REPLACE]Ivan[/USER],[br]see [url=https://x.example]this[/url]',
      'Hi Ivan, see this',
    ],
    ['[quote]asked[/quote]answered', 'asked answered'],
    ['>>asked\nanswered', 'asked answered'],
    ['[code]a  =  1[/code]next', 'a = 1 next'],
    ['[url=javascript:alert(1)]label[/url]', 'label'],
    ['[color=#ff0000]red[/color] [send=/help]Help[/send]', 'red Help'],
    ['  line one\n\n  line two  ', 'line one line two'],
    ['[b]unclosed and [foo]unknown[/foo]', '[b]unclosed and [foo]unknown[/foo]'],
    ['&lt;b&gt; <i>html</i>', '&lt;b&gt; <i>html</i>'],
    ['a[DISK=12]b', 'ab'],
  ])('%j → %j', (text, plain) => {
    expect(toPlainText(text)).toBe(plain);
  });
});

describe('parseMarkup on hostile input', () => {
  const big = 100_000;
  it.each([
    ['opening brackets', '['.repeat(big)],
    ['tags never closed', '[b]'.repeat(big / 3)],
    ['closers without openers', '[/quote]'.repeat(big / 8)],
    ['deep nesting', `${'[quote]'.repeat(big / 16)}x${'[/quote]'.repeat(big / 16)}`],
    ['crossed tags', '[b][i]x[/b][/i]'.repeat(big / 15)],
    ['code never closed', '[code]'.repeat(big / 6)],
    ['url values never closed', '[url=https://x'.repeat(big / 14)],
    ['one long tag', `[url=${'a'.repeat(big)}]`],
    ['dashes', '-'.repeat(big)],
    ['line quotes', '>>q\n'.repeat(big / 4)],
    ['brackets inside a tag', `[${'[a'.repeat(big / 2)}`],
  ])('%s (100 kB) parse in well under a second', (_, text) => {
    const started = performance.now();
    parseMarkup(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
