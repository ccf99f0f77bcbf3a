/**
 * Word lists the attribution rules read: reporting verbs, titles, pronouns,
 * organisation words. They describe English news grammar, never a particular
 * article, person or outlet.
 */

// Verbs that introduce speech or writing. Each is listed by its base form and
// the inflections are generated, so "insist" also matches "insists",
// "insisted" and "insisting".
const REPORTING_BASES = [
  'say', 'state', 'declare', 'claim', 'note', 'add', 'praise', 'commend', 'respond', 'acknowledge',
  'emphasize', 'emphasise', 'insist', 'tell', 'write', 'ask', 'explain', 'warn', 'reply', 'recall',
  'announce', 'argue', 'assert', 'comment', 'confirm', 'continue', 'predict', 'promise', 'report',
  'remark', 'stress', 'suggest', 'tweet', 'post', 'joke', 'quip', 'deny', 'admit', 'allege', 'concede',
  'contend', 'counter', 'demand', 'describe', 'urge', 'vow', 'boast', 'complain', 'charge', 'mention',
  'observe', 'point', 'retort', 'scoff', 'shout', 'sing', 'yell', 'testify', 'maintain', 'inform',
  'reiterate', 'lament', 'muse', 'recount', 'caution', 'accuse', 'pledge', 'conclude', 'agree', 'disagree', 'cry',
  'exclaim', 'whisper', 'answer', 'hail', 'welcome', 'call', 'dismiss', 'criticize', 'criticise',
  'blast', 'slam', 'attack', 'mock', 'thank', 'reject', 'refute', 'dispute', 'read', 'wonder', 'opine',
  'begin', 'go', 'chime', 'interject', 'summarize', 'indicate', 'assure', 'estimate', 'rule', 'signal',
  'elaborate', 'bemoan', 'decry', 'grouse', 'gripe', 'proclaim', 'clarify', 'brand', 'label', 'dub', 'echo',
  'bark', 'snap', 'fume', 'press', 'surmise', 'plead', 'mutter', 'sigh', 'inquire', 'concur', 'speculate', 'marvel',
  'affirm', 'reaffirm', 'characterize', 'characterise', 'refer', 'boom', 'thunder', 'bellow', 'holler', 'chant',
  'interrupt', 'order', 'instruct', 'assess',
];
// Inflections that the generator below cannot build.
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], sing: ['sang', 'sung'], read: ['read'],
  // Not "gone": "the league has gone “soft”" is what it became, not what it said.
  begin: ['began', 'begun'], go: ['went'], dub: ['dubbed', 'dubbing'], label: ['labelled', 'labelling'],
  echo: ['echoes'], refer: ['referred', 'referring'], send: ['sent'],
  hear: ['heard'], overhear: ['overheard'], see: ['saw', 'seen'], catch: ['caught'], show: ['shown'],
  dream: ['dreamt'], mimic: ['mimicked', 'mimicking', 'mimics'],
};

/** Every inflected form of the reporting verbs, lower-cased. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(REPORTING_BASES.flatMap(inflect));

// Verbs that only report speech when their subject is a document or whose
// bare forms are too ambiguous to trust far from a quote mark.
const WEAK_BASES = ['read', 'go', 'begin', 'continue', 'call', 'point', 'rule', 'welcome', 'hail', 'attack', 'post', 'sing', 'agree', 'disagree', 'accuse', 'thank', 'brand', 'label', 'dub', 'echo', 'refer', 'boom', 'thunder', 'chant', 'interrupt', 'order', 'instruct'];

// Verbs that news writing puts before any subject ("…, said the spokesman")
// and that rarely take an object. After other verbs only a name is an
// inverted subject: after "tweeted" or "wrote", "a warning" or "a short note"
// is what was said, not who said it.
const INVERTING_BASES = ['say', 'add', 'reply', 'insist', 'remark', 'quip', 'joke', 'complain', 'respond', 'retort', 'muse', 'opine', 'chime', 'interject'];

// Reporting verbs whose object follows them: after "…,” described" or "…,”
// praised", "the impact" or "the troops" is what was described or praised.
const OBJECT_FIRST_BASES = [
  'describe', 'praise', 'commend', 'criticize', 'criticise', 'blast', 'slam', 'attack', 'mock', 'thank',
  'reject', 'dismiss', 'welcome', 'hail', 'call', 'brand', 'label', 'dub', 'accuse', 'urge', 'deny', 'refute',
  'dispute', 'demand', 'inform', 'tell', 'assure', 'decry', 'bemoan', 'characterize', 'characterise',
];

/** Reporting verbs that take an object: only a name after them is an inverted subject. */
export const OBJECT_FIRST_VERBS: ReadonlySet<string> = new Set(OBJECT_FIRST_BASES.flatMap(inflect));

