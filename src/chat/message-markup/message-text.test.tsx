import { render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageText } from './message-text.tsx';

const PORTAL = 'https://portal.example';
const DASHES = '-'.repeat(54);

function mount(text: string) {
  const { container, unmount } = render(
    <div>
      <MessageText text={text} portalOrigin={PORTAL} />
    </div>,
  );
  return { message: container.firstElementChild as HTMLElement, unmount };
}

const show = (text: string) => mount(text).message;

const tagsOf = (root: Element) => [...root.querySelectorAll('*')].map((el) => el.localName);

describe('MessageText: formatting', () => {
  it.each([
    ['[b]bold[/b]', 'b'],
    ['[i]italic[/i]', 'i'],
    ['[u]underlined[/u]', 'u'],
    ['[s]struck[/s]', 's'],
    ['[B]bold[/B]', 'b'],
    ['[I]italic[/i]', 'i'],
  ])('%s shows its text inside <%s>', (text, tag) => {
    const message = show(text);
    expect(tagsOf(message)).toEqual([tag]);
    expect(message.querySelector(tag)).toHaveTextContent(/^[a-z]+$/);
    expect(message).not.toHaveTextContent('[');
  });

  it('nests formatting', () => {
    const message = show('[b]bold [i]both[/i][/b] plain');
    expect(message).toHaveTextContent('bold both plain');
    expect(message.querySelector('b > i')).toHaveTextContent('both');
  });

  it.each([
    ['first[br]second', 1],
    ['first[BR]second[br]third', 2],
    ['first\nsecond\r\nthird\rfourth', 3],
  ])('%j breaks the line %i times', (text, breaks) => {
    const message = show(text);
    expect(message.querySelectorAll('br')).toHaveLength(breaks);
    expect(message).not.toHaveTextContent('[');
  });

  it('quotes with [quote], without a blank line around it', () => {
    const message = show('before\n[QUOTE]\nasked\n[/quote]\nafter');
    expect(message.querySelector('blockquote')).toHaveTextContent('asked');
    expect(message).toHaveTextContent(/^beforeaskedafter$/);
    expect(message.querySelectorAll('blockquote br')).toHaveLength(1);
  });

  it('quotes the block the messenger writes between lines of 54 dashes', () => {
    const message = show(`${DASHES}\nIvan Petrov [12.03.2024 10:00]\nthe price?\n${DASHES}\n42`);
    expect(message.querySelector('blockquote')).toHaveTextContent(
      'Ivan Petrov [12.03.2024 10:00]the price?',
    );
    expect(message).not.toHaveTextContent('---');
    expect(message).toHaveTextContent(/42$/);
  });

  it('quotes consecutive lines that start with >>', () => {
    const message = show('>>one\n>>two\nreply');
    expect(message.querySelectorAll('blockquote')).toHaveLength(1);
    expect(message.querySelector('blockquote')).toHaveTextContent(/^onetwo$/);
    expect(message).toHaveTextContent(/reply$/);
  });

  it('keeps [code] as written, tags inside included', () => {
    const message = show('see [code]if (a[i] > 0) [b]x[/b][/code]');
    expect(message.querySelector('code')).toHaveTextContent('if (a[i] > 0) [b]x[/b]');
    expect(message.querySelector('b')).toBeNull();
  });

  it.each([
    ['[color=#ff0000]red[/color]', 'red'],
    ['[size=20]large[/size]', 'large'],
    ['[font=Arial]font[/font]', 'font'],
    ['[send=/help]Help[/send]', 'Help'],
    ['[PUT=/search]Search[/PUT]', 'Search'],
    ['[call=+100]Call me[/call]', 'Call me'],
    ['[context=chat12/34]that message[/context]', 'that message'],
    ['[icon=https://example.com/i.png size=20 title=Unicorn]', 'Unicorn'],
    ['a[DISK=12]b', 'ab'],
    ['a[attach=3]b', 'ab'],
  ])('%s shows %j only: no styling, no action, no image', (text, visible) => {
    const message = show(text);
    expect(message).toHaveTextContent(new RegExp(`^${visible.replace('+', '\\+')}$`));
    expect(tagsOf(message)).toEqual([]);
  });
});

