import { beforeAll, describe, expect, it } from 'vitest';
import type { GuardLanguage } from './resume-language';
import { claimsAgainst } from './check';
import { isEverydayIn, loadEverydayWords } from './everyday-words';
import { evidenceOf } from './evidence-text';
import { partOfEvidenceCompound, sameStemInLanguage } from './other-languages';

const claims = (lang: GuardLanguage, rewrite: string, cited: string, shared: string[] = []) =>
  claimsAgainst(rewrite, evidenceOf([cited], shared, lang)).map((c) => `${c.kind}:${c.text}`);

describe('everyday words of the other resume languages', () => {
  it('are unknown until their list is loaded, then read by form and by stem', async () => {
    expect(isEverydayIn('pl', 'wszystko')).toBe(false);
    await loadEverydayWords('pl');
    expect(isEverydayIn('pl', 'wszystko')).toBe(true);
    await loadEverydayWords('nl');
    expect(isEverydayIn('nl', 'begeleiding')).toBe(true);
    expect(isEverydayIn('nl', 'kubernetes')).toBe(false);
    // English needs no list here (everyday-english.ts ships with the guard).
    await loadEverydayWords('en');
    expect(isEverydayIn('en', 'the')).toBe(false);
  });
});

describe('the rarer written words of a language (ranks 10,001–30,000, by stem)', () => {
  beforeAll(async () => { for (const l of ['es', 'de', 'ru', 'pt', 'fr'] as const) await loadEverydayWords(l); });

  it('are everyday vocabulary in any of their forms, unlike English names the subtitles repeat', () => {
    // Below the 10,000 most frequent words of subtitles, above the 30,000th.
    expect(isEverydayIn('es', 'despliegue')).toBe(true);
    expect(isEverydayIn('es', 'desplegamos')).toBe(true);
    expect(isEverydayIn('de', 'gefördert')).toBe(true);
    expect(isEverydayIn('de', 'pinecone')).toBe(false);
  });

  it('still reads the claims they make, in the lexicons of the language', () => {
    expect(claims('es', 'Presidí la comisión encargada del logotipo', 'Integré la comisión encargada del logotipo')).toEqual(['ownership:Presidí']);
    expect(claims('es', 'Impulso de mercancía, superando la meta de ventas', 'Impulso de mercancía')).toContain('scope:superando');
    expect(claims('ru', 'Разработан собственный алгоритм оценки связей', 'Был использован алгоритм оценки связей')).toEqual(['ownership:собственный']);
    expect(claims('de', 'Die Emulation halbiert die Stückkosten', 'Emulation zur Senkung der Stückkosten')).toEqual(['number:halbiert']);
    expect(claims('de', 'Die Emulation halbiert die Stückkosten', 'Die Emulation halbierte die Stückkosten')).toEqual([]);
    expect(claims('es', 'Desarrollo de sistemas eléctricos en material ferroviario', 'Desarrollo de sistemas eléctricos')).toEqual(['name:ferroviario']);
    expect(claims('ru', 'Визуализировал позиции агентов и представил результаты', 'Визуализировал позиции агентов')).toEqual(['scope:представил']);
    expect(claims('ru', 'Представил и защитил исследование на конференции', 'Защитил исследование на конференции')).toEqual([]);
    // Who developed a thing designed it; "developed" itself claims nothing.
    expect(claims('ru', 'Спроектировал и провёл 15 занятий', 'Разработал и провёл 15 занятий')).toEqual([]);
    expect(claims('ru', 'Спроектировал базу данных', 'Настроил базу данных')).toEqual(['ownership:Спроектировал']);
    expect(claims('es', 'Desarrollé la base de datos', 'Configuré la base de datos')).toEqual([]);
    // A level raised is a claim; the same level in the cited line's language is not.
    expect(claims('pt', 'Inglês: intermediário, com boa leitura', 'Inglês: básico, com leitura')).toEqual(['credential:intermediário']);
    expect(claims('fr', 'Niveau intermédiaire supérieur en lecture', 'Upper Intermediate, reading')).toEqual([]);
  });
});

