import type { OtherLanguage } from './everyday-words';

/**
 * The claim words of the resume languages besides English: what the English checks (roles.ts,
 * scope.ts, numbers.ts) read in English, for words that are everyday vocabulary in their own
 * language and so no longer reach the new-word check. One line is one family: a word of the
 * rewrite claims its family unless the evidence has a word of the same family ("Leitete" is
 * backed by "Leitung", "guidato" by "guida").
 *
 * Forms: a plain form matches the word as written or by its Snowball stem; "-x" matches a
 * compound ending in x ("unternehmensweit", "netwerkdirecteur"), but not an everyday word.
 * Compound heads are listed only where no common word ends the same way: "-leiter" would read
 * "Halbleiter" (semiconductor) and "-leider" "begeleider" (tutor), so those titles are listed whole.
 *
 * Kinds: ownership (leading, running, being responsible, working alone, leadership),
 * seniority (titles), scope (reach, magnitudes, firsts, results, audiences), credential
 * (certificates, awards, degrees, and a language or skill level raised: "fluent", "expert"),
 * number (a count written as a word; with a unit of time it is a duration).
 */
export type LexiconKind = 'ownership' | 'seniority' | 'scope' | 'credential' | 'number';

export interface LexiconLine {
  kind: LexiconKind;
  forms: string;
  /** For number words: the value, so a digit of the evidence backs the word. */
  value?: number;
}