describe('MessageText: links', () => {
  it.each([
    ['[url]https://example.com/a[/url]', 'https://example.com/a', 'https://example.com/a'],
    ['[url=http://example.com]the site[/url]', 'the site', 'http://example.com/'],
    ['[URL=https://example.com/?a=1&b=2]query[/URL]', 'query', 'https://example.com/?a=1&b=2'],
    ['[url = https://example.com ]spaced[/url]', 'spaced', 'https://example.com/'],
    ['[url="https://example.com/q"]quoted[/url]', 'quoted', 'https://example.com/q'],
    ['[url=https://example.com/e][/url]', 'https://example.com/e', 'https://example.com/e'],
    ['[url=/crm/deal/details/42/]the deal[/url]', 'the deal', `${PORTAL}/crm/deal/details/42/`],
    [
      '[url]/company/personal/user/1/[/url]',
      '/company/personal/user/1/',
      `${PORTAL}/company/personal/user/1/`,
    ],
    [
      '[img size=medium]https://example.com/a.png [/img]',
      'https://example.com/a.png',
      'https://example.com/a.png',
    ],
  ])('%s is a link %j to %s, opened apart', (text, name, href) => {
    show(text);
    const link = screen.getByRole('link', { name });
    expect(link).toHaveAttribute('href', href);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('formats inside a link label', () => {
    show('[url=https://example.com][b]bold[/b] label[/url]');
    expect(within(screen.getByRole('link')).getByText('bold').localName).toBe('b');
  });

  it.each([
    ['[url=javascript:alert(1)]label[/url]', 'label'],
    ['[URL=JavaScript:alert(1)]label[/URL]', 'label'],
    ['[url]javascript:alert(1)[/url]', 'javascript:alert(1)'],
    ['[url=data:text/html,<b>x</b>]label[/url]', 'label'],
    ['[url=ftp://example.com]label[/url]', 'label'],
    ['[url=mailto:a@example.com]label[/url]', 'label'],
    ['[url=example.com]label[/url]', 'label'],
    ['[url=//evil.example]label[/url]', 'label'],
    ['[url=/\\evil.example]label[/url]', 'label'],
    ['[url=/\t/evil.example]label[/url]', 'label'],
    ['[img]javascript:alert(1)[/img]', 'javascript:alert(1)'],
  ])('%j shows %j as text, not as a link', (text, label) => {
    const message = show(text);
    expect(screen.queryByRole('link')).toBeNull();
    expect(message).toHaveTextContent(new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`));
    expect(tagsOf(message)).toEqual([]);
  });

  it('never puts a link inside a link', () => {
    const message = show('[url=https://a.example][url=https://b.example]x[/url][/url]');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://a.example/');
    expect(message).toHaveTextContent('[url=https://b.example]x[/url]');
  });

  it('never loads an image from a message', () => {
    const message = show(
      '[img]https://example.com/a.png[/img] [IMG size=large]https://x.example/b.png [/IMG]',
    );
    expect(message.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });
});

describe('MessageText: mentions', () => {
  it.each([
    ['[user=1]Ivan Petrov[/user], hi', 'Ivan Petrov'],
    ['[USER=12 REPLACE]Anna[/USER], hi', 'Anna'],
    ['[user=all]Everyone[/user], hi', 'Everyone'],
    ['[chat=7]Sales[/chat], hi', 'Sales'],
  ])('%s shows the name %j as a mention, not as a link', (text, name) => {
    const message = show(text);
    expect(message).toHaveTextContent(`${name}, hi`);
    expect(screen.getByText(name)).toHaveClass('markup__mention');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('MessageText: what stays as written', () => {
  it.each([
    ['[b]never closed', '[b]never closed'],
    ['closed [/b] without opener', 'closed [/b] without opener'],
    ['[foo]unknown[/foo] [b=1]valued[/b]', '[foo]unknown[/foo] [b=1]valued[/b]'],
    ['[list][*]one[/list]', '[list][*]one[/list]'],
    [
      '[timestamp=1645844720 format=SHORT_TIME_FORMAT]',
      '[timestamp=1645844720 format=SHORT_TIME_FORMAT]',
    ],
    ['[url=https://example.com]no closer', '[url=https://example.com]no closer'],
    ['[code]no closer', '[code]no closer'],
    ['a [ b ] c [] [/] [[b]]', 'a [ b ] c [] [/] [[b]]'],
    [`${DASHES} one line of dashes`, `${DASHES} one line of dashes`],
    ['&lt;b&gt; &amp;amp; &#91;b&#93;', '&lt;b&gt; &amp;amp; &#91;b&#93;'],
    [
      '<b>html</b> <img src=x onerror="alert(1)"><script>alert(1)</script>',
      '<b>html</b> <img src=x onerror="alert(1)"><script>alert(1)</script>',
    ],
    [':) :D (y)', ':) :D (y)'],
  ])('%j', (text, visible) => {
    const message = show(text);
    expect(message.textContent).toBe(visible);
    expect(tagsOf(message)).toEqual([]);
  });

  it('closes what matches and leaves a crossed tag as written', () => {
    const message = show('[b][i]x[/b][/i]');
    expect(message.textContent).toBe('[i]x[/i]');
    expect(tagsOf(message)).toEqual(['b']);
    expect(message.querySelector('b')).toHaveTextContent('[i]x');
  });

  it('bounds nesting: deeper openers stay text', () => {
    const depth = 5000;
    const message = show(`${'[b]'.repeat(depth)}x${'[/b]'.repeat(depth)}`);
    let deepest = 0;
    for (const el of message.querySelectorAll('*')) {
      let levels = 0;
      for (let node = el.parentElement; node && node !== message; node = node.parentElement) {
        levels += 1;
      }
      deepest = Math.max(deepest, levels);
    }
    expect(deepest).toBeGreaterThan(0);
    expect(deepest).toBeLessThan(16);
    expect(message.textContent?.replace(/\[\/?b\]/g, '')).toBe('x');
  });

  it('renders a 100 kB message', () => {
    const line = '[b]Deal[/b] [url=https://example.com/x]link[/url] [user=1]Ivan[/user] & <b>\n';
    const text = line.repeat(Math.ceil(100_000 / line.length));
    const message = show(text);
    expect(screen.getAllByRole('link')).toHaveLength(Math.ceil(100_000 / line.length));
    expect(message.textContent).toContain('Deal link Ivan & <b>');
  });
});

describe('MessageText: properties', () => {
  const ALLOWED = new Set(['b', 'i', 'u', 's', 'br', 'blockquote', 'a', 'span', 'code']);
  const ATTRIBUTES = new Set(['href', 'target', 'rel', 'class']);
  const piece = fc.oneof(
    fc.constantFrom(
      '[b]',
      '[/b]',
      '[I]',
      '[/i]',
      '[u]',
      '[/U]',
      '[s]',
      '[/s]',
      '[br]',
      '[quote]',
      '[/QUOTE]',
      '[code]',
      '[/code]',
      '[url]',
      '[/url]',
      '[url=',
      '[URL=',
      ']',
      '[',
      '[/',
      '[img]',
      '[/img]',
      '[user=1]',
      '[USER=2 REPLACE]',
      '[/user]',
      '[chat=3]',
      '[/chat]',
      '[color=#f00]',
      '[/color]',
      '[icon=x title=T]',
      '[disk=1]',
      '\n',
      '\r\n',
      '>>',
      DASHES,
      '"',
      "'",
      ' ',
      '=',
      'javascript:',
      'JAVASCRIPT:alert(1)',
      'data:',
      'https://example.com',
      'http:',
      'HTTPS:',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/',
      '\\',
      '/path',
      '\u0001',
      '<script>',
      '<img src=x>',
      '&lt;',
      '&amp;',
    ),
    fc.string({ maxLength: 6 }),
  );
  // Link targets, most of them starting the way a portal path or an escape from it would.
  const target = fc
    .tuple(
      fc.constantFrom('', '/', '//', '/\\', '/\t/', '/\n/', '\u0001/', ' /'),
      fc.array(
        fc.constantFrom(
          'javascript:',
          'data:',
          'https://example.com',
          'http:',
          'ftp:',
          '//',
          '/',
          '\\',
          '\t',
          '\n',
          ' ',
          'evil.example',
          '%2F',
          '"',
          '@',
          ':',
          '..',
        ),
        { maxLength: 4 },
      ),
    )
    .map(([start, rest]) => start + rest.join(''));
  const link = fc.oneof(
    target.map((href) => `[url=${href}]label[/url]`),
    target.map((href) => `[URL]${href}[/URL]`),
    target.map((href) => `[img]${href}[/img]`),
  );
  const markup = fc
    .array(fc.oneof(piece, link), { maxLength: 40 })
    .map((pieces) => pieces.join(''));

  /** What a rendering shows, read before it is unmounted (a property renders hundreds). */
  function rendered(text: string) {
    const { message, unmount } = mount(text);
    const elements = [...message.querySelectorAll('*')];
    const result = {
      text: message.textContent ?? '',
      tags: elements.map((el) => el.localName),
      attributes: elements.flatMap((el) => el.getAttributeNames()),
      hrefs: [...message.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      breaks: message.querySelectorAll('br').length,
    };
    unmount();
    return result;
  }

  it('renders any text, only with the elements and attributes it knows', () => {
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ unit: 'binary' })), (text) => {
        const { tags, attributes } = rendered(text);
        expect(tags.filter((tag) => !ALLOWED.has(tag))).toEqual([]);
        expect(attributes.filter((name) => !ATTRIBUTES.has(name))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('links only to http(s), and only to the portal when the text names no http(s) URL', () => {
    fc.assert(
      fc.property(markup, (text) => {
        const { hrefs } = rendered(text);
        for (const href of hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
        if (!/https?:/i.test(text)) {
          for (const href of hrefs) expect(new URL(href).origin).toBe(PORTAL);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('invents no text: what shows is the input with some of it (the tags) left out', () => {
    fc.assert(
      fc.property(markup, (text) => {
        const shown = rendered(text).text;
        const source = text.replace(/[\r\n]/g, '');
        let at = 0;
        for (const char of shown) {
          at = source.indexOf(char, at) + 1;
          expect(at).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('loses no character of a text without markup, and breaks a line for each newline', () => {
    const plain = fc
      .string({ unit: 'binary', maxLength: 200 })
      .filter((text) => !text.includes('[') && !/^>>/m.test(text) && !text.includes(DASHES));
    fc.assert(
      fc.property(plain, (text) => {
        const { text: shown, breaks, tags } = rendered(text);
        expect(shown).toBe(text.replace(/\r\n?|\n/g, ''));
        expect(breaks).toBe(text.split(/\r\n?|\n/).length - 1);
        expect(tags.filter((tag) => tag !== 'br')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every character outside well-formed tags', () => {
    type Tree = string | { tag: string; value?: string; children: Tree[] };
    const text = fc.string({ maxLength: 8 }).map((s) => s.replace(/[[\]\n\r>-]/g, ''));
    const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, text, tie('node')),
      node: fc.record({
        tag: fc.constantFrom('b', 'I', 'u', 'S', 'quote', 'user', 'color', 'SEND'),
        value: fc.constantFrom('1', '#f00', '/help'),
        children: fc.array(tie('tree'), { maxLength: 4 }),
      }),
    }));
    const write = (node: Tree): string =>
      typeof node === 'string'
        ? node
        : `[${node.tag}${/^(b|i|u|s|quote)$/i.test(node.tag) ? '' : `=${node.value}`}]${node.children.map(write).join('')}[/${node.tag}]`;
    const leaves = (node: Tree): string =>
      typeof node === 'string' ? node : node.children.map(leaves).join('');
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (trees) => {
        const shown = rendered(trees.map(write).join('')).text;
        expect(shown).toBe(trees.map(leaves).join(''));
      }),
      { numRuns: 400 },
    );
  });
});
