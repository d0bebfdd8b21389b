//! Places that can point at a person: rooms and beds, street addresses and street names, ZIP
//! codes, named facilities (X Hospital, X Medical Center, X Clinic, St. X's, Mt. Sinai) and towns
//! tied to a patient ("from Dallas", "lives in Port Tamsen", "seen at Baylor"). The practice's own
//! address, name and the places named in its policy (emergency department, covering practice)
//! never count.
//!
//! Towns carry at most score 0.45 (kind "town") so that they never hide a person's name from the
//! persons detector; 0.45 means "tied to a patient".

use super::{
    after, before, overlaps, Claims, Cues, Re, Triggers, Windows, WordFlags, IND_ONLY, LIT_ROOM,
    VISIT_ONLY,
};
use crate::detect::Mention;
use crate::engine::Ctx;
use regex::Regex;
use std::sync::OnceLock;

/// Last words of an organization's name ("Harmony Valley Legal Aid", "Tri-County Food Bank"):
/// a run of capitals ending in one is not a town.
const ORGANIZATION_LAST: &[&str] = &[
    "aid",
    "foundation",
    "society",
    "association",
    "coalition",
    "alliance",
    "council",
    "services",
    "bank",
    "league",
    "network",
    "fund",
    "institute",
    "project",
];

struct M {
    room: Re,
    unit: Regex,
    street: Re,
    /// Numbered streets: "31st St", "W 42nd street" (lowercase).
    ordinal_street: Re,
    /// Spanish street names, the kind word first: "Calle Sombra", "Avenida Juárez 120".
    street_es: Regex,
    /// Numbered roads, the kind word first: "off Route 9", "on Hwy 12", "County Road 5".
    road_no: Regex,
    zip: Re,
    zip_label: Regex,
    state_before: Regex,
    street_prep: Regex,
    residence: Regex,
}

fn m() -> &'static M {
    static M: OnceLock<M> = OnceLock::new();
    M.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("place regex");
        // windowed regexes: every `\b` touches an ASCII digit or letter of the pattern (see Re)
        let w = Re::new;
        M {
            room: w(concat!(
                r"\b(?:(exam|patient|procedure|treatment|hospital|recovery|consult|operating|or|er|icu|surgery|infusion)\s+)?",
                r"(room|rm\.?|bed|bay|chair|operatory|exam|cubicle|chamber|phòng|habitación|habitacion|cuarto|quarto|chambre)\s*#?\s*([0-9]{1,4}[a-z]?)\b"
            )),
            // a jail's housing unit ("D-pod", "pod 3", "C block") or a hospital's ward told
            // where someone is ("on 3-West", "up to 4 North")
            unit: r(concat!(
                r"\b(?:[a-h]-?pod|pod\s+[a-h1-9]\b|(?:cell\s*block|cellblock)\s+[a-h1-9]\b|[a-h]-block)\b",
                r"|\b(?:on|in|to|from|up on|over on|down on)\s+((?:[0-9]{1,2}-|[0-9]\s)(?:west|east|north|south))\b",
            )),
            street: w(concat!(
                r"\b(?:([0-9]{1,6})\s+)?((?:[A-Z][A-Za-z'-]*\.?\s+){1,3})",
                r"(Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Parkway|Pkwy",
                r"|Highway|Hwy|Circle|Cir|Terrace|Ter|Trail|Trl|Loop|Pike|Alley|Square|Sq|Plaza|Row)\b\.?"
            )),
            // (lowercase: searched in the lowered text)
            ordinal_street: w(
                r"\b(?:(?:n|s|e|w|north|south|east|west)\.?\s+)?[0-9]{1,3}(?:st|nd|rd|th)\s+(?:street|st|avenue|ave|road|rd|place|pl|drive|dr|terrace|ter|court|ct|way|lane|ln|blvd|boulevard)\b\.?",
            ),
            street_es: r(
                r"\b(?:Calle|Avenida|Avda\.|Camino|Paseo|Callejón|Callejon|Carretera|Privada|Cerrada)\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'-]*){0,2}(?:\s+[0-9]{1,5})?\b",
            ),
            road_no: r(
                r"\b(?:Route|Rte\.?|Rt\.?|Highway|Hwy\.?|County Road|County Rd\.?|State Road|State Route|Farm Road)\s+[0-9]{1,4}[A-Z]?\b",
            ),
            zip: w(r"\b[0-9]{5}(?:-[0-9]{4})?\b"),
            zip_label: r(r"\bzip(?: ?code)?[\s:#]*$"),
            state_before: r(r"\b[A-Z]{2},?\s$"),
            residence: r(
                r"\b(resides|residing|lives|living|live|address|resident of)\b[^.!?\n:]{0,30}$",
            ),
            street_prep: r(r"\b(on|off|from|at|near|to|past|by|down|up|along|of)\s+(?:the\s+)?$"),
        }
    })
}

pub(super) fn warm() {
    let _ = m();
    let _ = words();
}

/// Room words: every room, bed or chair match names one.
pub(super) const ROOM_WORDS: &[&str] = &[
    "room",
    "rm",
    "bed",
    "bay",
    "chair",
    "operatory",
    "exam",
    "cubicle",
    // a hyperbaric chamber holds one patient a dive
    "chamber",
    // Vietnamese, Spanish, Portuguese, French: "phòng 214", "habitación 12", "quarto 8"
    "phòng",
    "habitación",
    "habitacion",
    "cuarto",
    "quarto",
    "chambre",
];

