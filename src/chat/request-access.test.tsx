import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { parseKeyTemplate, parsePlacement, type ChatKey } from '../b24/chat-key.ts';
import { DoorContext } from '../b24/door-context.ts';
import { createQueryClient } from '../query/query-client.ts';
import { batchWithErrors, fakeDoor, restError } from '../test/fake-door.ts';
import { LinkedChatCard } from './linked-chat-card.tsx';

type Door = ReturnType<typeof fakeDoor>;

const DEAL_42 = keyOf('{}');
const CUSTOM_42 = keyOf('{"entityType":"PROJECT","entityId":"deal-{ID}"}');

function keyOf(template: string): ChatKey {
  const parsed = parsePlacement('CRM_DEAL_DETAIL_TAB', { ID: '42' }, parseKeyTemplate(template));
  if (!parsed.ok) throw new Error('bad test key');
  return parsed.key;
}

/** A member-less view of DEAL 42: the details say ACCESS_ERROR. */
function deniedDoor(results: Record<string, unknown> = {}): Door {
  const door = fakeDoor();
  door.callBatch.mockResolvedValue(
    batchWithErrors(
      { details: restError('ACCESS_ERROR', 403), members: restError('ACCESS_ERROR', 403) },
      { me: { ID: '3', NAME: 'Olga', LAST_NAME: 'Outsider' }, ...results },
    ),
  );
  return door;
}

let queryClient: QueryClient;

beforeEach(() => {
  queryClient = createQueryClient();
});

function renderCard(door: Door, key = DEAL_42) {
  return render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={queryClient}>
        <LinkedChatCard chatKey={key} />
      </QueryClientProvider>
    </DoorContext.Provider>,
  );
}

async function denied(): Promise<HTMLElement> {
  const card = await screen.findByRole('region');
  await waitFor(() => {
    expect(card).toHaveAttribute('data-state', 'access-denied');
    // The state and its Request access button load on demand.
    expect(card).not.toHaveTextContent('Loading the record’s chat…');
  });
  return card;
}

const NOTIFY = 'im.notify.personal.add';

/** Sends a request from a fresh card, then unmounts it (the user leaves the record). */
async function requestThenCloseTheCard(door: ReturnType<typeof deniedDoor>): Promise<void> {
  const card = renderCard(door);
  await denied();
  await userEvent.click(screen.getByRole('button', { name: 'Request access' }));
  await screen.findByRole('status');
  card.unmount();
}

describe('Request access', () => {
  it('comes after the card’s Chat button, and notifies the responsible person', async () => {
    const door = deniedDoor();
    renderCard(door);
    const card = await denied();
    expect(card).toHaveTextContent(
      /Chat button.*Ivan Petrov, the responsible person, can also add you\./,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Request access' }));

    const sent = await screen.findByRole('status');
    expect(sent).toHaveTextContent('Request sent. Ivan Petrov will get a Bitrix24 notification.');
    expect(sent).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Request access' })).not.toBeInTheDocument();
    expect(door.callMethod).toHaveBeenCalledExactlyOnceWith(NOTIFY, {
      USER_ID: 4,
      MESSAGE:
        'Olga Outsider asks to be added to the chat of ' +
        '[URL=http://localhost:4000/crm/deal/details/42/]Deal #42 · Website redesign for Acme[/URL].',
    });
  });

  it('is not offered again for this record while the frame lives', async () => {
    const door = deniedDoor();
    await requestThenCloseTheCard(door);

    renderCard(door);
    await denied();
    expect(screen.getByRole('status')).toHaveTextContent('Request sent.');
    expect(screen.getByRole('status')).not.toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Request access' })).not.toBeInTheDocument();
  });

  it('is offered again in a new frame (memory, not storage)', async () => {
    const door = deniedDoor();
    await requestThenCloseTheCard(door);

    queryClient = createQueryClient();
    renderCard(door);
    await denied();
    expect(screen.getByRole('button', { name: 'Request access' })).toBeInTheDocument();
  });

  it('sends once however often it is pressed while sending', async () => {
    const door = deniedDoor();
    let answer: (value: unknown) => void = () => undefined;
    door.callMethod.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    renderCard(door);
    await denied();
    const button = screen.getByRole('button', { name: 'Request access' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    answer(1);
    await screen.findByRole('status');
    expect(door.callMethod).toHaveBeenCalledTimes(1);
  });

  it('sends once for two clicks in the same task, before React re-renders', async () => {
    const door = deniedDoor();
    renderCard(door);
    await denied();
    const button = screen.getByRole('button', { name: 'Request access' });
    act(() => {
      button.click();
      button.click();
    });
    await screen.findByRole('status');
    expect(door.callMethod).toHaveBeenCalledTimes(1);
  });

  it('says when sending failed, and keeps the button (and its focus) to try again', async () => {
    const door = deniedDoor();
    door.callMethod.mockRejectedValueOnce(
      new AppError({ kind: 'error', code: 'NETWORK_ERROR', status: 0 }),
    );
    renderCard(door);
    await denied();
    const button = screen.getByRole('button', { name: 'Request access' });
    await userEvent.click(button);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Couldn’t send the request. Bitrix24 can’t be reached. Check your connection.',
    );
    expect(button).toHaveFocus();
    await userEvent.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent('Request sent.');
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['the user is the responsible person', { me: { ID: '4', NAME: 'Ivan' } }, /member of the chat/],
    ['the responsible person is unknown', { responsible: [] }, /responsible person can also/],
    ['the user is unknown', { me: {} }, /Ivan Petrov, the responsible person/],
  ])('is hidden when %s', async (_name, results, text) => {
    renderCard(deniedDoor(results));
    expect(await denied()).toHaveTextContent(text);
    expect(screen.queryByRole('button', { name: 'Request access' })).not.toBeInTheDocument();
  });

  it('is the first way in under a custom key, where Bitrix24 adds nobody', async () => {
    renderCard(deniedDoor(), CUSTOM_42);
    const card = await denied();
    expect(card).not.toHaveTextContent('Chat button');
    expect(card).toHaveTextContent('Ask Ivan Petrov, the responsible person, to add you.');
    expect(screen.getByRole('button', { name: 'Request access' })).toBeInTheDocument();
  });
});
