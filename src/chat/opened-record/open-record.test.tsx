import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_KEY_TEMPLATE } from '../../b24/chat-key.ts';
import { DoorContext } from '../../b24/door-context.ts';
import { createQueryClient } from '../../query/query-client.ts';
import { EnglishViewMessages } from '../../test/english-view-messages.tsx';
import { fakeDoor, restError } from '../../test/fake-door.ts';
import { chatKeyOf } from '../record-rows/record-row.ts';
import { OPEN_PATH_SILENCE_MS, OpenRecord } from './open-record.tsx';

type Door = ReturnType<typeof fakeDoor>;

function keyOf(entityTypeId: number, id: number) {
  const key = chatKeyOf(entityTypeId, id, DEFAULT_KEY_TEMPLATE);
  if (key === undefined) throw new Error('bad test key');
  return key;
}

function renderControl(door: Door, entityTypeId = 2, id = 42) {
  render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={createQueryClient()}>
        <EnglishViewMessages>
          <OpenRecord chatKey={keyOf(entityTypeId, id)} />
        </EnglishViewMessages>
      </QueryClientProvider>
    </DoorContext.Provider>,
  );
}

const button = () => screen.getByRole('button', { name: 'Open record' });

afterEach(() => {
  vi.useRealTimers();
});

describe('OpenRecord', () => {
  it.each([
    [2, 42, '/crm/deal/details/42/'],
    [1, 7, '/crm/lead/details/7/'],
    [7, 11, '/crm/type/7/details/11/'],
    [31, 12, '/crm/type/31/details/12/'],
    [183, 5, '/crm/type/183/details/5/'],
  ])('opens type %s record %s at %s through openPath', async (entityTypeId, id, path) => {
    const door = fakeDoor();
    renderControl(door, entityTypeId, id);
    await userEvent.click(button());
    expect(door.openPath).toHaveBeenCalledExactlyOnceWith(path);
  });

  it('opens one slider for a double click', async () => {
    const door = fakeDoor();
    renderControl(door);
    await userEvent.dblClick(button());
    expect(door.openPath).toHaveBeenCalledTimes(1);
  });

  it('opens again once the slider was closed, and says nothing', async () => {
    const door = fakeDoor();
    door.openPath.mockResolvedValue('closed');
    renderControl(door);
    await userEvent.click(button());
    await userEvent.click(button());
    expect(door.openPath).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['PATH_NOT_AVAILABLE', 'Bitrix24 won’t open this record’s card from here.'],
    ['METHOD_NOT_SUPPORTED_ON_DEVICE', 'This device can’t open the record’s card inside Bitrix24.'],
    ['Error open window', 'This device can’t open the record’s card inside Bitrix24.'],
    ['SOMETHING_ELSE', 'Couldn’t open the record’s card.'],
  ])('says why on %s and links the card in a new tab', async (code, text) => {
    const door = fakeDoor();
    door.openPath.mockRejectedValue(restError(code));
    renderControl(door);
    await userEvent.click(button());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(alert).toHaveTextContent(`Error code: ${code}`);
    const link = screen.getByRole('link', { name: 'Open in a new tab' });
    expect(link).toHaveAttribute('href', 'http://localhost:4000/crm/deal/details/42/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('offers the card in a new tab when the portal stays silent, and a press asks again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const door = fakeDoor();
    renderControl(door);
    await userEvent.click(button());
    expect(screen.queryByRole('status')).toBeNull();
    act(() => vi.advanceTimersByTime(OPEN_PATH_SILENCE_MS));
    expect(screen.getByRole('status')).toHaveTextContent('Bitrix24 hasn’t answered.');
    expect(screen.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute(
      'href',
      'http://localhost:4000/crm/deal/details/42/',
    );
    await userEvent.click(button());
    expect(door.openPath).toHaveBeenCalledTimes(2);
  });
});
