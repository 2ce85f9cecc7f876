import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Открыть чат',
  'action.tryAgain': 'Повторить',
  'action.requestAccess': 'Запросить доступ',
  'action.findRecord': 'Найти запись',
  'action.settings': 'Настройки',
  'action.reload': 'Перезагрузить',
  'action.openInNewTab': 'Открыть в новой вкладке',

  'app.name': 'Linked Chat',
  'app.loading': 'Загрузка…',

  'outside.title': 'Откройте Linked Chat внутри Битрикс24',
  'outside.notFramed':
    'Это приложение Linked Chat для Битрикс24. Оно работает внутри портала Битрикс24, на вкладке Linked Chat карточки CRM.',
  'outside.install':
    'Чтобы установить его, администратор добавляет приложение на портал (Приложения → Разработчикам → Другое → Локальное приложение) с адресом этой страницы в качестве обработчика и один раз открывает его.',
  'outside.noAnswerTitle': 'Битрикс24 не ответил',
  'outside.noAnswer':
    'Приложение ждало ответа от страницы Битрикс24, но не дождалось. Перезагрузите, чтобы попробовать снова.',

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
  'error.busy': 'Битрикс24 сейчас перегружен. Повторите чуть позже.',
  'error.busyUntil': 'Битрикс24 перегружен. Он снова примет запросы {time}.',
  'error.server': 'Битрикс24 ответил ошибкой.',
  'error.network': 'Нет связи с Битрикс24. Проверьте подключение.',
  'error.portal': 'Этот портал Битрикс24 недоступен.',
  'error.malformed': 'Битрикс24 ответил так, что приложение не может это разобрать.',
  'error.generic': 'Что-то пошло не так.',
  'error.code': 'Код ошибки: {code}',
  'error.render': 'Что-то пошло не так при показе этой страницы.',

  // Installation and settings (src/install/, src/settings/, src/chat/places/place-text.ts)
  'action.back': 'Назад',

  // Looks native: theme toggle (src/theme/theme-toggle.tsx).
  'theme.dark': 'Тёмная тема',
};
