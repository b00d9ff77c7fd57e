import type { Kind } from '../domain/kinds';

/*
 * The classes of the situations layer (situations.ts) and the pairs that point to a category, the same in
 * every language: each language's grammar lists its words for each class (`situations`).
 */

export const THINGS = [
  'stairs',
  'lift',
  'lights',
  'path',
  'fixture',
  'pipe',
  'bins',
  'animal',
  'neighbour',
  'kin',
  'bill',
  'card',
  'money',
  'job',
  'home',
  'school',
  'gate',
  'place',
  'elders',
  'retired',
  'phone',
  'benefit',
  'medicine',
  'traffic',
  'gas',
  'office',
  'button',
  'stop',
  'guard',
  'body',
  'pastime',
  'bills',
  'cared',
  'fee',
  'rent',
  // 出门, 出街, "on the way out": going out, a journey of the resident's own — held so 门 in 出门 is no gate, and
  // paired with no trouble (round twenty-three).
  'outing',
] as const;
export type Thing = (typeof THINGS)[number];

export const TROUBLES = [
  'smell',
  'dirt',
  'unemptied',
  'noise',
  'sleepless',
  'leak',
  'broken',
  'stuck',
  'dark',
  'fall',
  'afraid',
  'attack',
  'blocked',
  'unguarded',
  'scam',
  'lost',
  'refused',
  'unpaid',
  'jobless',
  'evicted',
  'mistreat',
  'quarrel',
  'settle',
  'overcharged',
  'neglect',
  'bare',
  'lonely',
  'idle',
  'bereaved',
  'unsure',
  'smoke',
  'throw',
  'stopped',
  'cantget',
  'danger',
  'speeding',
  'bedridden',
  'robbed',
  'waiting',
  'papers',
  'nocome',
  'climb',
  'moved',
  'slacking',
  'checkup',
  'learn',
  'seeking',
  'bequest',
  'uncontributed',
  'dug',
  'claim',
  'custody',
  'owed',
  'transfer',
  'steep',
  'respite',
  'rest',
  'locked',
  'afford',
  'arrears',
  'reissue',
] as const;
export type Trouble = (typeof TROUBLES)[number];

/** A language's situation words (`locales/<lng>/intents.json`, `situations`). */
export interface SituationWords {
  things: Partial<Record<Thing, string[]>>;
  troubles: Partial<Record<Trouble, string[]>>;
  /** Words that say where ("in the", "by the"): a category named after one is a story's place (places.ts). */
  where?: string[];
  /** Words said after a place (门口的, 旁邊嘅): the place before one is where the thing named after it is (places.ts). */
  whereAfter?: string[];
  /**
   * Words that open a clause with a subject of its own (我们, 佢哋, "we", "they"): a trouble told in such a clause
   * is that subject's doing, so it pairs with no thing named two clauses or more before it (`Rule.reach`).
   */
  subjects?: string[];
}

/**
 * A pair of a thing and a trouble (or a trouble alone, `things: null`) and the categories it points to,
 * one per kind at most; `tells` is the kind the story itself asks for when no kind is said. `strength`
 * orders readings of one story: a person's trouble (a son who won't let them in) outweighs the place's
 * (a flat they cannot enter).
 */
export interface Rule {
  things: readonly Thing[] | null;
  troubles: readonly Trouble[];
  to: readonly string[];
  tells?: Kind;
  /** The kind it tells is only a guess: read back, never taken as it is. */
  unsure?: boolean;
  strength?: number;
  /**
   * How many clauses after its thing a trouble may still be said and pair with it (1 when not given): the one a
   * story is about may be named once and what they did told over the clauses that follow (我儿子 … 也不跟我商量 …
   * 户口本都拿走了), or a fee paid said first and the fault it should have mended after.
   */
  reach?: number;
  /**
   * Its reading stands for the story's other words of its kind: who is to answer for the fault, not the fault.
   * `twice`: only when two of its troubles are told (the call's claim and the money asked for, 冻结 … 转钱), since
   * one of them alone may be the thing's own trouble (医保卡冻结了 is the card's, 'my account was frozen' the bank's).
   */
  overrules?: boolean | 'twice';
  /** How many of its troubles must be told for it to be read at all (1 when not given). */
  needs?: number;
}

