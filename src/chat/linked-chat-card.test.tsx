import { focusManager, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { parsePlacement, type ChatKey } from '../b24/chat-key.ts';
import { DoorContext } from '../b24/door-context.ts';
import { createQueryClient } from '../query/query-client.ts';
import {
  batchWithErrors,
  DETAILS_2725,
  fakeDoor,
  MEMBERS_2725,
  readyBatch,
  restError,
} from '../test/fake-door.ts';
import { BadPlacementCard } from './bad-placement-card.tsx';
import { LinkedChatCard } from './linked-chat-card.tsx';
import { linkedChatQueryOptions } from './linked-chat-query.ts';
import { englishViews } from '../test/english-views.ts';

type Door = ReturnType<typeof fakeDoor>;

function keyOf(placement: string, id: string): ChatKey {
  const parsed = parsePlacement(placement, { ID: id });
  if (!parsed.ok) throw new Error('bad test key');
  return parsed.key;
}

const DEAL_42 = keyOf('CRM_DEAL_DETAIL_TAB', '42');
let queryClient: QueryClient;

beforeEach(() => {
  queryClient = createQueryClient();
});

function renderCard(door: Door, key = DEAL_42) {
  render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={queryClient}>
        <LinkedChatCard chatKey={key} />
      </QueryClientProvider>
    </DoorContext.Provider>,
  );
}

function card(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-state]');
  if (element === null) throw new Error('no card');
  return element;
}

async function cardIn(state: string): Promise<HTMLElement> {
  await waitFor(() => {
    expect(card()).toHaveAttribute('data-state', state);
    // Problem states load on demand: wait until the skeleton gave way to the state's text.
    if (state !== 'loading') expect(card()).not.toHaveTextContent('Loading the record’s chat…');
  });
  return card();
}

const CHAT_TITLE = 'Deal: Website redesign for Acme';

function expectNothingAboutTheChat() {
  expect(document.body).not.toHaveTextContent(CHAT_TITLE);
  expect(screen.queryByRole('log')).not.toBeInTheDocument();
  expect(document.body).not.toHaveTextContent('Welcome, everyone');
  expect(document.body).not.toHaveTextContent('mockups.pdf');
  expect(screen.queryByRole('list', { name: 'Members' })).not.toBeInTheDocument();
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Open chat' })).not.toBeInTheDocument();
}

