//! Word lists the extraction rules consult.
//!
//! Every word of an article is looked up once, lower-cased, in one table
//! ([`lookup`]); the rules then test flags instead of comparing strings.
//! The lists are English news usage: reporting verbs in all their forms,
//! the titles and role nouns that make up a speaker's description, and the
//! little words (determiners, prepositions, subordinators) that mark where
//! a phrase begins and ends.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A tiny bit-flag type, to avoid a dependency for one struct.
macro_rules! bitflags_lite {
    (
        $(#[$m:meta])*
        pub struct $name:ident: $t:ty {
            $( const $f:ident = $v:expr; )*
        }
    ) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
        pub struct $name(pub $t);
        #[allow(dead_code)]
        impl $name {
            $( pub const $f: $name = $name($v); )*
            pub const fn empty() -> Self { $name(0) }
            pub const fn contains(self, o: $name) -> bool { self.0 & o.0 == o.0 }
            pub const fn intersects(self, o: $name) -> bool { self.0 & o.0 != 0 }
            pub const fn union(self, o: $name) -> Self { $name(self.0 | o.0) }
        }
        impl std::ops::BitOr for $name {
            type Output = $name;
            fn bitor(self, o: $name) -> $name { $name(self.0 | o.0) }
        }
        impl std::ops::BitOrAssign for $name {
            fn bitor_assign(&mut self, o: $name) { self.0 |= o.0 }
        }
    };
}

/// How a reporting verb takes what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// `S said (that) C`, `C, S said`, `“Q,” S said`.
    Say,
    /// Like `Say` but with a hearer first: `S told reporters (that) C`.
    Tell,
    /// `S accused X of C`: the content starts at the object.
    Accuse,
    /// The content is the object itself: `S rejected any deal`,
    /// `S called for talks`.
    Object,
    /// `S called X “Q”`, `S described X as Y`.
    Describe,
    /// A belief or wish rather than speech: `S believes (that) C`.
    Belief,
}

/// The form of a verb, which decides how it can head a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// say, says, said (finite or bare)
    Finite,
    /// saying, adding: a participle continuing an earlier subject
    Gerund,
    /// said as past participle: `has said`; the same word as the past
    /// tense for most verbs, so `Finite` also covers it
    Participle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub frame: Frame,
    pub form: Form,
    /// The bare form ("call", "say"), which after a singular noun is a
    /// noun compound ("a video call") rather than a verb.
    pub bare: bool,
    /// Stronger verbs can stand without `that` and are trusted more.
    pub strong: bool,
}

bitflags_lite! {
    /// Word classes a token can belong to (several at once).
    pub struct Class: u32 {
        const DET        = 1 << 0;  // the, a, his, any, two ...
        const PRONOUN    = 1 << 1;  // he, she, they, it, we, I
        const PREP       = 1 << 2;  // on, in, at, for, with ...
        const SUBORD     = 1 << 3;  // as, when, while, because, after ...
        const AUX        = 1 << 4;  // has, had, was, would, will ...
        const ADVERB     = 1 << 5;  // also, repeatedly, later ...
        const ROLE       = 1 << 6;  // spokesman, minister, official ...
        const TITLE      = 1 << 7;  // a role word used before a name: President, Foreign, Minister ...
        const NATION     = 1 << 8;  // Russian, Ukraine's, US ...
        const TIME       = 1 << 9;  // Monday, December, yesterday ...
        const WH         = 1 << 10; // how, what, whether, why ...
        const CONJ       = 1 << 11; // and, or, but
        const NEGATION   = 1 << 12; // not, never, n't
        const FINITE     = 1 << 13; // is, was, were, has, had, will, would, can ...
        const GROUP      = 1 << 14; // plural speaker heads: officials, leaders, sources
        const ORG        = 1 << 15; // ministry, government, agency, office ...
        const FEMALE     = 1 << 16; // she, her (pronoun gender)
        const MALE       = 1 << 17;
        const PLURAL     = 1 << 18; // they, them, we
        const NOT_NAME   = 1 << 19; // capitalised words that are never a person's name
        const SENT_ADV   = 1 << 20; // however, meanwhile, instead: sentence adverbs
        const MEDIUM     = 1 << 21; // X, Telegram, Twitter, Facebook: `wrote on X`
        const DESCRIPTIVE = 1 << 22; // the, a + role: “the spokesman” (used in resolution)
    }
}



/// What the lexicon knows about one lower-cased word.
#[derive(Debug, Clone, Copy, Default)]
pub struct Entry {
    pub class: Class,
    pub verb: Option<Verb>,
}

