import { focusManager, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { DoorContext } from '../b24/door-context.ts';
import type { InitData } from '../b24/init-data.ts';
import { createQueryClient } from '../query/query-client.ts';
import { fakeDoor } from '../test/fake-door.ts';
import { NavigationContext, type Navigate } from '../ui/navigation.ts';
import { answerBatch, ITEMS, methodsAsked, recentItem, recentList } from '../test/fake-portal.ts';
import { LookupPage, SEARCH_DEBOUNCE_MS } from './lookup-page.tsx';
import { EnglishViewMessages } from '../test/english-view-messages.tsx';

type Door = ReturnType<typeof fakeDoor>;

function portalDoor(init: Partial<InitData> = {}): Door {
  const door = fakeDoor({ placement: 'LEFT_MENU', placementOptions: {}, ...init });
  door.callBatch.mockImplementation((commands) => Promise.resolve(answerBatch(commands)));
  return door;
}

function renderPage(door: Door, navigate: Navigate = vi.fn()) {
  render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={createQueryClient()}>
        <NavigationContext.Provider value={navigate}>
          <EnglishViewMessages>
            <LookupPage />
          </EnglishViewMessages>
        </NavigationContext.Provider>
      </QueryClientProvider>
    </DoorContext.Provider>,
  );
}

function chats(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-chats-state]');
  if (element === null) throw new Error('no chats');
  return element;
}

function results(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-list-state]');
  if (element === null) throw new Error('no results');
  return element;
}

async function resultsIn(state: string): Promise<HTMLElement> {
  await waitFor(() => expect(results()).toHaveAttribute('data-list-state', state));
  return results();
}