const PLACES: readonly Thing[] = ['stairs', 'bins', 'pipe', 'place', 'path', 'animal', 'gate', 'lift'];
const FIXED: readonly Thing[] = ['lift', 'lights', 'path', 'fixture', 'gate', 'stairs'];
const SAFETY = ['sug.safety', 'svc.public-safety'];

export const RULES: readonly Rule[] = [
  // Rubbish and sanitation.
  { things: PLACES, troubles: ['smell', 'dirt'], to: ['cmp.sanitation', 'sug.environment'], tells: 'complaint' },
  { things: ['bins'], troubles: ['unemptied', 'neglect'], to: ['cmp.sanitation'], tells: 'complaint', strength: 1.5 },
  // A market or square left strewn after hours (街市收咗檔…掟喺度, "the market packs up and it's all left lying"):
  // the place's rubbish, sanitation. Round twenty-three.
  { things: ['place'], troubles: ['unemptied'], to: ['cmp.sanitation'], tells: 'complaint' },
  // Rubbish piled up (垃圾堆成山, 啲垃圾堆到成座山, "rubbish piled up by the bins"): sanitation, wherever it lies.
  { things: ['bins'], troubles: ['blocked'], to: ['cmp.sanitation'], tells: 'complaint', strength: 1.5 },
  // A drain or gully blocked is sanitation, even when the street then floods (下水口塞死了一下雨就淹, 坑渠塞咗水浸).
  { things: ['pipe'], troubles: ['blocked'], to: ['cmp.sanitation'], tells: 'complaint', strength: 1.3 },
  {
    things: null,
    troubles: ['smell', 'dirt', 'unemptied'],
    to: ['cmp.sanitation', 'sug.environment'],
    tells: 'complaint',
  },
  // Noise.
  {
    things: ['neighbour', 'animal', 'place', 'stairs', 'traffic'],
    troubles: ['noise', 'sleepless'],
    to: ['cmp.noise'],
    tells: 'complaint',
  },
  // Vehicles heard (revving, racing about at night, 好嘈): the noise is what is told, above their speed (safety).
  { things: ['traffic'], troubles: ['noise'], to: ['cmp.noise'], tells: 'complaint', strength: 1.2 },
  { things: null, troubles: ['noise'], to: ['cmp.noise'], tells: 'complaint' },
  { things: null, troubles: ['sleepless'], to: ['cmp.noise'], tells: 'complaint', strength: 0.7 },
  // Neighbours: what comes from their flat (water, smoke, cooking, their things) is theirs.
  {
    things: ['neighbour'],
    troubles: ['leak', 'blocked', 'attack', 'smell', 'smoke', 'throw'],
    to: ['cmp.neighbour', 'svc.mediation'],
    tells: 'complaint',
    strength: 1.3,
  },
  { things: null, troubles: ['throw'], to: ['cmp.neighbour'], tells: 'complaint' },
  // Smoke in the block's shared ways (楼道里烧香, 走廊食煙, "burns incense in the corridor") is someone's doing:
  // a neighbour, not the stairwell's dirt.
  { things: ['stairs'], troubles: ['smoke'], to: ['cmp.neighbour'], tells: 'complaint', strength: 1.3 },
  { things: ['animal'], troubles: ['attack', 'afraid'], to: ['cmp.neighbour', 'sug.safety'], tells: 'complaint' },
  { things: ['stairs'], troubles: ['blocked'], to: ['cmp.neighbour', 'svc.public-safety'], tells: 'complaint' },
  // Below a neighbour's noise: 嘈咗好耐 said of upstairs is their noise, of one's daughter a quarrel (round twenty-two).
  { things: ['neighbour'], troubles: ['quarrel', 'settle'], to: ['svc.mediation', 'cmp.neighbour'], strength: 0.9 },
  { things: null, troubles: ['settle'], to: ['svc.mediation'] },
  // Facilities.
  { things: ['pipe'], troubles: ['leak', 'broken'], to: ['cmp.facilities', 'svc.housing'], tells: 'complaint' },
  {
    things: FIXED,
    troubles: ['broken', 'stuck', 'dark', 'fall', 'danger', 'lost'],
    to: ['cmp.facilities', 'sug.safety'],
    tells: 'complaint',
  },
  // A lift told of without its name: the button pressed and nothing comes, the stairs climbed instead.
  {
    things: ['lift', 'button'],
    troubles: ['nocome', 'climb'],
    to: ['cmp.facilities'],
    tells: 'complaint',
    strength: 1.2,
  },
  // A stop moved far off (站牌挪到桥那头, 個站搬咗去天橋底): the facility is where it was needed.
  { things: ['stop'], troubles: ['moved'], to: ['cmp.facilities'], tells: 'complaint', strength: 1.5 },
  // A ramp or slope too steep, or blocked, to push a wheelchair up (坡道太陡推不上去, 斜路俾單車泊住推唔上去,
  // "the ramp is far too steep"): the way in is the facility at fault.
  { things: ['path', 'gate'], troubles: ['steep'], to: ['cmp.facilities'], tells: 'complaint', strength: 1.5 },
  { things: ['path'], troubles: ['blocked'], to: ['cmp.facilities'], tells: 'complaint' },
  // A shared place kept locked (残疾人厕所一天到黑都锁起的, "the disabled toilet has been locked every time"): the
  // facility cannot be used, whoever it shuts out.
  {
    things: ['place', 'gate', 'pipe', 'lift', 'stairs', 'path'],
    troubles: ['locked'],
    to: ['cmp.facilities'],
    tells: 'complaint',
    strength: 1.3,
  },
  // A way under water (地下通道一下雨就淹, 行人隧道水浸, "the underpass floods"): the way is the facility, whoever
  // cannot get through it.
  { things: ['path'], troubles: ['leak'], to: ['cmp.facilities', 'sug.safety'], tells: 'complaint' },
  // A road dug up and left (挖开半年没人填, 掘開咗冇人理): the way the resident walks.
  { things: ['path', 'place', 'gate'], troubles: ['dug'], to: ['cmp.facilities'], tells: 'complaint' },
  { things: ['place', 'stairs'], troubles: ['dark', 'fall'], to: ['cmp.facilities', 'sug.safety'], tells: 'complaint' },
  {
    things: null,
    troubles: ['stuck', 'dark', 'fall'],
    to: ['cmp.facilities', 'sug.safety'],
    tells: 'complaint',
    strength: 0.7,
  },
  { things: ['gas'], troubles: ['smell'], to: [...SAFETY, 'cmp.facilities'], strength: 1.5 },
  // Property management: reported and never mended, or charged for nothing. Paired with a thing, only the
  // estate's own parts (pipes, the lift, its lights and gate): a bench or a path left broken is a facility, as the
  // thing that is broken decides (花园的长椅砸烂了没人修, "the railings are bent and nobody's fixed them").
  { things: null, troubles: ['neglect'], to: ['cmp.property'], tells: 'complaint', strength: 1.2 },
  {
    things: ['pipe', 'lift', 'lights', 'gate'],
    troubles: ['neglect'],
    to: ['cmp.property'],
    tells: 'complaint',
    strength: 1.5,
  },
  { things: ['bill'], troubles: ['overcharged', 'neglect'], to: ['cmp.property'], tells: 'complaint', strength: 1.5 },
  // The estate's fee paid and a fault of the estate left as it is (物业费一分不少收…楼道灯坏了仨月, "we pay the
  // management fee … still haven't done anything about the water"): the property company, whatever is broken.
  {
    things: ['fee'],
    troubles: ['broken', 'leak', 'stuck', 'dark', 'neglect', 'nocome'],
    to: ['cmp.property'],
    tells: 'complaint',
    strength: 1.6,
    reach: 4,
    overrules: true,
  },
  // The estate's guards asleep or away (值班的在睡觉, 看更喺大堂瞓覺): what the fee pays for, not the police.
  {
    things: ['guard'],
    troubles: ['slacking', 'unguarded'],
    to: ['cmp.property', 'sug.safety'],
    tells: 'complaint',
    strength: 1.5,
  },
  // Family.
  {
    things: ['kin'],
    troubles: ['mistreat'],
    to: ['cmp.family', 'svc.mediation'],
    tells: 'complaint',
    strength: 2,
    reach: 3,
  },
  { things: ['kin'], troubles: ['quarrel'], to: ['cmp.family', 'svc.mediation'], tells: 'complaint', strength: 1.5 },
  // Services a story asks for.
  { things: ['home'], troubles: ['evicted'], to: ['svc.housing', 'cmp.property'], tells: 'service' },
  // The rent put up (房租涨了, "they've put my rent up again"): housing, as the service charge is the property's.
  { things: ['home'], troubles: ['overcharged'], to: ['svc.housing'], tells: 'service' },
  // Rent owed or beyond the resident (收到封信話我欠租, 房租交不上, "behind on my rent"): help with the home, not wages
  // unpaid, whatever the letter or the debt is called.
  { things: ['home', 'rent'], troubles: ['arrears', 'afford'], to: ['svc.housing'], tells: 'service', strength: 1.5 },
  // Owed (欠了, 欠咗) only of the rent itself: a block that owes its estate fee (我们楼欠了物业费) is no arrears of one's home.
  { things: ['rent'], troubles: ['unpaid'], to: ['svc.housing'], tells: 'service', strength: 1.5 },
  { things: null, troubles: ['arrears'], to: ['svc.housing'], tells: 'service' },
  // One's own home falling apart (屋顶漏, "the roof leaks"): repairs to the home, whoever is to mend them.
  { things: ['home'], troubles: ['leak', 'broken'], to: ['svc.housing'] },
  { things: ['card'], troubles: ['lost', 'refused'], to: ['svc.social-security'], tells: 'service' },
  // A card to be replaced (医保卡去哪里补, 補領長者咭, "replace my bus pass"): the service that issues it.
  { things: ['card'], troubles: ['reissue'], to: ['svc.social-security'], tells: 'service' },
  // A pension or allowance stopped or missing is social security, not wages unpaid.
  {
    things: ['benefit', 'card'],
    troubles: ['stopped', 'lost', 'unpaid', 'refused'],
    to: ['svc.social-security'],
    tells: 'service',
    strength: 1.5,
  },
  { things: ['money', 'card', 'benefit'], troubles: ['bereaved'], to: ['svc.social-security'], tells: 'service' },
  // A hospital bill to be paid back, or refused (住院花了好几万能报多少, 入院使咗好多錢有冇得報返): insurance.
  {
    things: ['bills'],
    troubles: ['claim', 'refused'],
    to: ['svc.social-security'],
    tells: 'service',
    strength: 1.5,
  },
  // A benefit asked how to get (照顾病人的家属能领补贴, 照顧者津貼點申請, "money you can get if you look after
  // somebody sick"): social security, however ill the one cared for is (outweighs the bedridden's care).
  { things: ['benefit'], troubles: ['claim'], to: ['svc.social-security'], tells: 'service', strength: 2.5 },
  // Contributions an employer never paid (单位没给我交, 公司冇幫我供): a smaller pension, social security.
  {
    things: ['job', 'retired', 'benefit'],
    troubles: ['uncontributed'],
    to: ['svc.social-security'],
    tells: 'service',
    strength: 1.5,
  },
  { things: null, troubles: ['uncontributed'], to: ['svc.social-security'], tells: 'service' },
  { things: ['money', 'job'], troubles: ['unpaid'], to: ['svc.employment'], tells: 'service' },
  // Looking for work by its task (找个看仓库的活儿, 搵份嘢做): a job wanted is employment.
  { things: ['job'], troubles: ['seeking'], to: ['svc.employment'], tells: 'service' },
  // A grown child back home and out of work (我個仔…工都搵唔到, 儿子…厂子倒了): work to be found for them, asked by
  // the parent. Only a job lost or not found: a kin "looked for" (想找我儿子) is no job wanted.
  { things: ['kin'], troubles: ['jobless'], to: ['svc.employment'], tells: 'service', reach: 2 },
  // A home or savings left to a child (房子留给小女儿, 層樓留俾細女): a will, legal advice.
  // Said of the resident's own will, it outweighs a child's name beside it (名下, 写给大孙子).
  { things: ['home', 'money'], troubles: ['bequest'], to: ['svc.legal'], tells: 'service', strength: 2.5 },
  // Money lent and not paid back (女婿借了我两万块钱, 個女婿借咗我兩萬蚊): how to get it back is legal advice.
  { things: ['kin', 'money', 'neighbour'], troubles: ['owed'], to: ['svc.legal'], tells: 'service', strength: 1.5 },
  { things: null, troubles: ['owed'], to: ['svc.legal'], tells: 'service' },
  // A flat on a lower floor or another estate wished for (调个低楼层的房子, 調去低層): housing.
  { things: ['home'], troubles: ['transfer'], to: ['svc.housing'], tells: 'service', strength: 1.5 },
  { things: null, troubles: ['transfer'], to: ['svc.housing'], tells: 'service' },
  // Who a child goes to after a divorce (外孙归谁管, 個外孫跟邊個): the law on custody.
  { things: ['kin'], troubles: ['custody'], to: ['svc.legal', 'cmp.family'], tells: 'service', strength: 1.5 },
  // The ears or eyes to be checked, a hearing aid that squeals (查查耳朵, 驗下耳): health care.
  { things: ['body'], troubles: ['checkup'], to: ['svc.health'], tells: 'service' },
  // A phone to learn to use (学用智能手机, 學用手機): a class for elders.
  { things: ['phone'], troubles: ['learn'], to: ['sug.elderly', 'svc.education'], tells: 'service' },
  // A pastime to learn or a place to hold it (想学跳舞, 读书会想借个地方, 搵個房練合唱): culture and sports.
  {
    things: ['pastime'],
    troubles: ['learn', 'seeking'],
    to: ['svc.culture-sports', 'sug.activities'],
    tells: 'service',
  },
  { things: null, troubles: ['unpaid', 'jobless'], to: ['svc.employment'], tells: 'service' },
  { things: ['medicine'], troubles: ['cantget', 'refused', 'stopped'], to: ['svc.health'], tells: 'service' },
  // A carer who asks for someone to take over for a day or two (替我一两天, 睇佢幾日, "mind him for a few days"), for
  // a child or husband who cannot be left (坐轮椅, 脑瘫, "disabled"): respite care, wished for (sug.services) or asked.
  {
    things: ['kin', 'cared'],
    troubles: ['respite', 'rest'],
    to: ['svc.health', 'sug.services'],
    tells: 'service',
    strength: 2,
  },
  // Said of "him" or "her" a clause or two after who it is (我老公中咗風…想問有冇人可以幫手睇佢一排). A rest alone
  // (喘口气, 抖吓氣, "a break") is anyone's: only beside who is cared for.
  { things: null, troubles: ['respite'], to: ['svc.health', 'sug.services'], tells: 'service' },
  // Someone at home who can no longer get up (瘫在床上, bedbound since a stroke): care at home.
  { things: null, troubles: ['bedridden'], to: ['svc.health', 'sug.elderly'], tells: 'service' },
  { things: ['school'], troubles: ['unsure', 'refused'], to: ['svc.education'], tells: 'service' },
  // A school bus or a child's run stopped or moved away (校车不开了, 校巴條線取消咗): how the child gets to school.
  { things: ['school'], troubles: ['moved', 'stopped'], to: ['svc.education'], tells: 'service', strength: 1.5 },
  // Fees or costs of school beyond the resident (学费交不起, 學費負擔唔起, "school fees are more than I can manage"):
  // help with schooling, asked for a grandchild as for oneself.
  { things: ['school'], troubles: ['afford'], to: ['svc.education'], tells: 'service', strength: 1.5 },
  // A child picked on at school: the school's care of them, not a neighbour's dog.
  { things: ['school'], troubles: ['attack'], to: ['svc.education'], tells: 'service' },
  // Papers asked for (proof of address, a letter, a form): the office that asks tells which service.
  { things: ['school'], troubles: ['papers'], to: ['svc.education'], tells: 'service' },
  { things: ['home'], troubles: ['papers'], to: ['svc.housing'], tells: 'service' },
  { things: ['benefit', 'card'], troubles: ['papers'], to: ['svc.social-security'], tells: 'service' },
  // Safety: a scam told (a call asking for money, a card taken by a trick, a seller gone silent) or a theft
  // is to be reported or asked about: a service, unless a wish is said with it. Read back unless they ask
  // what to do: "a talk about phone scams" is a topic, not a scam told.
  // The bait named in it (医保卡, a bank account, a pension 'frozen') is what the cheat was about, not what the resident
  // came for: told twice over, the scam stands for its service words.
  {
    things: ['phone', 'money', 'card'],
    troubles: ['scam'],
    to: SAFETY,
    tells: 'service',
    unsure: true,
    overrules: 'twice',
  },
  // A pension or allowance is bait only in a scam told twice over (说我养老金要停…先交手续费): 'frozen' alone is its own.
  {
    things: ['benefit'],
    troubles: ['scam'],
    to: SAFETY,
    tells: 'service',
    unsure: true,
    overrules: 'twice',
    needs: 2,
  },
  { things: null, troubles: ['scam'], to: SAFETY },
  // Money taken by force or threat (堵着要钱, "taking her money" on the way to school) is for the police.
  { things: ['kin', 'school'], troubles: ['robbed'], to: SAFETY, tells: 'service', strength: 1.5 },
  { things: null, troubles: ['robbed'], to: SAFETY, tells: 'service' },
  { things: ['gate', 'place'], troubles: ['unguarded', 'dark', 'afraid'], to: SAFETY },
  { things: null, troubles: ['unguarded'], to: SAFETY },
  { things: ['traffic'], troubles: ['speeding', 'danger', 'fall'], to: SAFETY },
  { things: null, troubles: ['speeding', 'danger'], to: SAFETY },
  // What the community lacks (suggestions).
  { things: null, troubles: ['bare'], to: ['sug.environment'] },
  // A place of the estate told bare (平台光禿禿, 空地一棵树都没有): greening wished for.
  { things: ['place'], troubles: ['bare'], to: ['sug.environment'], tells: 'suggestion' },
  // Queues and short hours at the centre's own counters (排半天队, "closes before I get there").
  { things: ['office'], troubles: ['waiting'], to: ['sug.services', 'cmp.other'] },
  { things: null, troubles: ['waiting'], to: ['sug.services'] },
  // Told of others in the community (old folk alone, retired neighbours idle), a lack is a suggestion —
  // asked back, since a resident may be telling of their own life.
  { things: ['elders'], troubles: ['lonely'], to: ['sug.elderly'], tells: 'suggestion', unsure: true },
  { things: null, troubles: ['lonely'], to: ['sug.elderly'] },
  // Someone old left alone at home, and the fear nobody would know if they fell (老伴…一个人在家…摔了没人知道, "lives
  // on her own … nobody would notice"): care for older people, whoever tells of them. No kind of its own: a
  // kin's neglect told beside it (儿子不管我) is still the family's complaint.
  { things: ['kin', 'neighbour', 'elders'], troubles: ['lonely'], to: ['sug.elderly'], strength: 1.5 },
  { things: null, troubles: ['idle'], to: ['sug.activities', 'svc.culture-sports'] },
  {
    things: ['retired', 'elders'],
    troubles: ['idle'],
    to: ['sug.activities', 'svc.culture-sports'],
    tells: 'suggestion',
    unsure: true,
  },
];
