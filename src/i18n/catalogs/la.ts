import type { CoreCatalog } from './en.ts';

/** Spanish: Bitrix24's code `la`. */
export const catalog: CoreCatalog = {
  'action.openChat': 'Abrir chat',
  'action.tryAgain': 'Reintentar',
  'action.requestAccess': 'Solicitar acceso',
  'action.findRecord': 'Buscar un registro',
  'action.settings': 'Configuración',
  'action.reload': 'Recargar',
  'action.openInNewTab': 'Abrir en una pestaña nueva',

  'app.name': 'Linked Chat',
  'app.loading': 'Cargando…',

  'outside.title': 'Abra Linked Chat dentro de Bitrix24',
  'outside.notFramed':
    'Esta página es la aplicación Linked Chat para Bitrix24. Funciona dentro de un portal de Bitrix24, en la pestaña Linked Chat de un elemento del CRM.',
  'outside.install':
    'Para instalarla, un administrador agrega la aplicación al portal (Aplicaciones → Recursos para desarrolladores → Otros → Aplicación local) con la dirección de esta página como controlador y la abre una vez.',
  'outside.noAnswerTitle': 'Bitrix24 no respondió',
  'outside.noAnswer':
    'La aplicación esperó a la página de Bitrix24, pero no obtuvo respuesta. Recargue para intentarlo de nuevo.',

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
  'error.busy': 'Bitrix24 está ocupado en este momento. Inténtelo de nuevo en breve.',
  'error.busyUntil': 'Bitrix24 está ocupado. Volverá a aceptar solicitudes {time}.',
  'error.server': 'Bitrix24 tuvo un error al responder.',
  'error.network': 'No se puede conectar con Bitrix24. Compruebe su conexión.',
  'error.portal': 'Este portal de Bitrix24 no está disponible.',
  'error.malformed': 'Bitrix24 respondió de una forma que la aplicación no entiende.',
  'error.generic': 'Algo salió mal.',
  'error.code': 'Código de error: {code}',
  'error.render': 'Algo salió mal al mostrar esta página.',

  'action.back': 'Atrás',

  'theme.dark': 'Tema oscuro',
};