/// Reporting verbs: (base, 3rd person, past, gerund, frame, strong).
/// Past participles equal the past tense except where listed in
/// `IRREGULAR_PARTICIPLES`.
const VERBS: &[(&str, &str, &str, &str, Frame, bool)] = &[
    ("say", "says", "said", "saying", Frame::Say, true),
    ("tell", "tells", "told", "telling", Frame::Tell, true),
    ("add", "adds", "added", "adding", Frame::Say, true),
    ("stress", "stresses", "stressed", "stressing", Frame::Say, true),
    ("note", "notes", "noted", "noting", Frame::Say, true),
    ("argue", "argues", "argued", "arguing", Frame::Say, true),
    ("warn", "warns", "warned", "warning", Frame::Say, true),
    ("insist", "insists", "insisted", "insisting", Frame::Say, true),
    ("claim", "claims", "claimed", "claiming", Frame::Say, true),
    ("allege", "alleges", "alleged", "alleging", Frame::Say, true),
    ("signal", "signals", "signaled", "signaling", Frame::Say, true),
    ("signal", "signals", "signalled", "signalling", Frame::Say, true),
    ("indicate", "indicates", "indicated", "indicating", Frame::Say, true),
    ("acknowledge", "acknowledges", "acknowledged", "acknowledging", Frame::Say, true),
    ("deny", "denies", "denied", "denying", Frame::Say, true),
    ("vow", "vows", "vowed", "vowing", Frame::Say, true),
    ("confirm", "confirms", "confirmed", "confirming", Frame::Say, true),
    ("declare", "declares", "declared", "declaring", Frame::Say, true),
    ("announce", "announces", "announced", "announcing", Frame::Say, true),
    ("write", "writes", "wrote", "writing", Frame::Say, true),
    ("post", "posts", "posted", "posting", Frame::Say, false),
    ("tweet", "tweets", "tweeted", "tweeting", Frame::Say, true),
    ("state", "states", "stated", "stating", Frame::Say, true),
    ("explain", "explains", "explained", "explaining", Frame::Say, true),
    ("suggest", "suggests", "suggested", "suggesting", Frame::Say, true),
    ("assert", "asserts", "asserted", "asserting", Frame::Say, true),
    ("maintain", "maintains", "maintained", "maintaining", Frame::Say, false),
    ("contend", "contends", "contended", "contending", Frame::Say, true),
    ("complain", "complains", "complained", "complaining", Frame::Say, true),
    ("emphasize", "emphasizes", "emphasized", "emphasizing", Frame::Say, true),
    ("emphasise", "emphasises", "emphasised", "emphasising", Frame::Say, true),
    ("reiterate", "reiterates", "reiterated", "reiterating", Frame::Say, true),
    ("repeat", "repeats", "repeated", "repeating", Frame::Say, false),
    ("recall", "recalls", "recalled", "recalling", Frame::Say, false),
    ("report", "reports", "reported", "reporting", Frame::Say, true),
    ("reveal", "reveals", "revealed", "revealing", Frame::Say, true),
    ("admit", "admits", "admitted", "admitting", Frame::Say, true),
    ("concede", "concedes", "conceded", "conceding", Frame::Say, true),
    ("estimate", "estimates", "estimated", "estimating", Frame::Say, false),
    ("hint", "hints", "hinted", "hinting", Frame::Say, true),
    ("boast", "boasts", "boasted", "boasting", Frame::Say, true),
    ("promise", "promises", "promised", "promising", Frame::Say, true),
    ("pledge", "pledges", "pledged", "pledging", Frame::Say, true),
    ("threaten", "threatens", "threatened", "threatening", Frame::Say, false),
    ("agree", "agrees", "agreed", "agreeing", Frame::Say, false),
    ("answer", "answers", "answered", "answering", Frame::Say, false),
    ("reply", "replies", "replied", "replying", Frame::Say, true),
    ("respond", "responds", "responded", "responding", Frame::Say, false),
    ("counter", "counters", "countered", "countering", Frame::Say, true),
    ("retort", "retorts", "retorted", "retorting", Frame::Say, true),
    ("comment", "comments", "commented", "commenting", Frame::Say, false),
    ("remark", "remarks", "remarked", "remarking", Frame::Say, true),
    ("observe", "observes", "observed", "observing", Frame::Say, false),
    ("conclude", "concludes", "concluded", "concluding", Frame::Say, false),
    ("predict", "predicts", "predicted", "predicting", Frame::Say, true),
    ("caution", "cautions", "cautioned", "cautioning", Frame::Say, true),
    ("continue", "continues", "continued", "continuing", Frame::Say, false),
    ("proclaim", "proclaims", "proclaimed", "proclaiming", Frame::Say, true),
    ("charge", "charges", "charged", "charging", Frame::Say, false),
    ("mention", "mentions", "mentioned", "mentioning", Frame::Say, false),
    ("read", "reads", "read", "reading", Frame::Say, false),
    ("chant", "chants", "chanted", "chanting", Frame::Say, true),
    ("shout", "shouts", "shouted", "shouting", Frame::Say, true),
    ("exclaim", "exclaims", "exclaimed", "exclaiming", Frame::Say, true),
    ("joke", "jokes", "joked", "joking", Frame::Say, true),
    ("quip", "quips", "quipped", "quipping", Frame::Say, true),
    ("muse", "muses", "mused", "musing", Frame::Say, true),
    ("recount", "recounts", "recounted", "recounting", Frame::Say, true),
    ("exhort", "exhorts", "exhorted", "exhorting", Frame::Tell, true),
    ("rate", "rates", "rated", "rating", Frame::Describe, false),
    ("yell", "yells", "yelled", "yelling", Frame::Say, true),
    ("scream", "screams", "screamed", "screaming", Frame::Say, true),
    ("whisper", "whispers", "whispered", "whispering", Frame::Say, true),
    ("plead", "pleads", "pleaded", "pleading", Frame::Say, true),
    ("snap", "snaps", "snapped", "snapping", Frame::Say, false),
    ("rule", "rules", "ruled", "ruling", Frame::Say, false),
    ("wonder", "wonders", "wondered", "wondering", Frame::Belief, false),
    ("cite", "cites", "cited", "citing", Frame::Object, false),
    ("question", "questions", "questioned", "questioning", Frame::Object, false),
    ("assure", "assures", "assured", "assuring", Frame::Tell, true),
    ("inform", "informs", "informed", "informing", Frame::Tell, true),
    ("remind", "reminds", "reminded", "reminding", Frame::Tell, true),
    ("ask", "asks", "asked", "asking", Frame::Tell, false),
    ("urge", "urges", "urged", "urging", Frame::Tell, true),
    ("accuse", "accuses", "accused", "accusing", Frame::Accuse, true),
    ("blame", "blames", "blamed", "blaming", Frame::Accuse, true),
    ("criticize", "criticizes", "criticized", "criticizing", Frame::Accuse, true),
    ("criticise", "criticises", "criticised", "criticising", Frame::Accuse, true),
    ("condemn", "condemns", "condemned", "condemning", Frame::Accuse, true),
    ("praise", "praises", "praised", "praising", Frame::Accuse, true),
    ("thank", "thanks", "thanked", "thanking", Frame::Accuse, false),
    ("reject", "rejects", "rejected", "rejecting", Frame::Object, true),
    ("dismiss", "dismisses", "dismissed", "dismissing", Frame::Object, true),
    ("demand", "demands", "demanded", "demanding", Frame::Object, true),
    ("propose", "proposes", "proposed", "proposing", Frame::Object, true),
    ("welcome", "welcomes", "welcomed", "welcoming", Frame::Object, true),
    ("describe", "describes", "described", "describing", Frame::Describe, true),
    ("call", "calls", "called", "calling", Frame::Describe, true),
    ("dub", "dubs", "dubbed", "dubbing", Frame::Describe, true),
    ("label", "labels", "labeled", "labeling", Frame::Describe, true),
    ("label", "labels", "labelled", "labelling", Frame::Describe, true),
    ("brand", "brands", "branded", "branding", Frame::Describe, true),
    ("characterize", "characterizes", "characterized", "characterizing", Frame::Describe, true),
    ("characterise", "characterises", "characterised", "characterising", Frame::Describe, true),
    ("liken", "likens", "likened", "likening", Frame::Describe, true),
    ("compare", "compares", "compared", "comparing", Frame::Describe, true),
    ("blast", "blasts", "blasted", "blasting", Frame::Accuse, true),
    ("slam", "slams", "slammed", "slamming", Frame::Accuse, true),
    ("attack", "attacks", "attacked", "attacking", Frame::Accuse, false),
    ("believe", "believes", "believed", "believing", Frame::Belief, false),
    ("think", "thinks", "thought", "thinking", Frame::Belief, false),
    ("fear", "fears", "feared", "fearing", Frame::Belief, false),
    ("doubt", "doubts", "doubted", "doubting", Frame::Belief, false),
    ("hope", "hopes", "hoped", "hoping", Frame::Belief, false),
    ("worry", "worries", "worried", "worrying", Frame::Belief, false),
    ("expect", "expects", "expected", "expecting", Frame::Belief, false),
    ("show", "shows", "showed", "showing", Frame::Belief, false),
    ("find", "finds", "found", "finding", Frame::Belief, false),
];

