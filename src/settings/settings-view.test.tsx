import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { DoorContext } from '../b24/door-context.ts';
import { createQueryClient } from '../query/query-client.ts';
import { fakeDoor } from '../test/fake-door.ts';
import { NavigationContext } from '../ui/navigation.ts';
import { SettingsView } from './settings-view.tsx';
import { EnglishViewMessages } from '../test/english-view-messages.tsx';

type Door = ReturnType<typeof fakeDoor>;

const HANDLER = `${window.location.origin}${window.location.pathname}`;

function adminDoor({
  options = {} as Record<string, unknown>,
  bound = ['CRM_DEAL_DETAIL_TAB'],
} = {}) {
  const door = fakeDoor({ isAdmin: true, placement: 'LEFT_MENU', placementOptions: {} });
  door.appOption.mockImplementation((name) => options[name]);
  door.callBatch.mockResolvedValue({
    results: {
      bound: bound.map((placement) => ({ placement, handler: HANDLER })),
      types: {
        types: [
          { entityTypeId: 183, title: 'Projects' },
          { entityTypeId: 187, title: 'Tenders' },
        ],
      },
    },
    errors: {},
  });
  return door;
}

function renderSettings(door: Door, navigate = vi.fn()) {
  render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={createQueryClient()}>
        <NavigationContext.Provider value={navigate}>
          <EnglishViewMessages>
            <SettingsView />
          </EnglishViewMessages>
        </NavigationContext.Provider>
      </QueryClientProvider>
    </DoorContext.Provider>,
  );
  return navigate;
}

