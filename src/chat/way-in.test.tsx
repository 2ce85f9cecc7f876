import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { parseKeyTemplate, parsePlacement, type ChatKey } from '../b24/chat-key.ts';
import { DoorContext } from '../b24/door-context.ts';
import { createQueryClient } from '../query/query-client.ts';
import { batchWithErrors, fakeDoor, readyBatch, restError } from '../test/fake-door.ts';
import { LinkedChatCard } from './linked-chat-card.tsx';

type Door = ReturnType<typeof fakeDoor>;

const METHOD = 'crm.timeline.chat.get';

function keyOf(placement: string, id: string, template = '{}'): ChatKey {
  const parsed = parsePlacement(placement, { ID: id }, parseKeyTemplate(template));
  if (!parsed.ok) throw new Error('bad test key');
  return parsed.key;
}

const DEAL_42 = keyOf('CRM_DEAL_DETAIL_TAB', '42');
const DEAL_43 = keyOf('CRM_DEAL_DETAIL_TAB', '43');
const ITEM_5 = keyOf('CRM_DYNAMIC_183_DETAIL_TAB', '5');
const CUSTOM_42 = keyOf(
  'CRM_DEAL_DETAIL_TAB',
  '42',
  '{"entityType":"PROJECT","entityId":"d-{ID}"}',
);

const DENIED = batchWithErrors(
  { details: restError('ACCESS_ERROR', 403), members: restError('ACCESS_ERROR', 403) },
  { me: { ID: '3', NAME: 'Olga', LAST_NAME: 'Outsider' } },
);
const NO_CHAT = batchWithErrors({ details: restError('DIALOG_ID_EMPTY') }, { lookup: null });

/** A door whose first batch says `first`, and every later one finds the chat. */
function doorFirst(first = DENIED): Door {
  const door = fakeDoor();
  door.callBatch.mockResolvedValueOnce(first).mockResolvedValue(readyBatch());
  door.callMethod.mockImplementation((method) =>
    Promise.resolve(method === METHOD ? { chatId: 2725 } : null),
  );
  return door;
}

let queryClient: QueryClient;

beforeEach(() => {
  queryClient = createQueryClient();
});

function cardOf(door: Door, key: ChatKey) {
  return (
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={queryClient}>
        <LinkedChatCard chatKey={key} />
      </QueryClientProvider>
    </DoorContext.Provider>
  );
}

async function cardIn(state: string, name?: string): Promise<HTMLElement> {
  const card = await screen.findByRole('region');
  await waitFor(() => {
    expect(card).toHaveAttribute('data-state', state);
    expect(card).not.toHaveTextContent('Loading the record’s chat…');
    // The ways in load on demand, after the state's own text.
    if (name !== undefined) expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });
  return card;
}

const wayInCalls = (door: Door) => door.callMethod.mock.calls.filter(([name]) => name === METHOD);

