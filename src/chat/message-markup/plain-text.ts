import { parseMarkup, type MarkupNode } from './message-markup.ts';

// Apart from the parser: only lists of chats show previews, and they load on demand, so the CRM
// tab's first view, which renders messages with the parser, carries none of this.

/** One line of text for a preview: the markup's text, blocks and lines joined by spaces. */
export function toPlainText(text: string): string {
  const flat = (nodes: MarkupNode[]): string =>
    nodes
      .map((node) =>
        typeof node === 'string'
          ? node
          : node.tag === 'blockquote' || node.tag === 'code'
            ? ` ${flat(node.children)} `
            : flat(node.children),
      )
      .join('');
  return flat(parseMarkup(text)).replace(/\s+/g, ' ').trim();
}
