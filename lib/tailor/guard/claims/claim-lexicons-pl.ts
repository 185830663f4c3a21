import { CEFR, multiples, numbers, type LexiconLine } from './lexicon-lines';

/** The claim words of Polish resumes, read as claim-lexicons.ts describes. */
export const PL_LEXICON: LexiconLine[] = [
  { kind: 'ownership', rank: 4, forms: 'kierowałem kierowałam kierował kierowała kierowanie kierownik kierowniczka lider liderka liderem przewodziłem przewodziłam' },
  { kind: 'ownership', rank: 3, forms: 'zarządzałem zarządzałam zarządzał zarządzała zarządzanie menedżer odpowiedzialny odpowiedzialna odpowiedzialność odpowiadałem odpowiadałam' },
  { kind: 'ownership', rank: 3, forms: 'koordynowałem koordynowałam koordynacja koordynator koordynatorka' },
  { kind: 'ownership', rank: 2, exact: true, backsOnly: true, forms: 'opracowałem opracowałam opracował opracowała stworzyłem stworzyłam stworzył stworzyła' },
  { kind: 'ownership', rank: 2, exact: true, forms: 'zaprojektowałem zaprojektowałam zaprojektował projektowaniea' },
  { kind: 'ownership', solo: true, forms: 'samodzielnie samodzielny samodzielna' },
  { kind: 'seniority', forms: 'starszy starsza główny główna senior dyrektor dyrektorka prezes przewodniczący przewodnicząca' },
  { kind: 'scope', forms: 'światowy światowa światowej międzynarodowy międzynarodowa międzynarodowych krajowy krajowa europejski europejska europejskich' },
  { kind: 'scope', exact: true, forms: 'współpraca współpracy partnerami partnerzy' },
  { kind: 'sector', exact: true, forms: 'bankowy bankowa bankowym finansowy finansowa finansowym medyczny medycznym ubezpieczeniowy farmaceutyczny motoryzacyjny lotniczy szpital szpitale szpitalach szpitalny szpitalnym kolejowy kolejowa kolejowym kolejnictwo' },
  { kind: 'sector', cited: true, forms: 'sektor sektorze sektora branża branży' },
  { kind: 'scope', exact: true, family: true, forms: 'wszystkie wszystkich cały cała całej całego' },
  { kind: 'scope', forms: 'tysiące tysięcy miliony milionów setki setek' },
  { kind: 'scope', exact: true, forms: 'znacznie znaczący znacząco pierwszy pierwsza najlepszy najlepsza rekord' },
  { kind: 'scope', exact: true, forms: 'koszty przychody zysk' },
  { kind: 'scope', exact: true, family: true, forms: 'użytkownicy użytkowników klienci klientów' },
  { kind: 'credential', forms: 'magister inżynier doktor licencjat certyfikat certyfikowany certyfikowana certyfikacja dyplom nagroda nagrodzony nagrodzona stypendium patent' },
  { kind: 'level', exact: true, forms: 'biegle biegły biegła płynnie ojczysty ojczysta ekspert ekspertka zaawansowany zaawansowana zaawansowanym średniozaawansowany średniozaawansowana komunikatywny komunikatywna' },
  CEFR,
  { kind: 'scope', exact: true, forms: 'przekraczając przekroczył przekroczyła przekroczyli przekroczenie' },
  { kind: 'scope', forms: 'zaprezentował zaprezentowała zaprezentowałem zaprezentowałam przedstawił przedstawiła' },
  ...multiples('podwoił podwoiła podwoili podwojenie podwojony podwojona', 'potroił potroiła potroili potrojenie', 'połowę'),
  ...numbers('dwa/dwie trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście piętnaście dwadzieścia trzydzieści sto tysiąc'),
];
