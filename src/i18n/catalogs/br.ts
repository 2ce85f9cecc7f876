import type { CoreCatalog } from './en.ts';

/** Portuguese (Brazil): Bitrix24's code `br`. */
export const catalog: CoreCatalog = {
  'action.openChat': 'Abrir chat',
  'action.tryAgain': 'Tentar novamente',
  'action.openInNewTab': 'Abrir em uma nova aba',

  'app.name': 'Linked Chat',
  'app.loading': 'Carregando…',

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
  'error.render': 'Algo deu errado ao mostrar esta página.',

  'theme.dark': 'Tema escuro',
};
