/** Kinds of change a person can be alerted about, by e-mail and/or in the app. */
export const NOTIFICATION_KINDS = {
  'account-preregistered': { fr: 'Nouvelle pré-inscription', en: 'New pre-registration' },
  'account-transferred': { fr: 'Compte transféré à ma structure', en: 'Account transferred' },
  'candidature-awaiting-validation': { fr: 'Candidature à valider', en: 'Application awaiting validation' },
  'candidature-sent': { fr: 'Candidature validée / envoyée', en: 'Application sent' },
  'candidature-handled': { fr: 'Candidature prise en charge', en: 'Application handled' },
  'candidature-decided': { fr: 'Candidature retenue ou non retenue', en: 'Application decided' },
  'parrainage-requested': { fr: 'Demande de parrainage', en: 'Sponsorship requested' },
  'parrainage-validated': { fr: 'Parrainage validé', en: 'Sponsorship validated' },
  'follow-up-message': { fr: 'Nouveau message de suivi', en: 'New follow-up message' },
  'bilan-phase': { fr: 'Phase de bilan soumise ou terminée', en: 'Assessment phase' },
  'session-registration': { fr: 'Inscription à une session (inscrit, désinscrit, rappel)', en: 'Session registration' },
  'session-registration-request': { fr: "Demande d'inscription à une session", en: 'Session registration request' },
  'cej-action': { fr: 'Nouvelle action proposée par le conseiller', en: 'New action from the counsellor' },
  'cej-appointment': { fr: 'Rendez-vous (nouveau, modifié, annulé, rappel)', en: 'Appointment' },
  'cej-message': { fr: 'Nouveaux messages (messagerie CEJ)', en: 'New messages (CEJ messaging)' },
  'bulk-operation': { fr: 'Opération groupée terminée (transferts)', en: 'Bulk operation finished' },
  'cej-reassignment': { fr: 'Réaffectation de bénéficiaires', en: 'Beneficiaries reassigned' },
  'erasure-request': { fr: 'Demande d’effacement des données d’un jeune', en: 'Erasure request from a young person' },
  'silent-alert': { fr: 'Alerte silencieuse d’un collègue (toujours envoyée)', en: 'Silent alert from a colleague' },
  'offer-alert': { fr: 'Nouvelle offre correspondant à une recherche sauvegardée', en: 'New offer matching a saved search' },
} as const

export type NotificationKind = keyof typeof NOTIFICATION_KINDS

export const NOTIFICATION_KIND_OPTIONS = Object.entries(NOTIFICATION_KINDS).map(([value, label]) => ({ label, value }))