function row(title: string): HTMLElement {
  const item = screen.getByRole('button', { name: title }).closest('li');
  if (item === null) throw new Error(`no row for ${title}`);
  return item;
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Find a record' });
const server = new AppError({ kind: 'error', code: 'INTERNAL_SERVER_ERROR', status: 500 });

describe('LookupPage', () => {
  it('shows a busy skeleton while the records load', () => {
    const door = portalDoor();
    door.callBatch.mockReturnValue(new Promise(() => undefined));
    renderPage(door);

    expect(results()).toHaveAttribute('data-list-state', 'loading');
    expect(results()).toHaveAttribute('aria-busy', 'true');
    expect(within(results()).getByRole('status')).toHaveTextContent('Loading records…');
    expect(chats()).toHaveAttribute('data-chats-state', 'loading');
    expect(chats()).toHaveAttribute('aria-busy', 'true');
    expect(within(chats()).getByRole('status')).toHaveTextContent('Loading chats…');
  });

  it('lists the recent records with their chat status, and opens a readable chat', async () => {
    const door = portalDoor();
    renderPage(door);
    const list = await resultsIn('ready');

    expect(list).toHaveAttribute('aria-busy', 'false');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(row('Annual support renewal')).toHaveTextContent('Deal #43');
    expect(row('Annual support renewal')).toHaveTextContent('No chat yet');
    expect(row('Warehouse automation')).toHaveTextContent('Has a chat you’re not a member of');
    expect(within(row('Warehouse automation')).queryByRole('button', { name: 'Open chat' })).toBe(
      null,
    );
    const acme = row('Website redesign for Acme');
    expect(acme).toHaveTextContent('You’re a member of its chat');
    const open = within(acme).getByRole('button', { name: 'Open chat' });
    expect(open).toHaveAccessibleDescription('Website redesign for Acme');

    await userEvent.click(open);
    expect(door.openMessenger).toHaveBeenCalledWith('chat2725');
    expect(door.callBatch).toHaveBeenCalledTimes(2);
  });

  it('says when there is nothing recent', async () => {
    const door = fakeDoor({ placement: 'LEFT_MENU' });
    door.callBatch.mockImplementation((commands) =>
      Promise.resolve(answerBatch(commands, { items: [], recent: [] })),
    );
    renderPage(door);
    expect(await resultsIn('empty')).toHaveTextContent('No recent deals or leads');
    expect(chats()).toHaveAttribute('data-chats-state', 'empty');
    expect(chats()).toHaveTextContent('No chats of CRM records yet');
    expect(door.callBatch).toHaveBeenCalledTimes(1);
  });

  it('says why the list failed, and tries again', async () => {
    const door = portalDoor();
    door.callBatch.mockRejectedValueOnce(server);
    renderPage(door);
    const failed = await resultsIn('error');

    expect(within(failed).getByRole('alert')).toHaveTextContent(
      'Bitrix24 had an error while answering.',
    );
    expect(failed).toHaveTextContent('INTERNAL_SERVER_ERROR');
    let answer: () => void = () => undefined;
    door.callBatch.mockImplementationOnce(
      (commands) => new Promise((resolve) => (answer = () => resolve(answerBatch(commands)))),
    );
    await userEvent.click(within(failed).getByRole('button', { name: 'Try again' }));
    // Asked for, a retry shows that it is under way.
    expect(results()).toHaveAttribute('data-list-state', 'loading');
    act(() => answer());
    expect(await resultsIn('ready')).toHaveTextContent('Website redesign for Acme');
  });

  it('keeps a failed list and its Try again while the frame’s focus revalidates it', async () => {
    const door = portalDoor();
    door.callBatch.mockRejectedValueOnce(server);
    renderPage(door);
    await resultsIn('error');

    let answer: () => void = () => undefined;
    door.callBatch.mockImplementationOnce(
      (commands) => new Promise((resolve) => (answer = () => resolve(answerBatch(commands)))),
    );
    try {
      act(() => focusManager.setFocused(true));
      await waitFor(() => expect(door.callBatch).toHaveBeenCalledTimes(2));
      expect(results()).toHaveAttribute('data-list-state', 'error');
      expect(within(results()).getByRole('button', { name: 'Try again' })).toBeInTheDocument();

      act(() => answer());
      expect(await resultsIn('ready')).toHaveTextContent('Website redesign for Acme');
    } finally {
      focusManager.setFocused(undefined);
    }
  });

  it('explains a missing permission as the card does', async () => {
    const door = portalDoor();
    door.callBatch.mockRejectedValue(
      new AppError({ kind: 'restricted', code: 'insufficient_scope', reason: 'scope' }),
    );
    renderPage(door);
    expect(await resultsIn('error')).toHaveTextContent('The app lacks a permission');
  });

  it('searches by title once the typing pauses, then by ID', async () => {
    const door = portalDoor();
    renderPage(door);
    await resultsIn('ready');

    await userEvent.type(searchBox(), 'acme');
    await waitFor(() => expect(within(results()).getAllByRole('listitem')).toHaveLength(1));
    expect(results()).toHaveTextContent('Search results');
    expect(screen.getByRole('status')).toHaveTextContent('1 record found');
    const searches = door.callBatch.mock.calls.slice(2);
    expect(methodsAsked(searches)).toEqual([
      Array.from({ length: 5 }, () => 'crm.item.list'),
      ['imbot.chat.get', 'imbot.dialog.get'],
    ]);
    expect(searches[0]?.[0]['list_7']?.params).toMatchObject({ filter: { '%title': 'acme' } });
    expect(searches[0]?.[0]['list_31']?.params).toMatchObject({ filter: { '%title': 'acme' } });
    expect(searches[0]?.[0]['list_2']?.params).toMatchObject({ filter: { '%title': 'acme' } });

    await userEvent.clear(searchBox());
    await userEvent.type(searchBox(), '7');
    await waitFor(() => expect(row('Inbound: Initech')).toHaveTextContent('Lead #7'));
    expect(within(results()).getAllByRole('listitem')).toHaveLength(1);
    const filters = door.callBatch.mock.calls.map(([commands]) => commands['list_1']?.params);
    expect(filters).toContainEqual(expect.objectContaining({ filter: { id: 7 } }));
  });

  it('keeps what was typed through a failed search and its retry', async () => {
    const door = portalDoor();
    renderPage(door);
    await resultsIn('ready');
    door.callBatch.mockRejectedValueOnce(server);

    await userEvent.type(searchBox(), 'acme');
    const failed = await resultsIn('error');
    expect(searchBox()).toHaveValue('acme');

    await userEvent.click(within(failed).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(row('Website redesign for Acme')).toBeInTheDocument());
    expect(searchBox()).toHaveValue('acme');
  });

  it('says when a search finds nothing', async () => {
    renderPage(portalDoor());
    await resultsIn('ready');
    await userEvent.type(searchBox(), 'zebra');
    expect(await resultsIn('empty')).toHaveTextContent('No records match “zebra”');
  });

  it('shows a record the portal listed twice once, asking its status once', async () => {
    const warnings = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const door = fakeDoor({ placement: 'LEFT_MENU', placementOptions: {} });
      door.callBatch.mockImplementation((commands) =>
        Promise.resolve(answerBatch(commands, { items: [...ITEMS, ...ITEMS] })),
      );
      renderPage(door);
      await resultsIn('ready');

      expect(screen.getAllByRole('button', { name: 'Website redesign for Acme' })).toHaveLength(1);
      expect(within(results()).getAllByRole('listitem')).toHaveLength(4);
      const asked = Object.values(door.callBatch.mock.calls[1]?.[0] ?? {})
        .filter((command) => command.method === 'imbot.chat.get')
        .map((command) => command.params?.['ENTITY_ID']);
      expect(asked).toEqual(['LEAD|7', 'DEAL|44', 'DEAL|43', 'DEAL|42']);
      expect(warnings).not.toHaveBeenCalled();
    } finally {
      warnings.mockRestore();
    }
  });

  it('never shows a superseded search, whose request the newer one waits for', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const door = portalDoor();
      renderPage(door);
      await resultsIn('ready');
      let answerAcme: () => void = () => undefined;
      door.callBatch.mockImplementationOnce(
        (commands) => new Promise((resolve) => (answerAcme = () => resolve(answerBatch(commands)))),
      );

      await user.type(searchBox(), 'acme');
      await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
      expect(door.callBatch).toHaveBeenCalledTimes(3);
      await user.clear(searchBox());
      await user.type(searchBox(), 'initech');
      await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
      // Asked for (its skeleton shows), the newer search waits for the older one's request.
      expect(results()).toHaveAttribute('data-list-state', 'loading');
      expect(door.callBatch).toHaveBeenCalledTimes(3);

      act(() => answerAcme());
      await waitFor(() => expect(row('Inbound: Initech')).toBeInTheDocument());
      expect(screen.queryByRole('button', { name: 'Website redesign for Acme' })).toBeNull();
      const filters = door.callBatch.mock.calls
        .slice(2)
        .map(([commands]) => commands['list_2']?.params?.['filter'] ?? 'statuses');
      expect(filters).toEqual([{ '%title': 'acme' }, { '%title': 'initech' }, 'statuses']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('looks chats up with the key template saved in this frame since the page was last shown', async () => {
    const door = portalDoor();
    const client = createQueryClient();
    const page = () => (
      <DoorContext.Provider value={door}>
        <QueryClientProvider client={client}>
          <NavigationContext.Provider value={vi.fn()}>
            <EnglishViewMessages>
              <EnglishViewMessages>
                <LookupPage />
              </EnglishViewMessages>
            </EnglishViewMessages>
          </NavigationContext.Provider>
        </QueryClientProvider>
      </DoorContext.Provider>
    );
    const first = render(page());
    await resultsIn('ready');
    expect(row('Website redesign for Acme')).toHaveTextContent('You’re a member of its chat');
    first.unmount();

    // Settings saved a template: the SDK hands it back as the app option from now on.
    door.appOption.mockImplementation((name) =>
      name === 'keyTemplate' ? '{"entityType":"PROJECT","entityId":"deal-{ID}"}' : undefined,
    );
    render(page());
    await waitFor(() => expect(row('Website redesign for Acme')).toHaveTextContent('No chat yet'));
    const lookups = Object.values(door.callBatch.mock.calls.at(-1)?.[0] ?? {}).filter(
      (command) => command.method === 'imbot.chat.get',
    );
    expect(lookups.map((command) => command.params)).toContainEqual({
      ENTITY_TYPE: 'PROJECT',
      ENTITY_ID: 'deal-42',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Website redesign for Acme' }));
    await waitFor(() =>
      expect(door.callBatch.mock.calls.at(-1)?.[0]['lookup']?.params).toEqual({
        ENTITY_TYPE: 'PROJECT',
        ENTITY_ID: 'deal-42',
      }),
    );
  });

  it('shows a chosen record’s chat card, and goes back to it by keyboard', async () => {
    const door = portalDoor();
    renderPage(door);
    await resultsIn('ready');
    await userEvent.type(searchBox(), 'acme');
    await waitFor(() => expect(within(results()).getAllByRole('listitem')).toHaveLength(1));

    await userEvent.tab();
    const record = screen.getByRole('button', { name: 'Website redesign for Acme' });
    expect(record).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Open chat' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');

    const back = screen.getByRole('button', { name: 'Back' });
    expect(back).toHaveFocus();
    await waitFor(() =>
      expect(document.querySelector('[data-state]')).toHaveAttribute('data-state', 'ready'),
    );
    expect(screen.getByRole('heading', { name: 'Chat 2725' })).toBeInTheDocument();
    expect(door.callBatch.mock.calls.at(-1)?.[0]['lookup']?.params).toEqual({
      ENTITY_TYPE: 'CRM',
      ENTITY_ID: 'DEAL|42',
    });

    await userEvent.keyboard('{Enter}');
    expect(searchBox()).toHaveValue('acme');
    expect(screen.getByRole('button', { name: 'Website redesign for Acme' })).toHaveFocus();
  });

  it('offers the settings to admins, through the app’s navigation', async () => {
    const navigate = vi.fn<Navigate>();
    renderPage(portalDoor({ isAdmin: true }), navigate);
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(navigate).toHaveBeenCalledWith('settings');
  });

  it('offers no settings to anyone else', async () => {
    renderPage(portalDoor({ isAdmin: false }));
    await resultsIn('ready');
    expect(screen.queryByRole('button', { name: 'Settings' })).not.toBeInTheDocument();
  });
});

describe('LookupPage: my CRM chats', () => {
  function chatRows(): HTMLElement[] {
    return within(chats()).getAllByRole('listitem');
  }

  /** A portal whose im.recent.list holds `count` record chats, one page at a time. */
  function doorWithChats(count: number, counter = (index: number) => index % 3) {
    const recent = Array.from({ length: count }, (_, index) =>
      recentItem(5000 + index, `DEAL|${1000 + index}`, {
        text: `Message ${index}`,
        date: new Date(Date.UTC(2026, 1, 26) - index * 60_000).toISOString(),
        counter: counter(index),
      }),
    );
    const door = fakeDoor({ placement: 'LEFT_MENU', placementOptions: {} });
    door.callBatch.mockImplementation((commands) =>
      Promise.resolve(answerBatch(commands, { recent })),
    );
    door.callMethod.mockImplementation((method, params) =>
      Promise.resolve(method === 'im.recent.list' ? recentList(params, recent) : null),
    );
    return door;
  }

  it('lists the person’s record chats first, most recent activity first, in the first view', async () => {
    const door = portalDoor();
    renderPage(door);
    await resultsIn('ready');
    await waitFor(() => expect(chats()).toHaveAttribute('data-chats-state', 'ready'));

    expect(chats()).toHaveAttribute('aria-busy', 'false');
    expect(chatRows().map((item) => item.dataset['record'])).toEqual([
      'DEAL|42',
      'DYNAMIC_183|5',
      'LEAD|7',
    ]);
    const [deal, project, lead] = chatRows();
    const open = within(deal!).getByRole('button', {
      name: 'Deal #42 · Website redesign for Acme',
    });
    expect(open).toHaveAccessibleDescription('See the mock-ups 2 unread');
    expect(deal).toHaveAttribute('data-unread', '2');
    expect(deal).toHaveTextContent('See the mock-ups');
    expect(deal).not.toHaveTextContent('[b]');
    expect(within(deal!).getByText(/ago$/).tagName).toBe('TIME');
    // The smart process by its type's own name, as the portal names it.
    expect(within(project!).getByRole('button')).toHaveAccessibleName(
      'Projects #5 · Rollout phase 2',
    );
    expect(lead).not.toHaveAttribute('data-unread');
    expect(within(chats()).queryByRole('button', { name: 'Show more' })).toBeNull();
    // Two round trips: the chats rode with the lists, their titles with the statuses.
    expect(methodsAsked(door.callBatch.mock.calls).map((methods) => methods.length)).toEqual([
      4, 11,
    ]);
    expect(door.callMethod).not.toHaveBeenCalled();
  });

  it('opens a chat’s card in the frame, and comes back to its row', async () => {
    const door = portalDoor();
    renderPage(door);
    await waitFor(() => expect(chats()).toHaveAttribute('data-chats-state', 'ready'));

    await userEvent.click(
      screen.getByRole('button', { name: 'Deal #42 · Website redesign for Acme' }),
    );
    await waitFor(() =>
      expect(document.querySelector('[data-state]')).toHaveAttribute('data-state', 'ready'),
    );
    expect(door.callBatch.mock.calls.at(-1)?.[0]['lookup']?.params).toEqual({
      ENTITY_TYPE: 'CRM',
      ENTITY_ID: 'DEAL|42',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      screen.getByRole('button', { name: 'Deal #42 · Website redesign for Acme' }),
    ).toHaveFocus();
  });

  it('Unread only asks the portal for unread chats, and says when there are none', async () => {
    const door = doorWithChats(5, (index) => (index === 3 ? 1 : 0));
    renderPage(door);
    await waitFor(() => expect(chatRows()).toHaveLength(5));

    await userEvent.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await waitFor(() => expect(chatRows()).toHaveLength(1));
    expect(chatRows()[0]).toHaveAttribute('data-record', 'DEAL|1003');
    expect(chatRows()[0]).toHaveAttribute('data-unread', '1');
    expect(door.callMethod).toHaveBeenCalledWith('im.recent.list', {
      SKIP_DIALOG: 'Y',
      SKIP_OPENLINES: 'Y',
      UNREAD_ONLY: 'Y',
      OFFSET: 0,
      LIMIT: 50,
    });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    expect(chatRows()).toHaveLength(5);

    const none = doorWithChats(2, () => 0);
    cleanup();
    renderPage(none);
    await waitFor(() => expect(chatRows()).toHaveLength(2));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await waitFor(() => expect(chats()).toHaveAttribute('data-chats-state', 'empty'));
    expect(within(chats()).getByRole('status')).toHaveTextContent('No unread chats');
  });

  it('Show more appends the next page, by OFFSET, until the portal has no more', async () => {
    const door = doorWithChats(60);
    renderPage(door);
    await waitFor(() => expect(chatRows()).toHaveLength(50));

    await userEvent.click(within(chats()).getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(chatRows()).toHaveLength(60));
    expect(door.callMethod.mock.calls).toEqual([
      ['im.recent.list', { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: 50, LIMIT: 50 }],
    ]);
    expect(chatRows().at(-1)).toHaveAttribute('data-record', 'DEAL|1059');
    expect(within(chats()).queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('the last page of Show more moves focus to the first row it brought, the last row when it brought none', async () => {
    renderPage(doorWithChats(60));
    await waitFor(() => expect(chatRows()).toHaveLength(50));
    within(chats()).getByRole('button', { name: 'Show more' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(chatRows()).toHaveLength(60));
    expect(chatRows()[50]).toHaveAttribute('data-record', 'DEAL|1050');
    await waitFor(() => expect(within(chatRows()[50]!).getByRole('button')).toHaveFocus());

    cleanup();
    // A full second page: the portal says there may be more; the third is empty.
    renderPage(doorWithChats(100));
    await waitFor(() => expect(chatRows()).toHaveLength(50));
    await userEvent.click(within(chats()).getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(chatRows()).toHaveLength(100));
    const more = within(chats()).getByRole('button', { name: 'Show more' });
    expect(more).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(chats()).queryByRole('button', { name: 'Show more' })).toBeNull(),
    );
    await waitFor(() => expect(within(chatRows()[99]!).getByRole('button')).toHaveFocus());
  });

  it('a double press of Show more asks for the next page once', async () => {
    const door = doorWithChats(60);
    renderPage(door);
    await waitFor(() => expect(chatRows()).toHaveLength(50));
    const answer = door.callMethod.getMockImplementation();
    let release: () => void = () => undefined;
    door.callMethod.mockImplementation(
      (method, params) =>
        new Promise((resolve) => (release = () => resolve(answer?.(method, params)))),
    );

    await userEvent.dblClick(within(chats()).getByRole('button', { name: 'Show more' }));
    act(() => release());
    await waitFor(() => expect(chatRows()).toHaveLength(60));
    expect(door.callMethod).toHaveBeenCalledTimes(1);
    expect(door.callBatch).toHaveBeenCalledTimes(3);
  });

  it('a Show more that fails says so and keeps the rows; pressed again, it asks again', async () => {
    const door = doorWithChats(60);
    renderPage(door);
    await waitFor(() => expect(chatRows()).toHaveLength(50));
    door.callMethod.mockRejectedValueOnce(server);

    await userEvent.click(within(chats()).getByRole('button', { name: 'Show more' }));
    expect(await within(chats()).findByRole('alert')).toHaveTextContent(
      'Couldn’t load more chats. Bitrix24 had an error while answering.',
    );
    expect(chatRows()).toHaveLength(50);
    await userEvent.click(within(chats()).getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(chatRows()).toHaveLength(60));
    expect(within(chats()).queryByRole('alert')).toBeNull();
  });

  it('a failed or unreadable im.recent.list costs the chats only, with Try again', async () => {
    const door = portalDoor();
    door.callBatch.mockImplementationOnce((commands) => {
      const answered = answerBatch(commands);
      return Promise.resolve({ ...answered, results: { ...answered.results, chats: 'junk' } });
    });
    renderPage(door);
    await waitFor(() => expect(chats()).toHaveAttribute('data-chats-state', 'error'));
    expect(chats()).toHaveTextContent('Couldn’t load your chats');
    expect(within(chats()).getByRole('alert')).toHaveTextContent('MALFORMED');
    expect(await resultsIn('ready')).toHaveTextContent('Website redesign for Acme');

    await userEvent.click(within(chats()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(chats()).toHaveAttribute('data-chats-state', 'ready'));
  });

  it('a first view that failed as a whole shows one problem, not two', async () => {
    const door = portalDoor();
    door.callBatch.mockRejectedValueOnce(server);
    renderPage(door);
    await resultsIn('error');
    expect(document.querySelector('[data-chats-state]')).toBeNull();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('search covers quotes and smart invoices by title, and "#ID"', async () => {
    const door = portalDoor();
    renderPage(door);
    await resultsIn('ready');

    const onlyMatch = async (title: string, label: string) => {
      await waitFor(() => expect(within(results()).getAllByRole('listitem')).toHaveLength(1));
      await waitFor(() => expect(row(title)).toHaveTextContent(label));
      expect(within(results()).getAllByRole('listitem')).toHaveLength(1);
    };
    await userEvent.type(searchBox(), 'globex');
    await onlyMatch('Quote for Globex', 'Quote #3');
    expect(document.querySelector('[data-chats-state]')).toBeNull();
    await userEvent.clear(searchBox());
    await userEvent.type(searchBox(), 'invoice for');
    await onlyMatch('Invoice for Initech', 'Invoice #9');
    await userEvent.clear(searchBox());
    await userEvent.type(searchBox(), '#5');
    await onlyMatch('Rollout phase 2', 'Projects #5');
    const filters = door.callBatch.mock.calls.map(([commands]) => commands['list_183']?.params);
    expect(filters).toContainEqual(expect.objectContaining({ filter: { id: 5 } }));
  });
});
