import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { parseKeyTemplate, parsePlacement, type ChatKey } from '../b24/chat-key.ts';
import { DoorContext } from '../b24/door-context.ts';
import { createQueryClient } from '../query/query-client.ts';
import { EnglishViewMessages } from '../test/english-view-messages.tsx';
import { answerClientBatch, CLIENT_ITEMS, type ClientItem } from '../test/fake-clients.ts';
import { fakeDoor, readyBatch } from '../test/fake-door.ts';
import { methodsAsked } from '../test/fake-portal.ts';
import { ClientTab } from './client-tab.tsx';

type Door = ReturnType<typeof fakeDoor>;

const PROJECT_TEMPLATE = JSON.stringify({ entityType: 'PROJECT', entityId: '{TYPE}-{ID}' });

function keyOf(placement: string, id: number, template?: string): ChatKey {
  const parsed = parsePlacement(placement, { ID: id }, parseKeyTemplate(template));
  if (!parsed.ok) throw new Error('bad test placement');
  return parsed.key;
}

function clientDoor(items: readonly ClientItem[] = CLIENT_ITEMS, template?: string): Door {
  const door = fakeDoor({ placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { ID: 3 } });
  door.appOption.mockImplementation((name) => (name === 'keyTemplate' ? template : undefined));
  door.callBatch.mockImplementation((commands) =>
    Promise.resolve(answerClientBatch(commands, items)),
  );
  return door;
}

function renderTab(door: Door, chatKey: ChatKey) {
  render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={createQueryClient()}>
        <EnglishViewMessages>
          <ClientTab chatKey={chatKey} />
        </EnglishViewMessages>
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
  await waitFor(() => expect(card()).toHaveAttribute('data-state', state));
  return card();
}

function row(title: string): HTMLElement {
  const item = screen.getByRole('button', { name: title }).closest('li');
  if (item === null) throw new Error(`no row for ${title}`);
  return item;
}

/** Jane's four records and `count` more deals, all older. */
function withOlderDeals(count: number): ClientItem[] {
  return [
    ...CLIENT_ITEMS,
    ...Array.from({ length: count }, (_, index) => ({
      entityTypeId: 2,
      id: 200 + index,
      title: `Older deal ${index + 1}`,
      day: 1,
      companyId: 0,
      contactIds: [3],
    })),
  ];
}

