/**
 * Payload's French strings that read awkwardly on our pages, in the words of the manuals
 * (`i18n.translations.fr` in the config). Payload fills `{{label}}` with a collection's singular
 * label and cannot pick an article (« un compte », « une offre »), so the titles put the label
 * after a colon instead of Payload's « un(e) nouveau ou nouvelle ».
 */
export const frenchTranslations = {
  general: {
    created: 'Créé le',
    createdAt: 'Créé le',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Créer : {{label}}',
    deletedSuccessfully: 'Supprimé.',
    descending: 'Décroissant',
    newLabel: 'Nouveau : {{label}}',
    noLabel: '{{label}} : non renseigné',
    none: 'Aucune valeur',
    noResults: 'Aucun résultat ({{label}}) : rien n’existe encore, ou rien ne correspond aux filtres choisis.',
    perPage: 'Par page : {{limit}}',
    successfullyCreated: '{{label}} : création enregistrée.',
    successfullyDuplicated: '{{label}} : copie enregistrée.',
    titleDeleted: '{{label}} « {{title}} » : supprimé.',
    // Booleans in lists and filters: « Oui / Non », never « Vrai / Faux ».
    true: 'Oui',
    false: 'Non',
    untitled: 'Sans nom',
  },
  fields: {
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    chooseFromExisting: 'Choisir parmi l’existant',
    chooseLabel: 'Choisir : {{label}}',
    uploadNewLabel: 'Téléverser : {{label}}',
  },
  version: {
    noRowsFound: 'Aucun résultat ({{label}})',
    restoredSuccessfully: 'Version restaurée.',
  },
  error: {
    // A logged-in person refused for lack of a right reads why, not « vous devez être connecté ».
    unauthorized: 'Accès refusé : vos rôles ou vos structures ne vous donnent pas accès à cette page.',
    notAllowedToAccessPage: 'Si vous en avez besoin, demandez ce rôle à un administrateur de votre structure.',
    notAllowedToPerformAction:
      'Action refusée : vos rôles ou vos structures ne vous permettent pas cette action sur ce document (ou vous n’êtes pas connecté).',
  },
}
