import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Ouvrir le chat',
  'action.tryAgain': 'Réessayer',
  'action.openInNewTab': 'Ouvrir dans un nouvel onglet',

  'app.name': 'Linked Chat',
  'app.loading': 'Chargement…',

  'card.label': 'Chat lié',
  'card.loading': 'Chargement du chat de l’élément…',

  'ready.members.one': '{count} membre',
  'ready.members.other': '{count} membres',
  'ready.linkedTo': 'Lié à {record}',
  'ready.created': 'Créé {time}',
  'ready.membersLabel': 'Membres',
  'ready.stale': 'Actualisation impossible. Dernière mise à jour {time}.',
  'ready.untitled': 'Chat #{id}',

  'conversation.label': 'Messages',
  'conversation.earlier': 'Afficher les messages précédents',
  'conversation.earlierFailed': 'Impossible de charger les messages précédents.',
  'conversation.empty': 'Aucun message pour l’instant.',
  'conversation.deleted': 'Message supprimé',
  'conversation.edited': 'modifié',
  'conversation.files': 'Fichiers joints',
  'conversation.unread.one': '{count} non lu',
  'conversation.unread.other': '{count} non lus',

  'record.label': '{type} n° {id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Prospect',
  'record.type.DEAL': 'Transaction',
  'record.type.CONTACT': 'Contact',
  'record.type.COMPANY': 'Entreprise',
  'record.type.QUOTE': 'Devis',
  'record.type.SMART_INVOICE': 'Facture',
  'record.type.DYNAMIC': 'Élément',

  'noChat.title': 'Pas encore de chat',
  'noChat.body':
    '{record} n’a pas encore de chat de discussion. Bitrix24 le crée quand quelqu’un lance le chat depuis la fiche de l’élément.',
  'noChat.contactCompany':
    'Bitrix24 ne tient pas de chat de discussion pour les contacts et les entreprises : il n’y a donc rien à afficher ici.',

  'error.title': 'Impossible de charger le chat',
  'error.render': 'Un problème est survenu lors de l’affichage de cette page.',

  'theme.dark': 'Thème sombre',
};
