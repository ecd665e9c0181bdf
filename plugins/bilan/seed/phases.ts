import type { PhaseQuestion } from '../slugs'
import { heading, link, list, paragraph, richText } from '../../../src/kernel/seed/lexical'

export type SeedPhase = { title: string; content: ReturnType<typeof richText>; questions: PhaseQuestion[] }

const q = (key: string, label: string, type: PhaseQuestion['type'], required = false, options?: string[]): PhaseQuestion => ({
  key,
  label,
  type,
  required,
  options: options?.map((value) => ({ value })),
})

/** The ten phases of Mon Bilan en Ligne (seed 002), in order, with their page and form. */
export const SEED_PHASES: SeedPhase[] = [
  {
    title: 'Contexte de la demande',
    content: richText(
      heading('Pourquoi un bilan de compétences ?'),
      paragraph('Cette première phase permet de poser le cadre de votre bilan avec votre conseiller : ce qui vous amène, ce que vous en attendez et le temps que vous pouvez y consacrer.'),
      list(['Votre situation professionnelle actuelle', 'Les raisons de votre demande', 'Vos attentes vis-à-vis du bilan']),
      paragraph('Pensez à enregistrer vos réponses en bas de page avant de quitter le formulaire.'),
    ),
    questions: [
      q('situation', 'Décrivez votre situation professionnelle actuelle.', 'long-text', true),
      q('motivation', 'Qu’est-ce qui vous amène à demander un bilan de compétences aujourd’hui ?', 'long-text', true),
      q('attentes', 'Qu’attendez-vous de ce bilan ?', 'long-text'),
      q('disponibilite', 'Combien de temps par semaine pouvez-vous consacrer au bilan ?', 'choice', false, ['Moins de 2 heures', '2 à 4 heures', 'Plus de 4 heures']),
    ],
  },
  {
    title: 'Retour historique',
    content: richText(
      heading('Votre parcours'),
      paragraph('Retracez votre parcours de formation et vos expériences, professionnelles ou non. Chaque étape vous a appris quelque chose : c’est ce que nous cherchons ensemble.'),
      list(['Formations initiales et continues', 'Emplois, stages, missions', 'Engagements associatifs, loisirs, projets personnels']),
    ),
    questions: [
      q('formations', 'Quelles formations avez-vous suivies (diplômes, certifications) ?', 'long-text', true),
      q('experiences', 'Décrivez vos principales expériences et ce que vous y faisiez.', 'long-text', true),
      q('fierte', 'De quelle réalisation êtes-vous le plus fier ou la plus fière ?', 'long-text'),
    ],
  },
  {
    title: 'Connaissance de soi 1 sur 3 : Valeurs relatives au travail',
    content: richText(
      heading('Ce qui compte pour vous au travail'),
      paragraph('Les valeurs guident nos choix. Identifiez celles qui vous motivent : autonomie, sécurité, reconnaissance, utilité sociale, créativité, relations humaines…'),
      list(['Classez les valeurs de la plus à la moins importante', 'Illustrez chacune par une situation vécue']),
    ),
    questions: [
      q('valeur-principale', 'Quelle valeur est la plus importante pour vous au travail ?', 'choice', true, ['Autonomie', 'Sécurité de l’emploi', 'Reconnaissance', 'Utilité sociale', 'Créativité', 'Relations humaines']),
      q('valeurs-exemple', 'Racontez une situation où cette valeur a été respectée ou mise à mal.', 'long-text'),
      q('importance-salaire', 'Quelle importance accordez-vous au niveau de rémunération ?', 'scale'),
    ],
  },
  {
    title: 'Connaissance de soi 2 sur 3 : Priorités de vie et conditions de travail',
    content: richText(
      heading('Équilibre et conditions de travail'),
      paragraph('Votre projet doit être compatible avec votre vie personnelle : horaires, mobilité, rythme, environnement de travail.'),
      list(['Horaires et temps de travail souhaités', 'Distance acceptable entre domicile et travail', 'Travail en équipe ou en autonomie']),
    ),
    questions: [
      q('priorites', 'Quelles sont vos priorités de vie pour les prochaines années ?', 'long-text', true),
      q('mobilite', 'Quelle mobilité géographique envisagez-vous ?', 'choice', false, ['Aucune', 'Dans mon département', 'Dans ma région', 'Partout en France']),
      q('conditions', 'Quelles conditions de travail seraient rédhibitoires pour vous ?', 'long-text'),
    ],
  },
  {
    title: 'Connaissance de soi 3 sur 3 : Traits de personnalité',
    content: richText(
      heading('Votre manière d’être et d’agir'),
      paragraph('Mieux connaître ses traits de personnalité aide à choisir un environnement où l’on se sent bien. Il n’y a pas de bonne ou de mauvaise réponse.'),
      list(['Comment vous réagissez face à l’imprévu', 'Votre façon de travailler avec les autres', 'Ce que vos proches disent de vous']),
    ),
    questions: [
      q('traits', 'Citez trois traits qui vous caractérisent.', 'short-text', true),
      q('aise-groupe', 'À quel point êtes-vous à l’aise pour prendre la parole en groupe ?', 'scale'),
      q('regard-proches', 'Que disent vos proches ou collègues de vous ?', 'long-text'),
    ],
  },
  {
    title: 'Identification des compétences',
    content: richText(
      heading('Vos compétences'),
      paragraph('À partir de vos expériences, repérez vos savoir-faire techniques et vos compétences transversales (organisation, communication, adaptation…).'),
      paragraph('Pour vous aider, consultez les fiches métiers du ', link('répertoire ROME de France Travail', 'https://candidat.francetravail.fr/metierscope/'), '.'),
    ),
    questions: [
      q('savoir-faire', 'Quels savoir-faire techniques maîtrisez-vous ?', 'long-text', true),
      q('transversales', 'Quelles compétences transversales avez-vous développées ?', 'long-text', true),
      q('a-developper', 'Quelle compétence aimeriez-vous développer ?', 'short-text'),
    ],
  },
  {
    title: 'De mes atouts à mes projets',
    content: richText(
      heading('Des pistes de projet'),
      paragraph('Rapprochez vos valeurs, vos priorités, votre personnalité et vos compétences pour formuler une ou plusieurs pistes de projet professionnel.'),
      list(['Deux ou trois pistes au plus', 'Pour chacune : ce qui vous attire et ce qui vous inquiète'], 'number'),
    ),
    questions: [
      q('piste-1', 'Décrivez votre première piste de projet.', 'long-text', true),
      q('piste-2', 'Décrivez une deuxième piste, si vous en avez une.', 'long-text'),
      q('atouts', 'Quels sont vos principaux atouts pour ces projets ?', 'long-text'),
    ],
  },
  {
    title: 'Connaissance de mon environnement',
    content: richText(
      heading('Explorer les métiers et le marché du travail'),
      paragraph('Informez-vous sur les métiers visés : missions, conditions d’exercice, formations, débouchés près de chez vous. Rencontrez des professionnels en poste.'),
      list(['Enquêtes métier auprès de professionnels', 'Recherche d’offres et de formations', 'Salons, forums, journées portes ouvertes']),
    ),
    questions: [
      q('enquetes', 'Quels professionnels avez-vous rencontrés et qu’en retenez-vous ?', 'long-text', true),
      q('marche', 'Que savez-vous des débouchés de ce métier dans votre bassin d’emploi ?', 'long-text'),
      q('formation-necessaire', 'Une formation est-elle nécessaire pour accéder à ce métier ?', 'choice', false, ['Oui', 'Non', 'Je ne sais pas encore']),
    ],
  },
  {
    title: 'Etude de faisabilité - Validation du/des projets',
    content: richText(
      heading('Votre projet est-il réaliste ?'),
      paragraph('Confrontez chaque piste à la réalité : accès à l’emploi, formation, financement, contraintes personnelles. Retenez le ou les projets validés avec votre conseiller.'),
      list(['Points forts du projet', 'Freins identifiés et solutions', 'Décision : projet retenu, à approfondir ou écarté']),
    ),
    questions: [
      q('projet-retenu', 'Quel projet retenez-vous à l’issue de cette étude ?', 'long-text', true),
      q('freins', 'Quels freins restent à lever, et comment ?', 'long-text'),
      q('confiance', 'Quel est votre degré de confiance dans la réussite de ce projet ?', 'scale'),
    ],
  },
  {
    title: "Définition du plan d'action",
    content: richText(
      heading('Votre plan d’action'),
      paragraph('Dernière étape : planifiez les actions qui mènent à votre projet, avec des échéances. Votre conseiller rédige ensuite la synthèse de votre bilan.'),
      list(['Actions à court terme (moins de 3 mois)', 'Actions à moyen terme (3 à 12 mois)', 'Personnes et organismes ressources'], 'number'),
    ),
    questions: [
      q('actions-court-terme', 'Quelles actions allez-vous mener dans les trois prochains mois ?', 'long-text', true),
      q('actions-moyen-terme', 'Quelles actions à moyen terme prévoyez-vous ?', 'long-text'),
      q('ressources', 'Sur quelles personnes ou quels organismes pouvez-vous vous appuyer ?', 'long-text'),
    ],
  },
]
