/**
 * Bitrix24's message markup (BBCode, contract §5) as a small tree that renders as React
 * elements, never as HTML. One pass, linear in the text: every search runs forward from where
 * the last one stopped, a tag is at most MAX_TAG characters long and nesting stops at
 * MAX_DEPTH (deeper openers stay text), so a hostile 100 kB message neither stalls nor
 * overflows the stack.
 *
 * The rules (the contract's, then our choices for what Bitrix24 also writes; its own parser
 * is `im/lib/text.php` with `CTextParser`, its tags are listed in the bot docs'
 * "message-formatting"):
 * - `[b] [i] [u] [s]`, `[quote]` (`[quote=…]` too, its value dropped), `[br]` and newlines.
 * - `[url]x[/url]`, `[url=x]label[/url]` (`[url = x]`, `[url="x"]` too; an empty label
 *   shows x): a link only where safeHref accepts x. Otherwise the tags go and the label stays
 *   as text: the tags were understood, the target was refused. A link never holds a link.
 * - `[user=N]Name[/user]`, `[USER=N REPLACE]`, `[user=all]`, `[chat=N]`: the name as a
 *   styled span, not a link (the app cannot open a profile in the frame).
 * - Bitrix24's own quotes: a block between two lines of 54 dashes (what the messenger writes
 *   when someone quotes a message) and lines starting with `>>`.
 * - `[code]…[/code]`: its text as written, tags inside included, as a preformatted block.
 * - `[img]x[/img]` (`[img size=…]`): never an image (no remote loads from a message); a link
 *   to x by the same rule as `[url]`, else x as text.
 * - `[color] [size] [font] [send] [put] [call] [context] [dialog]`: their text, without
 *   styling or action (`send`/`put` talk to bots of the messenger, not to this card).
 * - `[icon=… title=T]` shows T; `[disk=N]`, `[attach=N]` show nothing (the card lists files
 *   by name).
 * - Anything else, an unclosed opener and a closer without its opener stay as written, in
 *   any letter case. Smileys (`:)`) and entities (`&lt;`) are text, as typed.
 */

export type MarkupTag = 'b' | 'i' | 'u' | 's' | 'blockquote' | 'a' | 'span' | 'code';

export type MarkupNode = string | MarkupElement;

export interface MarkupElement {
  tag: MarkupTag;
  children: MarkupNode[];
  /** For `a`: the target as written, checked by safeHref when rendered. */
  href?: string;
}

const MAX_DEPTH = 16;
const MAX_TAG = 2048;

/** Tags with content: the element each becomes, or null to keep only its text. */
const CONTAINERS: Record<string, MarkupTag | null> = {
  b: 'b',
  i: 'i',
  u: 'u',
  s: 's',
  quote: 'blockquote',
  url: 'a',
  user: 'span',
  chat: 'span',
  color: null,
  size: null,
  font: null,
  send: null,
  put: null,
  call: null,
  context: null,
  dialog: null,
};
/** Tags that take no value: `[b=1]` is not `[b]`. */
const BARE = /^(b|i|u|s|br|code)$/;
/** Block elements: a newline right after their tags is theirs, not a blank line. */
const BLOCKS = /^(quote|code|--)$/;
const DASHES = '-'.repeat(54);

interface Frame {
  /** The closer it waits for: a tag name, `--` for the dash quote, `>>` for a line quote. */
  name: string;
  /** The opener as written, shown when it is never closed. */
  raw: string;
  tag: MarkupTag | null;
  href?: string;
  children: MarkupNode[];
}

