import type { CoreCatalog } from './en.ts';

/** Ukrainian: Bitrix24's code `ua`. */
export const catalog: CoreCatalog = {
  'action.openChat': 'Відкрити чат',
  'action.tryAgain': 'Повторити',
  'action.requestAccess': 'Запросити доступ',
  'action.findRecord': 'Знайти запис',
  'action.settings': 'Налаштування',
  'action.reload': 'Перезавантажити',
  'action.openInNewTab': 'Відкрити в новій вкладці',

  'app.name': 'Linked Chat',
  'app.loading': 'Завантаження…',

  'outside.title': 'Відкрийте Linked Chat усередині Бітрікс24',
  'outside.notFramed':
    'Це застосунок Linked Chat для Бітрікс24. Він працює всередині порталу Бітрікс24, на вкладці Linked Chat картки CRM.',
  'outside.install':
    'Щоб установити його, адміністратор додає застосунок на портал (Застосунки → Розробникам → Інше → Локальний застосунок) з адресою цієї сторінки як обробником і один раз відкриває його.',
  'outside.noAnswerTitle': 'Бітрікс24 не відповів',
  'outside.noAnswer':
    'Застосунок чекав на відповідь сторінки Бітрікс24, але не дочекався. Перезавантажте, щоб спробувати знову.',

  'card.label': 'Пов’язаний чат',
  'card.loading': 'Завантажуємо чат запису…',

  'ready.members.one': '{count} учасник',
  'ready.members.few': '{count} учасники',
  'ready.members.many': '{count} учасників',
  'ready.members.other': '{count} учасника',
  'ready.linkedTo': 'Прив’язаний до: {record}',
  'ready.created': 'Створено {time}',
  'ready.membersLabel': 'Учасники',
  'ready.stale': 'Не вдалося оновити. Дані оновлено {time}.',
  'ready.untitled': 'Чат #{id}',

  'conversation.label': 'Повідомлення',
  'conversation.earlier': 'Показати ранні повідомлення',
  'conversation.earlierFailed': 'Не вдалося завантажити ранні повідомлення.',
  'conversation.empty': 'Повідомлень поки немає.',
  'conversation.deleted': 'Повідомлення видалено',
  'conversation.edited': 'змінено',
  'conversation.files': 'Прикріплені файли',
  'conversation.unread.one': '{count} непрочитане',
  'conversation.unread.few': '{count} непрочитані',
  'conversation.unread.many': '{count} непрочитаних',
  'conversation.unread.other': '{count} непрочитаних',

  'record.label': '{type} №{id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Лід',
  'record.type.DEAL': 'Угода',
  'record.type.CONTACT': 'Контакт',
  'record.type.COMPANY': 'Компанія',
  'record.type.QUOTE': 'Пропозиція',
  'record.type.SMART_INVOICE': 'Рахунок',
  'record.type.DYNAMIC': 'Елемент',

  'noChat.title': 'Чату ще немає',
  'noChat.body':
    'У запису «{record}» ще немає чату обговорення. Бітрікс24 створює його, коли хтось починає чат із картки запису.',
  'noChat.contactCompany':
    'Для контактів і компаній Бітрікс24 не веде чатів обговорення, тому тут нічого показати.',

  'error.title': 'Не вдалося завантажити чат',
  'error.busy': 'Бітрікс24 зараз перевантажений. Повторіть трохи згодом.',
  'error.busyUntil': 'Бітрікс24 перевантажений. Він знову прийматиме запити {time}.',
  'error.server': 'Бітрікс24 відповів помилкою.',
  'error.network': 'Немає зв’язку з Бітрікс24. Перевірте підключення.',
  'error.portal': 'Цей портал Бітрікс24 недоступний.',
  'error.malformed': 'Бітрікс24 відповів так, що застосунок не може це розібрати.',
  'error.generic': 'Щось пішло не так.',
  'error.code': 'Код помилки: {code}',
  'error.render': 'Щось пішло не так під час показу цієї сторінки.',

  'action.back': 'Назад',

  'theme.dark': 'Темна тема',
};
