import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseKeyTemplate, parsePlacement, type ChatKey } from '../../b24/chat-key.ts';
import { DoorContext } from '../../b24/door-context.ts';
import { createQueryClient } from '../../query/query-client.ts';
import { DETAILS_2725, fakeDoor, readyBatch, restError } from '../../test/fake-door.ts';
import { LinkedChatCard } from '../linked-chat-card.tsx';
import { setDraft } from './drafts.ts';

type Door = ReturnType<typeof fakeDoor>;

function keyOf(): ChatKey {
  const parsed = parsePlacement('CRM_DEAL_DETAIL_TAB', { ID: '42' }, parseKeyTemplate('{}'));
  if (!parsed.ok) throw new Error('bad test key');
  return parsed.key;
}

let queryClient: QueryClient;

beforeEach(() => {
  queryClient = createQueryClient();
  setDraft(2725, '');
});

function renderCard(door: Door) {
  return render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={queryClient}>
        <LinkedChatCard chatKey={keyOf()} />
      </QueryClientProvider>
    </DoorContext.Provider>,
  );
}

const box = () => screen.findByRole('textbox', { name: 'Message' });
const adds = (door: Door) =>
  door.callMethodOnce.mock.calls.filter(([method]) => method === 'im.message.add');
/** The only TEMPLATE_ID form the portal checks for duplicates (Uuid::validate). */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const templateIds = (door: Door) => adds(door).map(([, params]) => params['TEMPLATE_ID']);

/** im.dialog.messages.get's answer: one message by user 2, posted with `uuid`. */
function newerPage(uuid: unknown, text: string) {
  return {
    messages: [
      { id: 104, chat_id: 2725, author_id: 2, date: '2026-02-26T11:00:00+01:00', text, uuid },
    ],
    users: [{ id: 2, name: 'Mark Member' }],
    files: [],
  };
}

describe('the reply box', () => {
  it('sends on Enter exactly once, as typed, and shows the message at once', async () => {
    const door = fakeDoor();
    let answer: (id: number) => void = () => undefined;
    door.callMethodOnce.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    renderCard(door);
    const user = userEvent.setup();
    await user.type(await box(), 'Hello{Shift>}{Enter}{/Shift}there');
    expect(adds(door)).toHaveLength(0);
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(adds(door)).toEqual([
      [
        'im.message.add',
        {
          DIALOG_ID: 'chat2725',
          MESSAGE: 'Hello\nthere',
          TEMPLATE_ID: expect.stringMatching(UUID_V4),
        },
      ],
    ]);
    expect(await box()).toHaveValue('');
    expect(await box()).toHaveFocus();
    const log = screen.getByRole('log', { name: 'Messages' });
    const sending = log.querySelector('[data-message-status="sending"]');
    expect(sending).not.toBeNull();
    expect(sending).not.toHaveAttribute('data-message-id');
    answer(104);
    await waitFor(() => expect(log.querySelector('[data-message-id="104"]')).not.toBeNull());
    expect(log.querySelector('[data-message-status]')).toBeNull();
  });

  it('sends nothing for blank text, and one message for a double click', async () => {
    const door = fakeDoor();
    door.callMethodOnce.mockResolvedValue(104);
    renderCard(door);
    const user = userEvent.setup();
    await user.type(await box(), '   {Enter}');
    expect(adds(door)).toHaveLength(0);
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    await user.clear(await box());
    await user.type(await box(), 'Once');
    await user.dblClick(send);
    expect(adds(door)).toHaveLength(1);
  });

  it('does not send on Enter while an input method composes', async () => {
    const door = fakeDoor();
    renderCard(door);
    const textbox = await box();
    await userEvent.setup().type(textbox, 'にほん');
    textbox.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true }),
    );
    expect(adds(door)).toHaveLength(0);
    expect(textbox).toHaveValue('にほん');
  });

  it('keeps a message whose answer was lost, and Try again looks for it before sending', async () => {
    const door = fakeDoor();
    door.callMethodOnce.mockRejectedValueOnce(restError('NETWORK_ERROR', 0));
    // The portal did post it: the newer messages hold it, with the TEMPLATE_ID it was sent with.
    door.callMethod.mockImplementation((method) =>
      Promise.resolve(
        method === 'im.dialog.messages.get' ? newerPage(templateIds(door)[0], 'Lost') : null,
      ),
    );
    renderCard(door);
    const user = userEvent.setup();
    await user.type(await box(), 'Lost{Enter}');
    const log = screen.getByRole('log', { name: 'Messages' });
    const failed = await waitFor(() => {
      const item = log.querySelector<HTMLElement>('[data-message-status="failed"]');
      expect(item).not.toBeNull();
      return item as HTMLElement;
    });
    expect(within(failed).getByRole('alert')).toHaveTextContent(
      'Not sent. Bitrix24 can’t be reached.',
    );
    await user.click(within(failed).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(log.querySelector('[data-message-id="104"]')).not.toBeNull());
    expect(adds(door)).toHaveLength(1);
    expect(door.callMethod).toHaveBeenCalledWith('im.dialog.messages.get', {
      DIALOG_ID: 'chat2725',
      FIRST_ID: 103,
      LIMIT: 50,
    });
  });

  it('sends again, with the same TEMPLATE_ID, when the lost message is not there', async () => {
    const door = fakeDoor();
    door.callMethodOnce.mockRejectedValueOnce(restError('NETWORK_ERROR', 0));
    door.callMethodOnce.mockResolvedValueOnce(105);
    // The same text by the same person, but another message: not the one that was sent.
    door.callMethod.mockImplementation((method) =>
      Promise.resolve(
        method === 'im.dialog.messages.get'
          ? newerPage('0b7e7f3c-1f7a-4c1e-9d0b-6f0c2a9e4d11', 'Again')
          : null,
      ),
    );
    renderCard(door);
    const user = userEvent.setup();
    await user.type(await box(), 'Again{Enter}');
    const retry = await screen.findByRole('button', { name: 'Try again' });
    await user.click(retry);
    const log = screen.getByRole('log', { name: 'Messages' });
    await waitFor(() => expect(log.querySelector('[data-message-id="105"]')).not.toBeNull());
    const [first, second] = templateIds(door);
    expect(templateIds(door)).toHaveLength(2);
    expect(second).toBe(first);
  });

  it('sends again after a refusal, once per press', async () => {
    const door = fakeDoor();
    door.callMethodOnce.mockRejectedValueOnce(restError('QUERY_LIMIT_EXCEEDED', 503));
    door.callMethodOnce.mockResolvedValueOnce(104);
    renderCard(door);
    const user = userEvent.setup();
    await user.type(await box(), 'Busy{Enter}');
    const retry = await screen.findByRole('button', { name: 'Try again' });
    await user.dblClick(retry);
    await waitFor(() => expect(adds(door)).toHaveLength(2));
    expect(door.callMethod).not.toHaveBeenCalledWith('im.dialog.messages.get', expect.anything());
    expect(new Set(templateIds(door)).size).toBe(1);
  });

  it('keeps the draft when the card is left and opened again', async () => {
    const door = fakeDoor();
    const first = renderCard(door);
    await userEvent.setup().type(await box(), 'Half a thought');
    first.unmount();
    renderCard(door);
    expect(await box()).toHaveValue('Half a thought');
  });

  it('offers no box where the chat forbids the person to post', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      readyBatch({
        results: {
          details: { ...DETAILS_2725, role: 'member', permissions: { can_post: 'owner' } },
        },
      }),
    );
    renderCard(door);
    await screen.findByRole('log', { name: 'Messages' });
    await screen.findByRole('button', { name: 'Open chat' });
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
  });
});