describe('ClientTab', () => {
  it('lists the contact’s deals and leads with their chats, and asks nothing about a contact chat', async () => {
    const door = clientDoor();
    renderTab(door, keyOf('CRM_CONTACT_DETAIL_TAB', 3));
    const client = await cardIn('client');
    expect(within(client).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Chats of this contact’s deals and leads',
    );
    expect(within(client).getAllByRole('listitem')).toHaveLength(4);
    expect(
      within(row('Website redesign for Acme')).getByRole('button', { name: 'Open chat' }),
    ).toBeVisible();
    const outsider = row('Warehouse automation');
    expect(outsider).toHaveTextContent('Has a chat you’re not a member of');
    expect(within(outsider).queryByRole('button', { name: 'Open chat' })).toBeNull();
    expect(client).not.toHaveTextContent('Chat 2726');
    const lookups = door.callBatch.mock.calls.flatMap(([commands]) =>
      Object.values(commands).filter((command) => command.method === 'imbot.chat.get'),
    );
    expect(lookups.map((command) => command.params?.['ENTITY_ID'])).not.toContain('CONTACT|3');
  });

  it('says so when the company has no deals or leads', async () => {
    renderTab(clientDoor([]), keyOf('CRM_COMPANY_DETAIL_TAB', 9));
    const client = await cardIn('client');
    expect(client).toHaveTextContent('This company has no deals or leads yet.');
  });

  it('shows more a screen at a time, focusing the first added row', async () => {
    const door = clientDoor(withOlderDeals(8));
    renderTab(door, keyOf('CRM_CONTACT_DETAIL_TAB', 3));
    const client = await cardIn('client');
    await waitFor(() => expect(within(client).getAllByRole('listitem')).toHaveLength(10));
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(within(client).getAllByRole('listitem')).toHaveLength(12));
    expect(screen.getByRole('button', { name: 'Older deal 2' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();

    // A visit to a row's card comes back to every row shown before.
    await userEvent.click(screen.getByRole('button', { name: 'Older deal 1' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Back' }));
    await waitFor(() => expect(within(card()).getAllByRole('listitem')).toHaveLength(12));
    expect(screen.getByRole('button', { name: 'Older deal 1' })).toHaveFocus();
  });

  it('keeps the rows when Show more fails, and Try again loads them', async () => {
    const door = clientDoor(withOlderDeals(8));
    renderTab(door, keyOf('CRM_CONTACT_DETAIL_TAB', 3));
    const client = await cardIn('client');
    await waitFor(() => expect(within(client).getAllByRole('listitem')).toHaveLength(10));
    const server = new AppError({ kind: 'error', code: 'INTERNAL_SERVER_ERROR', status: 500 });
    door.callBatch.mockRejectedValueOnce(server);
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Couldn’t load more deals and leads.',
    );
    expect(within(client).getAllByRole('listitem')).toHaveLength(10);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(card()).getAllByRole('listitem')).toHaveLength(12));
  });

  it('opens a row’s card with Back and Open record, and Back returns to the row', async () => {
    const door = clientDoor();
    door.callBatch.mockImplementation((commands) =>
      Promise.resolve('record' in commands ? readyBatch() : answerClientBatch(commands)),
    );
    renderTab(door, keyOf('CRM_CONTACT_DETAIL_TAB', 3));
    await cardIn('client');
    await userEvent.click(screen.getByRole('button', { name: 'Website redesign for Acme' }));
    await cardIn('ready');
    expect(screen.getByRole('button', { name: 'Back' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Open record' }));
    expect(door.openPath).toHaveBeenCalledWith('/crm/deal/details/42/');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await cardIn('client');
    expect(screen.getByRole('button', { name: 'Website redesign for Acme' })).toHaveFocus();
  });

  it('shows a session that is over instead of the list', async () => {
    const door = clientDoor();
    door.callBatch.mockRejectedValue(
      new AppError({ kind: 'session-expired', code: 'NO_AUTH_FOUND' }),
    );
    renderTab(door, keyOf('CRM_CONTACT_DETAIL_TAB', 3));
    await cardIn('session-expired');
  });
});

describe('ClientTab under an admin’s key template', () => {
  it('shows the contact’s own chat when one is kept under that key', async () => {
    const door = clientDoor(CLIENT_ITEMS, PROJECT_TEMPLATE);
    door.callBatch.mockResolvedValue(readyBatch());
    renderTab(door, keyOf('CRM_CONTACT_DETAIL_TAB', 3, PROJECT_TEMPLATE));
    await cardIn('ready');
    expect(door.callBatch.mock.calls[0]?.[0]['lookup']?.params).toEqual({
      ENTITY_TYPE: 'PROJECT',
      ENTITY_ID: 'CONTACT-3',
    });
    expect(methodsAsked(door.callBatch.mock.calls).flat()).not.toContain('crm.item.list');
  });

  it('lists the client’s chats only once the lookup found none', async () => {
    const door = clientDoor(CLIENT_ITEMS, PROJECT_TEMPLATE);
    const lists = door.callBatch.getMockImplementation();
    door.callBatch.mockImplementation((commands) =>
      'lookup' in commands
        ? Promise.resolve(readyBatch({ results: { lookup: null } }))
        : (lists?.(commands, { halt: false }) ?? Promise.reject(new Error('no portal'))),
    );
    renderTab(door, keyOf('CRM_CONTACT_DETAIL_TAB', 3, PROJECT_TEMPLATE));
    const client = await cardIn('client');
    expect(within(client).getAllByRole('listitem')).toHaveLength(4);
    const asked = methodsAsked(door.callBatch.mock.calls);
    expect(asked[0]).toContain('imbot.chat.get');
    expect(asked[1]).toEqual(['crm.item.list', 'crm.item.list']);
    // The rows' chats are looked up under the template too.
    expect(door.callBatch.mock.calls[2]?.[0]['lookup_0']?.params).toEqual({
      ENTITY_TYPE: 'PROJECT',
      ENTITY_ID: 'LEAD-7',
    });
  });
});