/** Reporting verbs that may come before a subject that is not a name in a closing attribution. */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(INVERTING_BASES.flatMap(inflect));

/** Reporting verbs trusted only right next to the quote ("…,” the statement reads). */
export const WEAK_VERBS: ReadonlySet<string> = new Set(WEAK_BASES.flatMap(inflect));

// Verbs whose "that" clause is what the speaker says is false: "Lee denied
// that she knew" reports no statement of hers that she knew.
const DENYING_BASES = ['deny', 'dispute', 'refute', 'reject', 'dismiss'];

/** The forms of "be": before a passive participle ("was told") or a progressive ("is telling"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'am', 'is', 'are', 'was', 'were', "'s", '’s', "'re", '’re']);

/** Words that negate the verb after them: "did not say", "never said", "nor did she say". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'nor', 'neither']);

/** Reporting verbs whose "that" clause the speaker denies; never reported speech. */
export const DENYING_VERBS: ReadonlySet<string> = new Set(DENYING_BASES.flatMap(inflect));

// Verbs that attack what their object says: in "Lee mocked his claim that
// …" the claim is not Lee's, "his" or not.
const ATTACKING_BASES = [...DENYING_BASES, 'mock', 'attack', 'slam', 'blast', 'criticize', 'criticise', 'decry', 'scoff'];

/** Reporting verbs whose object's claim is someone else's. */
export const ATTACKING_VERBS: ReadonlySet<string> = new Set(ATTACKING_BASES.flatMap(inflect));

/** Verbs by which someone newly brought in contests what was said: the attacking ones and "disagreed", "objected". */
export const CONTESTING_VERBS: ReadonlySet<string> = new Set([...ATTACKING_BASES, 'disagree', 'object'].flatMap(inflect));

/** Words that pass on someone else's words ("quoting Lincoln", "citing a ruling"): what follows is not the speaker's own. */
export const RELAYING_WORDS: ReadonlySet<string> = new Set(['quoting', 'citing', 'reading', 'reciting', 'paraphrasing', 'echoing', 'repeating']);

/**
 * The writer's links to what came before ("Meanwhile,", "However,", ",
 * however."): before or after a statement, never part of it.
 */
export const WRITERS_LINKS: ReadonlySet<string> = new Set(['meanwhile', 'separately', 'elsewhere', 'however', 'though', 'moreover', 'furthermore', 'additionally', 'nonetheless', 'nevertheless']);

/** How many words may stand between a reporting verb and its "that" ("reported to Russian President Vladimir Putin that"). */
export const THAT_REACH = 8;

/**
 * The reach after a phrase on a preposition or a listener ("said in a video
 * released by the defence ministry that", "told members of the AFL-CIO
 * executive council that"). After an object it stays short: in "emphasizing
 * the threat to the countries of their ancestors that a Trump presidency
 * would constitute", "that" is the threat's.
 */
export const PHRASE_THAT_REACH = 10;

/** Dashes that open and close an aside ("Ann Lee -- the firm's founder -- said"). */
export const ASIDE_DASHES: ReadonlySet<string> = new Set(['--', '—', '–']);

/** Every dash, the hyphen and the quotation dash (―) too: what may hand a quote on to a byline or sign-off. */
export const DASHES: ReadonlySet<string> = new Set([...ASIDE_DASHES, '-', '―']);

// Verbs whose object is the one speaking in the -ing clause after it:
// "recalled the president telling him", "heard a soldier shouting",
// "quoted the minister as saying".
const WITNESSING_BASES = ['recall', 'remember', 'hear', 'overhear', 'see', 'watch', 'describe', 'recount', 'quote', 'cite', 'report', 'catch', 'film', 'record', 'show'];

/** Verbs after which an object and an -ing verb of speech say the object spoke. */
export const WITNESSING_VERBS: ReadonlySet<string> = new Set(WITNESSING_BASES.flatMap(inflect));

// "imagined Ruiz saying “…”", "dreamed of Ruiz telling her", "mimicked Ruiz
// saying": speech someone pictures or acts out, which the one named need
// never have said.
const IMAGINING_BASES = ['imagine', 'picture', 'envision', 'envisage', 'dream', 'fantasize', 'fantasise', 'mimic', 'impersonate', 'parody', 'pretend'];