describe('claims in the language of the resume', () => {
  beforeAll(async () => { for (const l of ['de', 'fr', 'nl', 'it'] as const) await loadEverydayWords(l); });

  it('lets a synonym in everyday words pass where it was a new "tool"', () => {
    expect(claims('it', 'Uso attivo di Git per il version control', 'Conoscenza ed utilizzo attivo di Git per il version control')).toEqual([]);
    expect(claims('nl', 'Begeleiding van verschillende masterthesis- en stagestudenten', 'Tutor van verschillende masterthesis en stagestudenten')).toEqual([]);
    expect(claims('fr', 'Accompagnement technique des équipes de développement', 'Support technique des équipes de développement')).toEqual([]);
  });

  it('still flags a new tool, and the same words read as English stay new', () => {
    expect(claims('nl', 'Begeleiding van studenten met Kubernetes', 'Tutor van studenten')).toEqual(['tool:Kubernetes']);
    expect(claims('en', 'Begeleiding van studenten', 'Tutor van studenten')).toContain('tool:Begeleiding');
  });

  it('reads leading, titles and working alone by family', () => {
    expect(claims('de', 'Leitete das Missionsanalyseteam', 'Leitung des Missionsanalyseteams')).toEqual([]);
    expect(claims('de', 'Leitete das Missionsanalyseteam', 'Mitarbeit im Missionsanalyseteam')).toEqual(['ownership:Leitete']);
    expect(claims('de', 'Als Teamleiter Mitarbeit im Missionsanalyseteam', 'Mitarbeit im Missionsanalyseteam')).toEqual(['seniority:Teamleiter']);
    expect(claims('de', 'Chefarchitekt und leitender Entwickler für das Bodensegment', 'Architekt und leitender Entwickler für das Bodensegment')).toEqual(['seniority:Chefarchitekt']);
    // A title elsewhere in the resume (its headings) backs it; a compound ending in a title is one.
    expect(claims('nl', 'Als netwerkdirecteur coördineren van activiteiten', 'Coördineren van activiteiten')).toEqual(['seniority:netwerkdirecteur']);
    expect(claims('nl', 'Als netwerkdirecteur coördineren van activiteiten', 'Coördineren van activiteiten', ['Netwerkdirecteur, 2015 – 2019'])).toEqual([]);
    expect(claims('fr', 'Rédaction en totale autonomie des dossiers', 'Rédaction des dossiers en collaboration avec les architectes')).toEqual(['ownership:autonomie']);
  });

  it('reads reach, levels and counts written as words', () => {
    expect(claims('fr', 'Compétition de data-science suivie par des milliers de participants', 'Compétition de data-science')).toEqual(['scope:milliers']);
    expect(claims('nl', 'Frans: vloeiend', 'Frans: goed')).toEqual(['credential:vloeiend']);
    expect(claims('nl', 'Tien jaar ervaring met Perl', 'Ervaring met Perl')).toEqual(['duration:Tien jaar']);
    expect(claims('nl', 'Tien jaar ervaring met Perl', '10 jaar ervaring met Perl')).toEqual([]);
    expect(claims('de', 'Betreuung von drei Studenten', 'Betreuung von Studenten')).toEqual(['number:drei']);
  });

  it('joins stems and compound parts of German and Dutch words the evidence has', () => {
    const nl = evidenceOf(['Installatie en beheer van conda environments'], [], 'nl');
    expect(sameStemInLanguage(nl, 'beheren')).toBe(true);
    const de = evidenceOf(['Design der Aufstiegsbahnoptimierungssoftware FASTOP'], [], 'de');
    expect(partOfEvidenceCompound(de, 'optimierung')).toBe(true);
    expect(partOfEvidenceCompound(de, 'kubernetes')).toBe(false);
    expect(partOfEvidenceCompound(evidenceOf(['Aufstiegsbahnoptimierungssoftware']), 'optimierung')).toBe(false);
    expect(claims('de', 'Entwurf der Software FASTOP zur Optimierung von Aufstiegsbahnen', 'Design und Entwicklung der Aufstiegsbahnoptimierungssoftware FASTOP')).toEqual([]);
  });

  it('reads a German run of capitalised words as a name only when the resume lacks its words', () => {
    expect(claims('de', 'Entwickelte die Lagekontrolle der ASI-Mission PRISMA', 'Entwicklung der Lagekontrolle der ASI PRISMA Mission')).toEqual([]);
    expect(claims('de', 'Datenqualitätsmanagement bei der Deutschen Bank', 'Datenqualitätsmanagement bei Lufthansa')).toEqual(['name:Deutschen Bank']);
  });

  it('accepts an acronym spelled out in the language of the resume, or after a hyphen', () => {
    expect(claims('fr', 'Projet pour EDQM (Direction européenne de la qualité du médicament)', 'Projet pour EDQM')).toEqual([]);
    expect(claims('nl', 'data stewardship (FAIR-principes (Findable, Accessible, Interoperable, Reusable))', 'data stewardship (FAIR principes)')).toEqual([]);
    expect(claims('de', 'Lösungen zur Abwehr von DDoS-Angriffen (Distributed Denial of Service)', 'Lösungen zur DDoS Mitigation')).not.toContain('name:Denial');
    expect(claims('fr', "Tuteur à l'UQAM", 'Tuteur', ['Université du Québec à Montréal'])).toEqual([]);
    expect(claims('de', 'Lehrinhalte mit speicherprogrammierbaren Steuerungen (SPS)', 'Lehrinhalte mit speicherprogrammierbaren Steuerungen')).toEqual([]);
  });
});