/// Verbs with a particle: (particle, base, 3rd, past, gerund, frame).
const PHRASAL: &[(&str, &str, &str, &str, &str, Frame)] = &[
    ("for", "call", "calls", "called", "calling", Frame::Object),
    ("on", "call", "calls", "called", "calling", Frame::Tell),
    ("out", "point", "points", "pointed", "pointing", Frame::Say),
    ("out", "rule", "rules", "ruled", "ruling", Frame::Object),
    ("to", "point", "points", "pointed", "pointing", Frame::Object),
    ("of", "speak", "speaks", "spoke", "speaking", Frame::Object),
    ("about", "speak", "speaks", "spoke", "speaking", Frame::Object),
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "any", "some", "many", "several", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "dozens", "other", "another", "each", "every", "all", "both", "most",
    "no", "one", "few", "more", "such", "numerous", "various",
];

const PRONOUNS: &[(&str, Class)] = &[
    ("he", Class::MALE),
    ("she", Class::FEMALE),
    ("they", Class::PLURAL),
    ("it", Class::empty()),
    ("we", Class::PLURAL),
    ("i", Class::empty()),
    ("you", Class::empty()),
    ("who", Class::empty()),
];

const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "for", "with", "from", "to", "via", "over", "by", "of", "into", "onto",
    "during", "through", "throughout", "amid", "about", "across", "against", "toward", "towards",
    "under", "without", "within", "outside", "inside", "near", "around", "behind", "beside",
    "between", "among", "per", "late", "early",
];

