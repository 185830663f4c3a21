// Articles, prepositions and conjunctions of the European resume languages (de, fr, nl, it, es,
// pt, pl, ru, sv) that are not English words: they never name a tool.
const FUNCTION_WORDS = new Set(`der das dem den des ein eine einer einem einen eines zur zum und mit von für bei im am vom aus auf über unter sowie oder
de le la les du un une et avec pour dans sur par au aux ou à
het een en van voor met bij op aan te om tot
il lo gli della delle dei degli del nel nei nella nelle per con di da ed
el los las y para por
o ao aos os da dos das em na nas nos com um uma
w z i na od dla oraz przy przez
u ua u.a z.b zb bzw usw ggf inkl ca bspw gemäß laut cf ej m.in np
e anhand mittels durch ohne gegen ab bis seit während wegen trotz via wodurch wobei womit wofür dadurch sodass damit indem
mediante según durante hacia desde hasta entre sobre tras
selon pendant depuis vers chez sans sous grâce
conforme até sem sob
tramite secondo verso senza sotto tra fra
tijdens zonder onder tussen sinds volgens
в во на с со и или для по из к ко от до о об при за под над у без через между а но как что также
och i på med för av till om som samt från vid efter inom hos mellan utan genom ett den det de`.split(/\s+/));

export const isForeignFunctionWord = (lower: string) => FUNCTION_WORDS.has(lower);
