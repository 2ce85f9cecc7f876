import type { CoreCatalog } from './en.ts';

/** Spanish: Bitrix24's code `la`. */
export const catalog: CoreCatalog = {
  'action.openChat': 'Abrir chat',
  'action.tryAgain': 'Reintentar',
  'action.openInNewTab': 'Abrir en una pestaña nueva',

  'app.name': 'Linked Chat',
  'app.loading': 'Cargando…',

  'card.label': 'Chat vinculado',
  'card.loading': 'Cargando el chat del registro…',

  'ready.members.one': '{count} miembro',
  'ready.members.other': '{count} miembros',
  'ready.linkedTo': 'Vinculado a {record}',
  'ready.created': 'Creado {time}',
  'ready.membersLabel': 'Miembros',
  'ready.stale': 'No se pudo actualizar. Última actualización: {time}.',
  'ready.untitled': 'Chat #{id}',

  'conversation.label': 'Mensajes',
  'conversation.earlier': 'Mostrar mensajes anteriores',
  'conversation.earlierFailed': 'No se pudieron cargar los mensajes anteriores.',
  'conversation.empty': 'Aún no hay mensajes.',
  'conversation.deleted': 'Mensaje eliminado',
  'conversation.edited': 'editado',
  'conversation.files': 'Archivos adjuntos',
  'conversation.unread.one': '{count} sin leer',
  'conversation.unread.other': '{count} sin leer',

  'record.label': '{type} #{id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Prospecto',
  'record.type.DEAL': 'Negociación',
  'record.type.CONTACT': 'Contacto',
  'record.type.COMPANY': 'Compañía',
  'record.type.QUOTE': 'Cotización',
  'record.type.SMART_INVOICE': 'Factura',
  'record.type.DYNAMIC': 'Elemento',

  'noChat.title': 'Aún no hay chat',
  'noChat.body':
    '{record} aún no tiene chat de discusión. Bitrix24 lo crea cuando alguien inicia el chat desde la ficha del registro.',
  'noChat.contactCompany':
    'Bitrix24 no mantiene chats de discusión para contactos y compañías, así que aquí no hay nada que mostrar.',

  'error.title': 'No se pudo cargar el chat',
  'error.render': 'Algo salió mal al mostrar esta página.',

  'theme.dark': 'Tema oscuro',
};
