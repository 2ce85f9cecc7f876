import { createElement, Fragment, useMemo, type ElementType, type ReactNode } from 'react';
import { parseMarkup, safeHref, type MarkupNode } from './message-markup.ts';
import './message-markup.css';

interface MessageTextProps {
  /** Bitrix24 BBCode as the portal sent it. */
  text: string;
  /** `<protocol>://<domain>` of the portal: portal paths in links resolve on it. */
  portalOrigin: string;
}

const CLASSES: Partial<Record<string, string>> = {
  span: 'markup__mention',
  code: 'markup__code',
  blockquote: 'markup__quote',
};

/** Elements only: every string becomes a text node, so no text is ever read as HTML. */
function render(nodes: MarkupNode[], portalOrigin: string): ReactNode[] {
  const out: ReactNode[] = [];
  const add = (type: ElementType, props: object, children?: ReactNode[]) =>
    out.push(createElement(type, { ...props, key: out.length }, children));
  for (const node of nodes) {
    if (typeof node === 'string') {
      node.split('\n').forEach((line, index) => {
        if (index > 0) add('br', {});
        if (line) out.push(line);
      });
      continue;
    }
    const children = render(node.children, portalOrigin);
    if (node.tag !== 'a') add(node.tag, { className: CLASSES[node.tag] }, children);
    else {
      const href = safeHref(node.href ?? '', portalOrigin);
      if (href) add('a', { href, target: '_blank', rel: 'noopener noreferrer' }, children);
      else add(Fragment, {}, children);
    }
  }
  return out;
}

/**
 * A message's text with its markup (message-markup.ts). Its blocks (quotes, code) need a
 * parent that may hold them: a `div`, not a `p`.
 */
export function MessageText({ text, portalOrigin }: MessageTextProps) {
  const nodes = useMemo(() => parseMarkup(text), [text]);
  return <>{render(nodes, portalOrigin)}</>;
}
