import type { OtherLanguage } from './everyday-words';
import { PL_LEXICON } from './claim-lexicons-pl';
import { RU_SV_LEXICONS } from './claim-lexicons-ru-sv';
import { CEFR, multiples, numbers, type LexiconLine } from './lexicon-lines';

export type { LexiconKind, LexiconLine } from './lexicon-lines';

/**
 * The claim words of the resume languages besides English: what the English checks (roles.ts,
 * scope.ts, numbers.ts) read in English, for words that are everyday vocabulary in their own
 * language and so no longer reach the new-word check. One line is one family: a word of the
 * rewrite claims its family unless the evidence has a word of the same family ("Leitete" is
 * backed by "Leitung", "guidato" by "guida").
 *
 * Forms: a plain form matches the word as written or by its Snowball stem; "-x" matches a
 * compound ending in x ("unternehmensweit", "netwerkdirecteur"), "x-" one starting with it
 * ("Chefarchitekt"), but not an everyday word.
 * Compound heads are listed only where no common word ends the same way: "-leiter" would read
 * "Halbleiter" (semiconductor) and "-leider" "begeleider" (tutor), so those titles are listed whole.
 *
 * Kinds: ownership (how much of the work was the person's, by `rank` as in roles.ts: designed 2,
 * managed / was responsible / coordinated 3, led / directed 4; `solo`: worked alone), seniority
 * (titles), scope (reach, magnitudes, firsts, results, audiences, partners), sector (an industry
 * the work is placed in), credential (certificates, awards, degrees), level (a language or skill
 * level raised: "fluent", "expert", "advanced"; read against the cited line, which states the
 * level it raises), number (a count written as a word; with a unit of time it
 * is a duration).
 */
