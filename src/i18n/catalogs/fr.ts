import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Ouvrir le chat',
  'action.tryAgain': 'Réessayer',
  'action.requestAccess': 'Demander l’accès',
  'action.findRecord': 'Rechercher un élément',
  'action.settings': 'Paramètres',
  'action.reload': 'Recharger',
  'action.openInNewTab': 'Ouvrir dans un nouvel onglet',

  'app.name': 'Linked Chat',
  'app.loading': 'Chargement…',

  'outside.title': 'Ouvrez Linked Chat dans Bitrix24',
  'outside.notFramed':
    'Cette page est l’application Linked Chat pour Bitrix24. Elle fonctionne dans un portail Bitrix24, dans l’onglet Linked Chat d’un élément du CRM.',
  'outside.install':
    'Pour l’installer, un administrateur ajoute l’application au portail (Applications → Ressources pour développeurs → Autre → Application locale) avec l’adresse de cette page comme gestionnaire, puis l’ouvre une fois.',
  'outside.noAnswerTitle': 'Bitrix24 n’a pas répondu',
  'outside.noAnswer':
    'L’application a attendu la page Bitrix24, mais elle n’a pas répondu. Rechargez pour réessayer.',

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
  'error.busy': 'Bitrix24 est occupé pour le moment. Réessayez dans un instant.',
  'error.busyUntil': 'Bitrix24 est occupé. Il accepte de nouveau les requêtes {time}.',
  'error.server': 'Bitrix24 a rencontré une erreur en répondant.',
  'error.network': 'Bitrix24 est injoignable. Vérifiez votre connexion.',
  'error.portal': 'Ce portail Bitrix24 n’est pas disponible.',
  'error.malformed': 'Bitrix24 a répondu d’une façon que l’application ne comprend pas.',
  'error.generic': 'Un problème est survenu.',
  'error.code': 'Code d’erreur : {code}',
  'error.render': 'Un problème est survenu lors de l’affichage de cette page.',

  'action.back': 'Retour',

  'theme.dark': 'Thème sombre',
};