const SUBORDINATORS: &[&str] = &[
    "as", "when", "while", "after", "before", "because", "since", "although", "though", "if",
    "unless", "until", "whereas", "once", "so", "than", "where", "whilst",
];

const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "'s", "’s",
];

const FINITE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "shall", "should", "did", "does", "do", "isn't", "wasn't", "won't",
    "wouldn't", "can't", "couldn't", "doesn't", "didn't", "hasn't", "haven't", "hadn't",
    "aren't", "weren't", "shouldn't", "isn’t", "wasn’t", "won’t", "wouldn’t", "can’t", "couldn’t",
    "doesn’t", "didn’t", "hasn’t", "haven’t", "hadn’t", "aren’t", "weren’t", "shouldn’t",
];

const ADVERBS: &[&str] = &[
    "also", "repeatedly", "later", "earlier", "previously", "reportedly", "publicly", "privately",
    "separately", "again", "already", "recently", "just", "further", "once", "twice", "often",
    "frequently", "similarly", "likewise", "then", "now", "still", "long", "first", "initially",
    "subsequently", "yesterday", "today", "tonight", "last", "this", "week", "month", "year",
    "explicitly", "openly", "flatly", "firmly", "bluntly", "angrily", "sharply", "strongly",
    "clearly", "quickly", "swiftly", "immediately", "promptly", "simply", "only", "even",
    "indeed", "in", "turn", "personally", "directly", "formally", "officially", "himself",
    "herself", "itself", "themselves", "always", "never", "not", "had", "has", "have", "would",
    "will", "was", "were", "is", "did", "does", "reiterated", "specifically", "cautiously",
    "emphatically", "categorically", "pointedly", "curtly", "tersely", "optimistically",
    "confidently", "proudly", "loudly", "quietly", "ominously", "pointedly", "apparently",
    "allegedly", "ostensibly", "earlier", "overnight", "separately", "morning", "evening",
    "afternoon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "on", "late", "early", "too", "however", "meanwhile", "nevertheless", "moreover",
];

