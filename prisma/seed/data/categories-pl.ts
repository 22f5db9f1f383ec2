// Polish (machine translation, not reviewed) and Polish search terms: inflected forms people
// type ("prawnika", "angielskiego"), words without Polish letters, and loan words from
// Polish-American life ("green karta", "social security").
import type { CategoryLocaleData } from './categories-base';

export const pl: CategoryLocaleData = {
  'legal-immigration': {
    name: 'Pomoc prawna i imigracyjna',
    plainLabel: 'Potrzebuję prawnika',
    description: 'Bezpłatne lub tanie porady prawne w sprawach imigracji, azylu, pozwoleń na pracę i innych problemów prawnych, od prawników z licencją i akredytowanych przedstawicieli.',
    synonyms: ['prawnik', 'prawnika', 'adwokat', 'adwokata', 'adwokatka', 'porada prawna', 'pomoc prawna', 'imigracja', 'imigracyjny', 'azyl', 'deportacja', 'wiza', 'zielona karta', 'green karta', 'green card', 'pozwolenie na pracę', 'pozwolenie na prace', 'papiery', 'sąd imigracyjny', 'prawnk'],
  },
  'english-classes': {
    name: 'Kursy angielskiego i innych języków',
    plainLabel: 'Chcę nauczyć się angielskiego',
    description: 'Bezpłatne i tanie kursy angielskiego dla dorosłych, od poziomu początkującego do zaawansowanego, stacjonarnie i przez internet.',
    synonyms: ['angielski', 'angielskiego', 'kurs angielskiego', 'kursy angielskiego', 'lekcje angielskiego', 'nauka angielskiego', 'nauczyć się angielskiego', 'język angielski', 'jezyk angielski', 'esl', 'english', 'angielskigo', 'angelski'],
  },
  'citizenship-civic': {
    name: 'Obywatelstwo i życie obywatelskie',
    plainLabel: 'Chcę zostać obywatelem',
    description: 'Pomoc w ubieganiu się o obywatelstwo USA, zajęcia przygotowujące do testu na obywatelstwo i sposoby udziału w życiu społeczności.',
    synonyms: ['obywatelstwo', 'obywatelstwa', 'obywatel', 'obywatelem', 'naturalizacja', 'test na obywatelstwo', 'egzamin na obywatelstwo', 'n-400', 'głosowanie', 'glosowanie', 'rejestracja wyborców', 'przysięga', 'obywatelstwo amerykańskie', 'obywatelstwo amerykanskie', 'obywatelstow'],
  },
  'education-schools': {
    name: 'Edukacja i szkoły',
    plainLabel: 'Szukam szkoły dla dziecka',
    description: 'Zapisywanie dzieci do szkoły publicznej, programy dla małych dzieci, edukacja dorosłych, GED i studia.',
    synonyms: ['szkoła', 'szkola', 'szkoły', 'szkoła publiczna', 'zapisy do szkoły', 'zapisać dziecko', 'przedszkole', 'zerówka', 'kindergarten', 'ged', 'matura', 'edukacja dorosłych', 'studia', 'college', 'uczelnia', 'stypendium', 'korepetycje', 'szkla'],
  },
  health: {
    name: 'Zdrowie i zdrowie psychiczne',
    plainLabel: 'Potrzebuję lekarza',
    description: 'Przychodnie, tania opieka zdrowotna, dentysta, wsparcie zdrowia psychicznego i pomoc w sprawie ubezpieczenia zdrowotnego.',
    synonyms: ['lekarz', 'lekarza', 'doktor', 'przychodnia', 'klinika', 'zdrowie', 'szpital', 'dentysta', 'dentystę', 'ubezpieczenie zdrowotne', 'medicaid', 'zdrowie psychiczne', 'psycholog', 'terapeuta', 'szczepienia', 'ciąża', 'ciaza', 'apteka', 'lekaż'],
  },
  'housing-shelter': {
    name: 'Mieszkanie i schronienie',
    plainLabel: 'Potrzebuję mieszkania',
    description: 'Schronienie w nagłej sytuacji, pomoc w znalezieniu mieszkania, pomoc w opłaceniu czynszu i Twoje prawa jako najemcy.',
    synonyms: ['mieszkanie', 'mieszkania', 'czynsz', 'wynajem', 'pokój do wynajęcia', 'pokoj do wynajecia', 'schronisko', 'noclegownia', 'bezdomny', 'bezdomność', 'eksmisja', 'właściciel mieszkania', 'najemca', 'prawa najemcy', 'section 8', 'mieszkanei'],
  },
  'food-basic-needs': {
    name: 'Jedzenie i podstawowe potrzeby',
    plainLabel: 'Potrzebuję jedzenia',
    description: 'Banki żywności, darmowe posiłki, SNAP (kartki na żywność), WIC, ubrania, pieluchy i rzeczy do domu.',
    synonyms: ['jedzenie', 'jedzenia', 'żywność', 'zywnosc', 'bank żywności', 'darmowe jedzenie', 'posiłki', 'obiad', 'snap', 'food stamps', 'bony żywnościowe', 'ebt', 'wic', 'zakupy spożywcze', 'ubrania', 'odzież', 'pieluchy', 'meble', 'głodny', 'jedzenei'],
  },
  'jobs-training': {
    name: 'Praca i szkolenia',
    plainLabel: 'Potrzebuję pracy',
    description: 'Pomoc w szukaniu pracy, szkolenia zawodowe, pomoc przy CV i Twoje prawa w pracy.',
    synonyms: ['praca', 'pracy', 'robota', 'zatrudnienie', 'szukam pracy', 'szkolenie zawodowe', 'kurs zawodowy', 'cv', 'życiorys', 'rozmowa kwalifikacyjna', 'prawa pracownika', 'niezapłacona pensja', 'wypłata', 'praktyki', 'prcaa'],
  },
  'money-taxes-benefits': {
    name: 'Pieniądze, podatki i świadczenia',
    plainLabel: 'Potrzebuję pomocy z pieniędzmi',
    description: 'Bezpłatne rozliczanie podatków, pomoc z ITIN, zakładanie konta w banku, budżet domowy i świadczenia publiczne.',
    synonyms: ['podatki', 'podatek', 'rozliczenie podatku', 'zeznanie podatkowe', 'taxy', 'itin', 'konto bankowe', 'bank', 'budżet', 'budzet', 'kredyt', 'pożyczka', 'świadczenia', 'zasiłek', 'zasilek', 'social security', 'pieniądze', 'pieniadze', 'podatkii'],
  },
  business: {
    name: 'Biznes i przedsiębiorczość',
    plainLabel: 'Chcę założyć firmę',
    description: 'Pomoc w zakładaniu lub rozwijaniu małej firmy: pozwolenia, licencje, pożyczki i kursy.',
    synonyms: ['firma', 'firmę', 'biznes', 'mała firma', 'własna firma', 'założyć firmę', 'działalność gospodarcza', 'dzialalnosc gospodarcza', 'przedsiębiorca', 'licencja', 'llc', 'pożyczka dla firmy', 'food truck', 'samozatrudnienie', 'biznez'],
  },
  transportation: {
    name: 'Transport',
    plainLabel: 'Potrzebuję dojazdu',
    description: 'Autobusy i pociągi, zniżkowe bilety, nauka jazdy i dowóz na wizyty u lekarza.',
    synonyms: ['transport', 'autobus', 'pociąg', 'pociag', 'bilet miesięczny', 'bilet', 'dojazd', 'prawo jazdy', 'prawa jazdy', 'nauka jazdy', 'ulgowy bilet', 'rower', 'samochód', 'samochod', 'taksówka', 'rozkład jazdy', 'autobós'],
  },
  'family-children': {
    name: 'Rodzina i dzieci',
    plainLabel: 'Potrzebuję pomocy dla rodziny',
    description: 'Opieka nad dziećmi, wsparcie dla rodziców, programy dla młodzieży i seniorów oraz usługi dla rodzin.',
    synonyms: ['opieka nad dziećmi', 'opieka nad dziecmi', 'żłobek', 'zlobek', 'niania', 'rodzina', 'rodzice', 'dzieci', 'dziecko', 'młodzież', 'mlodziez', 'świetlica', 'zajęcia po szkole', 'kolonie', 'obóz letni', 'seniorzy', 'starsi ludzie', 'dzeci'],
  },
  'safety-emergencies': {
    name: 'Bezpieczeństwo i nagłe wypadki',
    plainLabel: 'Nie czuję się bezpiecznie',
    description: 'Pomoc przy przemocy domowej, dla ofiar przestępstw, handlu ludźmi, klęsk żywiołowych oraz telefony kryzysowe.',
    synonyms: ['nagły wypadek', 'nagly wypadek', 'przemoc domowa', 'przemoc', 'przemocy', 'ofiara przestępstwa', 'policja', 'handel ludźmi', 'napaść seksualna', 'kryzys', 'telefon zaufania', 'niebezpieczeństwo', 'bezpieczeństwo', 'bezpieczenstwo', 'pożar', 'powódź', 'wiza u', 'przemos'],
  },
  'digital-skills': {
    name: 'Internet i umiejętności cyfrowe',
    plainLabel: 'Potrzebuję pomocy z komputerem',
    description: 'Bezpłatne kursy komputerowe, dostęp do internetu, tanie urządzenia i pomoc w wypełnianiu formularzy online.',
    synonyms: ['komputer', 'komputera', 'kurs komputerowy', 'internet', 'darmowy internet', 'wifi', 'laptop', 'smartfon', 'telefon komórkowy', 'e-mail', 'mail', 'online', 'drukarka', 'umiejętności cyfrowe', 'komputr'],
  },
  'interpretation-translation': {
    name: 'Tłumaczenia ustne i pisemne',
    plainLabel: 'Potrzebuję tłumacza',
    description: 'Bezpłatni tłumacze, tłumaczenie dokumentów i Twoje prawo do pomocy językowej.',
    synonyms: ['tłumacz', 'tlumacz', 'tłumacza', 'tłumaczka', 'tłumaczenie', 'tlumaczenie', 'tłumaczenie dokumentów', 'tłumacz przysięgły', 'przetłumaczyć', 'język migowy', 'pomoc językowa', 'tlumacza', 'tłumac'],
  },
  'community-recreation': {
    name: 'Społeczność i rekreacja',
    plainLabel: 'Chcę poznać ludzi',
    description: 'Grupy kulturalne, miejsca kultu, sport, biblioteki, parki i wydarzenia, na których poznasz sąsiadów.',
    synonyms: ['społeczność', 'spolecznosc', 'wydarzenia', 'sport', 'piłka nożna', 'pilka nozna', 'biblioteka', 'park', 'rekreacja', 'dom kultury', 'kościół', 'kosciol', 'parafia', 'polonia', 'wolontariat', 'poznać ludzi', 'znajomi', 'festyn'],
  },
};