/** Verbs after which an object and an -ing verb of speech are speech nobody is said to have made. */
export const IMAGINING_VERBS: ReadonlySet<string> = new Set(IMAGINING_BASES.flatMap(inflect));

/** Verbs that put out a written statement: "issued a statement saying …" is the issuer's. */
const ISSUING_BASES = ['issue', 'release', 'post', 'publish', 'tweet', 'share', 'email', 'e-mail', 'file', 'send', 'write'];
export const ISSUING_VERBS: ReadonlySet<string> = new Set(ISSUING_BASES.flatMap(inflect));

/** The forms of "tell", whose object is a listener ("told reporters Putin would speak", "…, told the BBC"). */
/** Words that open an adverbial clause: when or why, never what was said. */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(['when', 'as', 'after', 'before', 'if', 'although', 'though', 'because', 'since', 'while', 'once', 'until', 'unless', 'whenever']);

export const TELLING_VERBS: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling']);

/** The articles: "a", "an", "the". */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Nouns that name a written statement: "the ministry statement reads" is the ministry speaking. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'report', 'release', 'communique', 'letter', 'memo', 'post', 'tweet',
  'message', 'announcement', 'notice', 'filing', 'transcript', 'ad', 'video', 'website', 'email', 'readout',
  // War news: "the ministry's daily briefing", "In its morning update, the General Staff …".
  'update', 'briefing', 'bulletin',
]);

/**
 * Titles of offices one person holds at a time, and no two people together:
 * "Foreign Minister Ivan Sorokin" is no one "the president" means. "The
 * Russian leader" is the head of state a president or king is (see
 * resolve-mention.ts), so no general is. Not "candidate" or "spokesman",
 * which go with an office.
 */
export const OFFICES: ReadonlySet<string> = new Set([
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'congressman', 'congresswoman',
  'representative', 'governor', 'mayor', 'ambassador', 'envoy', 'king', 'queen', 'pope', 'judge', 'sheriff',
  'prosecutor', 'general', 'admiral', 'speaker', 'leader', 'commissioner', 'ombudsman', 'chief',
]);

/** Titles and roles written before or instead of a person's name. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'gen',
  'general', 'president', 'vice', 'chief', 'minister', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'director', 'chairman', 'chairwoman', 'chair', 'leader', 'mayor', 'judge',
  'justice', 'commander', 'col', 'colonel', 'lt', 'sgt', 'capt', 'captain', 'adm', 'admiral', 'prof',
  'professor', 'rev', 'pope', 'king', 'queen', 'prince', 'princess', 'premier', 'chancellor', 'speaker',
  'attorney', 'candidate', 'nominee', 'deputy', 'head', 'officer', 'official', 'adviser', 'advisor',
  'strategist', 'aide', 'manager', 'founder', 'ceo', 'sheriff', 'lady', 'sir', 'st', 'staff', 'former',
  'jr', 'sr', 'analyst', 'economist', 'correspondent', 'editor', 'host', 'anchor', 'press', 'whip',
  'councilman', 'councilwoman', 'congressman', 'congresswoman', 'lawmaker', 'democrat', 'republican',
  'rabbi', 'father', 'bishop', 'cardinal', 'dean', 'coach', 'trustee', 'treasurer', 'envoy', 'supervisor',
  'commissioner', 'administrator', 'superintendent', 'inspector', 'clerk', 'auditor', 'comptroller', 'registrar',
  'prosecutor',
  // Ranks written out: "Sergeant Ivan Petrov", "a Ukrainian sergeant with the call sign Fox".
  'sergeant', 'lieutenant', 'corporal',
  'ombudsman', 'ombudswoman', 'ombudsperson',
]);

/** Words that say how many of a group spoke ("Many Democrats", "One of the aides"): never part of a name. */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'many', 'most', 'some', 'several', 'few', 'all', 'both', 'other', 'others', 'each', 'every', 'any', 'such',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
]);

/** What a title may be "of" before the name it titles: "Secretary of State", "Secretary of Homeland Security". */
export const TITLE_OBJECTS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'homeland', 'security', 'justice', 'treasury', 'commerce', 'labor', 'labour',
  'energy', 'education', 'agriculture', 'interior', 'transportation', 'health', 'human', 'services', 'housing',
  'urban', 'development', 'veterans', 'affairs', 'staff', 'general', 'the', 'navy', 'army', 'war',
]);