/// Lower-case words that can describe a speaker: titles, jobs, bodies.
const ROLES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "minister",
    "ministers", "president", "presidents", "official", "officials", "secretary", "chief",
    "chiefs", "head", "heads", "aide", "aides", "leader", "leaders", "adviser", "advisers",
    "advisor", "advisors", "envoy", "envoys", "ambassador", "ambassadors", "deputy", "deputies",
    "foreign", "defence", "defense", "senior", "former", "top", "prime", "general", "national",
    "security", "analyst", "analysts", "expert", "experts", "professor", "researcher",
    "researchers", "lawyer", "lawyers", "source", "sources", "diplomat", "diplomats", "commander",
    "commanders", "governor", "mayor", "lawmaker", "lawmakers", "senator", "senators",
    "candidate", "nominee", "pollster", "host", "captain", "ombudsman", "commissioner",
    "chairman", "chairwoman", "chair", "director", "manager", "economist", "economists",
    "strategist", "strategists", "campaign", "chancellor", "premier", "counterpart",
    "counterparts", "representative", "representatives", "delegation", "delegate", "delegates",
    "negotiator", "negotiators", "ministry", "government", "administration", "office", "agency",
    "service", "services", "council", "committee", "department", "parliament", "military",
    "army", "forces", "staff", "press", "spy", "intelligence", "border", "interior", "justice",
    "energy", "economy", "economic", "finance", "trade", "agriculture", "health", "education",
    "culture", "state", "affairs", "member", "members", "speaker", "scientist", "scholar",
    "fellow", "historian", "journalist", "journalists", "reporter", "reporters", "editor",
    "columnist", "commentator", "commentators", "critic", "critics", "supporter", "supporters",
    "observer", "observers", "monitor", "monitors", "people", "residents", "resident", "witness",
    "witnesses", "survivor", "survivors", "soldier", "soldiers", "officer", "officers", "staffer",
    "staffers", "aid", "worker", "workers", "activist", "activists", "advocate", "advocates",
    "organizer", "organizers", "voter", "voters", "citizen", "citizens", "veteran", "insider",
    "insiders", "executive", "executives", "ceo", "founder", "partner", "partners", "team",
    "party", "group", "groups", "coalition", "alliance", "bloc", "union", "commission",
    "lecturer", "specialist", "consultant", "attorney", "prosecutor", "prosecutors", "judge",
    "court", "police", "authorities", "authority", "regime", "side", "camp", "allies", "ally",
    "counsel", "vice", "assistant", "press", "secretary-general", "director-general", "readout",
    "statement", "report", "poll", "polls", "survey", "data", "study", "figures", "estimates",
    "ministries", "governments", "capitals", "embassy", "mission", "headquarters", "marine",
    "sailor", "pilot", "doctor", "nurse", "teacher", "student", "farmer", "father", "mother",
    "wife", "husband", "son", "daughter", "man", "woman", "men", "women", "person", "persons",
    "familiar", "close", "inside", "involved", "knowledge", "matter", "talks", "negotiations",
    "chamber", "house", "senate", "congress", "duma", "rada", "cabinet", "presidency",
    "kremlin", "nato", "presidential", "parliamentary", "military", "political", "industry",
    "diplomatic", "intelligence", "defense", "western", "european", "american", "british",
    "russian", "ukrainian", "german", "french", "chinese", "turkish", "polish", "italian",
    "anonymous", "unnamed", "independent", "local", "regional", "federal", "municipal",
    "retired", "acting", "interim", "outgoing", "incoming", "newly", "elected", "appointed",
    "longtime", "veteran", "leading", "prominent", "influential", "hawkish", "republican",
    "democratic", "conservative", "liberal", "opposition", "ruling", "governing", "pro-kremlin",
    "pro-russian", "pro-western", "kyiv-based", "moscow-based", "washington-based",
    "london-based", "brussels-based", "berlin-based", "think-tank", "think", "tank",
    "institute", "university", "college", "school", "center", "centre", "foundation",
    "program", "programme", "network", "channel", "outlet", "newspaper", "agency's",
    "ministry's", "kremlin's", "government's", "company", "firm", "bank", "fund", "operator",
    "exporter", "producer", "giant", "maker", "dmytro", "assembly", "legislature", "legislator",
    "legislators", "congressman", "congresswoman", "representative", "readout", "transcript",
    "release", "briefing", "interview", "communique", "communiqué", "declaration",
];

/// Words used as titles before a name; the name starts after the last one.
const TITLES: &[&str] = &[
    "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general",
    "chancellor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "deputy",
    "senator", "sen", "sen.", "rep", "rep.", "gov", "gov.", "governor", "mayor", "chairman",
    "chairwoman", "chair", "director", "commissioner", "ombudsman", "aide", "adviser", "advisor",
    "chief", "head", "leader", "official", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "prof", "prof.", "professor", "gen", "gen.", "lt", "lt.", "col", "col.", "capt", "capt.",
    "sgt", "sgt.", "adm", "adm.", "maj", "maj.", "pope", "king", "queen", "prince", "princess",
    "sir", "dame", "lord", "lady", "speaker", "premier", "vice", "senior", "top", "former",
    "acting", "interim", "state", "affairs", "interior", "justice", "finance", "economy",
    "energy", "agriculture", "health", "trade", "culture", "education", "security", "national",
    "nato", "eu", "un", "u.n.", "kremlin", "white", "house", "press", "assistant", "presidential",
    "policy", "representative", "high", "special", "attorney", "judge", "candidate", "nominee",
    "republican", "democratic", "democrat", "congressman", "congresswoman", "lawmaker",
    "commander", "commander-in-chief", "secretary-general", "director-general", "rev", "rev.",
    "father", "patriarch", "metropolitan", "archbishop", "bishop", "cardinal", "sheikh",
    "emir", "crown", "ayatollah", "chief-of-staff", "staff", "of", "the", "russian",
    "ukrainian", "american", "british", "german", "french", "chinese", "turkish", "us", "u.s.",
    "uk", "u.k.", "european", "polish", "italian", "hungarian", "belarusian", "iranian",
    "israeli", "indian", "japanese", "lithuanian", "latvian", "estonian", "finnish", "swedish",
    "dutch", "belgian", "spanish", "canadian", "australian", "georgian", "moldovan", "romanian",
    "bulgarian", "czech", "slovak", "austrian", "swiss", "norwegian", "danish", "greek",
    "serbian", "croatian", "brazilian", "south", "african", "saudi", "emirati", "qatari",
    "egyptian", "syrian", "korean", "north", "ministry", "council", "commission", "department",
    "federal", "union", "ex", "ex-", "first", "lady", "mp", "sen", "defense", "cia", "fbi",
    "pentagon", "white-house", "ukraine's", "ukraine’s", "russia's", "russia’s", "america's",
    "america’s", "britain's", "britain’s", "germany's", "germany’s", "france's", "france’s",
    "nato's", "nato’s", "china's", "china’s", "turkey's", "turkey’s", "kyiv's", "kyiv’s",
    "kiev's", "kiev’s", "moscow's", "moscow’s", "washington's", "washington’s", "eu's", "eu’s",
    "europe's", "europe’s", "bundeswehr", "ministry's", "ministry’s", "kremlin's", "kremlin’s",
    "opposition", "campaign", "manager", "strategist", "pollster", "host", "captain", "anchor",
    "economist", "analyst", "expert", "researcher", "scientist", "historian", "lecturer",
];