describe('Join the chat (access-denied)', () => {
  it('calls the record chat controller once, then the card turns ready with the messages', async () => {
    const door = doorFirst();
    render(cardOf(door, DEAL_42));
    await cardIn('access-denied', 'Join the chat');

    await userEvent.click(screen.getByRole('button', { name: 'Join the chat' }));

    const card = await cardIn('ready');
    expect(card).toHaveTextContent('Welcome, everyone!');
    expect(card).toHaveFocus();
    expect(wayInCalls(door)).toEqual([[METHOD, { entityTypeId: 2, entityId: 42 }]]);
    expect(door.callBatch).toHaveBeenCalledTimes(2);
  });

  it('sends the type id of a smart process', async () => {
    const door = doorFirst();
    render(cardOf(door, ITEM_5));
    await cardIn('access-denied', 'Join the chat');
    await userEvent.click(screen.getByRole('button', { name: 'Join the chat' }));
    await cardIn('ready');
    expect(wayInCalls(door)).toEqual([[METHOD, { entityTypeId: 183, entityId: 5 }]]);
  });

  it('is busy and announced while it runs, and a second press sends nothing', async () => {
    const door = doorFirst();
    let answer: (value: unknown) => void = () => undefined;
    door.callMethod.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(cardOf(door, DEAL_42));
    await cardIn('access-denied', 'Join the chat');
    const button = screen.getByRole('button', { name: 'Join the chat' });

    act(() => {
      button.click();
      button.click();
    });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Joining the chat…')).toHaveAttribute('aria-live', 'polite');

    answer({ chatId: 2725 });
    await cardIn('ready');
    expect(wayInCalls(door)).toHaveLength(1);
  });

  it.each<[string, AppError, string]>([
    [
      'the method is missing',
      restError('ERROR_METHOD_NOT_FOUND', 404),
      'This Bitrix24 doesn’t let the app join or start record chats.',
    ],
    [
      'the person may not read the record',
      restError('ACCESS_DENIED', 400),
      'Bitrix24 refused: you may not read this record, so you can’t join its chat.',
    ],
    [
      'the network dropped',
      new AppError({ kind: 'error', code: 'NETWORK_ERROR' }),
      'Couldn’t join the chat. Bitrix24 can’t be reached. Check your connection.',
    ],
  ])('says so when %s, keeps Request access and drops the button', async (_name, error, text) => {
    const door = doorFirst();
    door.callMethod.mockRejectedValue(error);
    render(cardOf(door, DEAL_42));
    const card = await cardIn('access-denied', 'Join the chat');

    await userEvent.click(screen.getByRole('button', { name: 'Join the chat' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(alert).toHaveFocus();
    expect(card).toHaveAttribute('data-state', 'access-denied');
    expect(screen.queryByRole('button', { name: 'Join the chat' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Request access' })).toBeInTheDocument();
    expect(door.callBatch).toHaveBeenCalledTimes(1);
  });

  it('a missing chatId is a failure too, never a ready card', async () => {
    const door = doorFirst();
    door.callMethod.mockResolvedValue({ chat: 2725 });
    render(cardOf(door, DEAL_42));
    await cardIn('access-denied', 'Join the chat');
    await userEvent.click(screen.getByRole('button', { name: 'Join the chat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Couldn’t join the chat. Bitrix24 answered in a way the app doesn’t understand.',
    );
  });

  it('is not offered under an admin’s custom key (it joins only the record’s CRM chat)', async () => {
    render(cardOf(doorFirst(), CUSTOM_42));
    await cardIn('access-denied', 'Request access');
    expect(screen.queryByRole('button', { name: 'Join the chat' })).not.toBeInTheDocument();
  });
});

describe('Start the chat (no-chat)', () => {
  it('starts the record’s chat, then the card turns ready with the messages', async () => {
    const door = doorFirst(NO_CHAT);
    render(cardOf(door, DEAL_42));
    const noChat = await cardIn('no-chat', 'Start the chat');
    // The card's own chat block stays the other way in.
    expect(noChat).toHaveTextContent('starts the chat from the record’s card');

    await userEvent.click(screen.getByRole('button', { name: 'Start the chat' }));

    expect(await cardIn('ready')).toHaveTextContent('Welcome, everyone!');
    expect(wayInCalls(door)).toEqual([[METHOD, { entityTypeId: 2, entityId: 42 }]]);
  });

  it('says why it failed and keeps the hint about the card’s chat block', async () => {
    const door = doorFirst(NO_CHAT);
    door.callMethod.mockRejectedValue(restError('INTERNAL_SERVER_ERROR', 500));
    render(cardOf(door, DEAL_42));
    const noChat = await cardIn('no-chat', 'Start the chat');
    await userEvent.click(screen.getByRole('button', { name: 'Start the chat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Couldn’t start the chat. Bitrix24 had an error while answering.',
    );
    expect(noChat).toHaveTextContent('starts the chat from the record’s card');
    expect(screen.queryByRole('button', { name: 'Start the chat' })).not.toBeInTheDocument();
  });

  it('is not offered on a contact, which never has a chat', async () => {
    const door = doorFirst(batchWithErrors({}, { lookup: null }));
    render(cardOf(door, keyOf('CRM_CONTACT_DETAIL_TAB', '7')));
    expect(await cardIn('no-chat')).toHaveTextContent('no discussion chat for contacts');
    expect(screen.queryByRole('button', { name: 'Start the chat' })).not.toBeInTheDocument();
  });
});

describe('after a failure', () => {
  async function failOnDeal42(door: Door) {
    door.callMethod.mockRejectedValue(restError('ERROR_METHOD_NOT_FOUND', 404));
    const view = render(cardOf(door, DEAL_42));
    await cardIn('access-denied', 'Join the chat');
    await userEvent.click(screen.getByRole('button', { name: 'Join the chat' }));
    await screen.findByRole('alert');
    return view;
  }

  it('neither way in is offered again in this frame, on this record or another', async () => {
    const door = doorFirst();
    door.callBatch.mockResolvedValue(DENIED);
    const view = await failOnDeal42(door);

    // Another record of the lookup page: no chat yet, and no Start either.
    door.callBatch.mockResolvedValue(NO_CHAT);
    view.rerender(cardOf(door, DEAL_43));
    const noChat = await cardIn('no-chat');
    expect(noChat).toHaveTextContent('Deal #43');
    expect(screen.queryByRole('button', { name: 'Start the chat' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Back on the first record, mounted anew: still the reason, still no button.
    view.unmount();
    render(cardOf(door, DEAL_42));
    await cardIn('access-denied', 'Request access');
    expect(screen.getByRole('alert')).toHaveTextContent('This Bitrix24 doesn’t let the app');
    expect(screen.queryByRole('button', { name: 'Join the chat' })).not.toBeInTheDocument();
    expect(wayInCalls(door)).toHaveLength(1);
  });

  it('a new frame offers it again (memory, not storage)', async () => {
    const door = doorFirst();
    door.callBatch.mockResolvedValue(DENIED);
    const view = await failOnDeal42(door);
    view.unmount();

    queryClient = createQueryClient();
    render(cardOf(door, DEAL_42));
    await cardIn('access-denied', 'Join the chat');
  });
});