/// Words that end a facility name ("Methodist Hospital", "UW Med", "Dr. Smith's Office").
const FACILITY: &[&str] = &[
    "hospital",
    "hospitals",
    "clinic",
    "clinics",
    "center",
    "centre",
    "ctr",
    "med",
    "medical",
    "health",
    "healthcare",
    "memorial",
    "infirmary",
    "hospice",
    "gen",
    "general",
    "regional",
    "presbyterian",
    "langone",
    "institute",
    "office",
    "practice",
    "associates",
    "branch",
    "rehab",
    "rehabilitation",
    "children's",
    "pediatrics",
    "sanitarium",
    "home",
    "care",
    "lab",
    "labs",
    "pharmacy",
    "surgicenter",
];

/// Facility words that make a name a facility wherever it stands.
const STRONG_FACILITY: &[&str] = &[
    "hospital",
    "hospitals",
    "clinic",
    "clinics",
    "infirmary",
    "hospice",
    "sanitarium",
    "surgicenter",
    "medical",
    "ctr",
];

/// Lowercase facility nouns after a capitalized place: "our Miami office", "New York clinic".
const GENERIC_FACILITY: &[&str] = &[
    "clinic", "hospital", "office", "branch", "practice", "location", "center", "campus",
];

/// Prepositions that introduce a place.
const PREPS: &[&str] = &["at", "in", "to", "from", "near", "past", "of", "outside"];

/// Words before "of" that make what follows a person: "proud of", "thinking of", "mom of".
const OF_PERSON: &[&str] = &[
    "proud", "thinking", "think", "thought", "fond", "afraid", "scared", "jealous", "care",
    "behalf", "mom", "mother", "dad", "father", "parents", "friend", "friends", "family", "wife",
    "husband", "son", "daughter", "memory", "honor", "loving",
];

/// Words just before the preposition that make it a place of care or of living.
const PLACE_VERBS: &[&str] = &[
    "seen",
    "saw",
    "treated",
    "admitted",
    "evaluated",
    "visited",
    "visit",
    "presented",
    "consulted",
    "operated",
    "discharged",
    "hospitalized",
    "followed",
    "attended",
    "assessed",
    "referred",
    "transferred",
    "diagnosed",
    "surgery",
    "appointment",
    "check-up",
    "checkup",
    "dialysis",
    "lives",
    "living",
    "live",
    "resides",
    "residing",
    "resident",
    "native",
    "moved",
    "hometown",
    "home",
    "stay",
    "stayed",
    "staying",
    "born",
    "raised",
    "grew",
    "works",
    "working",
    "admission",
    "care",
    "follow-up",
    "reviewed",
    "documented",
    "examined",
    "managed",
    "undergone",
    "underwent",
    "imaging",
    "labs",
    "delivered",
    "consult",
    "consultation",
    "notes",
    "ref'd",
    "tx'd",
    "dx'd",
    "f/u",
    "visits",
    "visiting",
    "procedure",
    "done",
    "performed",
];

/// Words that live somewhere: "our patient from Birch Lane", "a rancher from out past X".
const FROM_PERSON: &[&str] = &[
    "patient",
    "pt",
    "guy",
    "lady",
    "man",
    "woman",
    "gentleman",
    "rancher",
    "farmer",
    "girl",
    "boy",
    "kid",
    "out",
    // a family, or a home named by its kind ("the family on the ranch past Cuba")
    "family",
    "ranch",
    "farm",
    "homestead",
];

/// Words that make a following place a region, not a town ("the Denver metro area").
/// Homes a street is told with ("the same house on Elm Terrace").
const HOMES: &[&str] = &[
    "house",
    "home",
    "household",
    "apartment",
    "apt",
    "trailer",
    "duplex",
    "condo",
    "farmhouse",
    "family",
];

const REGION_AFTER: &[&str] = &["metro", "area", "region", "valley", "suburbs", "basin"];

/// Capitalized words that do not start a place ([`words`] adds the states, months and
/// weekdays).
const STOP_WORDS: &[&str] = &[
    "i",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "the",
    "a",
    "an",
    "our",
    "my",
    "your",
    "his",
    "her",
    "he",
    "she",
    "they",
    "we",
    "it",
    "this",
    "that",
    "patient",
    "pt",
    "mrn",
    "ssn",
    "dob",
    "id",
    "icu",
    "er",
    "ed",
    "or",
    "covid",
    "covid-19",
    "english",
    "spanish",
    "today",
    "tomorrow",
    "yesterday",
    "mri",
    "ct",
    "ecg",
    "ekg",
    "chf",
    "copd",
    "htn",
    "dm",
    "ckd",
    "ms",
    "als",
    "hiv",
    "pcp",
    "cbc",
    "bmi",
    "tx",
    "dx",
    "hx",
    "rx",
    "sx",
    "pmh",
    "ama",
    "cdc",
    "fda",
    "who",
    "aha",
    "ada",
    "acc",
    "us",
    "usa",
    "u.s",
    "america",
    "ok",
    "hi",
    "hey",
    "thanks",
    "thank",
    "happy",
    "please",
    "call",
    "contact",
    "phone",
    "email",
    "fax",
    "insurance",
    "ssn",
    "medicare",
    "medicaid",
    "google",
    "facebook",
    "instagram",
    "twitter",
    "yelp",
    "youtube",
    "tiktok",
    "christmas",
    "thanksgiving",
    "easter",
    "halloween",
    "pt's",
    "st",
    "mt",
    "mount",
    "saint",
    "nurse",
    "coach",
    "pa",
    "np",
    "rn",
    "md",
    "do",
    "dds",
    "new",
    "old",
    "north",
    "south",
    "east",
    "west",
    "dept",
    "department",
    "unit",
    "floor",
    "room",
    "bed",
];