/// Nationality and place words that tie a description to a country.
const NATIONS: &[&str] = &[
    "russian", "russia", "russia's", "russia’s", "moscow", "moscow's", "moscow’s", "kremlin",
    "ukrainian", "ukraine", "ukraine's", "ukraine’s", "kyiv", "kiev", "kyiv's", "kyiv’s",
    "kiev's", "kiev’s", "us", "u.s.", "american", "america", "washington", "british", "uk",
    "u.k.", "britain", "london", "german", "germany", "berlin", "french", "france", "paris",
    "european", "europe", "eu", "nato", "western", "chinese", "china", "beijing", "turkish",
    "turkey", "ankara", "polish", "poland", "warsaw",
];

const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "yesterday",
    "today", "tonight", "tomorrow", "morning", "evening", "afternoon", "night", "week", "weeks",
    "month", "months", "year", "years", "day", "days", "hour", "hours", "minutes", "weekend",
    "overnight", "earlier", "later", "recently", "ago", "last", "next", "spring", "summer",
    "autumn", "fall", "winter",
];

const WH_WORDS: &[&str] = &["how", "what", "why", "whether", "when", "where", "who", "which"];

const NEGATIONS: &[&str] = &["not", "never", "n't", "no", "neither", "nor", "cannot"];

const CONJUNCTIONS: &[&str] = &["and", "or", "but", "nor", "yet"];

const GROUP_NOUNS: &[&str] = &[
    "officials", "leaders", "sources", "diplomats", "analysts", "experts", "critics",
    "supporters", "observers", "lawmakers", "ministers", "allies", "partners", "governments",
    "authorities", "people", "residents", "witnesses", "officers", "commanders", "negotiators",
    "members", "representatives", "economists", "strategists", "activists", "advocates",
    "voters", "citizens", "insiders", "aides", "advisers", "advisors", "investigators",
    "prosecutors", "researchers", "scientists", "polls", "surveys", "reports", "capitals",
    "countries", "nations", "states", "sides", "delegations", "media", "journalists",
    "reporters", "democrats", "republicans", "spokespeople", "spokesmen", "defenders",
    "opponents", "backers", "donors", "senators", "congressmen", "staffers", "executives",
    "organizers", "organisers",
];

const ORG_NOUNS: &[&str] = &[
    "ministry", "government", "administration", "office", "agency", "service", "council",
    "committee", "department", "parliament", "military", "army", "kremlin", "presidency",
    "cabinet", "embassy", "mission", "headquarters", "commission", "alliance", "bloc", "union",
    "party", "campaign", "company", "court", "police", "command", "staff", "secretariat",
    "house", "duma", "rada", "senate", "congress", "pentagon", "nato", "un", "u.n.", "eu",
    "side", "regime", "readout", "statement", "report", "study", "survey", "poll", "data",
    "force", "forces", "navy", "institute", "center", "centre", "foundation", "bank", "fund",
    "group", "coalition", "network", "channel", "newspaper", "outlet", "organization",
    "organisation", "association", "federation", "corporation", "inc", "firm", "team",
    "watchdog", "monitor", "observatory", "website", "newsroom", "tribunal", "board",
];

/// Capitalised words that begin sentences or headings but are never part
/// of a person's name.
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "as", "if", "when", "while",
    "after", "before", "since", "though", "although", "because", "according", "meanwhile",
    "however", "speaking", "asked", "commenting", "responding", "earlier", "later", "last",
    "this", "that", "these", "those", "there", "here", "it", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "its", "our", "my", "some", "many", "most", "several", "both",
    "all", "any", "no", "not", "one", "two", "three", "four", "five", "still", "yet", "so",
    "also", "even", "only", "just", "now", "then", "today", "yesterday", "what", "why", "how",
    "who", "which", "where", "whether", "with", "without", "from", "to", "by", "of", "under",
    "over", "among", "between", "during", "despite", "amid", "instead", "indeed", "analysis",
    "opinion", "update", "live", "exclusive", "explainer", "comment", "editorial", "breaking",
    "watch", "read", "more", "photo", "video", "advertisement", "related", "share", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "such", "other", "another", "each", "every", "unlike", "like", "until", "unless", "once",
    "nor", "either", "neither", "whatever", "whoever", "mr", "mrs", "ms", "dr",
];

