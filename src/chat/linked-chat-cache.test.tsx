import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parsePlacement } from '../b24/chat-key.ts';
import { DoorContext } from '../b24/door-context.ts';
import { createQueryClient, revalidateOnFocusAndVisibility } from '../query/query-client.ts';
import { fakeDoor } from '../test/fake-door.ts';
import { LinkedChatCard } from './linked-chat-card.tsx';
import { linkedChatQueryOptions } from './linked-chat-query.ts';

// Issue "Speed", no needless requests: what boot prefetched is what the cards show, and any
// number of cards for one key cost one request.

const parsed = parsePlacement('CRM_DEAL_DETAIL_TAB', { ID: '42' });
if (!parsed.ok) throw new Error('bad test key');
const DEAL_42 = parsed.key;

function renderCards(door: ReturnType<typeof fakeDoor>, count: number) {
  const queryClient = createQueryClient();
  revalidateOnFocusAndVisibility();
  const cards = Array.from({ length: count }, (_, index) => (
    <LinkedChatCard key={index} chatKey={DEAL_42} />
  ));
  render(
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={queryClient}>{cards}</QueryClientProvider>
    </DoorContext.Provider>,
  );
}

describe('the chat query cache', () => {
  it('gives three cards for the same key one batch between them', async () => {
    const door = fakeDoor();
    renderCards(door, 3);
    expect(await screen.findAllByRole('heading', { name: /Website redesign/ })).toHaveLength(3);
    expect(door.callBatch).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when a prefetched card mounts, re-renders or regains focus', async () => {
    const door = fakeDoor();
    const queryClient = createQueryClient();
    revalidateOnFocusAndVisibility();
    await queryClient.prefetchQuery(linkedChatQueryOptions(door, DEAL_42));
    const tree = (
      <DoorContext.Provider value={door}>
        <QueryClientProvider client={queryClient}>
          <LinkedChatCard chatKey={DEAL_42} />
        </QueryClientProvider>
      </DoorContext.Provider>
    );
    const { rerender } = render(tree);
    expect(await screen.findByRole('heading', { name: /Website redesign/ })).toBeVisible();

    rerender(tree);
    act(() => {
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      window.dispatchEvent(new Event('focus'));
    });
    expect(screen.getByRole('heading', { name: /Website redesign/ })).toBeVisible();
    expect(door.callBatch).toHaveBeenCalledTimes(1);
  });
});