// Flags of the word lists above and below, for [`words`].
const STOP: u16 = 1;
const STATE: u16 = 2;
const FAC: u16 = 4;
const STRONG: u16 = 8;
const GENERIC: u16 = 16;
const PREP: u16 = 32;
const PLACE_VERB: u16 = 64;
const FROM: u16 = 128;
const REGION: u16 = 256;
const TIME_UNIT: u16 = 512;

/// Every word list of this detector in one table. `STOP` marks the capitalized words that do
/// not start a place: [`STOP_WORDS`], the states, months and weekdays.
fn words() -> &'static WordFlags {
    static W: OnceLock<WordFlags> = OnceLock::new();
    W.get_or_init(|| {
        WordFlags::new(&[
            (STOP_WORDS, STOP),
            (STATES, STOP | STATE),
            (&crate::text::MONTHS, STOP),
            (&crate::text::WEEKDAYS, STOP),
            (FACILITY, FAC),
            (STRONG_FACILITY, STRONG),
            (GENERIC_FACILITY, GENERIC),
            (PREPS, PREP),
            (PLACE_VERBS, PLACE_VERB),
            (FROM_PERSON, FROM),
            (REGION_AFTER, REGION),
            (TIME_UNITS, TIME_UNIT),
        ])
    })
}

/// US states and their postal codes (state-level geography is allowed by Safe Harbor).
const STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "wisconsin",
    "wyoming",
    "al",
    "ak",
    "az",
    "ar",
    "ca",
    "co",
    "ct",
    "de",
    "fl",
    "ga",
    "hi",
    "ia",
    "id",
    "il",
    "in",
    "ks",
    "ky",
    "la",
    "ma",
    "md",
    "me",
    "mi",
    "mn",
    "mo",
    "mt",
    "nc",
    "nd",
    "ne",
    "nh",
    "nj",
    "nm",
    "nv",
    "ny",
    "oh",
    "ok",
    "or",
    "pa",
    "ri",
    "sc",
    "sd",
    "tn",
    "tx",
    "ut",
    "va",
    "vt",
    "wa",
    "wi",
    "wv",
    "wy",
];

const TIME_UNITS: &[&str] = &[
    "weeks", "week", "wks", "wk", "days", "day", "minutes", "min", "mins", "hours", "hrs", "hr",
    "months", "mos", "times", "x", "more", "of", "patients", "people", "years", "yrs", "am", "pm",
    "sessions", "visits", "to",
];