const SENTENCE_ADVERBS: &[&str] = &[
    "however", "meanwhile", "instead", "nevertheless", "moreover", "furthermore", "still",
    "separately", "also", "indeed", "yet", "but", "and", "earlier", "later", "previously",
    "elsewhere", "similarly", "likewise", "so", "thus", "therefore", "then", "now", "today",
    "yesterday", "overnight", "finally", "again",
];

const MEDIA: &[&str] = &[
    "x", "telegram", "twitter", "facebook", "instagram", "truth", "social", "linkedin",
    "youtube", "tiktok", "vkontakte", "vk", "threads", "bluesky", "blog", "website", "channel",
];

static TABLE: LazyLock<HashMap<&'static str, Entry>> = LazyLock::new(build);

fn build() -> HashMap<&'static str, Entry> {
    let mut t: HashMap<&'static str, Entry> = HashMap::with_capacity(4096);
    let mut add = |w: &'static str, c: Class| t.entry(w).or_default().class |= c;
    for w in DETERMINERS {
        add(w, Class::DET);
    }
    for (w, g) in PRONOUNS {
        add(w, Class::PRONOUN | *g);
    }
    for w in PREPOSITIONS {
        add(w, Class::PREP);
    }
    for w in SUBORDINATORS {
        add(w, Class::SUBORD);
    }
    for w in AUXILIARIES {
        add(w, Class::AUX);
    }
    for w in FINITE_VERBS {
        add(w, Class::FINITE);
    }
    for w in ADVERBS {
        add(w, Class::ADVERB);
    }
    for w in ROLES {
        add(w, Class::ROLE);
    }
    for w in TITLES {
        add(w, Class::TITLE);
    }
    for w in NATIONS {
        add(w, Class::NATION);
    }
    for w in TIME_WORDS {
        add(w, Class::TIME);
    }
    for w in WH_WORDS {
        add(w, Class::WH);
    }
    for w in NEGATIONS {
        add(w, Class::NEGATION);
    }
    for w in CONJUNCTIONS {
        add(w, Class::CONJ);
    }
    for w in GROUP_NOUNS {
        add(w, Class::GROUP);
    }
    for w in ORG_NOUNS {
        add(w, Class::ORG);
    }
    for w in NOT_NAMES {
        add(w, Class::NOT_NAME);
    }
    for w in SENTENCE_ADVERBS {
        add(w, Class::SENT_ADV);
    }
    for w in MEDIA {
        add(w, Class::MEDIUM);
    }
    for w in ["her", "hers", "herself", "woman", "women", "spokeswoman", "chairwoman"] {
        add(w, Class::FEMALE);
    }
    for w in ["him", "his", "himself", "man", "spokesman", "chairman"] {
        add(w, Class::MALE);
    }
    for w in ["them", "their", "themselves", "us", "our"] {
        add(w, Class::PLURAL);
    }
    let mut verb = |w: &'static str, v: Verb| {
        let e = t.entry(w).or_default();
        // keep the first (most specific) frame for a word
        if e.verb.is_none() {
            e.verb = Some(v);
        }
    };
    for &(base, third, past, ger, frame, strong) in VERBS {
        let v = |form| Verb { frame, form, bare: false, strong };
        verb(base, Verb { bare: base != past, ..v(Form::Finite) });
        verb(third, v(Form::Finite));
        verb(past, v(Form::Finite));
        verb(ger, v(Form::Gerund));
    }
    for &(w, base) in IRREGULAR_PARTICIPLES {
        if let Some(&(_, _, _, _, frame, strong)) = VERBS.iter().find(|v| v.0 == base) {
            verb(w, Verb { frame, form: Form::Participle, bare: false, strong });
        }
    }
    t
}

const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[("written", "write"), ("shown", "show")];

