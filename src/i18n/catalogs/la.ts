import type { Catalog } from './en.ts';

/** Spanish: Bitrix24's code `la`. */
export const la: Catalog = {
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

  'lookup.title': 'Buscar el chat de un registro',
  'lookup.searchPlaceholder': 'Título o ID',
  'lookup.recentHeading': 'Actualizados recientemente',
  'lookup.resultsHeading': 'Resultados de la búsqueda',
  'lookup.loading': 'Cargando registros…',
  'lookup.empty': 'No hay negociaciones ni prospectos recientes',
  'lookup.noMatches': 'Ningún registro coincide con «{query}»',
  'lookup.found.one': '{count} registro encontrado',
  'lookup.found.other': '{count} registros encontrados',
  'lookup.meta': '{record} · actualizado {time}',
  'lookup.status.noChat': 'Aún no tiene chat',
  'lookup.status.open': 'Usted es miembro de su chat',
  'lookup.status.notMember': 'Tiene un chat del que usted no es miembro',
  'lookup.status.unknown': 'No se pudo comprobar su chat',
  'lookup.errorTitle': 'No se pudieron cargar los registros',

  'card.label': 'Chat vinculado',
  'card.loading': 'Cargando el chat del registro…',

  'ready.members.one': '{count} miembro',
  'ready.members.other': '{count} miembros',
  'ready.linkedTo': 'Vinculado a {record}',
  'ready.created': 'Creado {time}',
  'ready.membersLabel': 'Miembros',
  'ready.stale': 'No se pudo actualizar. Última actualización: {time}.',

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

  'denied.title': 'Usted no es miembro de este chat',
  'denied.body': 'Solo los miembros del chat de este registro pueden leerlo.',
  'denied.viaCard':
    'La forma más rápida de entrar: abra el chat con el botón Chat de esta ficha. Bitrix24 agrega allí a cualquiera que pueda leer el registro.',
  'denied.askNamed': '{name}, la persona responsable, también puede agregarle.',
  'denied.askUnnamed': 'La persona responsable del registro también puede agregarle.',

  'denied.askNamedOnly': 'Pida a {name}, la persona responsable, que le agregue.',
  'denied.askUnnamedOnly': 'Pida a la persona responsable del registro que le agregue.',
  'denied.askMember': 'Un miembro del chat puede agregarle.',
  'request.sent': 'Solicitud enviada. {name} recibirá una notificación de Bitrix24.',
  'request.failed': 'No se pudo enviar la solicitud. {reason}',
  'request.message': '{requester} pide que le agreguen al chat de {record}.',

  'unauthorized.title': 'Inicie sesión como empleado',
  'unauthorized.body':
    'Las sesiones de invitados y de extranet no pueden ver los chats de los registros. Inicie sesión en Bitrix24 con una cuenta de empleado.',

  'restricted.title': 'La aplicación no puede mostrar este chat',
  'restricted.scope': 'A la aplicación le falta un permiso que necesita para leer chats.',
  'restricted.scope.admin': 'Reinstale la aplicación y conceda los permisos im e imbot.',
  'restricted.app-access': 'Un administrador ha limitado esta aplicación a ciertos usuarios.',
  'restricted.app-access.admin':
    'Agregue a este usuario a la lista de acceso de la aplicación en Aplicaciones.',
  'restricted.plan': 'Esto no está disponible en su plan de Bitrix24, o se denegó el acceso.',
  'restricted.plan.admin': 'Revise el plan y los permisos de la aplicación en Aplicaciones.',
  'restricted.rights': 'Su cuenta no tiene los permisos necesarios.',
  'restricted.rights.admin':
    'Revise los permisos de este usuario en la configuración del Messenger y del CRM.',
  'restricted.method': 'Este Bitrix24 no tiene el método del Messenger que necesita la aplicación.',
  'restricted.method.admin': 'Actualice Bitrix24 para que el módulo im ofrezca im.dialog.get.',
  'restricted.askAdmin': 'Pida ayuda a su administrador de Bitrix24.',

  'session.title': 'Su sesión ha caducado',
  'session.body': 'Recargue la página para volver a iniciar sesión en Bitrix24.',

  'badPlacement.title': 'Esta pestaña no sabe a qué registro pertenece',
  'badPlacement.missing-id': 'Bitrix24 abrió la pestaña sin el ID del registro.',
  'badPlacement.invalid-id': 'El ID del registro «{value}» no es un número entero positivo.',
  'badPlacement.unknown-placement': 'Linked Chat no funciona en este lugar ({placement}).',
  'badPlacement.hint': 'Vuelva a abrir la pestaña desde la ficha de un registro del CRM.',

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
  'place.LEAD': 'Fichas de prospectos',
  'place.DEAL': 'Fichas de negociaciones',
  'place.CONTACT': 'Fichas de contactos',
  'place.COMPANY': 'Fichas de compañías',
  'place.QUOTE': 'Fichas de cotizaciones',
  'place.SMART_INVOICE': 'Fichas de facturas',
  'place.DYNAMIC': 'Fichas de «{title}»',
  'place.LEFT_MENU': 'Enlace en el menú izquierdo',
  'placeError.admin': 'Solo un administrador de Bitrix24 puede cambiar esto.',
  'placeError.notFound':
    'Este Bitrix24 no ofrece este lugar, o a la aplicación le falta el permiso del CRM.',
  'placeError.handler': 'Bitrix24 rechazó la dirección de la aplicación como controlador.',
  'placeError.maxCount': 'Demasiadas aplicaciones ya usan este lugar.',
  'install.title': 'Instalando Linked Chat',
  'install.intro':
    'Linked Chat agrega su pestaña a las fichas del CRM y un enlace al menú izquierdo.',
  'install.listLabel': 'Lugares',
  'install.checking': 'Comprobando qué está configurado ya…',
  'install.progress': '{done} de {total} lugares listos',
  'install.finishing': 'Todos los lugares están listos. Finalizando la instalación…',
  'install.failed': 'Algunos lugares no se pudieron agregar. Reintente para agregar solo esos.',
  'install.checkFailed': 'No se pudo comprobar qué está configurado ya.',
  'install.finishFailed': 'Bitrix24 no finalizó la instalación.',
  'install.status.boundBefore': 'Ya agregado',
  'install.status.waiting': 'En espera',
  'install.status.pending': 'Agregando…',
  'install.status.bound': 'Agregado',
  'install.status.failed': 'No agregado',
  'install.notAdminTitle': 'Un administrador debe instalar Linked Chat',
  'install.notAdmin':
    'Solo un administrador de Bitrix24 puede instalar esta aplicación. Pida a su administrador que la abra una vez; así la instalación finalizará para todos.',
  'settings.title': 'Configuración de Linked Chat',
  'settings.adminsOnly': 'Solo los administradores de Bitrix24 pueden cambiar esta configuración.',
  'settings.tabs.title': 'Dónde aparece la pestaña',
  'settings.tabs.hint':
    'Marque las fichas del CRM que muestran la pestaña Linked Chat. Los cambios se aplican de inmediato.',
  'settings.tabs.loading': 'Cargando dónde aparece la pestaña…',
  'settings.tabs.loadFailed': 'No se pudo cargar dónde aparece la pestaña.',
  'settings.tabs.saving': 'Guardando…',
  'settings.tabs.newType': 'Nuevo desde la instalación, aún sin vincular.',
  'settings.tabs.bindFailed': 'No se pudo agregar la pestaña. {reason}',
  'settings.tabs.unbindFailed': 'No se pudo quitar la pestaña. {reason}',
  'settings.key.title': 'Clave del chat',
  'settings.key.hint':
    'La pestaña encuentra el chat de un registro por ENTITY_TYPE y ENTITY_ID. {TYPE} representa el tipo de registro (DEAL, LEAD, DYNAMIC_183…) y {ID} su ID. El valor predeterminado, CRM y {TYPE}|{ID}, es la clave del propio chat del registro en Bitrix24.',
  'settings.key.entityType': 'ENTITY_TYPE',
  'settings.key.entityId': 'ENTITY_ID',
  'settings.key.empty': 'Introduzca un valor.',
  'settings.key.missingId':
    'ENTITY_ID debe contener {ID}; de lo contrario, todos los registros compartirían un chat.',
  'settings.key.unknownToken': 'Entre llaves solo pueden ir {TYPE} e {ID}.',
  'settings.key.example': '{record} → ENTITY_TYPE «{entityType}», ENTITY_ID «{entityId}»',
  'settings.key.save': 'Guardar',
  'settings.key.useDefault': 'Usar el valor predeterminado',
  'settings.key.saving': 'Guardando…',
  'settings.key.saved':
    'Guardado. Las pestañas del CRM usarán esta clave la próxima vez que se abran.',
  'settings.key.saveFailed': 'No se pudo guardar la clave; lo que escribió sigue aquí. {reason}',
  'settings.diag.title': 'Diagnóstico',
  'settings.diag.placement': 'Ubicación',
  'settings.diag.handler': 'Controlador',
  'settings.diag.key': 'Clave para {record}',
  'settings.diag.calls': 'Métodos llamados en esta sesión',
  'settings.diag.lastError': 'Último código de error',
  'settings.diag.none': 'Ninguno',

  'theme.dark': 'Tema oscuro',
};
