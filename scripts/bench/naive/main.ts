// The naive reference for `npm run bench`: what a straightforward Linked Chat would look like
// with the SDK's defaults. It is never shipped (it is built into dist-bench/ by the benchmark
// only). It deliberately keeps the costs our app avoids: the SDK's JSON POSTs (a CORS
// preflight per call, protocol spec §11) and three sequential REST calls after the first
// render: the lookup, the details, then the chat's latest messages (issue 13), shown as text.
// Written with createElement because tsconfig.node.json, which typechecks scripts/, has no JSX.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { initializeB24Frame } from '@bitrix24/b24jssdk';

interface Message {
  id: string;
  text: string;
}

interface LinkedChat {
  id: string;
  title: string;
  messages: Message[];
}

/** The page our card asks for (contract §5: `LIMIT` ≤ 50). */
const MESSAGE_LIMIT = '20';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function dealIdOf(options: unknown): string {
  const parsed: unknown = typeof options === 'string' ? JSON.parse(options) : options;
  const id = isRecord(parsed) ? scalarText(parsed.ID ?? parsed.id) : undefined;
  if (!id) throw new Error('PLACEMENT_OPTIONS has no ID');
  return id;
}

async function callResult(
  b24: Awaited<ReturnType<typeof initializeB24Frame>>,
  method: string,
  params: Record<string, string>,
): Promise<unknown> {
  const response = await b24.actions.v2.call.make({ method, params });
  if (!response.isSuccess) throw new Error(`${method} failed`);
  return response.getData()?.result;
}

function messagesOf(answer: unknown): Message[] {
  const list = isRecord(answer) && Array.isArray(answer.messages) ? answer.messages : [];
  return list.flatMap((message: unknown) => {
    const id = isRecord(message) ? scalarText(message.id) : undefined;
    const text = isRecord(message) ? scalarText(message.text) : undefined;
    return id === undefined ? [] : [{ id, text: text ?? '' }];
  });
}

// Lookup, details, messages: each call after the first needs the lookup's ID, and a
// straightforward page makes them one after the other, each paying its own preflight and POST.
async function fetchLinkedChat(): Promise<LinkedChat | null> {
  const b24 = await initializeB24Frame();
  const dealId = dealIdOf(b24.placement.options);
  const lookup = await callResult(b24, 'imbot.chat.get', {
    ENTITY_TYPE: 'CRM',
    ENTITY_ID: `DEAL|${dealId}`,
  });
  const chatId = isRecord(lookup) ? scalarText(lookup.ID) : undefined;
  if (!chatId) return null;
  const dialog = await callResult(b24, 'imbot.dialog.get', { DIALOG_ID: `chat${chatId}` });
  const title = isRecord(dialog) ? scalarText(dialog.name ?? dialog.title) : undefined;
  const latest = await callResult(b24, 'im.dialog.messages.get', {
    DIALOG_ID: `chat${chatId}`,
    LIMIT: MESSAGE_LIMIT,
  });
  // A conversation reads oldest first, whatever order the page came in.
  const messages = messagesOf(latest).sort((a, b) => Number(a.id) - Number(b.id));
  return { id: chatId, title: title ?? `chat${chatId}`, messages };
}

function ChatCard() {
  const chat = useQuery({ queryKey: ['linked-chat'], queryFn: fetchLinkedChat });
  if (chat.isPending) return h('section', { 'data-state': 'loading' }, 'Loading…');
  if (chat.isError) return h('section', { 'data-state': 'error' }, chat.error.message);
  if (!chat.data) return h('section', { 'data-state': 'no-chat' }, 'No linked chat');
  return h(
    'section',
    { 'data-state': 'ready' },
    h('h2', null, chat.data.title),
    h(
      'ol',
      { role: 'log', 'aria-label': 'Messages' },
      chat.data.messages.map((message) =>
        h('li', { key: message.id, 'data-message-id': message.id }, message.text),
      ),
    ),
    h('button', { type: 'button' }, 'Open chat'),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(h(QueryClientProvider, { client: new QueryClient() }, h(ChatCard)));
