import type { Catalog } from './en.ts';

/** Portuguese (Brazil): Bitrix24's code `br`. */
export const br: Catalog = {
  'action.openChat': 'Abrir chat',
  'action.tryAgain': 'Tentar novamente',
  'action.requestAccess': 'Solicitar acesso',
  'action.findRecord': 'Encontrar um registro',
  'action.settings': 'Configurações',
  'action.reload': 'Recarregar',
  'action.openInNewTab': 'Abrir em uma nova aba',

  'app.name': 'Linked Chat',
  'app.loading': 'Carregando…',

  'outside.title': 'Abra o Linked Chat dentro do Bitrix24',
  'outside.notFramed':
    'Esta página é o aplicativo Linked Chat para o Bitrix24. Ele funciona dentro de um portal Bitrix24, na aba Linked Chat de um registro do CRM.',
  'outside.install':
    'Para instalá-lo, um administrador adiciona o aplicativo ao portal (Aplicativos → Recursos para desenvolvedores → Outros → Aplicativo local) com o endereço desta página como manipulador e o abre uma vez.',
  'outside.noAnswerTitle': 'O Bitrix24 não respondeu',
  'outside.noAnswer':
    'O aplicativo esperou pela página do Bitrix24, mas ela não respondeu. Recarregue para tentar novamente.',

  'lookup.title': 'Encontrar o chat de um registro',
  'lookup.searchPlaceholder': 'Título ou ID',
  'lookup.recentHeading': 'Atualizados recentemente',
  'lookup.resultsHeading': 'Resultados da pesquisa',
  'lookup.loading': 'Carregando registros…',
  'lookup.empty': 'Nenhum negócio ou lead recente',
  'lookup.noMatches': 'Nenhum registro corresponde a “{query}”',
  'lookup.found.one': '{count} registro encontrado',
  'lookup.found.other': '{count} registros encontrados',
  'lookup.meta': '{record} · atualizado {time}',
  'lookup.status.noChat': 'Ainda sem chat',
  'lookup.status.open': 'Você é membro do chat',
  'lookup.status.notMember': 'Tem um chat do qual você não é membro',
  'lookup.status.unknown': 'Não foi possível verificar o chat',
  'lookup.errorTitle': 'Não foi possível carregar os registros',

  'card.label': 'Chat vinculado',
  'card.loading': 'Carregando o chat do registro…',

  'ready.members.one': '{count} membro',
  'ready.members.other': '{count} membros',
  'ready.linkedTo': 'Vinculado a {record}',
  'ready.created': 'Criado {time}',
  'ready.membersLabel': 'Membros',
  'ready.stale': 'Não foi possível atualizar. Última atualização {time}.',

  'record.label': '{type} #{id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Lead',
  'record.type.DEAL': 'Negócio',
  'record.type.CONTACT': 'Contato',
  'record.type.COMPANY': 'Empresa',
  'record.type.QUOTE': 'Orçamento',
  'record.type.SMART_INVOICE': 'Fatura',
  'record.type.DYNAMIC': 'Item',

  'noChat.title': 'Ainda sem chat',
  'noChat.body':
    '{record} ainda não tem um chat de discussão. O Bitrix24 o cria quando alguém inicia o chat pelo formulário do registro.',
  'noChat.contactCompany':
    'O Bitrix24 não mantém chats de discussão para contatos e empresas, então não há nada para mostrar aqui.',

  'denied.title': 'Você não é membro deste chat',
  'denied.body': 'Somente os membros do chat deste registro podem lê-lo.',
  'denied.viaCard':
    'O caminho mais rápido: abra o chat com o botão Chat deste formulário. O Bitrix24 adiciona ali qualquer pessoa que possa ler o registro.',
  'denied.askNamed': '{name}, o responsável, também pode adicionar você.',
  'denied.askUnnamed': 'O responsável pelo registro também pode adicionar você.',

  'denied.askNamedOnly': 'Peça a {name}, o responsável, para adicionar você.',
  'denied.askUnnamedOnly': 'Peça ao responsável pelo registro para adicionar você.',
  'denied.askMember': 'Um membro do chat pode adicionar você.',
  'request.sent': 'Solicitação enviada. {name} receberá uma notificação do Bitrix24.',
  'request.failed': 'Não foi possível enviar a solicitação. {reason}',
  'request.message': '{requester} pede para ser adicionado ao chat de {record}.',

  'unauthorized.title': 'Entre como funcionário',
  'unauthorized.body':
    'Sessões de convidados e de extranet não veem os chats dos registros. Entre no Bitrix24 com uma conta de funcionário.',

  'restricted.title': 'O aplicativo não pode mostrar este chat',
  'restricted.scope': 'Falta ao aplicativo uma permissão necessária para ler chats.',
  'restricted.scope.admin': 'Reinstale o aplicativo e permita as permissões im e imbot.',
  'restricted.app-access': 'Um administrador limitou este aplicativo a determinados usuários.',
  'restricted.app-access.admin':
    'Adicione este usuário à lista de acesso do aplicativo em Aplicativos.',
  'restricted.plan': 'Isto não está disponível no seu plano do Bitrix24, ou o acesso foi negado.',
  'restricted.plan.admin': 'Verifique o plano e as permissões do aplicativo em Aplicativos.',
  'restricted.rights': 'Sua conta não tem os direitos para isso.',
  'restricted.rights.admin':
    'Verifique os direitos deste usuário nas configurações do Messenger e do CRM.',
  'restricted.method': 'Este Bitrix24 não tem o método do Messenger de que o aplicativo precisa.',
  'restricted.method.admin': 'Atualize o Bitrix24 para que o módulo im ofereça im.dialog.get.',
  'restricted.askAdmin': 'Peça ajuda ao administrador do seu Bitrix24.',

  'session.title': 'Sua sessão expirou',
  'session.body': 'Recarregue a página para entrar no Bitrix24 novamente.',

  'badPlacement.title': 'Esta aba não sabe a qual registro pertence',
  'badPlacement.missing-id': 'O Bitrix24 abriu a aba sem o ID do registro.',
  'badPlacement.invalid-id': 'O ID do registro “{value}” não é um número inteiro positivo.',
  'badPlacement.unknown-placement': 'O Linked Chat não funciona neste local ({placement}).',
  'badPlacement.hint': 'Abra a aba novamente pelo formulário de um registro do CRM.',

  'error.title': 'Não foi possível carregar o chat',
  'error.busy': 'O Bitrix24 está ocupado agora. Tente novamente em instantes.',
  'error.busyUntil': 'O Bitrix24 está ocupado. Ele volta a aceitar solicitações {time}.',
  'error.server': 'O Bitrix24 teve um erro ao responder.',
  'error.network': 'Não é possível acessar o Bitrix24. Verifique sua conexão.',
  'error.portal': 'Este portal Bitrix24 não está disponível.',
  'error.malformed': 'O Bitrix24 respondeu de um jeito que o aplicativo não entende.',
  'error.generic': 'Algo deu errado.',
  'error.code': 'Código do erro: {code}',
  'error.render': 'Algo deu errado ao mostrar esta página.',

  'action.back': 'Voltar',
  'place.LEAD': 'Formulários de leads',
  'place.DEAL': 'Formulários de negócios',
  'place.CONTACT': 'Formulários de contatos',
  'place.COMPANY': 'Formulários de empresas',
  'place.QUOTE': 'Formulários de orçamentos',
  'place.SMART_INVOICE': 'Formulários de faturas',
  'place.DYNAMIC': 'Formulários de “{title}”',
  'place.LEFT_MENU': 'Link no menu esquerdo',
  'placeError.admin': 'Somente um administrador do Bitrix24 pode alterar isso.',
  'placeError.notFound':
    'Este Bitrix24 não oferece este local, ou falta ao aplicativo a permissão do CRM.',
  'placeError.handler': 'O Bitrix24 recusou o endereço do aplicativo como manipulador.',
  'placeError.maxCount': 'Aplicativos demais já usam este local.',
  'install.title': 'Instalando o Linked Chat',
  'install.intro':
    'O Linked Chat adiciona sua aba aos formulários do CRM e um link ao menu esquerdo.',
  'install.listLabel': 'Locais',
  'install.checking': 'Verificando o que já está configurado…',
  'install.progress': '{done} de {total} locais prontos',
  'install.finishing': 'Todos os locais estão prontos. Concluindo a instalação…',
  'install.failed':
    'Alguns locais não puderam ser adicionados. Tente novamente para adicionar só esses.',
  'install.checkFailed': 'Não foi possível verificar o que já está configurado.',
  'install.finishFailed': 'O Bitrix24 não concluiu a instalação.',
  'install.status.boundBefore': 'Já adicionado',
  'install.status.waiting': 'Aguardando',
  'install.status.pending': 'Adicionando…',
  'install.status.bound': 'Adicionado',
  'install.status.failed': 'Não adicionado',
  'install.notAdminTitle': 'Um administrador precisa instalar o Linked Chat',
  'install.notAdmin':
    'Somente um administrador do Bitrix24 pode instalar este aplicativo. Peça ao seu administrador para abri-lo uma vez; a instalação então é concluída para todos.',
  'settings.title': 'Configurações do Linked Chat',
  'settings.adminsOnly': 'Somente administradores do Bitrix24 podem alterar estas configurações.',
  'settings.tabs.title': 'Onde a aba aparece',
  'settings.tabs.hint':
    'Marque os formulários do CRM que mostram a aba Linked Chat. As alterações valem na hora.',
  'settings.tabs.loading': 'Carregando onde a aba aparece…',
  'settings.tabs.loadFailed': 'Não foi possível carregar onde a aba aparece.',
  'settings.tabs.saving': 'Salvando…',
  'settings.tabs.newType': 'Novo desde a instalação, ainda não vinculado.',
  'settings.tabs.bindFailed': 'Não foi possível adicionar a aba. {reason}',
  'settings.tabs.unbindFailed': 'Não foi possível remover a aba. {reason}',
  'settings.key.title': 'Chave do chat',
  'settings.key.hint':
    'A aba encontra o chat de um registro por ENTITY_TYPE e ENTITY_ID. {TYPE} representa o tipo do registro (DEAL, LEAD, DYNAMIC_183…) e {ID}, o seu ID. O padrão, CRM e {TYPE}|{ID}, é a chave do próprio chat do registro no Bitrix24.',
  'settings.key.entityType': 'ENTITY_TYPE',
  'settings.key.entityId': 'ENTITY_ID',
  'settings.key.empty': 'Digite um valor.',
  'settings.key.missingId':
    'ENTITY_ID deve conter {ID}, ou todos os registros compartilhariam um só chat.',
  'settings.key.unknownToken': 'Somente {TYPE} e {ID} podem ficar entre chaves.',
  'settings.key.example': '{record} → ENTITY_TYPE “{entityType}”, ENTITY_ID “{entityId}”',
  'settings.key.save': 'Salvar',
  'settings.key.useDefault': 'Usar o padrão',
  'settings.key.saving': 'Salvando…',
  'settings.key.saved': 'Salvo. As abas do CRM usarão esta chave na próxima vez que abrirem.',
  'settings.key.saveFailed':
    'Não foi possível salvar a chave; o que você digitou continua aqui. {reason}',
  'settings.diag.title': 'Diagnóstico',
  'settings.diag.placement': 'Local de inserção',
  'settings.diag.handler': 'Manipulador',
  'settings.diag.key': 'Chave para {record}',
  'settings.diag.calls': 'Métodos chamados nesta sessão',
  'settings.diag.lastError': 'Último código de erro',
  'settings.diag.none': 'Nenhum',

  'theme.dark': 'Tema escuro',
};