describe('claims in the language of the resume: rules found on unseen rewrites (session 18)', () => {
  beforeAll(async () => { for (const l of ['de', 'fr', 'nl', 'it', 'es', 'pt', 'pl'] as const) await loadEverydayWords(l); });

  it('reads ownership by rank, and a participle before "by" as someone else\'s role', () => {
    expect(claims('fr', 'Pilotage de la réalisation du projet', 'Responsable réalisation du projet')).toEqual([]);
    expect(claims('fr', "Pilotage d'un programme de recherche", 'Supervisé par Dr. Winter sur la biogéographie')).toEqual(['ownership:Pilotage']);
    expect(claims('pt', 'Responsável pela administração do ambiente cloud', 'Apoio na administração de ambiente cloud')).toEqual(['ownership:Responsável']);
    expect(claims('de', 'Konzeption und Implementierung einer Software', 'Implementierung und Wartung einer Software')).toEqual(['ownership:Konzeption']);
  });

  it('reads counts and "one" before a unit of time against the cited lines', () => {
    expect(claims('pl', 'Przez trzy lata sporządzanie dokumentacji', 'Sporządzanie dokumentacji stanowisk', ['Praktyki 3 miesiące'])).toEqual(['duration:trzy lata']);
    expect(claims('it', 'Visiting scholar per un anno presso il gruppo', 'Visiting scholar presso il gruppo')).toEqual(['duration:un anno']);
  });

  it('reads levels against the cited line, sectors and partners in the language', () => {
    expect(claims('fr', 'Connaissances avancées en Julia', 'Connaissances de base en Julia', ['ggplot2 avancé'])).toEqual(['credential:avancées']);
    expect(claims('it', 'Gestione delle risorse naturali, con applicazioni al settore oil & gas', 'Gestione delle risorse naturali')).toEqual(['name:settore']);
    expect(claims('fr', 'Projet de statistiques, en partenariat avec des laboratoires', 'Projet de statistiques')).toEqual(['scope:partenariat']);
    expect(claims('it', 'Gestione diretta di un collaboratore interno', 'Gestione di un riporto interno')).toEqual([]);
    // Audiences back each other; a claim word inside a name the resume has is part of the name; a backed claim word is no new tool.
    expect(claims('de', 'Mehr als 140.000 Downloads und Nutzer aus Industrie und Forschung', 'Über 140.000 Downloads sowie Anwender aus Industrie und Forschung')).toEqual([]);
    expect(claims('de', 'Administration von Anwendungs- und Webservern', 'Administration von Application- und Webservern')).toEqual([]);
    expect(claims('es', 'Profesor en la Universidad Autónoma de Santo Domingo', 'Profesor e investigador', ['Universidad Autónoma de Santo Domingo (UASD)'])).toEqual([]);
    expect(claims('es', 'Tareas: desarrollo, liderazgo de equipo y consultoría.', 'Tareas: desarrollo, líder de equipo y consultoría.')).toEqual([]);
    expect(claims('pt', 'Otimização do pipeline de um projeto de mestrado', 'Otimização do pipeline do mestrado')).toEqual([]);
  });

  it('lets nouns of activity, compounds of known parts and participles of evidence verbs pass', () => {
    expect(claims('es', 'Configuración de pipelines en Bitbucket', 'Levantamiento de Pipelines en Bitbucket')).toEqual([]);
    expect(claims('de', 'Automatisierte Konfiguration und Verwaltung der IT-Umgebung mit Ansible', 'Automatisierung der IT-Umgebung mit Ansible')).toEqual([]);
    expect(claims('de', 'Betrieb der Zertifikatsverwaltung', 'Betrieb der Verwaltung von Zertifikat und Schlüsseln')).toEqual([]);
    expect(claims('nl', 'zodat gebruikers genotificeerd worden', 'om gebruikers te notificeren')).toEqual([]);
    expect(claims('pl', 'Programowanie sterowników PLC w środowiskach TIA Portal', 'Programowanie sterowników PLC (TIA Portal)')).toEqual([]);
    expect(claims('pt', 'Migração do Docker Swarm para o Kubernetes', 'Migração de Docker Swarm para Kubernetes')).toEqual([]);
    // Verb forms the stemmers keep their ending on, and names declined in Polish.
    expect(isEverydayIn('nl', 'vormde')).toBe(true);
    expect(isEverydayIn('pt', 'aceitando')).toBe(true);
    expect(isEverydayIn('fr', 'œuvre')).toBe(true);
    expect(isEverydayIn('pt', 'publiquei')).toBe(true);
    // A product in CamelCase is a name, not a compound of everyday words; working alone in a compound; a sector in a compound the resume has.
    expect(claims('de', 'Self-Service-Portal mit Anbindung an ServiceNow', 'Self-Service-Portal mit Anbindung an PowerApps')).toEqual(['name:ServiceNow']);
    expect(claims('de', 'Alleinverantwortlicher Aufbau der Pipeline', 'Aufbau der Pipeline')).toEqual(['ownership:Alleinverantwortlicher']);
    expect(claims('de', 'Controlling sowie Kommunikation mit Banken', 'Controlling und Bankenkommunikation')).toEqual([]);
    expect(claims('de', 'Vektordatenbanken (ChromaDB, Pinecone)', 'Vektordatenbanken, ChromaDB')).toEqual(['name:Pinecone']);
    expect(claims('pt', 'Linguagens e bancos: Python e SQL', 'Programação: Python, SQL')).not.toContain('tool:e');
    expect(claims('fr', "Élaboration de la roadmap de toute la plateforme", "Préparation de la roadmap sur l'ensemble de la plateforme")).toEqual([]);
    expect(isEverydayIn('de', 'gesteuert')).toBe(true);
    expect(claims('de', 'Rekonstruktion der Flugbahn von Apollo 15', 'Rekonstruktion der Apollo-15-Flugbahn')).toEqual([]);
    expect(claims('pt', 'Ciência de dados com Python; Mestre em Ciência da Computação', 'Ciência de dados com Python')).toContain('credential:Mestre');
    expect(claims('fr', "L'association StartHer, que j'ai présidée, mettait en avant les femmes", "L'association StartHer mettait en avant les femmes")).toEqual(['ownership:présidée']);
    expect(claims('fr', "J'ai assuré la transition vers des microservices", "J'ai effectué la transition vers des microservices")).toEqual([]);
    expect(isEverydayIn('fr', 'assure')).toBe(true);
    expect(isEverydayIn('de', 'repariert')).toBe(true);
    expect(isEverydayIn('de', 'ermittelt')).toBe(true);
    expect(claims('nl', 'Ontwikkeling van een design system in Vue', 'Ontwikkeling van een componentbibliotheek in Vue')).toEqual([]);
    expect(claims('pt', 'Melhorei a performance do sistema', 'Melhoria da performance do sistema')).toEqual([]);
    expect(isEverydayIn('pl', 'użyciu')).toBe(true);
    expect(isEverydayIn('pl', 'kubernetesa')).toBe(false);
    expect(claims('pl', 'pisanie testów w Pythonie i Bashu', 'pisanie testów (Python, Bash)')).toEqual([]);
    expect(claims('pl', 'pisanie testów w Pythonie i Rubym', 'pisanie testów (Python, Bash)')).toEqual(['name:Rubym']);
    expect(claims('pl', 'Projekt Politechniki Wrocławskiej: opracowanie pomp', 'Opracowanie pomp', ['Politechnika Wrocławska, 2015'])).toEqual([]);
    expect(claims('pl', 'Projekt Politechniki Gdańskiej: opracowanie pomp', 'Opracowanie pomp', ['Politechnika Wrocławska, 2015'])).toEqual(['name:Politechniki Gdańskiej']);
  });

  it('accepts a translated expansion before a backed acronym, and a cited expansion in another word order', () => {
    expect(claims('pt', 'Testes de segurança estáticos e dinâmicos (SAST/DAST) com HCL', 'Testes de segurança (SAST/DAST) com HCL')).toEqual([]);
    expect(claims('fr', 'Bonnes pratiques (intégration et déploiement continus, CI/CD)', 'Bonnes pratiques (intégration continue/déploiement continu)')).toEqual([]);
    // A claim word inside such a span is still read.
    expect(claims('fr', 'Bonnes pratiques mondiales (CI)', 'Bonnes pratiques (CI)')).toEqual(['scope:mondiales']);
  });
});
