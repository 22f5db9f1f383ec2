// English: the source text of every category, and English search terms.
import type { CategoryLocaleData } from './categories-base';

export const en: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Legal & immigration help',
    plainLabel: 'I need a lawyer',
    description: 'Free or low-cost legal advice on immigration, asylum, work permits and other legal problems, from licensed lawyers and accredited representatives.',
    synonyms: ['lawyer', 'attorney', 'legal help', 'legal aid', 'immigration', 'immigration lawyer', 'papers', 'green card', 'visa', 'asylum', 'deportation', 'daca', 'tps', 'work permit', 'notario', 'laywer', 'imigration', 'immigration court', 'ice', 'free lawyer'],
  },
  'english-classes': {
    name: 'English & language classes',
    plainLabel: 'I want to learn English',
    description: 'Free and low-cost English classes for adults, from beginner to advanced, in person and online.',
    synonyms: ['english', 'esl', 'esol', 'english class', 'english classes', 'learn english', 'english lessons', 'ell', 'conversation class', 'englsh', 'inglish', 'literacy', 'language class', 'english tutor'],
  },
  'citizenship-civic': {
    name: 'Citizenship & civic life',
    plainLabel: 'I want to become a citizen',
    description: 'Help applying for U.S. citizenship, classes for the citizenship test, and ways to take part in your community.',
    synonyms: ['citizenship', 'citizen', 'naturalization', 'n-400', 'citizenship test', 'civics test', 'civics', 'become a citizen', 'citizenship class', 'vote', 'voting', 'register to vote', 'oath ceremony', 'citizenshp', 'sitizenship', 'naturalisation'],
  },
  'education-schools': {
    name: 'Education & schools',
    plainLabel: 'I need a school for my child',
    description: 'Enrolling children in public school, early childhood programs, adult education, GED and college.',
    synonyms: ['school', 'public school', 'enroll', 'enrollment', 'school registration', 'kindergarten', 'pre-k', 'preschool', 'head start', 'ged', 'adult education', 'college', 'high school', 'scholarship', 'tutoring', 'shcool', 'scool'],
  },
  health: {
    name: 'Health & mental health',
    plainLabel: 'I need a doctor',
    description: 'Clinics, low-cost health care, dental care, mental health support and help with health insurance.',
    synonyms: ['doctor', 'clinic', 'health', 'health care', 'hospital', 'dentist', 'medical', 'medicaid', 'health insurance', 'mental health', 'counseling', 'therapist', 'vaccines', 'pregnant', 'prenatal', 'pharmacy', 'free clinic', 'docter', 'helth'],
  },
  'housing-shelter': {
    name: 'Housing & shelter',
    plainLabel: 'I need a place to live',
    description: 'Emergency shelter, help finding an apartment, help paying rent, and your rights as a tenant.',
    synonyms: ['housing', 'shelter', 'apartment', 'rent', 'rent help', 'homeless', 'eviction', 'landlord', 'tenant', 'tenant rights', 'place to live', 'room for rent', 'section 8', 'affordable housing', 'apartament', 'shelther'],
  },
  'food-basic-needs': {
    name: 'Food & basic needs',
    plainLabel: 'I need food',
    description: 'Food pantries, free meals, SNAP (food stamps), WIC, clothing, diapers and household items.',
    synonyms: ['food', 'food pantry', 'food bank', 'free food', 'free meals', 'soup kitchen', 'snap', 'food stamps', 'ebt', 'wic', 'groceries', 'clothes', 'clothing', 'diapers', 'furniture', 'hungry', 'fod'],
  },
  'jobs-training': {
    name: 'Jobs & training',
    plainLabel: 'I need a job',
    description: 'Help finding work, job training, help with your resume, and your rights at work.',
    synonyms: ['job', 'jobs', 'work', 'employment', 'job training', 'resume', 'cv', 'job search', 'hiring', 'career', 'interview', 'workers rights', 'wage theft', 'unpaid wages', 'apprenticeship', 'jop'],
  },
  'money-taxes-benefits': {
    name: 'Money, taxes & benefits',
    plainLabel: 'I need help with money',
    description: 'Free tax preparation, ITIN help, opening a bank account, budgeting and public benefits.',
    synonyms: ['taxes', 'tax help', 'free tax preparation', 'itin', 'vita', 'bank account', 'bank', 'budget', 'credit', 'benefits', 'cash assistance', 'social security', 'financial help', 'money', 'loan', 'taxs'],
  },
  business: {
    name: 'Business & entrepreneurship',
    plainLabel: 'I want to start a business',
    description: 'Help starting or growing a small business: permits, licenses, loans and classes.',
    synonyms: ['business', 'small business', 'start a business', 'entrepreneur', 'business license', 'permit', 'llc', 'microloan', 'business loan', 'food truck', 'street vendor', 'self-employed', 'bussiness', 'busines'],
  },
  transportation: {
    name: 'Transportation',
    plainLabel: 'I need to get around',
    description: 'Buses and trains, reduced fares, driving lessons and rides to medical appointments.',
    synonyms: ['bus', 'bus pass', 'train', 'transit', 'ride', 'transportation', "driver's license", 'drivers license', 'driving lessons', 'reduced fare', 'bike', 'car', 'medical ride', 'taxi', 'bus schedule', 'licence'],
  },
  'family-children': {
    name: 'Family & children',
    plainLabel: 'I need help for my family',
    description: 'Child care, parenting support, programs for young people and older adults, and family services.',
    synonyms: ['child care', 'childcare', 'daycare', 'day care', 'babysitter', 'parenting', 'family', 'children', 'kids', 'youth', 'after school', 'summer camp', 'seniors', 'elderly', 'family support', 'chilcare'],
  },
  'safety-emergencies': {
    name: 'Safety & emergencies',
    plainLabel: 'I don’t feel safe',
    description: 'Help for domestic violence, crime victims, human trafficking, disasters, and crisis hotlines.',
    synonyms: ['emergency', 'domestic violence', 'abuse', 'violence', 'crime victim', 'police', 'human trafficking', 'trafficking', 'sexual assault', 'crisis', 'hotline', 'safe', 'not safe', 'fire', 'disaster', 'u visa', 'emergancy'],
  },
  'digital-skills': {
    name: 'Internet & digital skills',
    plainLabel: 'I need help with computers',
    description: 'Free computer classes, internet access, low-cost devices and help with online forms.',
    synonyms: ['computer', 'computer class', 'internet', 'wifi', 'free internet', 'laptop', 'smartphone', 'phone', 'email', 'online', 'digital literacy', 'computer skills', 'printer', 'compuer', 'internet access'],
  },
  'interpretation-translation': {
    name: 'Interpretation & translation',
    plainLabel: 'I need an interpreter',
    description: 'Free interpreters, translation of documents, and your right to language help.',
    synonyms: ['interpreter', 'interpretation', 'translation', 'translator', 'translate documents', 'language help', 'language access', 'certified translation', 'sign language', 'interpeter', 'translater', 'language line'],
  },
  'community-recreation': {
    name: 'Community & recreation',
    plainLabel: 'I want to meet people',
    description: 'Cultural groups, places of worship, sports, libraries, parks and events where you can meet your neighbors.',
    synonyms: ['community', 'events', 'sports', 'soccer', 'library', 'park', 'recreation', 'cultural center', 'church', 'mosque', 'temple', 'volunteer', 'meet people', 'friends', 'youth club', 'festival'],
  },
};