// One person's family, who often share a surname with them.
const KIN = [
  'son', 'daughter', 'mother', 'father', 'parent', 'wife', 'husband', 'spouse', 'widow', 'widower', 'brother',
  'sister', 'child', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'uncle', 'aunt', 'nephew', 'niece',
  'cousin', 'relative', 'girlfriend', 'boyfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée',
];

/** Family nouns: "his wife, Jane Lee," is a relative of the article's Lee, who keeps the bare surname. */
export const KIN_NOUNS: ReadonlySet<string> = new Set(KIN);

/**
 * Nouns for a person's relation to someone else, or to a place or body they
 * belong to: "the son of Ann Lee", "a friend of Ann Lee", "a resident of
 * Sudzha" or "a veteran of Afghanistan" is another person than the name, so
 * such a noun heads its phrase.
 */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  ...KIN, 'sons', 'daughters', 'parents', 'brothers', 'sisters', 'children', 'relatives', 'family', 'friend',
  'friends', 'classmate', 'colleague', 'colleagues', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'ally',
  'allies', 'critic', 'critics', 'supporter', 'supporters', 'opponent', 'opponents', 'rival', 'rivals',
  'biographer', 'successor', 'predecessor', 'lawyer', 'lawyers', 'employee', 'employees', 'victim', 'victims',
  'fan', 'fans', 'admirer', 'admirers',
  'resident', 'residents', 'inhabitant', 'inhabitants', 'native', 'natives', 'citizen', 'citizens', 'veteran',
  'veterans', 'member', 'members', 'people',
]);

/** Titles as abbreviated before a name, and their full form, so "Sen. Ann Lee" is "the senator". */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'], ['lt', 'lieutenant'],
  ['col', 'colonel'], ['sgt', 'sergeant'], ['capt', 'captain'], ['adm', 'admiral'], ['prof', 'professor'],
  ['pres', 'president'], ['atty', 'attorney'], ['supt', 'superintendent'], ['cmdr', 'commander'], ['maj', 'major'],
]);

/** Words that make a capitalised name an organisation rather than a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'staff', 'ministry', 'kremlin', 'committee', 'campaign', 'department', 'party', 'council', 'house',
  'times', 'post', 'news', 'agency', 'forces', 'army', 'office', 'commission', 'association', 'institute',
  'university', 'center', 'centre', 'foundation', 'group', 'court', 'senate', 'congress', 'administration',
  'bureau', 'service', 'network', 'union', 'company', 'corporation', 'inc', 'corp', 'bank', 'fund',
  'journal', 'press', 'tribune', 'herald', 'network', 'pentagon', 'government', 'command', 'military',
  'police', 'board', 'authority', 'coalition', 'alliance', 'organization', 'organisation', 'federation',
  'caucus', 'team', 'club', 'society', 'league', 'school', 'magazine', 'channel', 'media', 'reuters',
  'navy', 'guard', 'poll', 'survey', 'project', 'watch', 'initiative', 'pac', 'ministry', 'cabinet',
  // "Ukraine's air force said", "the 47th brigade said": military bodies speak through statements.
  'force', 'brigade', 'battalion', 'regiment', 'division', 'corps', 'fleet',
  // "the Russian embassy in Washington called …": diplomatic missions speak as bodies.
  'embassy', 'consulate',
  // "the General Assembly", "the State Duma": bodies, not a general or a person.
  'assembly', 'parliament', 'legislature', 'duma', 'rada', 'secretariat', 'directorate',
  // "General Electric", "General Motors": companies, not a general.
  'electric', 'motors', 'dynamics',
  // "The Ukrainian side have rejected the account. “…,” they said": a party to talks or a war speaks as a body.
  'side',
]);

/** Pronouns that can be the subject of a reporting verb, with what they may refer to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'thing'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'thing'],
] as const);

/** Honorifics that fix a person's gender for pronoun resolution. */
// A Map, not an object literal: a token such as "constructor" must not find Object.prototype.
export const GENDER_HONORIFICS: ReadonlyMap<string, 'male' | 'female'> = new Map(
  Object.entries({
    mr: 'male', 'mr.': 'male', mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female', miss: 'female',
    sir: 'male', lady: 'female', king: 'male', queen: 'female', prince: 'male', princess: 'female',
    congressman: 'male', congresswoman: 'female', spokesman: 'male', spokeswoman: 'female',
    chairman: 'male', chairwoman: 'female', councilman: 'male', councilwoman: 'female',
  } as const),
);

