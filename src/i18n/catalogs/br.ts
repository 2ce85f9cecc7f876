import type { CoreCatalog } from './en.ts';

/** Portuguese (Brazil): Bitrix24's code `br`. */
export const catalog: CoreCatalog = {
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

  'card.label': 'Chat vinculado',
  'card.loading': 'Carregando o chat do registro…',

  'ready.members.one': '{count} membro',
  'ready.members.other': '{count} membros',
  'ready.linkedTo': 'Vinculado a {record}',
  'ready.created': 'Criado {time}',
  'ready.membersLabel': 'Membros',
  'ready.stale': 'Não foi possível atualizar. Última atualização {time}.',
  'ready.untitled': 'Chat #{id}',

  'conversation.label': 'Mensagens',
  'conversation.earlier': 'Mostrar mensagens anteriores',
  'conversation.earlierFailed': 'Não foi possível carregar as mensagens anteriores.',
  'conversation.empty': 'Ainda não há mensagens.',
  'conversation.deleted': 'Mensagem excluída',
  'conversation.edited': 'editada',
  'conversation.files': 'Arquivos anexados',
  'conversation.unread.one': '{count} não lida',
  'conversation.unread.other': '{count} não lidas',

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

  'theme.dark': 'Tema escuro',
};