describe('LinkedChatCard', () => {
  it('shows a busy skeleton while loading', () => {
    const door = fakeDoor();
    door.callBatch.mockReturnValue(new Promise(() => undefined));
    renderCard(door);

    expect(card()).toHaveAttribute('data-state', 'loading');
    expect(card()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the record’s chat…');
  });

  it('shows the ready chat and opens it in the messenger', async () => {
    const door = fakeDoor();
    renderCard(door);
    const ready = await cardIn('ready');

    expect(ready).not.toHaveAttribute('data-stale');
    expect(screen.getByRole('heading', { name: CHAT_TITLE })).toBeInTheDocument();
    expect(ready).toHaveTextContent('3 members');
    const members = within(screen.getByRole('list', { name: 'Members' }));
    expect(members.getByRole('img', { name: 'Anna Admin' })).toHaveAttribute(
      'src',
      'http://localhost:4000/upload/anna.png',
    );
    expect(members.getByRole('img', { name: 'Ivan Petrov' })).toHaveTextContent('IP');
    // The chat is named after the record: its title is said once, in the heading.
    expect(ready).toHaveTextContent('Linked to Deal #42');
    expect(ready.textContent?.split('Website redesign for Acme')).toHaveLength(2);
    expect(ready).toHaveTextContent(/Created .+ ago/);
    const log = screen.getByRole('log', { name: 'Messages' });
    const messages = Array.from(log.querySelectorAll('[data-message-id]'));
    expect(messages.map((item) => item.getAttribute('data-message-id'))).toEqual([
      '101',
      '102',
      '103',
    ]);
    expect(messages[1]).toHaveTextContent('Anna Admin');
    expect(messages[1]).toHaveTextContent('Welcome, everyone! (edited)');
    expect(messages[2]).toHaveTextContent('mockups.pdf');
    expect(ready).not.toHaveAttribute('data-unread');

    await userEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    expect(door.openMessenger).toHaveBeenCalledWith('chat2725');
    const link = screen.getByRole('link', { name: 'Open in a new tab' });
    expect(link).toHaveAttribute('href', 'http://localhost:4000/online/?IM_DIALOG=chat2725');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
  });

  it('names the record when the chat is not named after it', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      readyBatch({ results: { details: { ...DETAILS_2725, name: 'Acme: design team' } } }),
    );
    renderCard(door);
    const ready = await cardIn('ready');
    expect(ready).toHaveTextContent('Linked to Deal #42 · Website redesign for Acme');
  });

  it('carries and says the unread count while there are unread messages', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      readyBatch({ results: { details: { ...DETAILS_2725, counter: 3 } } }),
    );
    renderCard(door);
    const ready = await cardIn('ready');
    await waitFor(() => expect(ready).toHaveAttribute('data-unread', '3'));
    expect(ready).toHaveTextContent('3 unread');
  });

  it('renders remote text as text', async () => {
    const door = fakeDoor();
    const title = '<img src=x onerror=alert(1)>'.repeat(20);
    door.callBatch.mockResolvedValue(
      readyBatch({ results: { details: { ...DETAILS_2725, name: title } } }),
    );
    renderCard(door);
    await cardIn('ready');
    expect(screen.getByRole('heading')).toHaveTextContent(title);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('says when the record has no chat yet', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      batchWithErrors({ details: restError('DIALOG_ID_EMPTY') }, { lookup: null }),
    );
    renderCard(door);
    const noChat = await cardIn('no-chat');
    expect(noChat).toHaveTextContent('No chat yet');
    expect(noChat).toHaveTextContent('Deal #42 · Website redesign for Acme has no discussion chat');
    expectNothingAboutTheChat();
  });

  it('explains that contacts never have one', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(batchWithErrors({}, { lookup: null }));
    renderCard(door, keyOf('CRM_CONTACT_DETAIL_TAB', '3'));
    expect(await cardIn('no-chat')).toHaveTextContent(
      'Bitrix24 keeps no discussion chat for contacts and companies',
    );
  });

  it('denies access without a trace of the chat, and says how to get in', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      batchWithErrors({
        details: restError('ACCESS_ERROR', 403),
        members: restError('ACCESS_ERROR', 403),
      }),
    );
    renderCard(door);
    const denied = await cardIn('access-denied');

    expect(screen.getByRole('heading')).toHaveTextContent('You are not a member of this chat');
    expect(denied).toHaveTextContent('open the chat with this card’s Chat button');
    expect(denied).toHaveTextContent('Ivan Petrov, the responsible person, can also add you.');
    expectNothingAboutTheChat();
  });

  it('names a chat without a title of its own by its number', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      readyBatch({ results: { details: { ...DETAILS_2725, name: ' \n ' } } }),
    );
    renderCard(door);
    await cardIn('ready');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Chat #2725$/);
  });

  it('shows a member the portal listed twice once, without React’s duplicate-key warning', async () => {
    const consoleError = vi.spyOn(console, 'error');
    try {
      const door = fakeDoor();
      const [anna, mark] = MEMBERS_2725;
      door.callBatch.mockResolvedValue(readyBatch({ results: { members: [anna, anna, mark] } }));
      renderCard(door);
      await cardIn('ready');
      const members = within(screen.getByRole('list', { name: 'Members' }));
      expect(members.getAllByRole('listitem')).toHaveLength(2);
      expect(members.getAllByRole('img', { name: 'Anna Admin' })).toHaveLength(1);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });

  it('says when the record does not exist, and nothing of its chat', async () => {
    const door = fakeDoor();
    // The lookup still finds a chat under the key: the record is gone all the same.
    door.callBatch.mockResolvedValue(batchWithErrors({ record: restError('NOT_FOUND') }));
    renderCard(door);
    const noRecord = await cardIn('no-record');
    expect(screen.getByRole('heading')).toHaveTextContent('This record doesn’t exist');
    expect(noRecord).toHaveTextContent('Deal #42 was deleted, or it never existed.');
    expectNothingAboutTheChat();
  });

  it('drops a shown chat when its record is deleted', async () => {
    const door = fakeDoor();
    renderCard(door);
    await cardIn('ready');

    door.callBatch.mockResolvedValue(batchWithErrors({ record: restError('NOT_FOUND') }));
    await queryClient.refetchQueries();
    await cardIn('no-record');
    expectNothingAboutTheChat();
  });

  it.each<[string, AppError, RegExp]>([
    [
      'unauthorized',
      new AppError({ kind: 'unauthorized', code: 'AUTHORIZE_ERROR' }),
      /Guest and extranet sessions/,
    ],
    [
      'restricted',
      new AppError({ kind: 'restricted', code: 'insufficient_scope', reason: 'scope' }),
      /lacks a permission.*Ask your Bitrix24 administrator/,
    ],
    [
      'session-expired',
      new AppError({ kind: 'session-expired', code: 'expired_token' }),
      /Reload the page/,
    ],
    [
      'error',
      new AppError({ kind: 'error', code: 'INTERNAL_SERVER_ERROR', status: 500 }),
      /Bitrix24 had an error while answering\..*INTERNAL_SERVER_ERROR/,
    ],
  ])('shows %s', async (state, error, text) => {
    const door = fakeDoor();
    door.callBatch.mockRejectedValue(error);
    renderCard(door);
    expect(await cardIn(state)).toHaveTextContent(text);
    expectNothingAboutTheChat();
  });

  it('shows a failed prefetch without asking again on mount', async () => {
    const door = fakeDoor();
    door.callBatch.mockRejectedValue(
      new AppError({ kind: 'restricted', code: 'insufficient_scope', reason: 'scope' }),
    );
    await queryClient.prefetchQuery(linkedChatQueryOptions(door, DEAL_42));
    renderCard(door);
    await cardIn('restricted');
    expect(door.callBatch).toHaveBeenCalledTimes(1);
  });

  it('tells admins what to change when restricted', async () => {
    const door = fakeDoor({ isAdmin: true });
    door.callBatch.mockRejectedValue(
      new AppError({ kind: 'restricted', code: 'user_access_error', reason: 'app-access' }),
    );
    renderCard(door);
    expect(await cardIn('restricted')).toHaveTextContent(
      'Add this user to the app’s access list in Applications.',
    );
  });

  it('reloads the portal when the session expired', async () => {
    const door = fakeDoor();
    door.callBatch.mockRejectedValue(
      new AppError({ kind: 'session-expired', code: 'NO_AUTH_FOUND' }),
    );
    renderCard(door);
    await cardIn('session-expired');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(door.reloadPortal).toHaveBeenCalled();
  });

  it.each<[string, AppError, string]>([
    ['session-expired', new AppError({ kind: 'session-expired', code: 'expired_token' }), 'Reload'],
    ['error', new AppError({ kind: 'error', code: 'NETWORK_ERROR', status: 0 }), 'Try again'],
  ])(
    'keeps the %s card and its button while the frame’s focus revalidates it',
    async (state, error, button) => {
      const door = fakeDoor();
      door.callBatch.mockRejectedValueOnce(error);
      renderCard(door);
      await cardIn(state);

      let answer: (outcome: ReturnType<typeof readyBatch>) => void = () => undefined;
      door.callBatch.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
      try {
        act(() => focusManager.setFocused(true));
        await waitFor(() => expect(door.callBatch).toHaveBeenCalledTimes(2));
        expect(card()).toHaveAttribute('data-state', state);
        expect(screen.getByRole('button', { name: button })).toBeInTheDocument();

        act(() => answer(readyBatch()));
        await cardIn('ready');
      } finally {
        focusManager.setFocused(undefined);
      }
    },
  );

  it('tries again from the error state and keeps focus on the card', async () => {
    const door = fakeDoor();
    door.callBatch.mockRejectedValueOnce(
      new AppError({ kind: 'error', code: 'NETWORK_ERROR', status: 0 }),
    );
    renderCard(door);
    expect(await cardIn('error')).toHaveTextContent('Bitrix24 can’t be reached.');

    let answer: (outcome: ReturnType<typeof readyBatch>) => void = () => undefined;
    door.callBatch.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(card()).toHaveFocus();
    // Asked for, a retry shows that it is under way.
    expect(card()).toHaveAttribute('data-state', 'loading');
    act(() => answer(readyBatch()));
    await cardIn('ready');
    expect(card()).toHaveFocus();
    expect(door.callBatch).toHaveBeenCalledTimes(2);
  });

  it('keeps the last good card, marked stale, when a refresh fails', async () => {
    const door = fakeDoor();
    renderCard(door);
    await cardIn('ready');

    door.callBatch.mockRejectedValue(
      new AppError({ kind: 'error', code: 'QUERY_LIMIT_EXCEEDED', status: 503 }),
    );
    await queryClient.refetchQueries();
    await waitFor(() => expect(card()).toHaveAttribute('data-stale', 'true'));
    expect(card()).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('heading', { name: CHAT_TITLE })).toBeInTheDocument();
    expect(within(card()).getByRole('status')).toHaveTextContent(
      /Couldn’t refresh\. Last updated now\./,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    door.callBatch.mockResolvedValue(readyBatch());
    await userEvent.click(within(card()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(card()).not.toHaveAttribute('data-stale'));
  });

  it.each<[string, AppError]>([
    ['access-denied', new AppError({ kind: 'access-denied', code: 'ACCESS_ERROR', status: 403 })],
    ['restricted', new AppError({ kind: 'restricted', code: 'ACCESS_DENIED', reason: 'plan' })],
    ['session-expired', new AppError({ kind: 'session-expired', code: 'invalid_token' })],
    ['unauthorized', new AppError({ kind: 'unauthorized', code: 'AUTHORIZE_ERROR' })],
  ])('replaces a shown chat at once with %s', async (state, error) => {
    const door = fakeDoor();
    renderCard(door);
    await cardIn('ready');

    door.callBatch.mockRejectedValue(error);
    await queryClient.refetchQueries();
    await cardIn(state);
    expect(card()).not.toHaveAttribute('data-stale');
    expectNothingAboutTheChat();
  });
});

describe('BadPlacementCard', () => {
  it('says why the tab cannot find its record', () => {
    render(
      <BadPlacementCard refusal={{ reason: 'invalid-id', value: 'abc' }} i18n={englishViews} />,
    );
    expect(card()).toHaveAttribute('data-state', 'bad-placement');
    expect(card()).toHaveTextContent('The record ID “abc” is not a positive whole number.');
  });
});