/** Nouns for a person of one gender: a description such as "the woman" can be what "she" refers to. */
export const GENDERED_NOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map(
  Object.entries({
    woman: 'female', man: 'male', mother: 'female', father: 'male', wife: 'female', husband: 'male',
    daughter: 'female', son: 'male', sister: 'female', brother: 'male', girl: 'female', boy: 'male',
    grandmother: 'female', grandfather: 'male', widow: 'female', widower: 'male', aunt: 'female', uncle: 'male',
    niece: 'female', nephew: 'male',
  } as const),
);

/** Modifiers that describe time or rank, not identity: "the former president" may still be the president. */
export const NEUTRAL_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'former', 'current', 'then', 'new', 'top', 'own', 'same', 'this', 'that', 'his', 'her',
  'its', 'their', 'senior', 'longtime', 'veteran', 'outgoing', 'incoming', 'acting', 'interim', 'of', '-',
]);

/** Words between a subject and its verb that do not break the link ("he also said", "has previously said"). */
export const VERB_FILLERS: ReadonlySet<string> = new Set([
  'also', 'has', 'had', 'have', 'later', 'then', 'previously', 'once', 'again', 'repeatedly', 'often',
  'earlier', 'further', 'recently', 'simply', 'flatly', 'publicly', 'privately', 'specifically', 'quickly',
  'reportedly', 'similarly', 'would', 'will', 'did', 'does', 'do', 'just', 'still', 'even', 'has', 'once',
  'frequently', 'famously', 'bluntly', 'angrily', 'openly', 'explicitly', 'sharply', 'firmly', 'only',
]);

function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  // "clarify": "clarifies", "clarified", but "clarifying".
  const ies = /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ie' : null;
  const third = ies ? `${ies}s` : /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const doubled = /^(admit|commit|quip|snap)$/.test(base) ? base + base.slice(-1) : stem;
  const past = ies ? `${ies}d` : base.endsWith('e') ? `${base}d` : `${doubled}ed`;
  return [base, third, past, `${doubled}ing`, ...(IRREGULAR[base] ?? [])];
}

// Verbs of speech that take their clause without "that" ("The ministry said
// its forces had taken the village"). Not "report" or "announce", whose
// object is more often a thing ("reported losses", "announced a plan").
const BARE_CLAUSE_BASES = [
  'say', 'claim', 'insist', 'argue', 'tell', 'add', 'assert', 'allege', 'contend', 'acknowledge', 'admit',
  'warn', 'predict', 'concede', 'boast', 'declare', 'estimate', 'maintain', 'stress',
];

/** Verbs of speech whose clause may open with no "that": see BARE_CLAUSE_BASES. */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set(BARE_CLAUSE_BASES.flatMap(inflect));

/**
 * Verbs that make a statement of their own, not "go", "agree" or "mention":
 * "… and Ruiz said", "… and human rights groups warned" start one.
 */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set([
  ...BARE_CLAUSE_VERBS,
  ...ATTACKING_BASES.flatMap(inflect),
  ...['accuse', 'urge', 'vow', 'reiterate', 'note', 'state', 'write', 'tweet', 'report', 'announce', 'suggest', 'respond', 'reply', 'counter', 'post', 'ask', 'appeal'].flatMap(inflect),
]);

/** Verbs that name what something is ("called it “a disaster”", "dubbed him …"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'dubbed', 'termed', 'labeled', 'labelled', 'branded', 'nicknamed']);

/** Participles that give the name of someone just described ("a drone operator named Maksym", "a man called Viktor"). */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'called']);

/** Words that open a relative clause: "what she calls …", "which he described as …". */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'that', 'whom', 'who']);

/** The relative words that open a clause on the phrase before them, set off or not: "Lee, who said …", "the report, which said …". */
export const WHO_OR_WHICH: ReadonlySet<string> = new Set(['who', 'which']);

/** Nouns that name a time ("Thursday", "week"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year',
]);

/** Words that open a time before one of TIME_NOUNS ("on Monday", "last week", "earlier Thursday"). */
export const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier', 'early', 'late', 'later']);

/** Time words that follow a reporting verb but never name a speaker ("said Monday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...TIME_NOUNS, 'earlier', 'later', 'recently', 'last', 'this', 'next', 'on', 'in', 'at', 'during', 'after', 'before', 'again',
]);

/** Month names, lower-cased: "said May 3" names a day, not a person called May. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