export const CLAIM_LEXICONS: Record<OtherLanguage, LexiconLine[]> = {
  de: [
    { kind: 'ownership', rank: 4, forms: 'leiten leitete leiteten geleitet leitend leitung leiter leiterin projektleitung teamleitung abteilungsleitung gruppenleitung bereichsleitung' },
    { kind: 'ownership', rank: 4, forms: 'führte führten geführt führung führungskraft führungsverantwortung federführend' },
    { kind: 'ownership', rank: 3, forms: 'verantwortlich verantwortete verantwortet verantwortung hauptverantwortlich eigenverantwortlich' },
    { kind: 'ownership', rank: 3, forms: 'koordinierte koordiniert koordination koordinator koordinatorin' },
    { kind: 'ownership', rank: 2, exact: true, backsOnly: true, forms: 'entwickelt entwickelte entwickelten erstellt erstellte erstellten geschaffen schuf' },
    { kind: 'ownership', rank: 2, exact: true, forms: 'konzeption konzipiert konzipierte konzipieren entwurf entworfen entwarf design designt' },
    { kind: 'ownership', solo: true, forms: 'allein alleine alleinig eigenständig alleingang allein-' },
    { kind: 'seniority', forms: 'projektleiter projektleiterin teamleiter teamleiterin abteilungsleiter abteilungsleiterin gruppenleiter gruppenleiterin bereichsleiter bereichsleiterin' },
    { kind: 'seniority', forms: 'senior principal chef chefin präsident präsidentin vorsitzender vorsitzende direktor direktorin -direktor geschäftsführer geschäftsführerin vorstand hauptentwickler hauptautor chef-' },
    { kind: 'scope', forms: 'weltweit weltweiten weltweite -weit -weiten -weite -weiter -weites -weitem international internationale internationalen national nationale nationalen europäisch europäische europäischen europaweit' },
    { kind: 'scope', exact: true, forms: 'partner partnern partnerschaft kooperation kooperationen zusammenarbeit' },
    { kind: 'sector', exact: true, forms: 'banken bankwesen bankensektor finanzsektor finanzbranche gesundheitswesen medizintechnik versicherungsbranche automobilindustrie luftfahrt pharmaindustrie pharmabranche -sektor -branche krankenhaus krankenhäusern klinik kliniken klinikum eisenbahn bahnindustrie schienenfahrzeuge' },
    { kind: 'sector', cited: true, forms: 'sektor branche' },
    { kind: 'scope', exact: true, family: true, forms: 'gesamte gesamten gesamtes sämtliche sämtlichen alle allen ganze ganzen' },
    { kind: 'scope', forms: 'tausende tausenden millionen hunderte hunderten dutzende' },
    { kind: 'scope', exact: true, forms: 'erheblich erheblichen deutlich deutlichen signifikant signifikanten maßgeblich massiv enorm erste ersten erstes einzige einzigen marktführer marktführend rekord' },
    { kind: 'scope', exact: true, forms: 'umsatz kosten gewinn' },
    { kind: 'scope', exact: true, family: true, forms: 'kunde kunden kundin kundinnen nutzer nutzerin nutzerinnen anwender anwenderin anwenderinnen benutzer benutzerin benutzerinnen' },
    { kind: 'credential', forms: 'master bachelor diplom promotion promoviert doktor doktorat zertifikat zertifiziert zertifizierte zertifizierung diplom preis preisträger preisträgerin auszeichnung ausgezeichnet stipendium stipendiat patent' },
    { kind: 'credential', forms: 'meister meisterin meisterbrief -meister -meisterin' },
    { kind: 'level', exact: true, forms: 'fließend verhandlungssicher muttersprache muttersprachlich muttersprachler experte expertin expertenniveau expertenwissen exzellent exzellente hervorragend hervorragende fortgeschritten fortgeschrittene mittelstufe' },
    CEFR,
    { kind: 'scope', exact: true, forms: 'übertroffen übertraf übertrafen übertrifft übertreffen' },
    { kind: 'scope', forms: 'präsentiert präsentierte präsentierten vorgetragen vortrag vorträge' },
    ...multiples('verdoppelt verdoppelte verdoppelten verdoppeln verdoppelung', 'verdreifacht verdreifachte verdreifachten verdreifachung', 'halbiert halbierte halbierten halbierung'),
    ...numbers('zwei drei vier fünf sechs sieben acht neun zehn elf zwölf fünfzehn zwanzig dreißig hundert tausend'),
  ],
  fr: [
    { kind: 'ownership', rank: 4, forms: 'dirigé dirigée dirigés diriger dirige dirigeant direction leadership présidé présidée présidés présider présidence' },
    // The verb only: "pilotes" are drivers ("pilotes bas niveau"), not steering.
    { kind: 'ownership', rank: 3, exact: true, forms: 'pilotage piloté pilotée pilotés pilotées piloter pilotant pilotais pilotait' },
    { kind: 'ownership', rank: 3, forms: 'encadrement encadré encadrée encadrer encadrant supervision supervisé supervisée superviser' },
    { kind: 'ownership', rank: 3, forms: 'responsable responsables responsabilité responsabilités gestion géré gérée gérer' },
    { kind: 'ownership', rank: 3, forms: 'coordination coordonné coordonnée coordonner coordinateur coordinatrice' },
    { kind: 'ownership', rank: 2, exact: true, backsOnly: true, forms: 'développé développée développés développées créé créée créés créées' },
    { kind: 'ownership', rank: 2, exact: true, forms: 'conception conçu conçue concevoir' },
    { kind: 'ownership', solo: true, forms: 'seul seule seuls autonomie autonome autonomes indépendamment' },
    { kind: 'seniority', forms: 'directeur directrice -directeur chef cheffe président présidente senior principal principale référent référente' },
    { kind: 'scope', forms: 'mondial mondiale mondiaux mondialement international internationale internationaux national nationale nationaux européen européenne européens européennes' },
    { kind: 'scope', exact: true, forms: 'partenariat partenariats partenaires partenaire collaboration collaborations sous-traitant sous-traitants prestataire prestataires' },
    { kind: 'sector', exact: true, forms: 'banque banques bancaire bancaires financier financière santé assurance assurances pharmaceutique pharmaceutiques automobile aéronautique aérospatial hospitalier hospitalière hospitaliers hospitalières hôpital hôpitaux clinique cliniques ferroviaire ferroviaires' },
    { kind: 'sector', cited: true, forms: 'secteur secteurs' },
    { kind: 'scope', exact: true, family: true, forms: 'tous toutes toute tout entière entier ensemble' },
    { kind: 'scope', forms: 'milliers millions centaines dizaines' },
    { kind: 'scope', exact: true, forms: 'significativement considérablement fortement nettement massivement premier première meilleur meilleure record leader' },
    { kind: 'scope', exact: true, forms: 'coûts coût bénéfices rentabilité' },
    { kind: 'scope', exact: true, family: true, forms: 'utilisateur utilisateurs utilisatrice utilisatrices client clients cliente clientes usager usagers' },
    { kind: 'credential', forms: 'doctorat master licence ingénieur certification certifié certifiée certificat diplôme diplômé diplômée prix lauréat lauréate récompense récompensé distinction bourse brevet breveté' },
    { kind: 'level', exact: true, forms: 'courant couramment bilingue natif native maternelle expert experte expertise excellent excellente avancé avancée avancés avancées approfondi approfondie approfondies intermédiaire intermédiaires' },
    CEFR,
    { kind: 'scope', exact: true, forms: 'dépassant dépassé dépassée dépassés dépassées dépasser surpassant surpassé' },
    { kind: 'scope', forms: 'présenté présentée présentés présentées intervenant intervenante' },
    ...multiples('doublé doublée doublés doublées doublant doublement', 'triplé triplée triplés triplées triplant'),
    ...numbers('deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille'),
  ],
  nl: [
    { kind: 'ownership', rank: 4, forms: 'leiden leidde leidden geleid leiding leider leidster leidinggevende leidinggevend aansturen aangestuurd stuurde teamleider projectleider groepsleider afdelingsleider' },
    { kind: 'ownership', rank: 3, forms: 'verantwoordelijk verantwoordelijke verantwoordelijkheid eindverantwoordelijk eindverantwoordelijke coördineren coördineerde gecoördineerd coördinatie coördinator' },
    { kind: 'ownership', rank: 2, exact: true, backsOnly: true, forms: 'ontwikkeld ontwikkelde ontwikkelden gecreëerd creëerde' },
    { kind: 'ownership', rank: 2, exact: true, forms: 'ontwerp ontworpen ontwierp ontwerpen' },
    { kind: 'ownership', solo: true, forms: 'alleen zelfstandig zelfstandige eigenhandig' },
    { kind: 'seniority', forms: 'hoofd hoofdontwikkelaar hoofdonderzoeker hoofdauteur hoofdarchitect directeur -directeur promotor senior manager -manager voorzitter' },
    { kind: 'scope', forms: 'wereldwijd wereldwijde -wijd -wijde -breed -brede internationaal internationale nationaal nationale europees europese' },
    { kind: 'scope', exact: true, forms: 'samenwerking samenwerkingen partners partner partnerschap' },
    { kind: 'sector', exact: true, forms: 'bankensector financiële gezondheidszorg zorgsector verzekeringen verzekeraar farmaceutische automobielindustrie luchtvaart -sector ziekenhuis ziekenhuizen spoorwegen' },
    { kind: 'sector', cited: true, forms: 'sector sectoren branche' },
    { kind: 'scope', exact: true, family: true, forms: 'alle gehele hele geheel' },
    { kind: 'scope', forms: 'duizenden miljoenen honderden tientallen' },
    { kind: 'scope', exact: true, forms: 'aanzienlijk aanzienlijke significant significante eerste grootste record' },
    { kind: 'scope', exact: true, forms: 'omzet kosten winst' },
    { kind: 'scope', exact: true, family: true, forms: 'klanten gebruikers afnemers' },
    { kind: 'credential', forms: 'master bachelor doctoraat certificaat gecertificeerd certificering diploma prijs onderscheiding beurs octrooi' },
    { kind: 'level', exact: true, forms: 'vloeiend moedertaal tweetalig expert uitstekend uitstekende gevorderd gevorderde gemiddeld redelijk' },
    CEFR,
    { kind: 'scope', exact: true, forms: 'overtroffen overtrof overtroffe overtreffen' },
    { kind: 'scope', forms: 'gepresenteerd presenteerde presenteerden' },
    ...multiples('verdubbeld verdubbelde verdubbelden verdubbeling', 'verdrievoudigd verdrievoudigde', 'gehalveerd halveerde halvering'),
    ...numbers('twee/tweetal drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig dertig honderd duizend'),
  ],
  it: [
    { kind: 'ownership', rank: 4, forms: 'guidato guidata guidare guidando guido leader dirigere direzione direttore direttrice presieduto presieduta presiedere presidenza' },
    { kind: 'ownership', rank: 3, forms: 'coordinato coordinata coordinare coordinamento coordinatore coordinatrice' },
    { kind: 'ownership', rank: 3, forms: 'responsabile responsabili responsabilità gestito gestita gestire gestione' },
    { kind: 'ownership', rank: 3, forms: 'supervisionato supervisionata supervisione supervisore' },
    { kind: 'ownership', rank: 2, exact: true, backsOnly: true, forms: 'sviluppato sviluppata sviluppati sviluppate creato creata creati' },
    { kind: 'ownership', rank: 2, exact: true, forms: 'progettato progettata progettazione progettare ideato ideata' },
    { kind: 'ownership', solo: true, forms: 'autonomamente autonomia autonomo autonoma indipendentemente' },
    { kind: 'seniority', forms: 'capo senior principale presidente' },
    { kind: 'scope', forms: 'mondiale mondiali internazionale internazionali nazionale nazionali europeo europea europei europee' },
    { kind: 'scope', exact: true, forms: 'collaborazione collaborazioni partnership partner' },
    { kind: 'sector', exact: true, forms: 'banca banche bancario bancaria finanziario finanziaria sanitario sanitaria assicurativo assicurativa farmaceutico farmaceutica automobilistico aerospaziale ospedale ospedali ospedaliero ospedaliera clinica cliniche clinico clinici ferroviario ferroviaria ferroviari' },
    { kind: 'sector', cited: true, forms: 'settore settori' },
    { kind: 'scope', exact: true, family: true, forms: 'tutti tutte tutta intera intero' },
    { kind: 'scope', forms: 'migliaia milioni centinaia decine' },
    { kind: 'scope', exact: true, forms: 'significativamente notevolmente primo migliore record' },
    { kind: 'scope', exact: true, forms: 'fatturato costi profitto' },
    { kind: 'scope', exact: true, family: true, forms: 'utente utenti cliente clienti utilizzatore utilizzatori' },
    { kind: 'credential', forms: 'laurea magistrale dottorato certificazione certificato certificata diploma premio premiato premiata brevetto lode' },
    { kind: 'level', exact: true, forms: 'fluente madrelingua bilingue esperto esperta eccellente ottimo ottima avanzato avanzata avanzate avanzati approfondita approfondite intermedio intermedia' },
    CEFR,
    { kind: 'scope', exact: true, forms: 'superando superato superata superati superate superare' },
    { kind: 'scope', forms: 'presentato presentata presentati presentate relatore relatrice' },
    ...multiples('raddoppiato raddoppiata raddoppiati raddoppiate raddoppiando raddoppio', 'triplicato triplicata triplicati triplicando', 'dimezzato dimezzata dimezzati dimezzando'),
    ...numbers('due tre quattro cinque sei sette otto nove dieci undici dodici quindici venti trenta cento mille'),
  ],
  es: [
    { kind: 'ownership', rank: 4, forms: 'lideré liderar lideró liderado liderada liderazgo líder dirigí dirigir dirigió dirigido dirigida dirección director directora presidí presidir presidió presidido presidida presidencia' },
    { kind: 'ownership', rank: 3, forms: 'coordiné coordinar coordinó coordinación coordinador coordinadora' },
    { kind: 'ownership', rank: 3, forms: 'responsable responsables responsabilidad encargado encargada gestioné gestionar gestionó gestión' },
    { kind: 'ownership', rank: 3, forms: 'supervisé supervisar supervisó supervisión supervisor supervisora' },
    { kind: 'ownership', rank: 2, exact: true, backsOnly: true, forms: 'desarrollé desarrolló desarrollado desarrollada desarrollados creé creó creado creada' },
    { kind: 'ownership', rank: 2, exact: true, forms: 'diseñé diseñar diseñó diseñado diseñada diseño' },
    { kind: 'ownership', solo: true, forms: 'autónomamente autonomía autónomo autónoma independientemente' },
    { kind: 'seniority', forms: 'jefe jefa senior gerente principal presidente presidenta' },
    { kind: 'scope', forms: 'mundial mundialmente internacional internacionales nacional nacionales europeo europea europeos europeas' },
    { kind: 'scope', exact: true, forms: 'colaboración colaboraciones alianza socios' },
    { kind: 'sector', exact: true, forms: 'banca bancario bancaria financiero financiera salud sanitario sanitaria seguros farmacéutico farmacéutica automotriz aeroespacial hospital hospitales hospitalario hospitalaria clínica clínicas clínico clínicos ferroviario ferroviaria ferroviarios ferrocarril' },
    { kind: 'sector', cited: true, forms: 'sector sectores' },
    { kind: 'scope', exact: true, family: true, forms: 'todos todas toda entera entero' },
    { kind: 'scope', forms: 'miles millones cientos decenas' },
    { kind: 'scope', exact: true, forms: 'significativamente considerablemente notablemente primer primero primera mejor récord' },
    { kind: 'scope', exact: true, forms: 'facturación costes costos beneficios ingresos' },
    { kind: 'scope', exact: true, family: true, forms: 'usuario usuarios usuaria usuarias cliente clientes' },
    { kind: 'credential', forms: 'máster maestría doctorado licenciatura certificación certificado certificada diploma premio premiado premiada galardón galardonado beca becario patente sobresaliente honorífica laude' },
    { kind: 'level', exact: true, forms: 'fluido fluida nativo nativa bilingüe experto experta avanzado avanzada avanzados avanzadas excelente intermedio intermedia' },
    CEFR,
    { kind: 'scope', exact: true, forms: 'superando superé superó superado superada superados superadas superar' },
    { kind: 'scope', forms: 'presenté presentó presentado presentada presentados presentadas ponente ponencia' },
    ...multiples('duplicó dupliqué duplicado duplicada duplicados duplicando', 'tripliqué triplicó triplicado triplicada triplicando'),
    ...numbers('dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cien mil'),
  ],
  pt: [
    { kind: 'ownership', rank: 4, forms: 'liderei liderar liderou liderado liderada liderança líder dirigi dirigir dirigiu direção diretor diretora chefiei chefiar presidi presidir presidiu presidido presidida presidência' },
    { kind: 'ownership', rank: 3, forms: 'coordenei coordenar coordenou coordenação coordenador coordenadora' },
    { kind: 'ownership', rank: 3, forms: 'responsável responsáveis responsabilidade geri gerir gerenciei gerenciar gerenciou gestão' },
    { kind: 'ownership', rank: 3, forms: 'supervisionei supervisionar supervisão supervisor supervisora' },
    { kind: 'ownership', rank: 2, exact: true, backsOnly: true, forms: 'desenvolvi desenvolveu desenvolvido desenvolvida desenvolvidos criei criou criado criada' },
    { kind: 'ownership', rank: 2, exact: true, forms: 'projetei projetar projetou concebi concebeu' },
    { kind: 'ownership', solo: true, forms: 'sozinho sozinha autonomia autônomo autónomo autônoma autónoma independentemente' },
    { kind: 'seniority', forms: 'sênior sénior senior principal chefe gerente gestor gestora presidente' },
    { kind: 'scope', forms: 'mundial internacional internacionais nacional nacionais europeu europeia europeus europeias' },
    { kind: 'scope', exact: true, forms: 'parceria parcerias parceiros colaboração' },
    { kind: 'sector', exact: true, forms: 'bancos bancário bancária financeiro financeira saúde seguros farmacêutico farmacêutica automotivo aeroespacial hospital hospitais hospitalar hospitalares clínica clínicas clínico clínicos ferroviário ferroviária ferroviários farmacêuticas farmacêuticos' },
    { kind: 'sector', cited: true, forms: 'setor setores' },
    { kind: 'scope', exact: true, family: true, forms: 'todos todas toda inteira inteiro' },
    { kind: 'scope', forms: 'milhares milhões centenas dezenas' },
    { kind: 'scope', exact: true, forms: 'significativamente consideravelmente primeiro primeira melhor recorde' },
    { kind: 'scope', exact: true, forms: 'faturamento custos lucro receita' },
    { kind: 'scope', exact: true, family: true, forms: 'usuário usuários utilizador utilizadores cliente clientes' },
    { kind: 'credential', forms: 'mestre mestrado doutor doutorado bacharel bacharelado licenciatura certificação certificado certificada diploma prêmio prémio premiado premiada bolsa patente louvor distinção' },
    { kind: 'level', exact: true, forms: 'fluente nativo nativa bilíngue especialista avançado avançada avançados avançadas excelente intermediário intermediária' },
    CEFR,
    { kind: 'scope', exact: true, forms: 'superando superei superou superado superada superados superadas superar' },
    { kind: 'scope', forms: 'apresentei apresentou apresentado apresentada apresentados apresentadas palestrante' },
    ...multiples('dobrou dobrei dobrado dobrada dobrando duplicou dupliquei duplicado duplicada duplicando', 'triplicou tripliquei triplicado triplicada triplicando'),
    ...numbers('dois/duas três quatro cinco seis sete oito nove dez onze doze quinze vinte trinta cem mil'),
  ],
  pl: PL_LEXICON,
  ...RU_SV_LEXICONS,
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
  ru: /^(год|года|году|годы|годами|лет|месяц|месяца|месяцев|неделя|недели|недель)$/,
  sv: /^(år|året|åren|års|månad|månader|månaders|vecka|veckor|veckors)$/,
};

