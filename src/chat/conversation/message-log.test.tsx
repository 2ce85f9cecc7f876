import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../i18n/i18n-context.ts';
import { catalog as ru } from '../../i18n/catalogs/ru.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { restError } from '../../test/fake-door.ts';
import type { ChatMessage, Conversation } from './conversation.ts';
import { MessageLog } from './message-log.tsx';

const ANNA = { id: 1, name: 'Anna Admin', avatarUrl: null, color: '#1eb4aa' };
const MARK = { id: 2, name: 'Mark Member', avatarUrl: null, color: null };
const SENT = Date.UTC(2026, 2, 2, 9, 30);

function message(id: number, fields: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id,
    author: ANNA,
    sentAt: SENT + id * 60_000,
    text: `Message ${id}`,
    files: [],
    deleted: false,
    edited: false,
    ...fields,
  };
}

function conversation(fields: Partial<Conversation> = {}): Conversation {
  return {
    messages: [message(10), message(11, { author: MARK })],
    unread: 0,
    earlier: { available: false, loading: false, error: null, load: vi.fn() },
    stale: false,
    markSeen: vi.fn(),
    noteActivity: vi.fn(),
    viewer: 2,
    lose: vi.fn(),
    reply: null,
    ...fields,
  };
}

const renderLog = (value: Conversation) =>
  render(<MessageLog conversation={value} portalOrigin="https://acme.bitrix24.com" />);

const items = () =>
  Array.from(screen.getByRole('log').querySelectorAll<HTMLElement>('[data-message-id]'));

describe('MessageLog', () => {
  it('is the Messages log, announced politely and focusable for the arrow keys', () => {
    renderLog(conversation());
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(log).toHaveAttribute('aria-live', 'polite');
    expect(log).toHaveAttribute('tabindex', '0');
  });

  it('shows each message, oldest first, with its author, its time and its text', () => {
    renderLog(conversation());
    expect(items().map((item) => item.dataset['messageId'])).toEqual(['10', '11']);
    const [first, second] = items();
    expect(first).toHaveTextContent('Anna Admin');
    expect(first).toHaveTextContent('Message 10');
    expect(second).toHaveTextContent('Mark Member');
    const time = first?.querySelector('time');
    expect(time).toHaveAttribute('datetime', new Date(SENT + 600_000).toISOString());
    expect(time?.textContent).not.toBe('');
  });

  it('shows a system message without an author, marked as one', () => {
    renderLog(conversation({ messages: [message(5, { author: null, text: 'Anna joined' })] }));
    const [system] = items();
    expect(system).toHaveAttribute('data-message-system');
    expect(system).toHaveTextContent('Anna joined');
    expect(system).not.toHaveTextContent('Anna Admin');
    expect(system?.querySelector('.avatar')).toBeNull();
  });

  it('names attached files, says a deleted message is deleted and marks an edited one', () => {
    renderLog(
      conversation({
        messages: [
          message(1, { files: [{ id: 7, name: 'contract.pdf' }], text: '' }),
          message(2, { deleted: true, text: 'was here' }),
          message(3, { edited: true, text: 'Fixed typo' }),
        ],
      }),
    );
    const [withFile, deleted, edited] = items();
    const files = within(withFile as HTMLElement).getByRole('list', { name: 'Attached files' });
    expect(files).toHaveTextContent('contract.pdf');
    expect(deleted).toHaveTextContent('Message deleted');
    expect(deleted).not.toHaveTextContent('was here');
    expect(edited).toHaveTextContent('Fixed typo (edited)');
    expect(withFile).not.toHaveTextContent('edited');
  });

  it('renders remote text as text', () => {
    renderLog(conversation({ messages: [message(1, { text: '<img src=x onerror=alert(1)>' })] }));
    expect(items()[0]).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('log').querySelector('img')).toBeNull();
  });

  it('offers earlier messages only while there may be some, and asks for them once per press', async () => {
    const load = vi.fn();
    const { rerender } = renderLog(
      conversation({ earlier: { available: true, loading: false, error: null, load } }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show earlier messages' }));
    expect(load).toHaveBeenCalledTimes(1);

    const loading = conversation({
      earlier: { available: true, loading: true, error: null, load },
    });
    rerender(<MessageLog conversation={loading} portalOrigin="https://acme.bitrix24.com" />);
    await userEvent.click(screen.getByRole('button', { name: 'Show earlier messages' }));
    expect(load).toHaveBeenCalledTimes(1);

    const none = conversation({ earlier: { available: false, loading: false, error: null, load } });
    rerender(<MessageLog conversation={none} portalOrigin="https://acme.bitrix24.com" />);
    expect(screen.queryByRole('button', { name: 'Show earlier messages' })).toBeNull();
  });

  it('says when earlier messages failed to load, and keeps the shown ones', () => {
    renderLog(
      conversation({
        earlier: {
          available: true,
          loading: false,
          error: restError('NETWORK_ERROR', 0),
          load: vi.fn(),
        },
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Couldn’t load earlier messages.');
    expect(items()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Show earlier messages' })).toBeVisible();
  });

  it('says so when the chat has no messages', () => {
    renderLog(conversation({ messages: [] }));
    expect(screen.getByRole('log')).toHaveTextContent('No messages yet.');
  });

  it('speaks the person’s language', () => {
    render(
      <I18nContext.Provider value={createTranslator(ru, 'ru')}>
        <MessageLog
          conversation={conversation({
            earlier: { available: true, loading: false, error: null, load: vi.fn() },
          })}
          portalOrigin="https://acme.bitrix24.com"
        />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('log', { name: 'Сообщения' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Показать ранние сообщения' })).toBeInTheDocument();
  });
});

/** An IntersectionObserver the test drives: jsdom lays nothing out. */
class FakeObserver {
  static current: FakeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.current.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
    FakeObserver.current = FakeObserver.current.filter((observer) => observer !== this);
  }
  show(element: Element, ratio: number) {
    const entry = {
      target: element,
      isIntersecting: ratio > 0,
      intersectionRatio: ratio,
      intersectionRect: { height: ratio * 20 },
    } as unknown as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

describe('MessageLog marking what is on screen', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeObserver.current = [];
  });

  it('reports the newest message at least half on screen, and nothing for a glimpse', () => {
    const markSeen = vi.fn();
    renderLog(conversation({ markSeen, messages: [message(10), message(11), message(12)] }));
    const [observer] = FakeObserver.current;
    const [first, second, third] = items();
    expect(observer?.observed.size).toBe(3);

    act(() => observer?.show(third as HTMLElement, 0.2));
    expect(markSeen).not.toHaveBeenCalled();
    act(() => observer?.show(first as HTMLElement, 1));
    expect(markSeen).toHaveBeenLastCalledWith(10);
    act(() => observer?.show(second as HTMLElement, 0.6));
    expect(markSeen).toHaveBeenLastCalledWith(11);
  });

  it('watches messages that arrive later', () => {
    const markSeen = vi.fn();
    const { rerender } = renderLog(conversation({ markSeen }));
    const next = conversation({ markSeen, messages: [message(10), message(11), message(12)] });
    rerender(<MessageLog conversation={next} portalOrigin="https://acme.bitrix24.com" />);
    const observer = FakeObserver.current.at(-1);
    const newest = items().at(-1) as HTMLElement;
    expect(observer?.observed.has(newest)).toBe(true);
    act(() => observer?.show(newest, 1));
    expect(markSeen).toHaveBeenLastCalledWith(12);
  });
});
