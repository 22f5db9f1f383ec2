// Haitian Creole (machine translation, not reviewed) and Haitian Creole search terms.
import type { CategoryLocaleData } from './categories-base';

export const ht: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Èd legal ak imigrasyon',
    plainLabel: 'Mwen bezwen yon avoka',
    description: 'Konsèy legal gratis oswa pa chè sou imigrasyon, azil, pèmi travay ak lòt pwoblèm legal, ak avoka ki gen lisans ak reprezantan ki akredite.',
    synonyms: ['avoka', 'avoka gratis', 'èd legal', 'konsèy legal', 'papye', 'papie', 'imigrasyon', 'imigrasion', 'azil', 'depòtasyon', 'deportasyon', 'pèmi travay', 'kat vèt', 'green card', 'viza', 'tps', 'tribinal imigrasyon', 'avoca'],
  },
  'english-classes': {
    name: 'Kou angle ak lòt lang',
    plainLabel: 'Mwen vle aprann angle',
    description: 'Kou angle gratis oswa pa chè pou granmoun, depi nivo debitan rive nivo avanse, sou plas oswa sou entènèt.',
    synonyms: ['angle', 'anglè', 'kou angle', 'kou anglè', 'klas angle', 'aprann angle', 'lekòl angle', 'esl', 'english', 'angle gratis'],
  },
  'citizenship-civic': {
    name: 'Sitwayènte ak lavi sivik',
    plainLabel: 'Mwen vle vin sitwayen',
    description: 'Èd pou mande sitwayènte ameriken, kou pou egzamen sitwayènte a, ak fason pou w patisipe nan kominote w.',
    synonyms: ['sitwayènte', 'sitwayente', 'sitwayen', 'natiralizasyon', 'vin sitwayen', 'egzamen sitwayènte', 'klas sitwayènte', 'n-400', 'vote', 'enskri pou vote'],
  },
  'education-schools': {
    name: 'Edikasyon ak lekòl',
    plainLabel: 'Mwen bezwen yon lekòl pou pitit mwen',
    description: 'Enskri timoun lekòl piblik, pwogram pou timoun piti, edikasyon pou granmoun, GED ak inivèsite.',
    synonyms: ['lekòl', 'lekol', 'lekòl piblik', 'enskri lekòl', 'enskripsyon', 'jadendanfan', 'kindergarten', 'preskolè', 'ged', 'edikasyon granmoun', 'inivèsite', 'lekòl segondè', 'bous detid', 'èd pou devwa'],
  },
  health: {
    name: 'Sante ak sante mantal',
    plainLabel: 'Mwen bezwen yon doktè',
    description: 'Klinik, swen sante ki pa chè, dantis, sipò pou sante mantal ak èd pou asirans sante.',
    synonyms: ['doktè', 'dokte', 'medsen', 'klinik', 'sante', 'lopital', 'dantis', 'asirans sante', 'medicaid', 'sante mantal', 'konsèy', 'vaksen', 'ansent', 'famasi', 'klinik gratis'],
  },
  'housing-shelter': {
    name: 'Lojman ak abri',
    plainLabel: 'Mwen bezwen yon kote pou m rete',
    description: 'Abri pou ijans, èd pou jwenn yon apatman, èd pou peye lwaye ak dwa ou genyen kòm lokatè.',
    synonyms: ['lojman', 'kay', 'apatman', 'lwaye', 'èd pou lwaye', 'abri', 'refij', 'san kay', 'degèpi', 'mèt kay', 'lokatè', 'chanm pou lwe', 'kote pou m rete'],
  },
  'food-basic-needs': {
    name: 'Manje ak bezwen debaz',
    plainLabel: 'Mwen bezwen manje',
    description: 'Depo manje, manje gratis, SNAP (koupon manje), WIC, rad, kouchèt ak bagay pou kay la.',
    synonyms: ['manje', 'manje gratis', 'bank manje', 'depo manje', 'koupon manje', 'snap', 'wic', 'rad', 'kouchèt', 'mèb', 'grangou', 'pwovizyon'],
  },
  'jobs-training': {
    name: 'Travay ak fòmasyon',
    plainLabel: 'Mwen bezwen yon travay',
    description: 'Èd pou jwenn travay, fòmasyon pwofesyonèl, èd pou fè CV ou ak dwa ou nan travay.',
    synonyms: ['travay', 'djòb', 'djob', 'anplwa', 'chèche travay', 'fòmasyon', 'fòmasyon pwofesyonèl', 'cv', 'rezime', 'entèvyou', 'dwa travayè', 'salè ki pa peye'],
  },
  'money-taxes-benefits': {
    name: 'Lajan, taks ak benefis',
    plainLabel: 'Mwen bezwen èd ak lajan',
    description: 'Preparasyon taks gratis, èd pou ITIN, louvri yon kont labank, fè bidjè ak benefis piblik.',
    synonyms: ['taks', 'taks gratis', 'deklarasyon taks', 'itin', 'kont labank', 'labank', 'lajan', 'bidjè', 'kredi', 'benefis', 'asistans', 'prè', 'sekirite sosyal'],
  },
  business: {
    name: 'Biznis ak antrepriz',
    plainLabel: 'Mwen vle louvri yon biznis',
    description: 'Èd pou louvri oswa fè yon ti biznis grandi: pèmi, lisans, prè ak kou.',
    synonyms: ['biznis', 'ti biznis', 'kòmès', 'komès', 'louvri biznis', 'antreprenè', 'lisans biznis', 'pèmi', 'prè', 'machann', 'travay pou kont mwen'],
  },
  transportation: {
    name: 'Transpò',
    plainLabel: 'Mwen bezwen deplase',
    description: 'Bis ak tren, pri redui, kou pou aprann kondui ak transpò pou randevou doktè.',
    synonyms: ['bis', 'otobis', 'tren', 'transpò', 'kat bis', 'lisans', 'lisans pou kondui', 'aprann kondui', 'oto', 'machin', 'bisiklèt', 'taksi', 'woulib'],
  },
  'family-children': {
    name: 'Fanmi ak timoun',
    plainLabel: 'Mwen bezwen èd pou fanmi mwen',
    description: 'Gadri, sipò pou paran, pwogram pou jèn ak granmoun aje, ak sèvis pou fanmi.',
    synonyms: ['gadri', 'gad timoun', 'timoun', 'fanmi', 'paran', 'sipò pou paran', 'jèn', 'pwogram apre lekòl', 'kan ete', 'granmoun aje', 'bebe', 'baby-sitter'],
  },
  'safety-emergencies': {
    name: 'Sekirite ak ijans',
    plainLabel: 'Mwen pa santi m an sekirite',
    description: 'Èd pou vyolans domestik, viktim krim, trafik moun, dezas ak liy telefòn pou kriz.',
    synonyms: ['ijans', 'vyolans domestik', 'vyolans', 'abi', 'viktim', 'lapolis', 'polis', 'trafik moun', 'atak seksyèl', 'kriz', 'liy ijans', 'danje', 'dife', 'dezas'],
  },
  'digital-skills': {
    name: 'Entènèt ak konpetans dijital',
    plainLabel: 'Mwen bezwen èd ak òdinatè',
    description: 'Kou òdinatè gratis, aksè entènèt, aparèy ki pa chè ak èd pou ranpli fòm sou entènèt.',
    synonyms: ['òdinatè', 'odinatè', 'konpitè', 'kou òdinatè', 'entènèt', 'entenet', 'wifi', 'entènèt gratis', 'laptop', 'telefòn', 'imèl', 'sou entènèt', 'enprimant'],
  },
  'interpretation-translation': {
    name: 'Entèpretasyon ak tradiksyon',
    plainLabel: 'Mwen bezwen yon entèprèt',
    description: 'Entèprèt gratis, tradiksyon dokiman ak dwa ou genyen pou jwenn èd nan lang ou.',
    synonyms: ['entèprèt', 'enteprèt', 'entèpretasyon', 'tradiksyon', 'tradiktè', 'tradui dokiman', 'èd nan lang', 'lang', 'tradiksyon sètifye', 'lang siy'],
  },
  'community-recreation': {
    name: 'Kominote ak lwazi',
    plainLabel: 'Mwen vle rankontre moun',
    description: 'Gwoup kiltirèl, legliz ak lòt kote pou priye, espò, bibliyotèk, pak ak evènman pou w fè konesans ak vwazen w.',
    synonyms: ['kominote', 'evènman', 'espò', 'foutbòl', 'bibliyotèk', 'pak', 'lwazi', 'sant kiltirèl', 'legliz', 'volontè', 'fè zanmi', 'rankontre moun', 'fèt', 'aktivite'],
  },
};
