import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import type { BatchCommand, BatchOutcome } from '../b24/door.ts';
import { DoorContext } from '../b24/door-context.ts';
import { createQueryClient } from '../query/query-client.ts';
import { everyPlace } from '../test/expected-places.ts';
import { fakeDoor } from '../test/fake-door.ts';
import { InstallView } from './install-view.tsx';
import { EnglishViewMessages } from '../test/english-view-messages.tsx';

type Door = ReturnType<typeof fakeDoor>;

const HANDLER = `${window.location.origin}${window.location.pathname}`;
const TYPES = { types: [{ entityTypeId: 183, title: 'Projects' }] };

/** A portal that answers placement.get / crm.type.list and binds all but `failing` (`code`). */
function portalDoor({
  bound = [] as string[],
  failing = new Set<string>(),
  code = 'ERROR_PLACEMENT_MAX_COUNT',
} = {}): Door {
  const door = fakeDoor({ isAdmin: true, installMode: true, placement: 'DEFAULT' });
  door.callBatch.mockImplementation((commands: Readonly<Record<string, BatchCommand>>) => {
    const outcome: { results: Record<string, unknown>; errors: Record<string, AppError> } = {
      results: {},
      errors: {},
    };
    for (const [name, { method }] of Object.entries(commands)) {
      if (method === 'placement.get') {
        outcome.results[name] = bound.map((placement) => ({ placement, handler: HANDLER }));
      } else if (method === 'crm.type.list') {
        outcome.results[name] = TYPES;
      } else if (failing.has(name)) {
        outcome.errors[name] = new AppError({ kind: 'error', code });
      } else {
        outcome.results[name] = true;
      }
    }
    return Promise.resolve<BatchOutcome>(outcome);
  });
  return door;
}

function renderInstall(door: Door) {
  render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={createQueryClient()}>
        <EnglishViewMessages>
          <InstallView />
        </EnglishViewMessages>
      </QueryClientProvider>
    </DoorContext.Provider>,
  );
}

function bindBatches(door: Door): string[][] {
  return door.callBatch.mock.calls
    .map(([commands]) => Object.entries(commands))
    .filter((entries) => entries.some(([, command]) => command.method === 'placement.bind'))
    .map((entries) => entries.map(([name]) => name));
}

