import type { Catalog } from './en.ts';

export const fr: Catalog = {
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

  'lookup.title': 'Trouver le chat d’un élément',
  'lookup.searchPlaceholder': 'Titre ou ID',
  'lookup.recentHeading': 'Modifiés récemment',
  'lookup.resultsHeading': 'Résultats de la recherche',
  'lookup.loading': 'Chargement des éléments…',
  'lookup.empty': 'Aucune transaction ni aucun prospect récent',
  'lookup.noMatches': 'Aucun élément ne correspond à « {query} »',
  'lookup.found.one': '{count} élément trouvé',
  'lookup.found.other': '{count} éléments trouvés',
  'lookup.meta': '{record} · modifié {time}',
  'lookup.status.noChat': 'Pas encore de chat',
  'lookup.status.open': 'Vous êtes membre de son chat',
  'lookup.status.notMember': 'A un chat dont vous n’êtes pas membre',
  'lookup.status.unknown': 'Impossible de vérifier son chat',
  'lookup.errorTitle': 'Impossible de charger les éléments',

  'card.label': 'Chat lié',
  'card.loading': 'Chargement du chat de l’élément…',

  'ready.members.one': '{count} membre',
  'ready.members.other': '{count} membres',
  'ready.linkedTo': 'Lié à {record}',
  'ready.created': 'Créé {time}',
  'ready.membersLabel': 'Membres',
  'ready.stale': 'Actualisation impossible. Dernière mise à jour {time}.',

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

  'denied.title': 'Vous n’êtes pas membre de ce chat',
  'denied.body': 'Seuls les membres du chat de cet élément peuvent le lire.',
  'denied.viaCard':
    'Le plus rapide : ouvrez le chat avec le bouton Chat de cette fiche. Bitrix24 y ajoute toute personne qui peut lire l’élément.',
  'denied.askNamed': '{name}, la personne responsable, peut aussi vous ajouter.',
  'denied.askUnnamed': 'La personne responsable de l’élément peut aussi vous ajouter.',

  'denied.askNamedOnly': 'Demandez à {name}, la personne responsable, de vous ajouter.',
  'denied.askUnnamedOnly': 'Demandez à la personne responsable de l’élément de vous ajouter.',
  'denied.askMember': 'Un membre du chat peut vous ajouter.',
  'request.sent': 'Demande envoyée. {name} recevra une notification Bitrix24.',
  'request.failed': 'Impossible d’envoyer la demande. {reason}',
  'request.message': '{requester} demande à être ajouté au chat de {record}.',

  'unauthorized.title': 'Connectez-vous en tant qu’employé',
  'unauthorized.body':
    'Les sessions invité et extranet ne voient pas les chats des éléments. Connectez-vous à Bitrix24 avec un compte d’employé.',

  'restricted.title': 'L’application ne peut pas afficher ce chat',
  'restricted.scope': 'Il manque à l’application une autorisation nécessaire pour lire les chats.',
  'restricted.scope.admin': 'Réinstallez l’application et accordez les autorisations im et imbot.',
  'restricted.app-access': 'Un administrateur a réservé cette application à certains utilisateurs.',
  'restricted.app-access.admin':
    'Ajoutez cet utilisateur à la liste d’accès de l’application dans Applications.',
  'restricted.plan': 'Ce n’est pas disponible avec votre offre Bitrix24, ou l’accès a été refusé.',
  'restricted.plan.admin':
    'Vérifiez l’offre et les autorisations de l’application dans Applications.',
  'restricted.rights': 'Votre compte n’a pas les droits nécessaires.',
  'restricted.rights.admin':
    'Vérifiez les droits de cet utilisateur dans les paramètres de la messagerie et du CRM.',
  'restricted.method':
    'Ce Bitrix24 ne propose pas la méthode de messagerie dont l’application a besoin.',
  'restricted.method.admin': 'Mettez à jour Bitrix24 pour que le module im propose im.dialog.get.',
  'restricted.askAdmin': 'Demandez de l’aide à votre administrateur Bitrix24.',

  'session.title': 'Votre session a expiré',
  'session.body': 'Rechargez la page pour vous reconnecter à Bitrix24.',

  'badPlacement.title': 'Cet onglet ne sait pas à quel élément il appartient',
  'badPlacement.missing-id': 'Bitrix24 a ouvert l’onglet sans ID d’élément.',
  'badPlacement.invalid-id': 'L’ID « {value} » n’est pas un nombre entier positif.',
  'badPlacement.unknown-placement': 'Linked Chat ne fonctionne pas à cet endroit ({placement}).',
  'badPlacement.hint': 'Rouvrez l’onglet depuis la fiche d’un élément du CRM.',

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
  'place.LEAD': 'Fiches des prospects',
  'place.DEAL': 'Fiches des transactions',
  'place.CONTACT': 'Fiches des contacts',
  'place.COMPANY': 'Fiches des entreprises',
  'place.QUOTE': 'Fiches des devis',
  'place.SMART_INVOICE': 'Fiches des factures',
  'place.DYNAMIC': 'Fiches « {title} »',
  'place.LEFT_MENU': 'Lien du menu de gauche',
  'placeError.admin': 'Seul un administrateur Bitrix24 peut modifier cela.',
  'placeError.notFound':
    'Ce Bitrix24 ne propose pas cet emplacement, ou l’application n’a pas l’autorisation CRM.',
  'placeError.handler': 'Bitrix24 a refusé l’adresse de l’application comme gestionnaire.',
  'placeError.maxCount': 'Trop d’applications utilisent déjà cet emplacement.',
  'install.title': 'Installation de Linked Chat',
  'install.intro': 'Linked Chat ajoute son onglet aux fiches du CRM et un lien au menu de gauche.',
  'install.listLabel': 'Emplacements',
  'install.checking': 'Vérification de ce qui est déjà configuré…',
  'install.progress': '{done} emplacements prêts sur {total}',
  'install.finishing': 'Tous les emplacements sont prêts. Finalisation de l’installation…',
  'install.failed':
    'Certains emplacements n’ont pas pu être ajoutés. Réessayez pour n’ajouter qu’eux.',
  'install.checkFailed': 'Impossible de vérifier ce qui est déjà configuré.',
  'install.finishFailed': 'Bitrix24 n’a pas terminé l’installation.',
  'install.status.boundBefore': 'Déjà ajouté',
  'install.status.waiting': 'En attente',
  'install.status.pending': 'Ajout…',
  'install.status.bound': 'Ajouté',
  'install.status.failed': 'Non ajouté',
  'install.notAdminTitle': 'Un administrateur doit installer Linked Chat',
  'install.notAdmin':
    'Seul un administrateur Bitrix24 peut installer cette application. Demandez à votre administrateur de l’ouvrir une fois ; l’installation sera alors terminée pour tout le monde.',
  'settings.title': 'Paramètres de Linked Chat',
  'settings.adminsOnly': 'Seuls les administrateurs Bitrix24 peuvent modifier ces paramètres.',
  'settings.tabs.title': 'Où l’onglet apparaît',
  'settings.tabs.hint':
    'Cochez les fiches du CRM qui affichent l’onglet Linked Chat. Les modifications s’appliquent immédiatement.',
  'settings.tabs.loading': 'Chargement des emplacements de l’onglet…',
  'settings.tabs.loadFailed': 'Impossible de charger les emplacements de l’onglet.',
  'settings.tabs.saving': 'Enregistrement…',
  'settings.tabs.newType': 'Nouveau depuis l’installation, pas encore lié.',
  'settings.tabs.bindFailed': 'Impossible d’ajouter l’onglet. {reason}',
  'settings.tabs.unbindFailed': 'Impossible de retirer l’onglet. {reason}',
  'settings.key.title': 'Clé du chat',
  'settings.key.hint':
    'L’onglet trouve le chat d’un élément par ENTITY_TYPE et ENTITY_ID. {TYPE} représente le type d’élément (DEAL, LEAD, DYNAMIC_183…) et {ID} son ID. La valeur par défaut, CRM et {TYPE}|{ID}, est la clé du chat propre à l’élément dans Bitrix24.',
  'settings.key.entityType': 'ENTITY_TYPE',
  'settings.key.entityId': 'ENTITY_ID',
  'settings.key.empty': 'Saisissez une valeur.',
  'settings.key.missingId':
    'ENTITY_ID doit contenir {ID}, sinon tous les éléments partageraient un seul chat.',
  'settings.key.unknownToken': 'Seuls {TYPE} et {ID} peuvent figurer entre accolades.',
  'settings.key.example': '{record} → ENTITY_TYPE « {entityType} », ENTITY_ID « {entityId} »',
  'settings.key.save': 'Enregistrer',
  'settings.key.useDefault': 'Utiliser la valeur par défaut',
  'settings.key.saving': 'Enregistrement…',
  'settings.key.saved':
    'Enregistré. Les onglets du CRM utiliseront cette clé à leur prochaine ouverture.',
  'settings.key.saveFailed':
    'Impossible d’enregistrer la clé ; votre saisie est toujours là. {reason}',
  'settings.diag.title': 'Diagnostic',
  'settings.diag.placement': 'Emplacement',
  'settings.diag.handler': 'Gestionnaire',
  'settings.diag.key': 'Clé pour {record}',
  'settings.diag.calls': 'Méthodes appelées pendant cette session',
  'settings.diag.lastError': 'Dernier code d’erreur',
  'settings.diag.none': 'Aucun',

  'theme.dark': 'Thème sombre',
};
