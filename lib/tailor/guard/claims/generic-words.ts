import { stemOf } from './words';

/**
 * The everyday vocabulary of rewording a resume line: action verbs that claim no more than
 * doing the work, and general nouns, adjectives and adverbs. A new word from this list is a
 * paraphrase; any other new word is a new term that needs evidence. Drawn from common
 * resume-writing guides' verb lists and general English, not from any one resume.
 */
// The most common English verbs that claim nothing beyond doing ("let", "keep", "get"); "lead", "win", "own" are claims and are not here.
const COMMON_VERBS = `be have do say get make go know take see come think look want give use find tell ask work seem feel try leave call keep let begin
help show hear play run move like live believe hold bring happen write provide sit stand lose pay meet include continue set learn change understand watch
follow stop create speak read allow add spend grow open walk offer remember consider appear buy wait serve send expect build stay fall cut reach remain
suggest raise pass require report decide pull become put mean turn start might`;

const WORDS = `
accomplish achieve act adapt add address adjust adopt advance advise align allow analyze analyse apply arrange assemble assess attend audit author automate
balance begin boost bring build calculate capture carry change check clarify clean code collect combine communicate compare compile complete compose compute
conduct configure connect consolidate construct consult consume contain continue control convert coordinate correct create cut debug decide decrease deepen define
deliver demonstrate deploy describe detect determine develop diagnose discover discuss document draft edit educate eliminate enable encourage engineer enhance
ensure enter evaluate examine execute expand expedite experiment explain explore expose extend extract facilitate find finish fix focus follow form formulate gain
gather generate give grow guide handle help identify illustrate implement improve incorporate increase inform install integrate interpret introduce investigate
keep launch learn lower maintain make map measure meet merge migrate model modernize modify monitor move navigate obtain operate optimize organize outline
perform pick plan port prepare present prevent process produce program promote propose prototype provide provision publish put raise reach reduce refactor refine
release remove render reorganize repair replace report represent research resolve restructure retrieve review revise rewrite run save scale schedule script
secure select send serve set setup ship show simplify solve sort speed spot standardize start store streamline strengthen structure study submit support
take talk teach test track train transform translate troubleshoot tune turn update upgrade use validate verify visualize work write
able accurate active actual additional advanced agile annual applicable automated automatic available back backwards basic better broad brief central clean
clear close common complete complex comprehensive consistent continuous core current custom daily dedicated deep detailed different direct diverse dynamic early
easy effective efficient end-to-end essential existing external fast final fine flexible free frequent front full functional general good great hands-on heavy
helpful high higher important in-house initial internal interactive key large late later live local long low lower main major manual many modern monthly
multiple native necessary new next normal numerous ongoing open optional original overall own particular past personal practical previous primary private
proper public quick quickly rapid ready real real-time recent regular related relevant reliable remote repeatable responsive reusable rich robust safe same
scalable seamless secure separate several shared short side simple single small smooth solid special specific stable standard standardized steady strong
successful sufficient technical timely total typical unified unique upcoming useful various vital weekly wide yearly
ability access account action activity analysis app application approach architecture area aspect asset base basis behavior build business capability case
change code codebase collection component concept configuration content context control course data database dataset deadline decision demand deployment
design detail development device difference direction document documentation domain effort element end engine environment error event example experience
feature feedback field file flow form format framework function functionality goal group guide idea impact implementation improvement infrastructure input
insight instance integration interface issue item job layer layout level library line logic maintenance management method metric mode model module need network
operation option order output overview package page part pattern people performance phase piece pipeline plan platform point policy portal practice
problem procedure process product production program progress project prototype purpose quality query range rate reason record report repository request
requirement research resource response result review role rule schedule scope script section server service session set setting setup site software solution
source space specification stage standard state step storage strategy structure style subject suite support system table task team technique technology term
test testing thing time tool tooling topic track traffic type unit update usage use user value version view way web website work workflow workload
day week month year hour minute quarter company organization department colleague partner
across along alongside around based behind daily end further instead onto regardless together via weekly within
effectively efficiently quickly reliably successfully smoothly easily directly closely actively regularly consistently accurately automatically manually
partly primarily mainly largely mostly fully jointly collectively
`;

const GENERIC = new Set(`${COMMON_VERBS} ${WORDS}`.split(/\s+/).filter(Boolean).map(stemOf));

/** Whether a word is everyday paraphrase vocabulary (by word family). */
export function isGeneric(lower: string): boolean {
  return GENERIC.has(stemOf(lower));
}
