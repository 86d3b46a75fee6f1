/**
 * Outlets that news about North Korea's military often cites, written in the Latin alphabet the
 * same way in English, French and German text: a report of theirs is a media report (an unnamed
 * source, by the labelling guide), and a city in the name ("Kyiv Post") is not that city's
 * government. Lower case.
 */
export const CITED_OUTLETS: readonly string[] = [
  'kyiv independent',
  'kyiv post',
  'ukrainska pravda',
  'suspilne',
  'korea herald',
  'korea times',
  'joongang daily',
  'chosun ilbo',
  'dong-a ilbo',
  'donga ilbo',
  'daily nk',
  'nk news',
  'radio free asia',
  'voice of america',
  'kyodo',
  'nhk',
  'asahi',
  'yomiuri',
  'nikkei',
  'moscow times',
  'japan times',
  'wall street journal',
  'new york times',
  'washington post',
  'financial times',
  'bloomberg',
  'politico',
  'axios',
];
