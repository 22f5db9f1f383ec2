// Swahili (machine translation, not reviewed) and Swahili search terms, including English
// loan words East African newcomers use every day ("green card", "ESL", "daktari").
import type { CategoryLocaleData } from './categories-base';

export const sw: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Msaada wa kisheria na uhamiaji',
    plainLabel: 'Ninahitaji wakili',
    description: 'Ushauri wa kisheria wa bure au wa bei nafuu kuhusu uhamiaji, hifadhi ya ukimbizi, vibali vya kazi na matatizo mengine ya kisheria, kutoka kwa mawakili wenye leseni na wawakilishi walioidhinishwa.',
    synonyms: ['wakili', 'mwanasheria', 'msaada wa kisheria', 'ushauri wa kisheria', 'uhamiaji', 'hifadhi ya ukimbizi', 'ukimbizi', 'mkimbizi', 'kibali cha kazi', 'green card', 'kadi ya kijani', 'viza', 'visa', 'kufukuzwa nchini', 'mahakama ya uhamiaji', 'wakili wa bure', 'karatasi', 'wakil', 'mwanasheria wa bure'],
  },
  'english-classes': {
    name: 'Madarasa ya Kiingereza na lugha',
    plainLabel: 'Nataka kujifunza Kiingereza',
    description: 'Madarasa ya Kiingereza ya bure na ya bei nafuu kwa watu wazima, kuanzia wanaoanza hadi wa kiwango cha juu, ana kwa ana na mtandaoni.',
    synonyms: ['kiingereza', 'darasa la kiingereza', 'madarasa ya kiingereza', 'kujifunza kiingereza', 'masomo ya kiingereza', 'esl', 'english', 'kiingereza bure', 'kingereza', 'kiengereza', 'lugha ya kiingereza'],
  },
  'citizenship-civic': {
    name: 'Uraia na maisha ya kiraia',
    plainLabel: 'Nataka kuwa raia',
    description: 'Msaada wa kuomba uraia wa Marekani, madarasa ya mtihani wa uraia, na njia za kushiriki katika jamii yako.',
    synonyms: ['uraia', 'raia', 'kuwa raia', 'mtihani wa uraia', 'uraia wa marekani', 'n-400', 'citizenship', 'kupiga kura', 'kujiandikisha kupiga kura', 'uraiya'],
  },
  'education-schools': {
    name: 'Elimu na shule',
    plainLabel: 'Ninahitaji shule kwa mtoto wangu',
    description: 'Kuwaandikisha watoto katika shule za umma, programu za watoto wadogo, elimu ya watu wazima, GED na chuo.',
    synonyms: ['shule', 'elimu', 'kuandikisha mtoto shule', 'shule ya umma', 'chekechea', 'shule ya awali', 'ged', 'elimu ya watu wazima', 'chuo', 'chuo kikuu', 'sekondari', 'udhamini', 'masomo ya ziada', 'skuli'],
  },
  health: {
    name: 'Afya na afya ya akili',
    plainLabel: 'Ninahitaji daktari',
    description: 'Kliniki, huduma za afya za bei nafuu, huduma ya meno, msaada wa afya ya akili na msaada kuhusu bima ya afya.',
    synonyms: ['daktari', 'dakitari', 'kliniki', 'zahanati', 'hospitali', 'afya', 'mgonjwa', 'ugonjwa', 'meno', 'daktari wa meno', 'bima ya afya', 'medicaid', 'afya ya akili', 'chanjo', 'ujauzito', 'dawa', 'famasia'],
  },
  'housing-shelter': {
    name: 'Makazi na malazi',
    plainLabel: 'Ninahitaji mahali pa kuishi',
    description: 'Makazi ya dharura, msaada wa kupata nyumba ya kupanga, msaada wa kulipa kodi ya nyumba, na haki zako kama mpangaji.',
    synonyms: ['nyumba', 'makazi', 'kodi ya nyumba', 'kupanga nyumba', 'nyumba ya kupanga', 'chumba', 'malazi', 'makazi ya dharura', 'sina mahali pa kulala', 'kufukuzwa nyumbani', 'mwenye nyumba', 'mpangaji', 'haki za mpangaji', 'apartment'],
  },
  'food-basic-needs': {
    name: 'Chakula na mahitaji ya msingi',
    plainLabel: 'Ninahitaji chakula',
    description: 'Benki za chakula, milo ya bure, SNAP (stempu za chakula), WIC, nguo, nepi na vitu vya nyumbani.',
    synonyms: ['chakula', 'chakula cha bure', 'benki ya chakula', 'mlo wa bure', 'njaa', 'snap', 'food stamps', 'stempu za chakula', 'wic', 'nguo', 'nepi', 'pampers', 'samani', 'vyakula', 'chakul'],
  },
  'jobs-training': {
    name: 'Kazi na mafunzo',
    plainLabel: 'Ninahitaji kazi',
    description: 'Msaada wa kupata kazi, mafunzo ya kazi, msaada wa kuandika wasifu (CV), na haki zako kazini.',
    synonyms: ['kazi', 'ajira', 'kutafuta kazi', 'nafasi za kazi', 'mafunzo', 'mafunzo ya kazi', 'ufundi', 'cv', 'wasifu', 'resume', 'mahojiano ya kazi', 'haki za wafanyakazi', 'mshahara', 'kibarua'],
  },
  'money-taxes-benefits': {
    name: 'Pesa, kodi na mafao',
    plainLabel: 'Ninahitaji msaada kuhusu pesa',
    description: 'Kujaza kodi bure, msaada wa ITIN, kufungua akaunti ya benki, kupanga bajeti na mafao ya serikali.',
    synonyms: ['pesa', 'fedha', 'kodi', 'kodi ya mapato', 'taxes', 'itin', 'akaunti ya benki', 'benki', 'bajeti', 'mkopo', 'mafao', 'msaada wa serikali', 'hifadhi ya jamii', 'social security', 'hela'],
  },
  business: {
    name: 'Biashara na ujasiriamali',
    plainLabel: 'Nataka kuanzisha biashara',
    description: 'Msaada wa kuanzisha au kukuza biashara ndogo: vibali, leseni, mikopo na madarasa.',
    synonyms: ['biashara', 'biashara ndogo', 'kuanzisha biashara', 'mjasiriamali', 'ujasiriamali', 'leseni ya biashara', 'kibali cha biashara', 'mkopo wa biashara', 'duka', 'mchuuzi', 'kujiajiri', 'biashara ndogondogo'],
  },
  transportation: {
    name: 'Usafiri',
    plainLabel: 'Ninahitaji usafiri',
    description: 'Mabasi na treni, nauli zilizopunguzwa, masomo ya udereva na usafiri wa kwenda kwa daktari.',
    synonyms: ['usafiri', 'basi', 'mabasi', 'treni', 'gari moshi', 'nauli', 'kadi ya basi', 'leseni ya udereva', 'kujifunza kuendesha gari', 'udereva', 'gari', 'baiskeli', 'teksi', 'usafiri wa kwenda hospitali'],
  },
  'family-children': {
    name: 'Familia na watoto',
    plainLabel: 'Ninahitaji msaada kwa familia yangu',
    description: 'Malezi ya watoto mchana, msaada kwa wazazi, programu za vijana na wazee, na huduma za familia.',
    synonyms: ['watoto', 'mtoto', 'familia', 'wazazi', 'malezi', 'malezi ya watoto', 'kulea watoto', 'daycare', 'kituo cha watoto', 'vijana', 'wazee', 'mtoto mchanga', 'programu baada ya shule', 'kambi ya watoto'],
  },
  'safety-emergencies': {
    name: 'Usalama na dharura',
    plainLabel: 'Sijisikii salama',
    description: 'Msaada kwa ukatili wa nyumbani, waathiriwa wa uhalifu, usafirishaji haramu wa binadamu, majanga, na simu za msaada wa dharura.',
    synonyms: ['dharura', 'usalama', 'ukatili wa nyumbani', 'unyanyasaji', 'kupigwa', 'mwathiriwa', 'polisi', 'usafirishaji haramu wa binadamu', 'ubakaji', 'unyanyasaji wa kingono', 'hatari', 'moto', 'janga', 'simu ya msaada'],
  },
  'digital-skills': {
    name: 'Intaneti na ujuzi wa kidijitali',
    plainLabel: 'Ninahitaji msaada na kompyuta',
    description: 'Madarasa ya kompyuta ya bure, intaneti, vifaa vya bei nafuu na msaada wa kujaza fomu mtandaoni.',
    synonyms: ['kompyuta', 'komputa', 'darasa la kompyuta', 'intaneti', 'internet', 'mtandao', 'wifi', 'intaneti ya bure', 'simu janja', 'smartphone', 'barua pepe', 'email', 'fomu za mtandaoni', 'printa'],
  },
  'interpretation-translation': {
    name: 'Ukalimani na tafsiri',
    plainLabel: 'Ninahitaji mkalimani',
    description: 'Wakalimani wa bure, tafsiri ya hati, na haki yako ya kupata msaada wa lugha.',
    synonyms: ['mkalimani', 'wakalimani', 'ukalimani', 'tafsiri', 'mtafsiri', 'kutafsiri hati', 'msaada wa lugha', 'lugha', 'tafsiri rasmi', 'lugha ya ishara', 'interpreter', 'mkalimane'],
  },
  'community-recreation': {
    name: 'Jamii na burudani',
    plainLabel: 'Nataka kukutana na watu',
    description: 'Vikundi vya utamaduni, nyumba za ibada, michezo, maktaba, bustani na matukio ambapo unaweza kukutana na majirani zako.',
    synonyms: ['jamii', 'matukio', 'michezo', 'mpira wa miguu', 'soka', 'maktaba', 'bustani', 'burudani', 'utamaduni', 'kanisa', 'msikiti', 'kujitolea', 'kukutana na watu', 'sherehe', 'marafiki'],
  },
};