const numbers = (words: string): LexiconLine[] => words.split(' ').map((w, k) => ({ kind: 'number' as const, forms: w.replace(/\//g, ' '), value: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 100, 1000][k] }));

// The language-independent levels of the Common European Framework.
const CEFR: LexiconLine = { kind: 'credential', forms: 'a1 a2 b1 b2 c1 c2' };

export const CLAIM_LEXICONS: Record<OtherLanguage, LexiconLine[]> = {
  de: [
    { kind: 'ownership', forms: 'leiten leitete leiteten geleitet leitend leitung leiter leiterin projektleitung teamleitung abteilungsleitung gruppenleitung bereichsleitung' },
    { kind: 'ownership', forms: 'führte führten geführt führung führungskraft führungsverantwortung federführend' },
    { kind: 'ownership', forms: 'verantwortlich verantwortete verantwortet verantwortung hauptverantwortlich eigenverantwortlich' },
    { kind: 'ownership', forms: 'allein alleine alleinig selbstständig selbständig eigenständig alleingang' },
    { kind: 'seniority', forms: 'projektleiter projektleiterin teamleiter teamleiterin abteilungsleiter abteilungsleiterin gruppenleiter gruppenleiterin bereichsleiter bereichsleiterin' },
    { kind: 'seniority', forms: 'senior principal chef chefin direktor direktorin -direktor geschäftsführer geschäftsführerin vorstand hauptentwickler hauptautor' },
    { kind: 'scope', forms: 'weltweit weltweiten weltweite -weit -weiten -weite international internationale internationalen national nationale nationalen' },
    { kind: 'scope', forms: 'gesamte gesamten sämtliche sämtlichen tausende tausenden millionen hunderte hunderten dutzende' },
    { kind: 'scope', forms: 'erheblich erheblichen deutlich deutlichen signifikant signifikanten maßgeblich massiv enorm erste ersten erstes einzige einzigen marktführer marktführend rekord' },
    { kind: 'scope', forms: 'umsatz kosten gewinn kunden kundinnen nutzer nutzerinnen anwender benutzer' },
    { kind: 'credential', forms: 'zertifikat zertifiziert zertifizierte zertifizierung diplom preis preisträger preisträgerin auszeichnung ausgezeichnet stipendium stipendiat patent' },
    { kind: 'credential', forms: 'fließend verhandlungssicher muttersprache muttersprachlich muttersprachler experte expertin exzellent exzellente hervorragend hervorragende' },
    CEFR,
    ...numbers('zwei drei vier fünf sechs sieben acht neun zehn elf zwölf fünfzehn zwanzig dreißig hundert tausend'),
  ],
  fr: [
    { kind: 'ownership', forms: 'dirigé dirigée dirigés diriger dirige dirigeant direction' },
    { kind: 'ownership', forms: 'pilotage piloté pilotée piloter pilote' },
    { kind: 'ownership', forms: 'encadrement encadré encadrée encadrer encadrant supervision supervisé supervisée superviser' },
    { kind: 'ownership', forms: 'responsable responsables responsabilité responsabilités' },
    { kind: 'ownership', forms: 'seul seule seuls autonomie autonome autonomes indépendamment' },
    { kind: 'ownership', forms: 'leadership' },
    { kind: 'seniority', forms: 'directeur directrice -directeur chef cheffe senior principal principale' },
    { kind: 'scope', forms: 'mondial mondiale mondiaux mondialement international internationale internationaux national nationale nationaux' },
    { kind: 'scope', forms: 'tous toutes toute entière entier ensemble milliers millions centaines dizaines' },
    { kind: 'scope', forms: 'significativement considérablement fortement nettement massivement premier première meilleur meilleure record leader' },
    { kind: 'scope', forms: 'coûts coût bénéfices rentabilité utilisateurs utilisatrices clients' },
    { kind: 'credential', forms: 'certification certifié certifiée certificat diplôme diplômé diplômée prix lauréat lauréate récompense récompensé distinction bourse brevet breveté' },
    { kind: 'credential', forms: 'courant couramment bilingue natif native maternelle expert experte excellent excellente' },
    CEFR,
    ...numbers('deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille'),
  ],
  nl: [
    { kind: 'ownership', forms: 'leiden leidde leidden geleid leiding leider leidster leidinggevende leidinggevend aansturen aangestuurd stuurde teamleider projectleider groepsleider afdelingsleider' },
    { kind: 'ownership', forms: 'verantwoordelijk verantwoordelijke verantwoordelijkheid eindverantwoordelijk eindverantwoordelijke' },
    { kind: 'ownership', forms: 'alleen zelfstandig zelfstandige eigenhandig' },
    { kind: 'seniority', forms: 'hoofd hoofdontwikkelaar hoofdonderzoeker hoofdauteur hoofdarchitect directeur -directeur promotor senior manager -manager voorzitter' },
    { kind: 'scope', forms: 'wereldwijd wereldwijde -wijd -wijde -breed -brede internationaal internationale nationaal nationale' },
    { kind: 'scope', forms: 'alle gehele duizenden miljoenen honderden tientallen' },
    { kind: 'scope', forms: 'aanzienlijk aanzienlijke significant significante eerste grootste record' },
    { kind: 'scope', forms: 'omzet kosten winst klanten gebruikers' },
    { kind: 'credential', forms: 'certificaat gecertificeerd certificering diploma prijs onderscheiding beurs octrooi' },
    { kind: 'credential', forms: 'vloeiend moedertaal tweetalig expert uitstekend uitstekende' },
    CEFR,
    ...numbers('twee drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig dertig honderd duizend'),
  ],
  it: [
    { kind: 'ownership', forms: 'guidato guidata guidare guidando leader' },
    { kind: 'ownership', forms: 'diretto diretta dirigere direzione direttore direttrice' },
    { kind: 'ownership', forms: 'coordinato coordinata coordinare coordinamento coordinatore coordinatrice' },
    { kind: 'ownership', forms: 'responsabile responsabili responsabilità' },
    { kind: 'ownership', forms: 'supervisionato supervisionata supervisione supervisore' },
    { kind: 'ownership', forms: 'autonomamente autonomia autonomo autonoma indipendentemente' },
    { kind: 'seniority', forms: 'capo senior principale' },
    { kind: 'scope', forms: 'mondiale mondiali internazionale internazionali nazionale nazionali' },
    { kind: 'scope', forms: 'tutti tutte tutta intera intero migliaia milioni centinaia decine' },
    { kind: 'scope', forms: 'significativamente notevolmente primo migliore record' },
    { kind: 'scope', forms: 'fatturato costi profitto utenti clienti' },
    { kind: 'credential', forms: 'certificazione certificato certificata diploma premio premiato premiata brevetto' },
    { kind: 'credential', forms: 'fluente madrelingua bilingue esperto esperta eccellente ottimo ottima' },
    CEFR,
    ...numbers('due tre quattro cinque sei sette otto nove dieci undici dodici quindici venti trenta cento mille'),
  ],
  es: [
    { kind: 'ownership', forms: 'lideré liderar lideró liderado liderada liderazgo líder' },
    { kind: 'ownership', forms: 'dirigí dirigir dirigió dirigido dirigida dirección director directora' },
    { kind: 'ownership', forms: 'coordiné coordinar coordinó coordinación coordinador coordinadora' },
    { kind: 'ownership', forms: 'responsable responsables responsabilidad encargado encargada' },
    { kind: 'ownership', forms: 'supervisé supervisar supervisó supervisión supervisor supervisora' },
    { kind: 'ownership', forms: 'autónomamente autonomía autónomo autónoma independientemente' },
    { kind: 'seniority', forms: 'jefe jefa senior gerente principal' },
    { kind: 'scope', forms: 'mundial mundialmente internacional internacionales nacional nacionales' },
    { kind: 'scope', forms: 'todos todas toda entera entero miles millones cientos decenas' },
    { kind: 'scope', forms: 'significativamente considerablemente notablemente primer primero primera mejor récord' },
    { kind: 'scope', forms: 'facturación costes costos beneficios ingresos usuarios clientes' },
    { kind: 'credential', forms: 'certificación certificado certificada diploma premio premiado premiada galardón galardonado beca becario patente' },
    { kind: 'credential', forms: 'fluido fluida nativo nativa bilingüe experto experta avanzado avanzada excelente' },
    CEFR,
    ...numbers('dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cien mil'),
  ],
  pt: [
    { kind: 'ownership', forms: 'liderei liderar liderou liderado liderada liderança líder' },
    { kind: 'ownership', forms: 'dirigi dirigir dirigiu direção diretor diretora' },
    { kind: 'ownership', forms: 'coordenei coordenar coordenou coordenação coordenador coordenadora' },
    { kind: 'ownership', forms: 'responsável responsáveis responsabilidade' },
    { kind: 'ownership', forms: 'geri gerir gerenciei gerenciar gerenciou gestão gerente gestor gestora' },
    { kind: 'ownership', forms: 'supervisionei supervisionar supervisão supervisor supervisora chefe chefiei chefiar' },
    { kind: 'ownership', forms: 'sozinho sozinha autonomia autônomo autónomo autônoma autónoma independentemente' },
    { kind: 'seniority', forms: 'sênior sénior senior principal' },
    { kind: 'scope', forms: 'mundial internacional internacionais nacional nacionais' },
    { kind: 'scope', forms: 'todos todas toda inteira inteiro milhares milhões centenas dezenas' },
    { kind: 'scope', forms: 'significativamente consideravelmente primeiro primeira melhor recorde' },
    { kind: 'scope', forms: 'faturamento custos lucro receita usuários utilizadores clientes' },
    { kind: 'credential', forms: 'certificação certificado certificada diploma prêmio prémio premiado premiada bolsa patente' },
    { kind: 'credential', forms: 'fluente nativo nativa bilíngue especialista avançado avançada excelente' },
    CEFR,
    ...numbers('dois/duas três quatro cinco seis sete oito nove dez onze doze quinze vinte trinta cem mil'),
  ],
  pl: [
    { kind: 'ownership', forms: 'kierowałem kierowałam kierował kierowała kierowanie kierownik kierowniczka lider liderka liderem przewodziłem przewodziłam' },
    { kind: 'ownership', forms: 'zarządzałem zarządzałam zarządzał zarządzała zarządzanie menedżer' },
    { kind: 'ownership', forms: 'odpowiedzialny odpowiedzialna odpowiedzialność odpowiadałem odpowiadałam' },
    { kind: 'ownership', forms: 'koordynowałem koordynowałam koordynacja koordynator koordynatorka' },
    { kind: 'ownership', forms: 'samodzielnie samodzielny samodzielna' },
    { kind: 'seniority', forms: 'starszy starsza główny główna senior dyrektor dyrektorka' },
    { kind: 'scope', forms: 'światowy światowa światowej międzynarodowy międzynarodowa międzynarodowych krajowy krajowa' },
    { kind: 'scope', forms: 'wszystkie wszystkich cały cała całej tysiące tysięcy miliony milionów setki setek' },
    { kind: 'scope', forms: 'znacznie znaczący znacząco pierwszy pierwsza najlepszy najlepsza rekord' },
    { kind: 'scope', forms: 'koszty przychody zysk użytkownicy użytkowników klienci klientów' },
    { kind: 'credential', forms: 'certyfikat certyfikowany certyfikowana certyfikacja dyplom nagroda nagrodzony nagrodzona stypendium patent' },
    { kind: 'credential', forms: 'biegle biegły biegła płynnie ojczysty ojczysta ekspert ekspertka zaawansowany zaawansowana' },
    CEFR,
    ...numbers('dwa/dwie trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście piętnaście dwadzieścia trzydzieści sto tysiąc'),
  ],
};

/** Words of time after a count: "zehn Jahre", "dix ans", "tien jaar" make a duration. */
export const TIME_UNITS: Record<OtherLanguage, RegExp> = {
  de: /^(jahre?n?|monate?n?|wochen?)$/,
  fr: /^(ans?|années?|mois|semaines?)$/,
  nl: /^(jaar|jaren|maanden?|weken?)$/,
  it: /^(anni|anno|mesi|mese|settimane?)$/,
  es: /^(años?|meses?|semanas?)$/,
  pt: /^(anos?|meses?|semanas?)$/,
  pl: /^(lat|lata|rok|roku|miesięcy|miesiące|tygodni)$/,
};
