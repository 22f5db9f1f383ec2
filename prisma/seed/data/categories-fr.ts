// French (machine translation, not reviewed) and French search terms.
import type { CategoryLocaleData } from './categories-base';

export const fr: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Aide juridique et immigration',
    plainLabel: "J'ai besoin d'un avocat",
    description: "Conseils juridiques gratuits ou peu chers sur l'immigration, l'asile, les permis de travail et d'autres problèmes juridiques, par des avocats et des représentants accrédités.",
    synonyms: ['avocat', 'avocate', 'aide juridique', 'conseil juridique', 'papiers', 'immigration', 'asile', "demandeur d'asile", 'expulsion', 'déportation', 'permis de travail', 'carte verte', 'green card', 'visa', 'avocat gratuit', 'sans papiers', "tribunal de l'immigration", 'avoca'],
  },
  'english-classes': {
    name: "Cours d'anglais et de langues",
    plainLabel: "Je veux apprendre l'anglais",
    description: "Cours d'anglais gratuits ou peu chers pour adultes, du niveau débutant au niveau avancé, sur place et en ligne.",
    synonyms: ['anglais', "cours d'anglais", 'cours d anglais', "apprendre l'anglais", 'apprendre anglais', "classe d'anglais", 'esl', 'english', 'anglais gratuit', 'anglai'],
  },
  'citizenship-civic': {
    name: 'Citoyenneté et vie civique',
    plainLabel: 'Je veux devenir citoyen',
    description: "Aide pour demander la citoyenneté américaine, cours pour l'examen de citoyenneté et façons de participer à la vie de votre quartier.",
    synonyms: ['citoyenneté', 'citoyennete', 'naturalisation', 'devenir citoyen', 'examen de citoyenneté', 'n-400', 'voter', 'inscription électorale', 'citoyen américain', 'cours de citoyenneté'],
  },
  'education-schools': {
    name: 'Éducation et écoles',
    plainLabel: "Je cherche une école pour mon enfant",
    description: "Inscrire les enfants à l'école publique, programmes pour les tout-petits, éducation des adultes, GED et université.",
    synonyms: ['école', 'ecole', 'école publique', 'inscription scolaire', 'inscrire mon enfant', 'maternelle', 'prématernelle', 'ged', 'éducation des adultes', 'université', 'lycée', 'collège', 'bourse', 'soutien scolaire'],
  },
  health: {
    name: 'Santé et santé mentale',
    plainLabel: "J'ai besoin d'un médecin",
    description: "Cliniques, soins à bas prix, dentiste, soutien en santé mentale et aide pour l'assurance maladie.",
    synonyms: ['médecin', 'medecin', 'docteur', 'clinique', 'santé', 'sante', 'hôpital', 'hopital', 'dentiste', 'assurance maladie', 'medicaid', 'santé mentale', 'psychologue', 'vaccins', 'grossesse', 'pharmacie'],
  },
  'housing-shelter': {
    name: 'Logement et hébergement',
    plainLabel: "J'ai besoin d'un logement",
    description: "Hébergement d'urgence, aide pour trouver un appartement, aide pour payer le loyer et vos droits de locataire.",
    synonyms: ['logement', 'appartement', 'loyer', 'aide au loyer', 'hébergement', 'refuge', 'foyer', 'sans abri', 'sans-abri', 'expulsion du logement', 'propriétaire', 'locataire', 'droits des locataires', 'chambre à louer'],
  },
  'food-basic-needs': {
    name: 'Nourriture et besoins essentiels',
    plainLabel: "J'ai besoin de nourriture",
    description: 'Banques alimentaires, repas gratuits, SNAP (bons alimentaires), WIC, vêtements, couches et articles pour la maison.',
    synonyms: ['nourriture', 'alimentation', 'banque alimentaire', 'colis alimentaire', 'repas gratuit', 'soupe populaire', 'bons alimentaires', 'snap', 'wic', 'vêtements', 'couches', 'meubles', 'faim', 'épicerie'],
  },
  'jobs-training': {
    name: 'Emploi et formation',
    plainLabel: "J'ai besoin d'un travail",
    description: "Aide pour trouver du travail, formation professionnelle, aide pour votre CV et vos droits au travail.",
    synonyms: ['travail', 'emploi', 'boulot', 'chercher un emploi', 'formation', 'formation professionnelle', 'cv', 'curriculum vitae', "entretien d'embauche", 'droits des travailleurs', 'salaire impayé', 'stage', 'apprentissage'],
  },
  'money-taxes-benefits': {
    name: 'Argent, impôts et aides',
    plainLabel: "J'ai besoin d'aide avec l'argent",
    description: "Déclaration d'impôts gratuite, aide pour l'ITIN, ouverture d'un compte bancaire, budget et aides publiques.",
    synonyms: ['impôts', 'impots', 'taxes', "déclaration d'impôts", 'itin', 'compte bancaire', 'banque', 'argent', 'budget', 'crédit', 'aides sociales', 'allocations', 'prêt', 'sécurité sociale'],
  },
  business: {
    name: 'Entreprise et entrepreneuriat',
    plainLabel: 'Je veux créer mon entreprise',
    description: "Aide pour créer ou développer une petite entreprise : permis, licences, prêts et cours.",
    synonyms: ['entreprise', 'petite entreprise', 'créer une entreprise', 'entrepreneur', 'commerce', 'licence commerciale', 'permis', 'prêt', 'microcrédit', 'vendeur ambulant', 'travailleur indépendant', 'auto-entrepreneur'],
  },
  transportation: {
    name: 'Transports',
    plainLabel: "J'ai besoin de me déplacer",
    description: 'Bus et trains, tarifs réduits, cours de conduite et transport vers les rendez-vous médicaux.',
    synonyms: ['bus', 'autobus', 'train', 'transport', 'transports en commun', 'carte de bus', 'permis de conduire', 'cours de conduite', 'tarif réduit', 'vélo', 'voiture', 'taxi', 'transport médical'],
  },
  'family-children': {
    name: 'Famille et enfants',
    plainLabel: "J'ai besoin d'aide pour ma famille",
    description: 'Garde d’enfants, soutien aux parents, programmes pour les jeunes et les personnes âgées, et services aux familles.',
    synonyms: ["garde d'enfants", 'garderie', 'crèche', 'enfants', 'famille', 'parents', 'parentalité', 'jeunes', 'activités périscolaires', 'colonie de vacances', 'personnes âgées', 'aînés', 'nounou', 'bébé'],
  },
  'safety-emergencies': {
    name: 'Sécurité et urgences',
    plainLabel: 'Je ne me sens pas en sécurité',
    description: "Aide en cas de violence conjugale, pour les victimes d'actes criminels, de traite des personnes ou de catastrophe, et lignes d'écoute.",
    synonyms: ['urgence', 'violence conjugale', 'violence domestique', 'abus', 'maltraitance', 'victime', 'police', 'traite des personnes', 'agression sexuelle', 'crise', "ligne d'écoute", 'danger', 'incendie', 'catastrophe'],
  },
  'digital-skills': {
    name: 'Internet et compétences numériques',
    plainLabel: "J'ai besoin d'aide avec l'ordinateur",
    description: 'Cours d’informatique gratuits, accès à internet, appareils à bas prix et aide pour les formulaires en ligne.',
    synonyms: ['ordinateur', 'informatique', "cours d'informatique", 'internet', 'wifi', 'internet gratuit', 'portable', 'téléphone', 'smartphone', 'courriel', 'email', 'en ligne', 'compétences numériques', 'imprimante'],
  },
  'interpretation-translation': {
    name: 'Interprétation et traduction',
    plainLabel: "J'ai besoin d'un interprète",
    description: "Interprètes gratuits, traduction de documents et votre droit à une aide dans votre langue.",
    synonyms: ['interprète', 'interprete', 'interprétation', 'traduction', 'traducteur', 'traduire des documents', 'aide linguistique', 'langue', 'traduction certifiée', 'langue des signes'],
  },
  'community-recreation': {
    name: 'Communauté et loisirs',
    plainLabel: 'Je veux rencontrer des gens',
    description: 'Associations culturelles, lieux de culte, sport, bibliothèques, parcs et événements pour rencontrer vos voisins.',
    synonyms: ['communauté', 'événements', 'sport', 'football', 'soccer', 'bibliothèque', 'parc', 'loisirs', 'centre culturel', 'église', 'mosquée', 'bénévolat', 'rencontrer des gens', 'fête', 'activités'],
  },
};