describe('InstallView', () => {
  it('tells a non-admin to ask an administrator and sends nothing', () => {
    const door = fakeDoor({ isAdmin: false, installMode: true });
    renderInstall(door);
    expect(
      screen.getByRole('heading', { name: 'An administrator must install Linked Chat' }),
    ).toBeInTheDocument();
    expect(door.callBatch).not.toHaveBeenCalled();
    expect(door.callMethod).not.toHaveBeenCalled();
    expect(door.installFinish).not.toHaveBeenCalled();
  });

  it('binds every place in one batch, saves the smart processes, then finishes', async () => {
    const door = portalDoor();
    renderInstall(door);

    await waitFor(() => expect(door.installFinish).toHaveBeenCalledTimes(1));
    expect(bindBatches(door)).toEqual([everyPlace([183])]);
    expect(door.callBatch.mock.calls.every(([, options]) => options.halt === false)).toBe(true);
    expect(door.setAppOption).toHaveBeenCalledWith('smartProcessTypes', '[183]');
    expect(door.setAppOption.mock.invocationCallOrder[0]).toBeLessThan(
      door.installFinish.mock.invocationCallOrder[0] ?? 0,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Finishing the installation');
    const rows = within(screen.getByRole('list', { name: 'Places' })).getAllByRole('listitem');
    expect(rows).toHaveLength(8);
    expect(rows[6]).toHaveTextContent('Projects cards');
    expect(rows[2]).toHaveTextContent(
      'Contact cardsShows the chats of the contact’s deals and leads',
    );
    expect(rows[3]).toHaveTextContent(
      'Company cardsShows the chats of the company’s deals and leads',
    );
    for (const row of rows) expect(row).toHaveTextContent('Added');
  });

  it('does not bind what is already bound, and finishes at once when nothing is left', async () => {
    const door = portalDoor({
      bound: everyPlace([183]),
    });
    renderInstall(door);

    await waitFor(() => expect(door.installFinish).toHaveBeenCalledTimes(1));
    expect(bindBatches(door)).toEqual([]);
    expect(screen.getAllByText('Already added')).toHaveLength(8);
  });

  it('names a failed place with its reason, does not finish, and retries only it', async () => {
    const failing = new Set(['CRM_QUOTE_DETAIL_TAB']);
    const door = portalDoor({ failing });
    renderInstall(door);

    const retry = await screen.findByRole('button', { name: 'Try again' });
    const failedRow = screen.getByText('Quote cards').closest('li');
    expect(failedRow).toHaveTextContent('Not added');
    expect(failedRow).toHaveTextContent('Too many apps already use this place.');
    expect(failedRow).toHaveTextContent('ERROR_PLACEMENT_MAX_COUNT');
    expect(screen.getByRole('status')).toHaveTextContent('Some places could not be added');
    expect(door.installFinish).not.toHaveBeenCalled();

    failing.clear();
    await userEvent.click(retry);

    await waitFor(() => expect(door.installFinish).toHaveBeenCalledTimes(1));
    expect(bindBatches(door).at(-1)).toEqual(['CRM_QUOTE_DETAIL_TAB']);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('binds a failed place once when Try again is pressed twice in one task', async () => {
    const failing = new Set(['CRM_QUOTE_DETAIL_TAB']);
    const door = portalDoor({ failing });
    renderInstall(door);

    const retry = await screen.findByRole('button', { name: 'Try again' });
    failing.clear();
    act(() => {
      retry.click();
      retry.click();
    });

    await waitFor(() => expect(door.installFinish).toHaveBeenCalledTimes(1));
    expect(bindBatches(door)).toEqual([everyPlace([183]), ['CRM_QUOTE_DETAIL_TAB']]);
  });

  it.each([
    ['counts it as done when placement.get lists the place as ours', true, 'Finishing', 1],
    ['keeps the place failed when placement.get does not list it', false, 'Some places', 0],
  ])('on ERROR_CORE (“Handler already binded”) %s', async (_, listed, status, finishes) => {
    const door = portalDoor({ failing: new Set(['CRM_QUOTE_DETAIL_TAB']), code: 'ERROR_CORE' });
    door.callMethod.mockResolvedValue(
      [{ placement: 'CRM_QUOTE_DETAIL_TAB', handler: HANDLER }].filter(() => listed),
    );
    renderInstall(door);

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(status));
    expect(door.callMethod).toHaveBeenCalledWith('placement.get');
    expect(door.installFinish).toHaveBeenCalledTimes(finishes);
    expect(bindBatches(door)).toHaveLength(1);
  });

  it('offers Try again when the portal could not be read, without binding anything', async () => {
    const door = portalDoor();
    door.callBatch.mockRejectedValueOnce(
      new AppError({ kind: 'error', code: 'INTERNAL_SERVER_ERROR', status: 500 }),
    );
    renderInstall(door);

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('status')).toHaveTextContent('Couldn’t check what is already set up.');
    expect(bindBatches(door)).toEqual([]);

    await userEvent.click(retry);
    await waitFor(() => expect(door.installFinish).toHaveBeenCalledTimes(1));
  });

  it('shows a refused installFinish and lets the admin try again', async () => {
    const door = portalDoor();
    door.installFinish.mockRejectedValueOnce(
      new AppError({ kind: 'error', code: 'JSSDK_FRAME_INSTALL_ALREADY_FINISHED' }),
    );
    renderInstall(door);

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Bitrix24 didn’t finish the installation.',
    );
    await userEvent.click(retry);
    await waitFor(() => expect(door.installFinish).toHaveBeenCalledTimes(2));
    expect(bindBatches(door)).toHaveLength(1);
  });
});