/// Looks up a word; `word` may have any case.
pub fn lookup(word: &str) -> Entry {
    let mut buf = [0u8; 40];
    if word.len() <= buf.len() && word.is_ascii() {
        for (b, c) in buf.iter_mut().zip(word.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        // ASCII lower-casing keeps UTF-8 valid
        let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or("");
        return TABLE.get(lower).copied().unwrap_or_default();
    }
    if word.len() > 60 {
        return Entry::default();
    }
    let lower = word.to_lowercase();
    TABLE.get(lower.as_str()).copied().unwrap_or_default()
}

/// Phrasal reporting verbs (`call for`, `point out`): the frame when
/// `verb` is followed by `particle`.
pub fn phrasal(verb: &str, particle: &str) -> Option<(Frame, Form)> {
    let v = verb.to_ascii_lowercase();
    let p = particle.to_ascii_lowercase();
    PHRASAL.iter().find_map(|&(part, base, third, past, ger, frame)| {
        if part != p {
            return None;
        }
        if v == base || v == third || v == past {
            Some((frame, Form::Finite))
        } else if v == ger {
            Some((frame, Form::Gerund))
        } else {
            None
        }
    })
}

/// Common female given names, for choosing between `he` and `she`.
/// (Slavic surnames ending in -ova/-eva/-aya are recognised by rule.)
const FEMALE_NAMES: &[&str] = &[
    "maria", "mariya", "marie", "anna", "hanna", "ganna", "olena", "elena", "yelena", "helen",
    "helena", "iryna", "irina", "natalia", "natalya", "nataliya", "natalie", "olga", "olha",
    "tatiana", "tatyana", "tetiana", "svetlana", "yulia", "yuliia", "julia", "kaja", "kaya",
    "ursula", "kamala", "hillary", "nancy", "annalena", "liz", "elizabeth", "theresa", "giorgia",
    "angela", "christine", "emmanuelle", "sarah", "sara", "rachel", "rhiannon", "victoria",
    "valentina", "veronika", "oksana", "lyudmila", "ludmila", "galina", "halyna", "kateryna",
    "ekaterina", "yekaterina", "katerina", "catherine", "kate", "katie", "karine", "marina",
    "alla", "inna", "zoya", "vera", "nadia", "nadiya", "nadezhda", "daria", "darya", "sofia",
    "sophie", "sophia", "emma", "emily", "olivia", "ava", "mia", "isabella", "grace", "amy",
    "laura", "lauren", "jessica", "jennifer", "linda", "susan", "karen", "lisa", "michelle",
    "kimberly", "donna", "carol", "ruth", "sharon", "deborah", "barbara", "patricia", "margaret",
    "dorothy", "betty", "joan", "janet", "jane", "mary", "megan", "kelly", "kellyanne", "hope",
    "melania", "ivanka", "michelle", "jill", "nikki", "elise", "lindsey", "amanda", "anne",
    "ann", "andrea", "claudia", "monica", "kristi", "marsha", "tulsi", "elissa", "dana",
    "alexandra", "yevgenia", "evgenia", "ella", "roberta", "kristina", "kristen", "kirsten",
    "mette", "sanna", "ingrid", "beata", "ewa", "agnieszka", "magdalena", "zuzana", "maia",
    "salome", "ana", "lucia", "marta", "martha", "petra", "eva", "lena", "nina", "vanessa",
    "liudmyla", "iuliia", "alina", "polina", "ksenia", "kseniya", "anastasia", "anastasiia",
    "valeria", "viktoria", "viktoriia", "larysa", "larisa", "oleksandra", "solomiia", "lesia",
    "penny", "priti", "suella", "yvette", "rishi-no", "jacinda", "chrystia", "melanie", "justine",
    "sabine", "nathalie", "caroline", "ségolène", "segolene", "marine", "agnès", "agnes",
    "sylvie", "florence", "valérie", "valerie", "brigitte", "heather", "samantha", "susie",
];

/// Whether a given name (or a Slavic surname) marks a woman.
pub fn is_female_name(first: &str, last: &str) -> bool {
    let f = first.to_lowercase();
    if FEMALE_NAMES.contains(&f.as_str()) {
        return true;
    }
    let l = last.to_lowercase();
    // Russian/Ukrainian/Bulgarian feminine surnames
    l.len() > 5
        && ["ova", "eva", "ina", "aya", "ska", "skaya", "yeva", "iyeva"].iter().any(|s| l.ends_with(s))
        && !["kina", "lina", "tina", "nina", "china", "ukraina"].iter().any(|s| l == *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_in_every_tense_are_found() {
        for w in ["said", "Says", "SAY", "told", "telling", "stressed", "warns", "accused", "wrote", "written"] {
            assert!(lookup(w).verb.is_some(), "{w}");
        }
        assert_eq!(lookup("accused").verb.map(|v| v.frame), Some(Frame::Accuse));
        assert_eq!(lookup("adding").verb.map(|v| v.form), Some(Form::Gerund));
        assert!(lookup("table").verb.is_none());
    }

    #[test]
    fn word_classes() {
        assert!(lookup("The").class.contains(Class::DET));
        assert!(lookup("spokesman").class.contains(Class::ROLE));
        assert!(lookup("Ukraine’s").class.contains(Class::NATION));
        assert!(lookup("she").class.contains(Class::PRONOUN | Class::FEMALE));
        assert!(!lookup("he").class.contains(Class::FEMALE));
    }

    #[test]
    fn phrasal_verbs_need_their_particle() {
        assert_eq!(phrasal("called", "for"), Some((Frame::Object, Form::Finite)));
        assert_eq!(phrasal("pointing", "out"), Some((Frame::Say, Form::Gerund)));
        assert_eq!(phrasal("called", "in"), None);
    }

    #[test]
    fn female_names() {
        assert!(is_female_name("Maria", "Zakharova"));
        assert!(is_female_name("Natalia", "Brody"));
        assert!(is_female_name("X", "Moskalkova"));
        assert!(!is_female_name("Dmitry", "Peskov"));
        assert!(!is_female_name("Andrii", "Sybiha"));
    }
}