/** A promise the test settles by hand, to look at the pending state in between. */
function deferred() {
  let settle!: { resolve: (value: unknown) => void; reject: (error: unknown) => void };
  const promise = new Promise<unknown>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

describe('SettingsView: where the tab appears', () => {
  it('ticks the types bound to this handler and marks smart processes added later', async () => {
    renderSettings(adminDoor({ options: { smartProcessTypes: '[183]' } }));

    expect(await screen.findByRole('checkbox', { name: 'Deal cards' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Lead cards' })).not.toBeChecked();
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    expect(screen.getByRole('checkbox', { name: 'Tenders cards' })).toHaveAccessibleDescription(
      'New since installation, not yet bound.',
    );
    expect(screen.getByRole('checkbox', { name: 'Projects cards' })).toHaveAccessibleDescription(
      '',
    );
    // Bitrix24 keeps no chat for contacts and companies: their tab lists their deals' and leads'.
    expect(screen.getByRole('checkbox', { name: 'Contact cards' })).toHaveAccessibleDescription(
      /^Shows the chats of the contact’s deals and leads\s*$/,
    );
    expect(screen.getByRole('checkbox', { name: 'Company cards' })).toHaveAccessibleDescription(
      /^Shows the chats of the company’s deals and leads\s*$/,
    );
  });

  it('binds live, showing Saving… until the portal answers', async () => {
    const door = adminDoor({ options: { smartProcessTypes: '[183]' } });
    const answer = deferred();
    door.callMethod.mockReturnValueOnce(answer.promise);
    renderSettings(door);

    const tenders = await screen.findByRole('checkbox', { name: 'Tenders cards' });
    await userEvent.click(tenders);
    expect(tenders).toBeChecked();
    expect(tenders).toHaveAccessibleDescription('Saving…');
    // The bind leaves once the catalogs' tab titles have loaded.
    await waitFor(() =>
      expect(door.callMethod).toHaveBeenCalledWith(
        'placement.bind',
        expect.objectContaining({ PLACEMENT: 'CRM_DYNAMIC_187_DETAIL_TAB', HANDLER }),
      ),
    );

    answer.resolve(true);
    await waitFor(() => expect(tenders).toHaveAccessibleDescription(''));
    expect(tenders).toBeChecked();
    expect(door.setAppOption).toHaveBeenCalledWith('smartProcessTypes', '[183,187]');
  });

  it('unbinds with our handler; a refusal puts the tick back and says why', async () => {
    const door = adminDoor();
    door.callMethod.mockRejectedValueOnce(
      new AppError({ kind: 'restricted', code: 'ACCESS_DENIED' }),
    );
    renderSettings(door);

    const deals = await screen.findByRole('checkbox', { name: 'Deal cards' });
    await userEvent.click(deals);

    await waitFor(() =>
      expect(deals).toHaveAccessibleDescription(
        'Couldn’t remove the tab. Only a Bitrix24 administrator can change this. Error code: ACCESS_DENIED',
      ),
    );
    expect(deals).toBeChecked();
    expect(door.callMethod).toHaveBeenCalledWith('placement.unbind', {
      PLACEMENT: 'CRM_DEAL_DETAIL_TAB',
      HANDLER,
    });
  });
});

describe('SettingsView: the chat key', () => {
  it('starts from the saved template and validates before saving', async () => {
    const door = adminDoor({
      options: { keyTemplate: '{"entityType":"PROJECT","entityId":"deal-{ID}"}' },
    });
    renderSettings(door);

    const entityId = screen.getByLabelText('ENTITY_ID');
    expect(screen.getByLabelText('ENTITY_TYPE')).toHaveValue('PROJECT');
    expect(entityId).toHaveValue('deal-{ID}');

    await userEvent.clear(entityId);
    await userEvent.type(entityId, 'deal-45');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(entityId).toHaveAttribute('aria-invalid', 'true');
    expect(entityId).toHaveAccessibleDescription(
      'ENTITY_ID must contain {ID}, or every record would share one chat.',
    );
    expect(entityId).toHaveFocus();
    expect(door.setAppOption).not.toHaveBeenCalled();
  });

  it('saves as JSON and keeps what was typed when saving fails', async () => {
    const door = adminDoor();
    door.setAppOption.mockRejectedValueOnce(new AppError({ kind: 'error', code: 'NETWORK_ERROR' }));
    renderSettings(door);

    const entityType = screen.getByLabelText('ENTITY_TYPE');
    const entityId = screen.getByLabelText('ENTITY_ID');
    await userEvent.clear(entityType);
    await userEvent.type(entityType, 'PROJECT');
    await userEvent.clear(entityId);
    await userEvent.type(entityId, 'deal-{{ID}');
    expect(screen.getByText('Deal #42 → ENTITY_TYPE “PROJECT”, ENTITY_ID “deal-42”')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Couldn’t save the key; what you typed is still here.',
    );
    expect(entityType).toHaveValue('PROJECT');
    expect(entityId).toHaveValue('deal-{ID}');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Saved\./)).toBeInTheDocument();
    expect(door.setAppOption).toHaveBeenLastCalledWith(
      'keyTemplate',
      '{"entityType":"PROJECT","entityId":"deal-{ID}"}',
    );
    const diagnostics = screen.getByRole('region', { name: 'Diagnostics' });
    expect(diagnostics).toHaveTextContent('ENTITY_TYPE=PROJECT ENTITY_ID=deal-42');
  });
});

describe('SettingsView: once per press', () => {
  it('writes the key once when Save is pressed twice in one task', async () => {
    const door = adminDoor();
    renderSettings(door);
    await userEvent.clear(screen.getByLabelText('ENTITY_TYPE'));
    await userEvent.type(screen.getByLabelText('ENTITY_TYPE'), 'PROJECT');

    const save = screen.getByRole('button', { name: 'Save' });
    act(() => {
      save.click();
      save.click();
    });

    expect(await screen.findByText(/^Saved\./)).toBeInTheDocument();
    expect(door.setAppOption).toHaveBeenCalledTimes(1);
  });

  it('binds a tab once when it is ticked twice in one task', async () => {
    const door = adminDoor();
    const answer = deferred();
    door.callMethod.mockReturnValueOnce(answer.promise);
    renderSettings(door);

    const tenders = await screen.findByRole('checkbox', { name: 'Tenders cards' });
    act(() => {
      tenders.click();
      tenders.click();
    });
    answer.resolve(true);

    await waitFor(() => expect(tenders).toHaveAccessibleDescription(''));
    expect(tenders).toBeChecked();
    expect(door.callMethod).toHaveBeenCalledTimes(1);
  });
});

describe('SettingsView: diagnostics and navigation', () => {
  it('lists the methods called and the last error code, and Back returns to the lookup', async () => {
    const door = adminDoor();
    door.calls.record('crm.item.list', null);
    door.calls.record('imbot.chat.get', 'ACCESS_ERROR');
    const navigate = renderSettings(door);

    const diagnostics = screen.getByRole('region', { name: 'Diagnostics' });
    expect(diagnostics).toHaveTextContent('LEFT_MENU');
    expect(diagnostics).toHaveTextContent('ENTITY_TYPE=CRM ENTITY_ID=DEAL|42');
    expect(within(diagnostics).getByText('crm.item.list')).toBeInTheDocument();
    expect(within(diagnostics).getByText('ACCESS_ERROR')).toBeInTheDocument();

    door.calls.record('placement.unbind', 'ACCESS_DENIED');
    expect(await within(diagnostics).findByText('ACCESS_DENIED')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(navigate).toHaveBeenCalledWith('lookup');
  });

  it('shows nothing to change to a non-admin', () => {
    const door = fakeDoor({ isAdmin: false, placement: 'LEFT_MENU' });
    renderSettings(door);
    expect(
      screen.getByText('Only Bitrix24 administrators can change these settings.'),
    ).toBeVisible();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(door.callBatch).not.toHaveBeenCalled();
  });
});
