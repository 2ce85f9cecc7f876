import { useRef } from 'react';
import type { ChatKey } from '../b24/chat-key.ts';
import { useDoor } from '../b24/door-context.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { accessRequestMessage } from './access-request-message.ts';
import { errorSentence } from './error-sentence.ts';
import type { LinkedRecord, Person } from './linked-chat.ts';
import { useRequestAccess } from './request-access-mutation.ts';

interface RequestAccessProps {
  chatKey: ChatKey;
  record: LinkedRecord;
  responsible: Person;
  requester: Person;
}

/** Asks the responsible person, by a Bitrix24 notification, to add the user to the chat. */
export function RequestAccess({ chatKey, record, responsible, requester }: RequestAccessProps) {
  const door = useDoor();
  const i18n = useViewsI18n();
  const { mutation, request, sent } = useRequestAccess(chatKey);
  // Focus follows the button only when this click sent it, not when the card re-renders later.
  const focusConfirmation = useRef(false);

  if (sent) {
    return (
      <p
        className="card__text"
        role="status"
        tabIndex={-1}
        ref={(element) => {
          if (element !== null && focusConfirmation.current) {
            focusConfirmation.current = false;
            element.focus();
          }
        }}
      >
        {i18n.t('request.sent', { name: responsible.name })}
      </p>
    );
  }

  const send = () => {
    const message = accessRequestMessage(i18n, {
      requester,
      record,
      key: chatKey,
      portalOrigin: door.init.portal.origin,
    });
    request(
      { to: responsible.id, message },
      {
        onSuccess: () => {
          focusConfirmation.current = true;
        },
      },
    );
  };

  return (
    <>
      {mutation.isError && (
        <p className="card__text" role="alert">
          {i18n.t('request.failed', { reason: errorSentence(i18n, mutation.error) })}
        </p>
      )}
      {/* aria-disabled instead of disabled: a disabled button would drop the keyboard focus. */}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={mutation.isPending}
        onClick={send}
      >
        {i18n.t('action.requestAccess')}
      </button>
    </>
  );
}
