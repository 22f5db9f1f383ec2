// Somali (machine translation, not reviewed) and Somali search terms, with the common
// spelling variants (dh/d, single and double vowels) and English loan words Somalis use.
import type { CategoryLocaleData } from './categories-base';

export const so: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Caawimo sharci iyo socdaal',
    plainLabel: 'Waxaan u baahanahay qareen',
    description: 'Talo sharci oo bilaash ah ama qiime jaban oo ku saabsan socdaalka, magangelyada, oggolaanshaha shaqada iyo dhibaatooyin kale oo sharci, oo ay bixiyaan qareenno shati haysta iyo wakiillo la oggolaaday.',
    synonyms: ['qareen', 'qareenka', 'garyaqaan', 'looyar', 'lawyer', 'caawimo sharci', 'talo sharci', 'sharci', 'socdaal', 'imigreeshan', 'magangelyo', 'magangalyo', 'asylum', 'qaxooti', 'kaarka cagaarka', 'green card', 'fiiso', 'visa', 'oggolaanshaha shaqada', 'tarxiil', 'masaafurin'],
  },
  'english-classes': {
    name: 'Fasallo Ingiriisi iyo luqado',
    plainLabel: 'Waxaan rabaa inaan barto Ingiriisiga',
    description: 'Fasallo Ingiriisi oo bilaash ah iyo qiime jaban oo loogu talagalay dadka waaweyn, laga bilaabo bilowga ilaa heerka sare, fasal ahaan iyo internetka.',
    synonyms: ['ingiriisi', 'ingiriis', 'af ingiriisi', 'fasalka ingiriisiga', 'fasal ingiriisi', 'barashada ingiriisiga', 'baro ingiriisi', 'esl', 'english', 'ingriisi', 'ingirisi', 'iskuulka ingiriisiga'],
  },
  'citizenship-civic': {
    name: 'Dhalashada iyo nolosha bulshada',
    plainLabel: 'Waxaan rabaa inaan noqdo muwaadin',
    description: 'Caawimo lagu codsado dhalashada Maraykanka, fasallo imtixaanka dhalashada, iyo siyaabo aad uga qayb qaadan karto bulshadaada.',
    synonyms: ['dhalasho', 'dhalashada', 'muwaadin', 'muwaadinnimo', 'sitisenship', 'citizenship', 'imtixaanka dhalashada', 'n-400', 'codbixin', 'cod bixin', 'dalasho', 'baasaboorka maraykanka'],
  },
  'education-schools': {
    name: 'Waxbarasho iyo dugsiyo',
    plainLabel: 'Waxaan u baahanahay dugsi ilmahayga',
    description: 'Diiwaangelinta carruurta dugsiyada dowladda, barnaamijyada carruurta yaryar, waxbarashada dadka waaweyn, GED iyo jaamacad.',
    synonyms: ['dugsi', 'iskuul', 'school', 'waxbarasho', 'diiwaangelinta dugsiga', 'dugsiga dowladda', 'kindergarten', 'pre-k', 'barnaamijka carruurta yaryar', 'ged', 'waxbarashada dadka waaweyn', 'jaamacad', 'kulliyad', 'deeq waxbarasho', 'iskool'],
  },
  health: {
    name: 'Caafimaad iyo caafimaadka maskaxda',
    plainLabel: 'Waxaan u baahanahay dhakhtar',
    description: 'Rugo caafimaad, daryeel caafimaad oo qiime jaban, daryeelka ilkaha, taageerada caafimaadka maskaxda iyo caawimo caymiska caafimaadka.',
    synonyms: ['dhakhtar', 'dhaqtar', 'daktar', 'takhtar', 'caafimaad', 'cafimaad', 'isbitaal', 'cusbitaal', 'kilinik', 'clinic', 'ilko', 'dhakhtarka ilkaha', 'caymis caafimaad', 'medicaid', 'caafimaadka maskaxda', 'tallaal', 'uur', 'farmashiye', 'daawo'],
  },
  'housing-shelter': {
    name: 'Guri iyo hoy',
    plainLabel: 'Waxaan u baahanahay meel aan ku noolaado',
    description: 'Hoy degdeg ah, caawimo lagu helo guri kiro ah, caawimo lacagta kirada, iyo xuquuqdaada kiraystaha ahaan.',
    synonyms: ['guri', 'hoy', 'aqal', 'kiro', 'kirada guriga', 'guri kiro ah', 'abartamaan', 'apartment', 'qol', 'hoy degdeg ah', 'hoy la\'aan', 'guri la\'aan', 'laga saaray guriga', 'milkiilaha guriga', 'kiraystaha', 'xuquuqda kiraystaha'],
  },
  'food-basic-needs': {
    name: 'Cunto iyo baahiyaha aasaasiga ah',
    plainLabel: 'Waxaan u baahanahay cunto',
    description: 'Bakhaarada cuntada, cunto bilaash ah, SNAP (kuubannada cuntada), WIC, dhar, xafaayado iyo alaabta guriga.',
    synonyms: ['cunto', 'cunno', 'raashin', 'cunto bilaash ah', 'bangiga cuntada', 'gaajo', 'snap', 'food stamps', 'kaarka cuntada', 'wic', 'dhar', 'xafaayad', 'xafaayado', 'alaab guri', 'qalabka guriga'],
  },
  'jobs-training': {
    name: 'Shaqo iyo tababar',
    plainLabel: 'Waxaan u baahanahay shaqo',
    description: 'Caawimo shaqo helid, tababar xirfadeed, caawimo CV-gaaga, iyo xuquuqdaada shaqada.',
    synonyms: ['shaqo', 'shaqa', 'shaqo raadis', 'raadi shaqo', 'jaab', 'job', 'tababar', 'tababar xirfadeed', 'xirfad', 'cv', 'resume', 'waraysi shaqo', 'xuquuqda shaqaalaha', 'mushahar', 'mushaar'],
  },
  'money-taxes-benefits': {
    name: 'Lacag, canshuur iyo gargaar',
    plainLabel: 'Waxaan u baahanahay caawimo lacagta',
    description: 'Diyaarinta canshuurta oo bilaash ah, caawimo ITIN, furashada akoon bangi, qorsheynta lacagta iyo gargaarka dowladda.',
    synonyms: ['lacag', 'canshuur', 'cashuur', 'taks', 'taxes', 'itin', 'akoon bangi', 'bangi', 'miisaaniyad', 'deyn', 'amaah', 'gargaar', 'gargaarka dowladda', 'social security', 'sooshal'],
  },
  business: {
    name: 'Ganacsi iyo hal-abuur ganacsi',
    plainLabel: 'Waxaan rabaa inaan bilaabo ganacsi',
    description: 'Caawimo lagu bilaabo ama lagu koriyo ganacsi yar: oggolaansho, liisan, amaah iyo fasallo.',
    synonyms: ['ganacsi', 'ganacsi yar', 'bilow ganacsi', 'ganacsade', 'dukaan', 'liisanka ganacsiga', 'laysan ganacsi', 'amaah ganacsi', 'maalgelin', 'shirkad', 'iskaa u shaqayste', 'ganacsiga'],
  },
  transportation: {
    name: 'Gaadiid',
    plainLabel: 'Waxaan u baahanahay gaadiid',
    description: 'Basas iyo tareenno, qiimo dhimis, casharro darawalnimo iyo gaadiid loogu talagalay ballamaha caafimaadka.',
    synonyms: ['gaadiid', 'gaari', 'bas', 'baska', 'tareen', 'kaarka baska', 'lacagta baska', 'laysanka darawalnimada', 'liisanka baabuurka', 'baro darawalnimo', 'darawal', 'baaskiil', 'taksi', 'gaadiidka caafimaadka'],
  },
  'family-children': {
    name: 'Qoys iyo carruur',
    plainLabel: 'Waxaan caawimo ugu baahanahay qoyskayga',
    description: 'Xannaanada carruurta, taageerada waalidka, barnaamijyada dhallinyarada iyo dadka waayeelka ah, iyo adeegyada qoyska.',
    synonyms: ['carruur', 'caruur', 'ilmo', 'qoys', 'waalid', 'waalidnimo', 'xannaanada carruurta', 'daycare', 'dhallinyaro', 'waayeel', 'dadka waayeelka', 'ilmo yar', 'barnaamij iskuul kadib', 'kaamka carruurta'],
  },
  'safety-emergencies': {
    name: 'Badbaado iyo xaalado degdeg ah',
    plainLabel: 'Ma dareemayo badbaado',
    description: 'Caawimo rabshadaha qoyska, dhibbanayaasha dembiyada, ka ganacsiga dadka, masiibooyinka, iyo khadadka caawimada degdegga ah.',
    synonyms: ['degdeg', 'xaalad degdeg ah', 'badbaado', 'rabshad qoys', 'xadgudub', 'garaacid', 'dhibbane', 'booliis', 'police', 'ka ganacsiga dadka', 'kufsi', 'khatar', 'dab', 'masiibo', 'khadka caawimada'],
  },
  'digital-skills': {
    name: 'Internet iyo xirfadaha dijitaalka',
    plainLabel: 'Waxaan caawimo ugu baahanahay kombiyuutarka',
    description: 'Fasallo kombiyuutar oo bilaash ah, internet, qalab qiime jaban iyo caawimo foomamka internetka.',
    synonyms: ['kombiyuutar', 'kumbuyuutar', 'kombuyuutar', 'computer', 'fasalka kombiyuutarka', 'internet', 'intarneet', 'wifi', 'internet bilaash ah', 'telefoon casri ah', 'smartphone', 'iimayl', 'email', 'foomamka internetka', 'daabace'],
  },
  'interpretation-translation': {
    name: 'Turjumaad afka iyo qoraalka',
    plainLabel: 'Waxaan u baahanahay turjubaan',
    description: 'Turjubaanno bilaash ah, turjumaadda dukumentiyada, iyo xaqaaga ah inaad hesho caawimo luqadeed.',
    synonyms: ['turjubaan', 'turjumaan', 'turjumaad', 'turjun', 'turjumid', 'tarjumaan', 'turjumaadda dukumentiyada', 'caawimo luqadeed', 'luqad', 'interpreter', 'luqadda dhagoolka', 'turjubaan bilaash ah'],
  },
  'community-recreation': {
    name: 'Bulsho iyo madadaalo',
    plainLabel: 'Waxaan rabaa inaan la kulmo dad',
    description: 'Kooxaha dhaqanka, goobaha cibaadada, ciyaaraha, maktabadaha, beerta nasashada iyo dhacdooyinka aad kula kulmi karto deriskaaga.',
    synonyms: ['bulsho', 'bulshada', 'dhacdooyin', 'ciyaar', 'ciyaaraha', 'kubadda cagta', 'maktabad', 'beer', 'madadaalo', 'dhaqan', 'masjid', 'kaniisad', 'tabaruc', 'iskaa wax u qabso', 'la kulan dad', 'xaflad'],
  },
};