export function parseMarkup(input: string): MarkupNode[] {
  const text = input.replace(/\r\n?/g, '\n');
  const stack: Frame[] = [{ name: '', raw: '', tag: null, children: [] }];
  const unclosed = new Set<string>();
  const special = /\[|\n|-{54}|^>>/gm;
  const bracket = /[[\]\n]/g;
  let pos = 0;

  const top = () => stack[stack.length - 1]!;
  const emit = (node: MarkupNode) => {
    const list = top().children;
    const last = list.length - 1;
    if (typeof node === 'string' && typeof list[last] === 'string') list[last] += node;
    else if (node !== '') list.push(node);
  };
  /** Ends the top frame: as its element when it closed, as the text it was written as if not. */
  const unwind = (closed: boolean) => {
    const frame = stack.pop()!;
    if (closed && frame.tag) {
      const children = frame.children.length || frame.tag !== 'a' ? frame.children : [frame.href!];
      emit({ tag: frame.tag, href: frame.href, children });
      return;
    }
    if (!closed) emit(frame.raw);
    for (const child of frame.children) emit(child);
  };
  const close = (name: string) => {
    const at = stack.findLastIndex((frame) => frame.name === name);
    if (at < 1) return false;
    while (stack.length - 1 > at) unwind(false);
    unwind(true);
    return true;
  };
  const open = (frame: Frame) => stack.length <= MAX_DEPTH && stack.push(frame) > 0;
  const inLink = () => stack.some((frame) => frame.name === 'url');
  const skipNewline = () => {
    if (text[pos] !== '\n') return '';
    pos += 1;
    return '\n';
  };

  /** The text after `[url]`, `[img]` or `[code]` up to its closer, or null when there is none. */
  const rawContent = (name: string) => {
    if (unclosed.has(name)) return null;
    const closer = new RegExp(`\\[/${name}]`, 'gi');
    closer.lastIndex = pos;
    const found = closer.exec(text);
    if (!found) {
      unclosed.add(name);
      return null;
    }
    const content = text.slice(pos, found.index);
    pos = found.index + found[0].length;
    return content;
  };

  /** A `[` at `at`: a tag when it is one we know, else the text as written. */
  const tag = (at: number) => {
    bracket.lastIndex = at + 1;
    const end = bracket.exec(text);
    const body =
      end?.[0] === ']' && end.index - at <= MAX_TAG ? text.slice(at + 1, end.index) : null;
    const parts = body === null ? null : /^(\/?)([a-z]+)(?:(\s*=\s*|\s+)(.*))?$/is.exec(body);
    if (!end || !parts) {
      emit('[');
      pos = at + 1;
      return;
    }
    const [, slash, written = '', separator, value = ''] = parts;
    const name = written.toLowerCase();
    const raw = text.slice(at, end.index + 1);
    pos = end.index + 1;
    if (separator && BARE.test(name)) return emit(raw);
    if (slash) {
      if (!separator && name in CONTAINERS && close(name)) {
        if (BLOCKS.test(name)) skipNewline();
        return;
      }
      return emit(raw);
    }
    if (name === 'br') return emit('\n');
    if (name === 'code' || (name === 'url' && !separator) || name === 'img') {
      const content = name !== 'code' && inLink() ? null : rawContent(name);
      if (content === null) return emit(raw);
      if (name === 'code') {
        skipNewline();
        return emit({ tag: 'code', children: [content] });
      }
      const target = content.trim();
      return emit({ tag: 'a', href: target, children: [target] });
    }
    if (name in CONTAINERS) {
      const frame: Frame = { name, raw, tag: CONTAINERS[name]!, children: [] };
      if (name === 'url') {
        if (inLink()) return emit(raw);
        frame.href = value.trim().replace(/^(["'])(.*)\1$/s, '$2');
      }
      if (!open(frame)) return emit(raw);
      if (BLOCKS.test(name)) frame.raw += skipNewline();
      return;
    }
    if (!separator) return emit(raw);
    if (name === 'icon') {
      const title = /\stitle=(.*)/is.exec(value)?.[1] ?? '';
      return emit(title.split(/\s(?:width|height|size)=/i)[0]!.trim());
    }
    if (name !== 'disk' && name !== 'attach') emit(raw);
  };

  for (;;) {
    special.lastIndex = pos;
    const found = special.exec(text);
    emit(text.slice(pos, found ? found.index : text.length));
    if (!found) break;
    const token = found[0];
    pos = found.index + token.length;
    if (token === '[') tag(found.index);
    else if (token === '>>') {
      if (!open({ name: '>>', raw: token, tag: 'blockquote', children: [] })) emit(token);
    } else if (token === '\n') {
      const quoted = stack.some((frame) => frame.name === '>>');
      // A line quote runs on while the next line starts with `>>`; its last newline is its end.
      if (quoted && text.startsWith('>>', pos)) pos += 2;
      if (!quoted || pos > found.index + 1) emit(token);
      else close('>>');
    } else if (!close('--')) {
      const frame: Frame = { name: '--', raw: DASHES, tag: 'blockquote', children: [] };
      if (open(frame)) frame.raw += skipNewline();
      else emit(token);
    } else skipNewline();
  }
  while (stack.length > 1) unwind(top().name === '>>');
  return stack[0]!.children;
}

/**
 * A link's href, or null when it may not be one: `http:` and `https:` URLs, and paths
 * starting with exactly one `/` (not `//host`, not `/\host`), resolved on the portal and
 * kept only when they stay there (the URL parser drops tabs and newlines, so `/\t/host`
 * would otherwise leave).
 */
export function safeHref(target: string, portalOrigin: string): string | null {
  try {
    if (/^https?:/i.test(target)) return new URL(target).href;
    if (/^\/(?![/\\])/.test(target)) {
      const portal = new URL(portalOrigin);
      const url = new URL(target, portal);
      return url.origin === portal.origin ? url.href : null;
    }
  } catch {
    // Not a URL at all: the label stays text.
  }
  return null;
}