fn is_calendar(l: &str) -> bool {
    matches!(
        l,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// `w` without its trailing "'s" (repeated), as `w.trim_end_matches("'s")` without a substring
/// searcher per call.
fn trim_possessive(mut w: &str) -> &str {
    while let Some(r) = w.strip_suffix("'s") {
        w = r;
    }
    w
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether every telling word of `lower_words` is one of the practice's own place words
/// (its address and name plus the places its policy names; see
/// `CompiledPolicy::own_place_words`).
fn all_own(own_words: &[String], lower_words: &[&str]) -> bool {
    let mut any = false;
    let own = |w: &str| own_words.binary_search_by(|x| x.as_str().cmp(w)).is_ok();
    for &full in lower_words {
        let w = trim_possessive(full);
        if words().has(w, FAC | GENERIC) || w.len() <= 2 {
            continue;
        }
        any = true;
        // "Women's" in "Bell Harbor Women's Health": the name's own possessive
        if !own(w) && !own(full) {
            return false;
        }
    }
    any
}

/// Whether a match of the room regex names a bed or bay (its second group, read from the match:
/// the group stands right before `\s*#?\s*` and the number, `[0-9]{1,4}[a-z]?`, that end the
/// match, and of its words only "bed" and "bay" end in "bed" or "bay").
fn room_word_is_bed(all: &str) -> bool {
    let head = all
        .strip_suffix(|c: char| c.is_ascii_lowercase())
        .unwrap_or(all);
    let head = head
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    let head = head.strip_suffix('#').unwrap_or(head).trim_end();
    head.ends_with("bed") || head.ends_with("bay")
}

/// The groups of a match of the street regex, read from the match `all` (starting at byte
/// `s` of the text): the house number (group 1: the match's leading run of ASCII digits, which
/// `\s+` follows; the name words start with a capital), the name words' span in the text
/// (group 2: from the first non-space after the number to the suffix) and the suffix (group 3:
/// the run of ASCII letters ending the match, before its optional final '.').
fn street_fields(all: &str, s: usize) -> (Option<&str>, (usize, usize), &str) {
    let digits = all.bytes().take_while(u8::is_ascii_digit).count();
    let number = (digits > 0).then(|| &all[..digits]);
    let name_start = digits + (all.len() - digits - all[digits..].trim_start().len());
    let body = all.strip_suffix('.').unwrap_or(all);
    let suffix_start = body
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .len();
    (
        number,
        (s + name_start, s + suffix_start),
        &body[suffix_start..],
    )
}

pub(super) fn detect(
    ctx: &Ctx,
    tr: &Triggers,
    cues: &Cues,
    claimed: &Claims,
    dates: &[Mention],
    out: &mut Vec<Mention>,
) {
    let m = m();
    let norm = ctx.norm();
    let lower = ctx.lower();
    let own_all = |ctx: &Ctx, ws: &[&str]| -> bool { all_own(&ctx.policy.own_place_words, ws) };
    let mut taken: Claims = claimed.clone();
    let dw = Windows::around(lower, &tr.digits, 28, 8);
    let sw = Windows::around(lower, &tr.street_words, 90, 4);

    // Rooms and beds.
    // every room, bed or chair match names one of these
    let rooms = tr.lits.holding(&dw, LIT_ROOM);
    // (found without captures: the room word is read from the match, see `room_word_is_bed`;
    // every match holds a digit, so the rest of a window after one is searched only when it
    // holds one too)
    for all in rooms.finds(&m.room, lower).needing_digit(&tr.digits) {
        let (s, t) = (all.start(), all.end());
        let next = after(lower, t, 12)
            .trim_start()
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        let glued = after(lower, t, 2);
        if words().has(next, TIME_UNIT)
            || glued.starts_with(['/', ':', '%'])
            || (glued.starts_with('.') && glued.ends_with(|ch: char| ch.is_ascii_digit()))
        {
            continue;
        }
        if overlaps(&taken, (s, t)) {
            continue;
        }
        // the practice's own suite or room ("Room 118" in the policy's address)
        let room_words: Vec<&str> = lower[s..t].split_whitespace().collect();
        if room_words
            .iter()
            .all(|w| own_all(ctx, &[w.trim_start_matches('#')]))
        {
            continue;
        }
        let is_bed = room_word_is_bed(all.as_str());
        // "Treatment room 3 just got a glow-up": a room with nobody in it is the office; a
        // patient, a bed or a visit anywhere in the draft puts someone in it.
        let score = if is_bed || cues.any_individual() || cues.visit_outside((s, t), usize::MAX / 4)
        {
            1.0
        } else {
            0.5
        };
        out.push(Mention::new(
            s,
            t,
            if is_bed { "bed" } else { "room" },
            score,
        ));
        taken.push((s, t));
    }

    // Housing units and wards ("the guy in D-pod", "Big Mike on 3-West"): the handful of people
    // housed or cared for there, told with someone in the draft.
    if lower.contains("pod")
        || lower.contains("block")
        || ["west", "east", "north", "south"]
            .iter()
            .any(|w| lower.contains(w))
    {
        for c in m.unit.captures_iter(lower) {
            let g = c.get(1).unwrap_or_else(|| c.get(0).expect("whole match"));
            let (s, t) = (g.start(), g.end());
            // not a street ("on 3 West Main St", "4 North Ave") nor a highway exit number
            let next = after(lower, t, 12)
                .trim_start()
                .split(|ch: char| !ch.is_alphanumeric())
                .next()
                .unwrap_or("");
            let street = matches!(
                next,
                "st" | "street"
                    | "ave"
                    | "avenue"
                    | "rd"
                    | "road"
                    | "dr"
                    | "drive"
                    | "blvd"
                    | "boulevard"
                    | "ln"
                    | "lane"
                    | "hwy"
                    | "highway"
                    | "pkwy"
                    | "parkway"
                    | "way"
                    | "ct"
                    | "court"
                    | "main"
                    | "broadway"
            ) || next.starts_with(|ch: char| ch.is_ascii_digit());
            if street || overlaps(&taken, (s, t)) || !cues.any_individual() {
                continue;
            }
            out.push(Mention::new(s, t, "unit", 1.0));
            taken.push((s, t));
        }
    }

    // A street told with where someone lives ("lives above the bakery on Front St") or near one
    // person is theirs; a numbered address stands out more than a street name.
    let street_score = |s: usize, t: usize, numbered: bool| -> f32 {
        let ind = m.residence.is_match(before(lower, s, 48))
            || cues.individual((s, t), if numbered { 20 } else { 15 });
        // "three calls from the same house on Elm Terrace": someone's home on the street,
        // theirs once care is told near it
        let home = || {
            // the `n` bytes before the street, up to its " on" or " off"
            let head_of = |n: usize| {
                let head = before(lower, s, n).trim_end();
                head.strip_suffix(" on")
                    .or_else(|| head.strip_suffix(" off"))
                    .unwrap_or("")
            };
            let head = head_of(24);
            // "from the trailer park off Route 9": someone from one small place of homes
            let wide = head_of(40);
            let from_park = [
                "from the trailer park",
                "from the mobile home park",
                "from the rv park",
                "from the motel",
                "from the shelter",
            ]
            .iter()
            .any(|w| wide.ends_with(w));
            let mut ws = head.rsplit(' ');
            let (home, det) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
            // (one household: not "the old house on Elm Terrace is now our annex")
            // (and "a family on", not "moving to a house on Elm Terrace")
            from_park
                || HOMES.contains(&home)
                    && (matches!(
                        det,
                        "same" | "one" | "that" | "his" | "her" | "their" | "family's"
                    ) || (det == "a" && matches!(home, "family" | "household")))
        };
        match (numbered, ind) {
            (_, true) => 1.0,
            (true, false) => 0.5,
            (false, false) if home() => IND_ONLY,
            (false, false) => 0.4,
        }
    };

    // Streets and street addresses.
    // (found without captures: the number, name and suffix are read from the match, see
    // `street_fields`; most matches, "Meet Dr. Raman", are dropped on the suffix)
    // (every match holds its kind word whole, a street keyword standing as a word: the rest of a
    // window after a match is searched only when it holds one)
    for all in sw.finds(&m.street, norm).needing_point(&tr.street_words) {
        let mut s = all.start();
        let t = all.end();
        let (number, name, suffix) = street_fields(all.as_str(), s);
        let numbered = number.is_some();
        let rest = after(norm, t, 3);
        if matches!(suffix, "St" | "Dr") && !numbered {
            // "St. Mary's", "Dr. Lee": a saint or a doctor, not a street
            if rest
                .trim_start_matches(['.', ' '])
                .starts_with(char::is_uppercase)
            {
                continue;
            }
        }
        let name_words: Vec<&str> = lower[name.0..name.1]
            .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        let mut skip_lead = 0;
        if !numbered {
            // drop a leading "The"/"Our" and sentence-initial words that are not names
            if let Some(first) = name_words.first() {
                if words().has(first, STOP) && name_words.len() > 1 {
                    skip_lead = 1;
                    s = name.0 + norm[name.0..].find(' ').unwrap_or(0) + 1;
                    s = s + norm[s..].len() - norm[s..].trim_start().len();
                } else if words().has(first, STOP) {
                    continue;
                }
            }
            if !m.street_prep.is_match(before(lower, s, 16)) {
                continue;
            }
        }
        let mut ws: Vec<&str> = name_words[skip_lead..].to_vec();
        let suffix_lower = suffix.to_lowercase();
        ws.push(&suffix_lower);
        if let Some(number) = number {
            ws.push(number);
        }
        if overlaps(&taken, (s, t)) || own_all(ctx, &ws) {
            continue;
        }
        out.push(Mention::new(s, t, "street", street_score(s, t, numbered)));
        taken.push((s, t));
    }

    // Numbered streets ("the gyro place on 31st St", "off W 42nd street"), after a
    // preposition, in any case.
    for c in sw
        .finds(&m.ordinal_street, lower)
        .needing_point(&tr.street_words)
    {
        let (s, t) = (c.start(), c.end());
        if overlaps(&taken, (s, t)) || !m.street_prep.is_match(before(lower, s, 16)) {
            continue;
        }
        let ws: Vec<&str> = lower[s..t]
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if own_all(ctx, &ws) {
            continue;
        }
        out.push(Mention::new(s, t, "street", street_score(s, t, false)));
        taken.push((s, t));
    }

    // Numbered roads ("the trailer park off Route 9"), after a preposition.
    // (the regex starts with its literal kind words, so its prefilter skips drafts without one)
    for c in m.road_no.find_iter(norm) {
        let (s, t) = (c.start(), c.end());
        if overlaps(&taken, (s, t)) || !m.street_prep.is_match(before(lower, s, 16)) {
            continue;
        }
        out.push(Mention::new(s, t, "street", street_score(s, t, false)));
        taken.push((s, t));
    }

    // Spanish streets ("on Calle Sombra", "en la Avenida Juárez"): the kind word comes first.
    // (the regex starts with its literal kind words, so its prefilter skips drafts without one)
    for c in m.street_es.find_iter(norm) {
        let (s, t) = (c.start(), c.end());
        let ws: Vec<&str> = lower[s..t]
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if overlaps(&taken, (s, t)) || own_all(ctx, &ws) {
            continue;
        }
        let prep = m.street_prep.is_match(before(lower, s, 16))
            || ["en ", "en la ", "de la ", "por la ", "sobre "]
                .iter()
                .any(|p| before(lower, s, 16).ends_with(p));
        let numbered = lower[s..t].ends_with(|ch: char| ch.is_ascii_digit());
        if !(prep || numbered) {
            continue;
        }
        out.push(Mention::new(s, t, "street", street_score(s, t, numbered)));
        taken.push((s, t));
    }

    // ZIP codes, only with a label or after a state.
    // a ZIP code is five digits in a row
    for z in dw
        .holding_runs(&tr.digits, |s, de, we| de.min(we) - s >= 5)
        .finds(&m.zip, lower)
        .needing_digit(&tr.digits)
    {
        let (s, t) = (z.start(), z.end());
        if overlaps(&taken, (s, t)) {
            continue;
        }
        let labeled = m.zip_label.is_match(before(lower, s, 12));
        let after_state = m.state_before.is_match(before(norm, s, 5));
        if !(labeled || after_state) || own_all(ctx, &[&z.as_str()[..5], "zip"]) {
            continue;
        }
        let score = if cues.individual((s, t), 20) {
            1.0
        } else {
            0.5
        };
        out.push(Mention::new(s, t, "zip", score));
        taken.push((s, t));
    }

    // Named facilities and towns: runs of capitalized words.
    let ws = &ctx.words;
    let wf = words();
    // the lowercased words of the current run (one buffer for all runs)
    let mut lw: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // (most words start with an ASCII byte other than a capital: no run starts there, told
        // by that byte without slicing the word)
        if norm
            .as_bytes()
            .get(ws[i].start)
            .is_none_or(|&b| b < 0x80 && !b.is_ascii_uppercase())
        {
            i += 1;
            continue;
        }
        let w0 = ctx.word_str(&ws[i]);
        if !is_cap(w0) {
            i += 1;
            continue;
        }
        // extend the run
        let mut j = i + 1;
        let mut generic_end = false;
        while j < ws.len() {
            let gap = &norm[ws[j - 1].end..ws[j].start];
            let prev_l = ctx.word_lower(&ws[j - 1]);
            let gap_ok = gap == " "
                || gap == " & "
                || (matches!(prev_l, "st" | "mt" | "ft" | "dr") && (gap == ". " || gap == "."));
            if !gap_ok {
                break;
            }
            let wj = ctx.word_str(&ws[j]);
            let lj = ctx.word_lower(&ws[j]);
            if is_calendar(lj) {
                break;
            }
            if is_cap(wj) {
                j += 1;
            } else if matches!(lj, "of" | "and" | "de" | "la" | "del")
                && j + 1 < ws.len()
                && is_cap(ctx.word_str(&ws[j + 1]))
                && &norm[ws[j].end..ws[j + 1].start] == " "
            {
                j += 2;
            } else if wf.has(lj, GENERIC) {
                j += 1;
                generic_end = true;
                break;
            } else {
                break;
            }
            if j - i >= 7 {
                break;
            }
        }
        let run_end = j;
        // the word before the run (skipping "the"/"our")
        let mut p = i;
        let mut prev: Option<&str> = None;
        let mut prev_idx = None;
        while p > 0 {
            p -= 1;
            let gap = &norm[ws[p].end..ws[p + 1].start];
            if gap.contains(['.', '!', '?', '\n', ';'])
                && !matches!(ctx.word_lower(&ws[p]), "st" | "mt")
            {
                break;
            }
            let l = ctx.word_lower(&ws[p]);
            if matches!(l, "the" | "our" | "their" | "his" | "her" | "a") {
                continue;
            }
            prev = Some(l);
            prev_idx = Some(p);
            break;
        }
        let at_sign = before(norm, ws[i].start, 2) == "@ " || before(norm, ws[i].start, 1) == "@";
        let prep = if at_sign {
            Some("at")
        } else {
            prev.filter(|l| wf.has(l, PREP)).or_else(|| {
                // "lives on Cedar Hollow", "lives out on Cedar Hollow": "on" after living
                let pi = prev_idx?;
                let lives = |k: usize| {
                    matches!(
                        ctx.word_lower(&ws[k]),
                        "lives" | "living" | "live" | "lived"
                    )
                };
                (prev == Some("on")
                    && pi >= 1
                    && (lives(pi - 1)
                        || (pi >= 2
                            && matches!(ctx.word_lower(&ws[pi - 1]), "out" | "up" | "down")
                            && lives(pi - 2))))
                .then_some("on")
            })
        };
        // one word is no facility (that takes a facility word, "St." or a generic noun after
        // it): without a preposition it is no place, and nothing below need be read
        if run_end - i < 2 && prep.is_none() {
            i = run_end.max(i + 1);
            continue;
        }
        // leading stop words ("The", "Our", "Dr") are not part of the place, except
        // "St."/"Mt." which start one
        let mut a = i;
        while a < run_end {
            let l = ctx.word_lower(&ws[a]);
            let saintly = matches!(l, "st" | "mt" | "mount" | "saint") && a + 1 < run_end;
            let state_in_name = a + 1 < run_end && wf.has(l, STATE);
            if saintly || state_in_name || !wf.has(l, STOP) {
                break;
            }
            a += 1;
        }
        // "The practice doesn't": a generic facility noun after a leading stop word alone names
        // no place ("our Miami office" needs the capitalized place)
        if a >= run_end || (generic_end && a + 1 == run_end) {
            i = run_end.max(i + 1);
            continue;
        }
        lw.clear();
        lw.extend((a..run_end).map(|k| ctx.word_lower(&ws[k])));
        let first = lw[0];
        // "the ONLY clinic in PA", "our NEW office": a word in capitals for emphasis
        let shouted = ctx.word_str(&ws[a]).len() > 2
            && ctx.word_str(&ws[a]).chars().all(|ch| !ch.is_lowercase())
            && matches!(
                first,
                "only"
                    | "best"
                    | "new"
                    | "free"
                    | "first"
                    | "top"
                    | "most"
                    | "all"
                    | "every"
                    | "huge"
                    | "big"
                    | "great"
                    | "really"
                    | "very"
                    | "super"
                    | "just"
                    | "now"
                    | "open"
                    | "closed"
                    | "today"
                    | "never"
                    | "always"
                    | "not"
            );
        // "National Maternal Mental Health Hotline", "American Heart Association": services and
        // organizations, not a place where someone was seen
        let org = matches!(
            lw[lw.len() - 1],
            "hotline"
                | "helpline"
                | "lifeline"
                | "line"
                | "association"
                | "society"
                | "alliance"
                | "coalition"
                | "foundation"
        );
        // "Per the Governor's office": an official's office speaks for them, no one is seen there
        let official_office = lw.len() == 2
            && lw[1] == "office"
            && matches!(
                trim_possessive(first),
                "governor"
                    | "mayor"
                    | "senator"
                    | "president"
                    | "sheriff"
                    | "congressman"
                    | "congresswoman"
                    | "commissioner"
                    | "coroner"
            );
        // "Mobile clinic this week:", "Pop-up clinic": a kind of clinic, not one named
        let kind_only = lw.len() == 2
            && matches!(
                first,
                "mobile" | "popup" | "pop-up" | "satellite" | "walk-in" | "virtual" | "main"
            );
        if shouted || org || official_office || kind_only {
            i = run_end.max(i + 1);
            continue;
        }
        let last = trim_possessive(lw[lw.len() - 1]);
        let has_facility_word = lw.len() >= 2
            && (wf.has(last, FAC) || lw[1..].iter().any(|w| wf.has(w, FAC)))
            && !(lw.len() == 2 && wf.has(first, STOP));
        // "Methodist Hospital" is a facility anywhere; "Apple Health" or "Port Tamsen General"
        // only where a patient goes: after at/in/to/from
        let strong = lw[1..].iter().any(|w| wf.has(w, STRONG));
        let prev_word = (0..i)
            .next_back()
            .map(|k| ctx.word_lower(&ws[k]))
            .unwrap_or("");
        let prep_right_before = matches!(prev_word, "at" | "in" | "to" | "from" | "the")
            || before(norm, ws[i].start, 2).ends_with('@');
        let saint = matches!(first, "st" | "mt" | "mount" | "saint") && lw.len() >= 2;
        let facility = (has_facility_word && (strong || prep_right_before)) || saint || generic_end;
        let span = (ws[a].start, ws[run_end - 1].end);
        // most capitalized words start a sentence or name a person: no preposition, no facility
        if !facility && prep.is_none() {
            i = run_end.max(i + 1);
            continue;
        }
        // a title ("Dr.", "Mrs.") starting the run makes it a person unless a facility word follows
        let titled = (i..a).any(|k| {
            matches!(
                ctx.word_lower(&ws[k]),
                "dr" | "mr" | "mrs" | "ms" | "miss" | "nurse" | "coach"
            )
        });
        let staff = lw
            .iter()
            .filter(|w| !wf.has(w, FAC))
            .all(|w| ctx.policy.is_staff_word(w));
        if (titled || staff) && !facility {
            i = run_end.max(i + 1);
            continue;
        }
        // up to 6 words before word k, within the same clause
        let near_words = |k: usize| -> Vec<&str> {
            let mut v = Vec::new();
            let mut x = k;
            while x > 0 && v.len() < 6 {
                let gap = &norm[ws[x - 1].end..ws[x].start];
                let pw = ctx.word_lower(&ws[x - 1]);
                let abbrev =
                    pw.len() <= 2 || matches!(pw, "mrs" | "dr" | "st" | "mt" | "jr" | "sr");
                if gap.contains([',', ';', ':', '?', '!', '(', ')', '\n'])
                    || (gap.contains('.') && !abbrev)
                {
                    break;
                }
                x -= 1;
                v.push(pw);
            }
            v
        };
        let before_prep: Vec<&str> = match (at_sign, prev_idx) {
            (true, _) => near_words(i),
            (false, Some(pi)) => near_words(pi),
            _ => Vec::new(),
        };
        let verb_before = prep.is_some() && before_prep.iter().any(|w| wf.has(w, PLACE_VERB));
        let after_run = after(norm, span.1, 24);
        let next_word = after_run
            .trim_start_matches([' ', ','])
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let punct_after = after_run.starts_with([',', '.', '?', '!', ';', ')'])
            || after_run.is_empty()
            || next_word == "who";
        let state_tok = after_run
            .trim_start_matches([' ', ','])
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        let state_glued = after_run
            .trim_start_matches([' ', ','])
            .get(state_tok.len()..)
            .is_some_and(|r| r.starts_with(['-', '/']));
        let state_after = after_run.starts_with(", ")
            && wf.has(&next_word, STATE)
            && (state_tok.len() > 2 || state_tok.chars().all(|ch| ch.is_ascii_uppercase()))
            && !state_glued
            && !lw.iter().all(|w| wf.has(w, STATE));
        let from_person = matches!(prep, Some("from" | "past" | "outside"))
            && before_prep.iter().any(|w| wf.has(w, FROM));
        let from_punct =
            !facility && prep == Some("from") && punct_after && cues.individual(span, 15);
        let prev_is_facility = prev_idx.is_some_and(|pi| {
            out.last().is_some_and(|m: &Mention| {
                m.kind == "facility" && m.end == ws[pi].start.saturating_sub(1)
            })
        });
        // dates are sorted by start and do not overlap
        let k = dates.partition_point(|d| d.start < span.1);
        let date_after = dates.get(k).is_some_and(|d| d.start <= span.1 + 24);
        let date_before = prev_idx.is_some_and(|pi| {
            let pstart = ws[pi].start;
            let k = dates.partition_point(|d| d.end <= pstart);
            k > 0 && dates[k - 1].end + 4 >= pstart
        });
        let region = wf.has(&next_word, REGION);
        // "the best ED program in the Pacific NW": the practice's claim over the area it
        // serves, not where someone lives ("the only patient in Dalton with ..." stays a place)
        let claim = prep == Some("in")
            && before_prep.iter().any(|w| {
                matches!(
                    *w,
                    "best" | "top" | "leading" | "largest" | "biggest" | "premier"
                )
            });
        let is_place = facility
            || (prep.is_some()
                && !region
                && !claim
                && (verb_before
                    || date_after
                    || date_before
                    || from_person
                    || from_punct
                    || state_after
                    || (prev == Some("in") && prev_is_facility)));
        // "so proud of Mike today", "thinking of Rosa": "of" after a feeling or a relation
        // governs a person, not a town
        let of_person =
            prep == Some("of") && before_prep.first().is_some_and(|w| OF_PERSON.contains(w));
        let all_stop_or_state = lw.iter().all(|w| wf.has(w, STOP));
        let acronym_only = lw.len() == 1 && first.len() < 3;
        // "Free help from Harmony Valley Legal Aid": an organization is no one's town
        let organization =
            lw.len() >= 2 && lw.last().is_some_and(|w| ORGANIZATION_LAST.contains(w));
        // "recovering from ACL surgery", "to our Deaf patient": a word before care or a person
        // that it describes, not a town
        let describes = matches!(
            next_word.as_str(),
            "patient"
                | "patients"
                | "surgery"
                | "surgeries"
                | "repair"
                | "tear"
                | "reconstruction"
                | "injury"
                | "community"
                | "culture"
                | "awareness"
                | "history"
                | "interpreter"
                | "interpreters"
        );
        if !is_place
            || (!facility
                && (all_stop_or_state || acronym_only || of_person || organization || describes))
            || overlaps(&taken, span)
            || own_all(ctx, &lw)
        {
            i = run_end.max(i + 1);
            continue;
        }
        let ind = cues.individual(span, 15) || from_person;
        let vis = verb_before || date_after || date_before || cues.visit_outside(span, 12);
        let (ind, vis) = (
            ind || (vis && cues.individual(span, 40)),
            vis || (ind && cues.visit_outside(span, 40)),
        );
        let (kind, score) = if facility {
            (
                "facility",
                match (ind, vis) {
                    (true, true) => 1.0,
                    (true, false) => IND_ONLY,
                    (false, true) => VISIT_ONLY,
                    _ => 0.3,
                },
            )
        } else {
            ("town", if ind && vis { 0.45 } else { 0.3 })
        };
        out.push(Mention::new(span.0, span.1, kind, score));
        taken.push(span);
        i = run_end.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fields read from a room or street match are its captures' (the search they
    /// replace), on texts drawn from the patterns' pieces and glue.
    #[test]
    fn fields_read_from_matches_are_the_captures() {
        let m = m();
        let pieces = [
            "exam",
            "patient",
            "or",
            "er",
            "room",
            "rm",
            "rm.",
            "bed",
            "bay",
            "chair",
            "bays",
            "beds",
            "exam room",
            "#",
            "4",
            "12b",
            "1234",
            "12345",
            "7a",
            "St",
            "St.",
            "Dr",
            "Dr.",
            "Main",
            "Elm",
            "O'Neil",
            "Ave",
            "Avenue",
            "Row",
            "Sq",
            "Meet",
            "Oak-Hill",
            "42",
            "9",
            "Pl.",
            "x",
            "Bed",
            "\u{a0}",
        ];
        let seps = [" ", " ", "  ", "", "\n", ", ", ". ", "\u{a0}", "-"];
        let mut draw = crate::testutil::drawer(0x2545_F491_4F6C_DD1D);
        let (mut rooms, mut streets) = (0, 0);
        for _ in 0..30_000 {
            let mut t = String::new();
            for _ in 0..draw(8) + 1 {
                t.push_str(pieces[draw(pieces.len())]);
                t.push_str(seps[draw(seps.len())]);
            }
            for c in m.room.captures_iter(&t) {
                let all = c.get(0).expect("m");
                let what = &c[2];
                assert_eq!(
                    room_word_is_bed(all.as_str()),
                    what == "bed" || what == "bay",
                    "{t:?}"
                );
                rooms += 1;
            }
            for c in m.street.captures_iter(&t) {
                let all = c.get(0).expect("m");
                let name = c.get(2).expect("m");
                let want = (
                    c.get(1).map(|x| x.as_str()),
                    (name.start(), name.end()),
                    &c[3],
                );
                assert_eq!(street_fields(all.as_str(), all.start()), want, "{t:?}");
                streets += 1;
            }
        }
        assert!(rooms > 1_000 && streets > 3_000, "{rooms} {streets}");
    }
}