/**
 * A past participle followed by "by" is passive: "Supervisé par Dr. Winter", "geleitet von",
 * "dirigido por" say someone else did it ("Leitung von Projekten" is no participle: it leads).
 */
export const PASSIVE: Record<OtherLanguage, { participle: RegExp; by: RegExp }> = {
  de: { participle: /^ge\p{L}+(t|en)$/u, by: /^(von|vom|durch)$/ },
  fr: { participle: /(é|ée|és|ées)$/, by: /^par$/ },
  nl: { participle: /^ge\p{L}+(d|t|en)$/u, by: /^door$/ },
  it: { participle: /(ato|ata|ati|ate|ito|ita|iti|ite|etto|etta)$/, by: /^(da|dal|dalla|dallo|dai|dagli|dalle)$/ },
  es: { participle: /(ado|ada|ados|adas|ido|ida|idos|idas)$/, by: /^por$/ },
  pt: { participle: /(ado|ada|ados|adas|ido|ida|idos|idas)$/, by: /^(por|pelo|pela|pelos|pelas)$/ },
  pl: { participle: /(any|ana|ony|ona)$/, by: /^przez$/ },
  // Russian says the doer in the instrumental case, without a word for "by": no pattern.
  ru: { participle: /(?!)/, by: /(?!)/ },
  sv: { participle: /(ad|at|ade|ades|ats|d|t)$/, by: /^av$/ },
};

/** The word for "one" before a unit of time: "ein Jahr", "un an", "per un anno" state a duration. */
export const ONE: Record<OtherLanguage, RegExp> = {
  de: /^(ein|eine|einem|einen|einer|eines)$/,
  fr: /^(un|une)$/,
  nl: /^(een|één)$/,
  it: /^(un|uno|una)$/,
  es: /^(un|uno|una)$/,
  pt: /^(um|uma)$/,
  pl: /^(jeden|jedna|jednego)$/,
  ru: /^(один|одна|одно|одного|одной|одну|одним)$/,
  sv: /^(en|ett)$/,
};
