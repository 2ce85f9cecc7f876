import type { Catalog } from './en.ts';

export const ru: Catalog = {
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

  'lookup.placeholder': 'Откройте вкладку Linked Chat в карточке CRM, чтобы увидеть её чат.',
  'install.placeholder': 'Linked Chat устанавливается.',

  'card.label': 'Связанный чат',
  'card.loading': 'Загружаем чат записи…',

  'ready.members.one': '{count} участник',
  'ready.members.few': '{count} участника',
  'ready.members.many': '{count} участников',
  'ready.members.other': '{count} участника',
  'ready.linkedTo': 'Привязан к: {record}',
  'ready.created': 'Создан {time}',
  'ready.membersLabel': 'Участники',
  'ready.stale': 'Не удалось обновить. Показаны данные, загруженные {time}.',

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

  'denied.title': 'Вы не участник этого чата',
  'denied.body': 'Читать чат записи могут только его участники.',
  'denied.viaCard':
    'Быстрее всего — открыть чат кнопкой «Чат» в этой карточке. Битрикс24 добавляет туда всех, кто может читать запись.',
  'denied.askNamed': 'Также вас может добавить ответственный — {name}.',
  'denied.askUnnamed': 'Также вас может добавить ответственный за запись.',

  'unauthorized.title': 'Войдите как сотрудник',
  'unauthorized.body':
    'Гостевые и экстранет-сессии не видят чаты записей. Войдите в Битрикс24 под учётной записью сотрудника.',

  'restricted.title': 'Приложение не может показать этот чат',
  'restricted.scope': 'Приложению не хватает разрешения на чтение чатов.',
  'restricted.scope.admin': 'Переустановите приложение и разрешите права im и imbot.',
  'restricted.app-access': 'Администратор разрешил это приложение только некоторым пользователям.',
  'restricted.app-access.admin': 'Добавьте этого пользователя в список доступа приложения.',
  'restricted.plan': 'Это недоступно на вашем тарифе Битрикс24 или доступ запрещён.',
  'restricted.plan.admin': 'Проверьте тариф и права приложения в разделе «Приложения».',
  'restricted.rights': 'У вашей учётной записи нет прав на это.',
  'restricted.rights.admin': 'Проверьте права пользователя в настройках мессенджера и CRM.',
  'restricted.method': 'В этом Битрикс24 нет метода мессенджера, нужного приложению.',
  'restricted.method.admin': 'Обновите Битрикс24, чтобы модуль im предоставлял im.dialog.get.',
  'restricted.askAdmin': 'Обратитесь к администратору Битрикс24.',

  'session.title': 'Сессия истекла',
  'session.body': 'Перезагрузите страницу, чтобы снова войти в Битрикс24.',

  'badPlacement.title': 'Вкладка не знает, к какой записи она относится',
  'badPlacement.missing-id': 'Битрикс24 открыл вкладку без ID записи.',
  'badPlacement.invalid-id': 'ID записи «{value}» — не целое положительное число.',
  'badPlacement.unknown-placement': 'Linked Chat не работает в этом месте ({placement}).',
  'badPlacement.hint': 'Откройте вкладку снова из карточки записи CRM.',

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
};
