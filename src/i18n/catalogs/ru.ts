import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Открыть чат',
  'action.tryAgain': 'Повторить',
  'action.openInNewTab': 'Открыть в новой вкладке',

  'app.name': 'Linked Chat',
  'app.loading': 'Загрузка…',

  'card.label': 'Связанный чат',
  'card.loading': 'Загружаем чат записи…',

  'ready.members.one': '{count} участник',
  'ready.members.few': '{count} участника',
  'ready.members.many': '{count} участников',
  'ready.members.other': '{count} участника',
  'ready.linkedTo': 'Привязан к: {record}',
  'ready.created': 'Создан {time}',
  'ready.membersLabel': 'Участники',
  'ready.stale': 'Не удалось обновить. Данные обновлены {time}.',
  'ready.untitled': 'Чат #{id}',

  'conversation.label': 'Сообщения',
  'conversation.earlier': 'Показать ранние сообщения',
  'conversation.earlierFailed': 'Не удалось загрузить ранние сообщения.',
  'conversation.empty': 'Сообщений пока нет.',
  'conversation.deleted': 'Сообщение удалено',
  'conversation.edited': 'изменено',
  'conversation.files': 'Прикреплённые файлы',
  'conversation.unread.one': '{count} непрочитанное',
  'conversation.unread.few': '{count} непрочитанных',
  'conversation.unread.many': '{count} непрочитанных',
  'conversation.unread.other': '{count} непрочитанных',

  'record.label': '{type} №{id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Лид',
  'record.type.DEAL': 'Сделка',
  'record.type.CONTACT': 'Контакт',
  'record.type.COMPANY': 'Компания',
  'record.type.QUOTE': 'Предложение',
  'record.type.SMART_INVOICE': 'Счёт',
  'record.type.DYNAMIC': 'Элемент',

  'noChat.title': 'Чата пока нет',
  'noChat.body':
    'У записи «{record}» пока нет чата обсуждения. Битрикс24 создаёт его, когда кто-нибудь начинает чат из карточки записи.',
  'noChat.contactCompany':
    'Для контактов и компаний Битрикс24 не ведёт чатов обсуждения, поэтому здесь нечего показать.',

  'error.title': 'Не удалось загрузить чат',
  'error.render': 'Что-то пошло не так при показе этой страницы.',

  // Looks native: theme toggle (src/theme/theme-toggle.tsx).
  'theme.dark': 'Тёмная тема',
};
