//! C8: rare or combined details that identify a patient without a name.
//!
//! HIPAA's Safe Harbor (45 CFR 164.514(b)(2)) lists "any other unique identifying characteristic"
//! among the identifiers, and de-identification also fails when the practice knows the rest could
//! identify someone. In a town, "our patient, a local pastor", "a nurse on the 3rd floor at
//! X General with a herniated disc" or "the first case of X in our county this year" point at one
//! person. (Ages over 89 are the identifiers detector's part of C8.)
//!
//! The rule needs a patient anchor near the details (patient, pt, a care cue, or a condition or
//! treatment), then either a detail that is unique by itself ("the only", "first case",
//! "longest-standing patient") or two kinds of quasi-identifiers together: a role or job, a
//! place (local, "here in X", "at X General", "3rd floor", a street) and a rare condition.
//! "A 45-year-old woman asked us about migraines" in an educational post has none of these.

use super::confirms_patient::{ascii_re, within, Sentence};
use crate::detect::Mention;
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::{find_all, Gate};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use std::sync::OnceLock;

pub struct IdentifyingCombo;

const MESSAGE: &str = "Together these details can identify a patient without a name (a role or job, a place, a rare condition, \"the only\" or \"the first\"). HIPAA Safe Harbor (45 CFR 164.514(b)(2)) counts any unique identifying characteristic as an identifier.";

struct Patterns {
    roles: AhoCorasick,
    /// Per role: whether one person holds it in a town or school ("the quarterback").
    one_holder: Vec<bool>,
    unique: Regex,
    place_lower: Regex,
    /// `unique` or `place_lower`: both gates in one search ([`GATE_WORDS`]: every match holds
    /// one).
    unique_or_place_lower: Regex,
    place_cap: Regex,
    clinical: Regex,
    /// Odds of one in ten thousand or rarer ("1 in 100,000", "one in a million").
    rarity: Regex,
    vehicle: Regex,
    /// A named school, then one of its students ("our Westbrook High junior", "the same Cedar
    /// Ridge Elementary 2nd grade class"): group 1 is the school.
    school_member: Regex,
}

/// Vehicles that single out their driver ("the guy in the red F-150"); every match of the
/// vehicle pattern holds one.
const VEHICLE_WORDS: &[&str] = &[
    "f-150",
    "f150",
    "f-250",
    "truck",
    "pickup",
    "jeep",
    "tesla",
    "silverado",
    "corvette",
    "mustang",
    "camaro",
    "harley",
    "motorcycle",
    "minivan",
    "prius",
    "subaru",
    "porsche",
    "convertible",
];

/// The lines of the roles lexicon (a `!` marks a role one person holds).
fn role_lines() -> impl Iterator<Item = &'static str> {
    crate::lexicon::lexicon_text!(include_str!("../../lexicon/health/roles.txt"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The role words, in the lexicon's order.
fn role_words() -> Vec<&'static str> {
    role_lines().map(|l| l.trim_start_matches('!')).collect()
}

/// Whether one word (lowercase) is a role of the lexicon ("deckhand", "welder"): a job that,
/// after "the", tells one person.
pub(crate) fn is_role_word(w: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        role_words()
            .into_iter()
            .filter(|r| !r.contains(' '))
            .collect()
    })
    .contains(w)
}

/// Gates of the rule (scanned with the boundary rules' gates, once per check): whether any role
/// word, and any word every match of `unique_or_place_lower` holds, occurs.
pub(crate) static ROLES_GATE: Gate = Gate::built(role_words);
pub(crate) static UNIQUE_OR_PLACE_GATE: Gate = Gate::new(GATE_WORDS);
/// Whether a sentence names a vehicle, and the draft a call for applicants, from the same scan.
pub(crate) static VEHICLE_GATE: Gate = Gate::new(VEHICLE_WORDS);
/// Whether a school is named, the word every match of `school_member` holds, from the same scan.
pub(crate) static SCHOOL_GATE: Gate = Gate::new(SCHOOL_WORDS);
/// Last words of a school's name, lowercased.
const SCHOOL_WORDS: &[&str] = &[
    "high",
    "hs",
    "elementary",
    "middle",
    "academy",
    "prep",
    "school",
    "intermediate",
];
pub(crate) static APPLY_GATE: Gate = Gate::new(&[
    "apply",
    "applications",
    "nominate",
    "nominations",
    "eligible",
    "eligibility",
]);

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let roles = role_words();
        let one_holder: Vec<bool> = role_lines().map(|l| l.starts_with('!')).collect();
        let unique = ascii_re(UNIQUE);
        let place_lower = ascii_re(PLACE_LOWER);
        Patterns {
            roles: crate::build_ac(
                AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA)),
                &roles,
            )
            .expect("roles compile"),
            one_holder,
            unique,
            place_lower,
            unique_or_place_lower: ascii_re(&format!("{UNIQUE}|{PLACE_LOWER}")),
            clinical: ascii_re(
                r"\b(?:removed|excised|seen|saw|treated|diagnosed|repaired|operated|biopsied|stitched|fixed|came in|caught|found|detected|started|finished|wrapped up|with us|today|this morning|this afternoon|last night|same (?:morning|afternoon|day)|yesterday|our first|delivered|born|welcomed|doing (?:great|well|fine)|recovering|survivor|w/ us|rebuild|rebuilt|reconstructed|(?:his|her|their) (?:\w+ ){0,2}diagnosis)\b",
            ),
            rarity: ascii_re(
                r"\b(?:1|one)\s+in\s+(?:[1-9]\d{0,2}(?:,\d{3}){1,2}|[1-9]\d{4,6}|a\s+million|(?:a|\d+)\s+(?:hundred\s+thousand|million))\b",
            ),
            vehicle: ascii_re(&format!(
                r"\b(?:in|drives|driving|drove)\s+(?:the|a|an|his|her|that)\s+(?:[a-z]+\s+){{0,2}}(?:{})\b",
                VEHICLE_WORDS.join("|")
            )),
            // one student or one class: a count of many ("40 Westbrook High juniors") is a
            // population
            school_member: ascii_re(&format!(
                r"\b([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*\s+(?i:{}))(?:'s)?\s+(?i:(?:(?:\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[\s-]+grade(?:r|\s+class)?|junior|senior|sophomore|freshman|student|kid|kiddo|grader|kindergartner|class|(?:band|choir|orchestra|athletic|drama) (?:director|teacher)|principal|vice principal|librarian|nurse|counselor|custodian|janitor|secretary|bus driver|lunch lady|(?:[a-z]+ )?coach|(?:[a-z]+ )?(?:team|squad|boys|girls))\b)",
                SCHOOL_WORDS.join("|")
            )),
            place_cap: ascii_re(
                r"\b(?:here in|in|en|from|at|near|outside|past|(?:out|over|up|down) on)\s+(?:the\s+)?([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)*)",
            ),
        }
    })
}

/// "The only", "first case", "oldest": a detail unique by itself.
const UNIQUE: &str = r"\b(?:the only|our only|their only|only one in|first\s+(?:\w+\s+){0,3}(?:we've|we have)\s+(?:caught|seen|diagnosed|treated|found|had)|only the (?:second|third|2nd|3rd)|(?:second|third|2nd|3rd) (?:\w+ ){0,3}(?:we've|we have) ever|only (?:\w+ ){0,2}(?:pt|patient|person|kid|child|man|woman|guy|girl|boy|baby|set of twins|twins|triplets) in|only (?:\d+|two|three|four|five|six|a few|a handful of) (?:\w+ ){0,2}(?:people|patients|persons|kids|children|adults|women|men|families|folks) in (?:our|the|this) (?:whole |entire )?(?:county|town|city|state|area|region|valley|island|village|community|parish|borough)|[a-z]{3,}'s only (?:[\w-]+ ){1,3}(?:with|who)|one and only|first case|first\s+(?:[\w-]+\s+){1,6}in\s+(?:the\s+)?(?:whole|entire)|primer caso|el único|la única|first-ever|first ever|first\s+(?:[\w-]+\s+){1,3}ever\b|first\s+\w+(?:\s+\w+)?\s+(?:we've|we have)\s+ever|oldest|youngest|smallest|tiniest|teeniest|littlest|biggest|heaviest|earliest|longest-standing|longest standing|longest-serving|longest serving|most visits|tallest|state champ|state champion)\b|a first for (?:our|the|this) (?:practice|clinic|office|team|unit|nursery|hospital)|\#\d{1,2}\s+(?:on|for)\s+the\b|\#(?:[02-9]|\d{2})\s+(?:(?:is|was|back|returns|returned|returning|getting)\s+){1,2}(?:on|in|to)\s+(?:the\b|net\b)";

/// Place words written in lowercase: "local", "our county", "3rd floor".
const PLACE_LOWER: &str = r"\b(?:local|hometown|our (?:county|town|city|village|valley|neighborhood|community|island)|our (?:one-room )?(?:schoolhouse|school|church|parish|library|post office|fire (?:department|station|hall)|general store|diner|marina|mill|ferry)|this county|in town|down the (?:street|road)|next door|around the corner|\d+(?:st|nd|rd|th) floor|out past|high school|middle school|elementary school|(?:del|el|nuestro|este) (?:condado|pueblo)|(?:nuestra|la) colonia|del barrio)\b";

/// A word that every match of [`UNIQUE`] or [`PLACE_LOWER`] holds, one per alternative: a
/// draft without any cannot match them, and one automaton pass over these literals is much
/// cheaper than the regex's own search (which has no literal prefix to skip ahead with).
const GATE_WORDS: &[&str] = &[
    // UNIQUE
    "only",
    "second",
    "third",
    "2nd",
    "3rd",
    "first",
    "primer",
    "único",
    "única",
    "oldest",
    "youngest",
    "smallest",
    "tiniest",
    "teeniest",
    "littlest",
    "biggest",
    "heaviest",
    "earliest",
    "longest",
    "most visits",
    "tallest",
    "state champ",
    "#",
    // PLACE_LOWER
    "local",
    "hometown",
    "our county",
    "our town",
    "our city",
    "our village",
    "our valley",
    "our neighborhood",
    "our community",
    "our island",
    "this county",
    "in town",
    "down the",
    "next door",
    "around the corner",
    "floor",
    "out past",
    "school",
    // Spanish ("del condado de Río Arriba", "nuestro pueblo")
    "condado",
    "pueblo",
    "colonia",
    "barrio",
    // "our church", "our post office" ... ("our schoolhouse", "our school" hold "school")
    "our church",
    "our parish",
    "our library",
    "our post office",
    "our fire",
    "our general store",
    "our diner",
    "our marina",
    "our mill",
    "our ferry",
];

/// A capitalized word before one of these names a place smaller than a state ("Humboldt
/// County", "Harlow Island", "Sandbar Key"), with or without a preposition.
const COUNTY_WORDS: [&str; 4] = [" County", " Parish", " Island", " Key"];

/// [`COUNTY_WORDS`] lowercased, for the shared gate scan of the lowercased text. The lowercased
/// text has every ASCII byte of `norm` lowercased in its place (and non-ASCII chars where
/// `norm` has them, at the same length), so where `norm` holds one of the (ASCII) county words
/// the lowercased text holds its lowercase: without one of these, [`county_named`] is false.
pub(crate) static COUNTY_GATE: Gate = Gate::new(&[" county", " parish", " island", " key"]);

/// Whether a capitalized county, parish or island may be named: see [`places`].
fn county_named(norm: &str) -> bool {
    COUNTY_WORDS.iter().any(|w| norm.contains(w))
}

/// `s.iter().position(u8::is_ascii_uppercase)`, eight bytes at a time: of a byte's low seven
/// bits `l`, `l + 63` reaches 128 from 'A' on and `l + 37` from past 'Z' on (neither carries
/// into the next byte), and a byte from 128 on is none.
fn first_capital(s: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut i = 0;
    while let Some(c) = s.get(i..i + 8) {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let low = w & (ONES * 0x7F);
        let caps = (low + ONES * 63) & !(low + ONES * 37) & !w & (ONES * 0x80);
        if caps != 0 {
            return Some(i + (caps.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    s[i..]
        .iter()
        .position(u8::is_ascii_uppercase)
        .map(|k| i + k)
}

/// Whether `place_cap` matches somewhere in `norm` (the gate of the rule), by a byte scan
/// instead of the regex, whose literals ("in", "at") occur in most words of a draft: one of
/// the words "in", "en" (Spanish), "from", "at", "near", "outside", "past" (no ASCII letter,
/// digit or "_" before it), ASCII white space, optionally "the" and white space, then a
/// capital letter A-Z followed by a letter, digit, "_", "'", "." or "-". ("here in" is "in"
/// preceded by more.)
fn place_cap_gate(norm: &str) -> bool {
    // Read backwards from each capital (capitals are rarer than the words' first letters):
    // the white space before it, optionally "the" and white space before that, then the word.
    let b = norm.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
    // where the run of white space that ends at `j` starts (`j` when there is none)
    let spaces_back = |mut j: usize| {
        while j > 0 && space(b[j - 1]) {
            j -= 1;
        }
        j
    };
    // whether one of the words ends at `j` with no ASCII letter, digit or "_" before it
    let word_ends_at = |j: usize| {
        [
            &b"in"[..],
            b"en",
            b"from",
            b"at",
            b"near",
            b"outside",
            b"past",
        ]
        .iter()
        .any(|k| b[..j].ends_with(k) && (j == k.len() || !word(b[j - k.len() - 1])))
    };
    let mut k = 0;
    while k + 1 < b.len() {
        // the next capital A-Z with a byte after it
        let Some(d) = first_capital(&b[k..b.len() - 1]) else {
            return false;
        };
        k += d;
        if word(b[k + 1]) || matches!(b[k + 1], b'\'' | b'.' | b'-') {
            let j = spaces_back(k);
            if j < k
                && (word_ends_at(j)
                    || (b[..j].ends_with(b"the") && {
                        let t = spaces_back(j - 3);
                        t < j - 3 && word_ends_at(t)
                    }))
            {
                return true;
            }
        }
        k += 1;
    }
    false
}

/// Capitalized words that are not places (months and weekdays: `text::is_capitalized_day_name`).
const NOT_PLACES: &[&str] = &[
    "I",
    "PT",
    "Dr",
    "Dr.",
    "Mohs",
    "Google",
    "Facebook",
    "X",
    "Instagram",
    "The",
    "Our",
    "We",
    "Christmas",
    "Easter",
    "Thanksgiving",
    "Navidad",
];

/// Places in a sentence (byte spans in `norm`), leaving out the practice's own name.
fn places(ctx: &Ctx, s: &Sentence, places_sorted: &[Mention]) -> Vec<(usize, usize)> {
    let p = patterns();
    let norm = &ctx.norm()[s.start..s.end];
    let lower = &ctx.lower()[s.start..s.end];
    let practice = &ctx.policy.practice_name;
    let mut out: Vec<(usize, usize)> = p
        .place_lower
        .find_iter(lower)
        .map(|m| (s.start + m.start(), s.start + m.end()))
        .collect();
    for c in p.place_cap.captures_iter(norm) {
        let Some(g) = c.get(1) else { continue };
        let first = g.as_str().split_whitespace().next().unwrap_or("");
        if NOT_PLACES.contains(&first.trim_end_matches("'s"))
            || crate::text::is_capitalized_day_name(first.trim_end_matches("'s"))
        {
            continue;
        }
        let lw = g.as_str().to_lowercase();
        if !practice.is_empty() && practice.contains(lw.trim_end_matches("'s")) {
            continue;
        }
        if lw
            .split_whitespace()
            .all(|w| ctx.policy.is_staff_word(w.trim_end_matches(['.', ','])))
        {
            continue;
        }
        out.push((s.start + g.start(), s.start + g.end()));
    }
    // "our favorite Humboldt County logger", "on Harlow Island": a county, parish or island is
    // a place without a preposition
    // (the sentence is short: `find_all`, not a two-way searcher built per word)
    for (i, w) in COUNTY_WORDS
        .iter()
        .flat_map(|w| find_all(norm, w).map(move |i| (i, *w)))
    {
        let end = i + w.len();
        if norm[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let head = &norm[..i];
        let start = head.rfind(' ').map_or(0, |k| k + 1);
        let name = &head[start..];
        if name.starts_with(|c: char| c.is_uppercase())
            && name
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '.' | '-'))
            && !NOT_PLACES.contains(&name)
            && name != "Rhode"
        {
            out.push((s.start + start, s.start + end));
        }
    }
    for m in within(places_sorted, s) {
        if m.end <= s.end {
            out.push((m.start, m.end));
        }
    }
    // "the 16yo who plays softball for harlow springs": the practice's own town, named in any
    // case, is where its patients live (like "local")
    let town = &ctx.policy.own_town;
    if !town.is_empty() && !practice.contains(town.as_str()) {
        for i in find_all(lower, town) {
            let end = i + town.len();
            let b = lower.as_bytes();
            if (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric())
            {
                out.push((s.start + i, s.start + end));
            }
        }
    }
    out
}

/// Capitalized last words of a place that make it an institution people belong to.
const INSTITUTION_CAP: &[&str] = &[
    "Elementary",
    "Middle",
    "High",
    "Academy",
    "Prep",
    "School",
    "Methodist",
    "Baptist",
    "Lutheran",
    "Presbyterian",
    "Church",
    "Temple",
    "Synagogue",
    "Mosque",
];

/// Lowercase words after a capitalized name that make it an institution ("the Heron Bay fire
/// department", "Linden Corner elementary").
const INSTITUTION_AFTER: &[&str] = &[
    " fire department",
    " fire dept",
    " police department",
    " fire station",
    " volunteer fire",
    " elementary",
    " middle school",
    " high school",
    " church",
];

/// Whether people who belong somewhere are named right before byte `at`: "the 3 kids from",
/// "a set of twins from", "our friend from the", "his grandson over at".
fn member_before(lower: &str, at: usize) -> bool {
    const MEMBERS: &[&str] = &[
        "kid",
        "kids",
        "kiddo",
        "twins",
        "triplets",
        "friend",
        "student",
        "students",
        "grader",
        "graders",
        "son",
        "daughter",
        "grandson",
        "granddaughter",
        "boy",
        "girl",
        "guy",
        "member",
        "teen",
        "teens",
        "player",
        "players",
    ];
    let lo = crate::detect::identifiers::floor_boundary(lower, at.saturating_sub(40));
    lower[lo..at]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(5)
        .any(|w| MEMBERS.contains(&w))
}

/// Whether the place at `(a, b)` of `norm` is a school, church or crew people belong to.
fn institution(norm: &str, (a, b): (usize, usize)) -> bool {
    let name = norm[a..b].trim_end_matches("'s");
    let last = name.rsplit(' ').next().unwrap_or(name);
    if name.contains(' ') && INSTITUTION_CAP.contains(&last) {
        return true;
    }
    let rest = &norm[b..];
    let head = &rest[..crate::detect::identifiers::floor_boundary(rest, 24)];
    INSTITUTION_AFTER.iter().any(|w| {
        head.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            || head.strip_prefix("'s").is_some_and(|h| h.starts_with(w))
    })
}

/// Singular roles and jobs ("a local pastor", "a retired ferry captain"), whole words.
fn roles(ctx: &Ctx, s: &Sentence) -> Vec<(usize, usize, bool)> {
    let lower = &ctx.lower()[s.start..s.end];
    let norm = &ctx.norm()[s.start..s.end];
    let mut out = Vec::new();
    for m in patterns().roles.find_iter(lower) {
        let before = lower[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
        // "one of our favorite teachers": a plural role after "one of" is one person
        let one_of_plural = lower[m.end()..].starts_with('s')
            && !lower[m.end() + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            && {
                let head: Vec<&str> = lower[..m.start()]
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .collect();
                head.windows(2)
                    .take(2)
                    .any(|w| w[1] == "of" && matches!(w[0], "our" | "the" | "my" | "your"))
                    && head.iter().take(4).any(|w| *w == "one")
            };
        let end = m.end() + one_of_plural as usize;
        let after = lower[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '\'' && !lower[end..].starts_with("'s"));
        if before || after {
            continue;
        }
        // "for every Harlow Springs varsity athlete", "any hockey player": a population
        if lower[..m.start()]
            .split_whitespace()
            .rev()
            .take(4)
            .any(|w| matches!(w, "every" | "each" | "any"))
        {
            continue;
        }
        // "Coach Daniels", "Mr. Baker": a capitalized role word inside a sentence is a title or
        // a surname unless an article or modifier precedes it.
        let first_char_upper = norm[m.start()..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let prev_word = lower[..m.start()]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .rfind(|w| !w.is_empty())
            .unwrap_or("");
        let sentence_start = lower[..m.start()].trim().is_empty();
        // "starting QB who...": a role written as an acronym is no title when no name follows
        let acronym = m.len() >= 2
            && norm[m.start()..m.end()]
                .bytes()
                .all(|b| !b.is_ascii_lowercase());
        let name_follows = norm[m.end()..]
            .trim_start_matches(' ')
            .starts_with(|c: char| c.is_uppercase());
        if first_char_upper
            && !sentence_start
            && (!acronym || name_follows)
            && !matches!(
                prev_word,
                "a" | "an"
                    | "the"
                    | "our"
                    | "local"
                    | "retired"
                    | "former"
                    | "pro"
                    | "only"
                    | "starting"
                    | "varsity"
                    | "assistant"
            )
        {
            continue;
        }
        // "a worker at the Hilltop plant": a bare worker or employee is one person only after an
        // article (not "our oncology social worker", "a health care worker")
        if matches!(&lower[m.start()..m.end()], "worker" | "employee")
            && !matches!(prev_word, "a" | "an" | "the" | "one" | "another")
        {
            continue;
        }
        // "the UNH hockey coach", "the Prairie Bend HS starting QB": a role of a named school,
        // team or town, with "the", is held by one person
        let one = patterns().one_holder[m.pattern().as_usize()]
            || the_named_institutions(&norm[..m.start()])
            || jersey_number(&lower[end..]);
        out.push((s.start + m.start(), s.start + end, one));
    }
    out
}

/// Whether `rest` (after a role) starts with a jersey number: "captain #17", "goalie no. 31",
/// "pitcher number 8" is one player.
fn jersey_number(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    let digits = ["#", "no. ", "no.", "number "]
        .iter()
        .find_map(|p| rest.strip_prefix(p));
    digits.is_some_and(|d| {
        let n = d.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&n) && !d[n..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Whether `head` (the sentence up to a role) ends with "the", one to four capitalized words
/// (a school, team or town: "UNH", "Prairie Bend HS") and at most two lowercase modifiers
/// ("hockey", "starting"): "the UNH hockey coach" is one person.
fn the_named_institutions(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().rev().take(7).collect();
    let mut i = 0;
    let mut lower_mods = 0;
    while i < words.len()
        && lower_mods < 2
        && words[i].starts_with(|c: char| c.is_ascii_lowercase())
        && words[i] != "the"
    {
        // ("women's lax goalie": a possessive modifier too)
        if !words[i]
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'')
        {
            return false;
        }
        lower_mods += 1;
        i += 1;
    }
    let caps_start = i;
    while i < words.len()
        && i - caps_start < 4
        && !words[i].eq_ignore_ascii_case("the")
        && words[i].starts_with(|c: char| c.is_uppercase())
        && words[i]
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '&' | '.' | '-'))
    {
        i += 1;
    }
    // ("our fave Pelican Shoals Beach Patrol captain": "our", with at most one word of
    // fondness, is "the" too)
    let det = |w: &&str| w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("our");
    i > caps_start
        && (words.get(i).is_some_and(det)
            || (words.get(i).is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "fave" | "favorite" | "favourite" | "beloved" | "own" | "very" | "local"
                )
            }) && words.get(i + 1).is_some_and(det)))
}

/// The largest char boundary of `s` at or below `i`.
fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl Rule for IdentifyingCombo {
    fn id(&self) -> &'static str {
        "identifying-combination"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        let a = ctx.analysis();
        let p = patterns();
        // No sentence can be anchored (see `anchored` below) without a care cue, a health term
        // of score 0.5 or more, the word "case", or one of the practice's people: then no
        // sentence is near an anchor.
        if a.care.is_empty()
            && !a.health.iter().any(|m| m.score >= 0.5)
            && !lower.contains("case")
            && !lower.contains("caso")
            && !in_our_group(lower)
            && !one_of_ours(lower)
        {
            return;
        }
        // nothing to combine without a role, a unique detail, a place word or a rare condition
        // (whether a role word or a gate word occurs comes from the shared gate scan: most
        // drafts have neither)
        let combinable = a.health.iter().any(|m| m.kind == "rare-condition")
            || ROLES_GATE.hit_in(ctx)
            || (UNIQUE_OR_PLACE_GATE.hit_in(ctx) && p.unique_or_place_lower.is_match(lower))
            || place_cap_gate(ctx.norm())
            || (COUNTY_GATE.hit_in(ctx) && county_named(ctx.norm()))
            || SCHOOL_GATE.hit_in(ctx);
        if !combinable {
            return;
        }
        // "Applications are open: it covers implant treatment for one local veteran or teacher
        // each year": who may apply describes no one, unless care of someone is told
        if APPLY_GATE.hit_in(ctx) && !a.care.iter().any(|c| c.kind == "encounter") {
            return;
        }
        let ss = ctx.sentences();
        let mut places_sorted = a.places.clone();
        places_sorted.sort_by_key(|m| m.start);
        // a patient anchor per sentence: a patient word, a care cue, a treatment, or a condition
        // with a clinical verb ("removed a lipoma", "seen this morning"); a question someone
        // asked about back pain is no anchor
        let anchored: Vec<bool> = ss
            .iter()
            .map(|s| {
                let text = &lower[s.start..s.end];
                // "during our visit" (the practice visiting a school or a fair) is no one's care
                within(&a.care, s)
                    .iter()
                    .any(|c| !(c.kind == "visit" && lower[..c.start].ends_with("our ")))
                    || within(&a.health, s).iter().any(|m| {
                        m.score >= 0.5
                            && (crate::detect::health::is_treatment(m.kind)
                                || (m.kind != "body" && patterns().clinical.is_match(text)))
                    })
                    || singular_case(text)
                    // "one of our girls", "One of our guys, a former ... medic": one of the
                    // people the practice cares for
                    || one_of_ours(text)
                    // "She was part of our program for two years"
                    || in_our_group(text)
                    // a unique person with a rare condition ("only person in town w/ LAM"); a
                    // talk about malaria is no case
                    || (within(&a.health, s)
                        .iter()
                        .any(|m| m.kind == "rare-condition" && m.score >= 0.5)
                        && patterns().unique.is_match(text))
                    // "our 6yo with apraxia", "the only kid in Brenner Falls with T1D": a
                    // person told by a condition they have
                    || within(&a.health, s).iter().any(|m| {
                        m.score >= 0.5
                            && matches!(m.kind, "condition" | "rare-condition")
                            && person_with(&lower[s.start..m.start])
                    })
                    // "the varsity goalie who finally kicked his dizziness": a condition told
                    // as someone's own
                    || within(&a.health, s).iter().any(|m| {
                        m.score >= 0.8
                            && matches!(m.kind, "condition" | "rare-condition")
                            && lower[s.start..m.start]
                                .split_whitespace()
                                .next_back()
                                .is_some_and(|w| matches!(w, "his" | "her" | "their"))
                    })
            })
            .collect();
        let any_staff = a.persons.iter().any(|m| {
            m.kind == crate::detect::persons::STAFF || m.kind == crate::detect::persons::CLINICIAN
        });
        for (i, s) in ss.iter().enumerate() {
            let near = anchored[i]
                || (i > 0 && anchored[i - 1])
                || anchored.get(i + 1).copied().unwrap_or(false);
            if !near {
                continue;
            }
            let text = &lower[s.start..s.end];
            // "QB Darnell Kincaid's broken jaw was all over the news": a public figure's news
            if crate::detect::persons::public_news_at(ctx, s.start, s.end) {
                continue;
            }
            // "Carla spent 9 years as an ER nurse in Portland": a staff member's career, with
            // no one in the sentence who could be a patient and no care told ("Dr. Mabry
            // diagnosed... a cattle rancher" stays)
            // (persons are few and unsorted; the staff test comes first, the regex last)
            let in_s = |m: &&crate::detect::Mention| s.start <= m.start && m.end <= s.end;
            if any_staff
                && a.persons.iter().filter(in_s).any(|m| {
                    m.kind == crate::detect::persons::STAFF
                        || m.kind == crate::detect::persons::CLINICIAN
                })
                && !a
                    .persons
                    .iter()
                    .filter(in_s)
                    .any(crate::detect::persons::is_possible_patient)
                && !text.contains("patient")
                && !within(&a.health, s).iter().any(|h| h.score >= 0.9)
                && !patterns().clinical.is_match(text)
            {
                continue;
            }
            // "our biggest yet", "the biggest ever": an event outdoing the last one
            let unique: Vec<(usize, usize)> = patterns()
                .unique
                .find_iter(text)
                .filter(|m| {
                    let rest = text[m.end()..].trim_start_matches([' ', '-']);
                    // "the only way to prevent flu": no one is the only one
                    if m.as_str().ends_with(" only") {
                        let next = rest
                            .split(|c: char| !c.is_alphanumeric())
                            .next()
                            .unwrap_or("");
                        if NOT_ONE.contains(&next) {
                            return false;
                        }
                    }
                    !(rest.starts_with("yet") || rest.starts_with("ever"))
                        || rest.starts_with("every")
                })
                .map(|m| (s.start + m.start(), s.start + m.end()))
                .collect();
            let role_found = roles(ctx, s);
            let one_holder = role_found.iter().any(|r| r.2);
            let mut role: Vec<(usize, usize)> = role_found.iter().map(|r| (r.0, r.1)).collect();
            // "the guy in the red F-150": a person told by their vehicle, like a job
            if VEHICLE_GATE.hit_within(ctx, s.start, s.end) {
                role.extend(
                    patterns()
                        .vehicle
                        .find_iter(text)
                        .map(|m| (s.start + m.start(), s.start + m.end())),
                );
            }
            let mut place = places(ctx, s, &places_sorted);
            // "our Westbrook High junior", "the same Cedar Ridge Elementary 2nd grade class": one
            // student, or one class, of a named school is a role held in a place
            // ("the retired Brennerton High band director": a role of the school's staff, found
            // by the roles lexicon, is held at the school named before it)
            if (role.is_empty() || place.is_empty()) && SCHOOL_GATE.hit_within(ctx, s.start, s.end)
            {
                for c in p.school_member.captures_iter(&ctx.norm()[s.start..s.end]) {
                    let (Some(all), Some(school)) = (c.get(0), c.get(1)) else {
                        continue;
                    };
                    let first = school.as_str().split_whitespace().next().unwrap_or("");
                    if NOT_PLACES.contains(&first) {
                        continue;
                    }
                    // a whole class is singled out by care that happened to some of it ("came
                    // in with strep"), not by a school event planned for it ("Sealant Day")
                    // (a team too: "the Harbor Point High lacrosse boys who all came in
                    // together", not "good luck to the ... lacrosse team, mouthguards in!")
                    let group = ["class", "team", "squad", "boys", "girls"]
                        .iter()
                        .any(|w| all.as_str().ends_with(w));
                    if group && !within(&a.care, s).iter().any(|c| c.kind == "encounter") {
                        continue;
                    }
                    place.push((s.start + school.start(), s.start + school.end()));
                    role.push((s.start + school.end(), s.start + all.end()));
                }
            }
            // "the 3 kids from Brinley Harbor Middle", "our friend from the Heron Bay fire
            // department": belonging to a named school, church, crew or workplace singles
            // people out like a job does
            if role.is_empty() {
                role.extend(
                    place
                        .iter()
                        .copied()
                        .filter(|&p| institution(ctx.norm(), p) && member_before(lower, p.0)),
                );
            }
            // "The van was out at the Halvorsen orchard Tuesday. ... we caught the foreman's
            // sky-high blood pressure": "the" role of the place an earlier sentence (one or two
            // back) set the scene at is one person there, as if the place were named with it
            // (the place counts, but the finding marks this sentence only)
            let scene = place.is_empty()
                && role_found
                    .iter()
                    .any(|r| lower[..r.0].ends_with("the ") && !lower[r.1..].starts_with('s'))
                && ss[i.saturating_sub(2)..i]
                    .iter()
                    .any(|prev| !places(ctx, prev, &places_sorted).is_empty());
            let mut rare: Vec<(usize, usize)> = within(&a.health, s)
                .iter()
                .filter(|m| m.kind == "rare-condition" && !names_an_organization(lower, m.end))
                .map(|m| (m.start, m.end))
                .collect();
            // "a metabolic condition that only about 1 in 100,000 babies have": a condition
            // told rare by its odds is a rare condition, whatever it is called
            if text.contains("1 in ") || text.contains("one in ") {
                rare.extend(
                    patterns()
                        .rarity
                        .find_iter(text)
                        .map(|m| (s.start + m.start(), s.start + m.end())),
                );
            }
            // "our 6yo with apraxia + hearing loss at Marston Heights Elementary": one child's
            // age narrows a place's people like a role
            let ages: Vec<(usize, usize)> = if place.is_empty() {
                Vec::new()
            } else {
                a.ages
                    .iter()
                    .filter(|m| {
                        s.start <= m.start
                            && m.end <= s.end
                            && m.kind == "age"
                            && one_age(&ctx.lower()[m.start..m.end])
                    })
                    .map(|m| (m.start, m.end))
                    .collect()
            };
            let aged = !ages.is_empty();
            let kinds = [
                !role.is_empty() || aged,
                !place.is_empty() || scene,
                !rare.is_empty(),
            ]
            .iter()
            .filter(|b| **b)
            .count();
            // "the only" / "oldest" need something to be unique about: a role, a place, a
            // condition or the word patient itself.
            let unique_hit = !unique.is_empty()
                && (!role.is_empty()
                    || !rare.is_empty()
                    || !place.is_empty()
                    || unique.iter().any(|&(us, ue)| {
                        let (us, ue) = (us - s.start, ue - s.start);
                        // a jersey number on a team, a state champion: one person by itself
                        let after = text[ue..].trim_start();
                        text[us..ue].starts_with("first case")
                            || text[us..ue].starts_with("primer caso")
                            // "the island's first-ever case of MEN2"
                            || (text[us..ue].starts_with("first")
                                && after.strip_prefix("case").is_some_and(|rest| {
                                    // not "cases", "case study", "case manager"
                                    !rest.starts_with(|c: char| c.is_alphanumeric())
                                        && !["study", "studies", "manage", "review", "conference"]
                                            .iter()
                                            .any(|w| rest.trim_start().starts_with(w))
                                }))
                            || text[us..ue].starts_with('#')
                            || text[us..ue].starts_with("state champ")
                            // "only 3 people in our county", "Millbrook's only farmer with":
                            // a place's count of people, or its only one
                            // (of the matches that start with "only", only that count
                            // goes on past its "in", to the place)
                            || (text[us..ue].starts_with("only ")
                                && text[us..ue].contains(" in ")
                                && !text[us..ue].ends_with(" in"))
                            || text[us..ue].contains("'s only ")
                            || text[floor(text, us.saturating_sub(25))..us].contains("patient")
                            || text[ue..floor(text, ue + 20)].contains("patient")
                    }));
            if !(unique_hit || one_holder || kinds >= 2) {
                continue;
            }
            // Public-health counts ("measles cases in Wisconsin this year", "an outbreak in
            // our county") with no care of the practice in the sentence describe a population.
            let counts = ["cases", "outbreak", "outbreaks"]
                .iter()
                .any(|w| crate::detect::persons::has_word(text, w));
            if counts && !unique_hit && within(&a.care, s).is_empty() {
                continue;
            }
            let mut spans: Vec<(usize, usize)> = unique
                .iter()
                .chain(&role)
                .chain(&place)
                .chain(&rare)
                .chain(&ages)
                .copied()
                .collect();
            spans.sort_unstable();
            let (st, mut en) = spans[0];
            for &(_, e) in &spans[1..] {
                if e <= st + 160 {
                    en = en.max(e);
                }
            }
            out.push(
                Hit::new("C8", self.id(), Severity::High, (st, en), MESSAGE).suggest(
                    "Leave out the job, the place or the rare detail (or all of them), or post only with the patient's signed HIPAA authorization.",
                ),
            );
        }
    }
}

/// Whether the words before a condition tell a person who has it: "with" (or "w/") right
/// before, and a person word or a child's age at most five words before that ("our 6yo with",
/// "the only kid in Brenner Falls with"). Not a thing with it ("a diet with", "live with").
fn person_with(before: &str) -> bool {
    let b = before.trim_end();
    let Some(head) = b.strip_suffix(" with").or_else(|| b.strip_suffix(" w/")) else {
        return false;
    };
    head.rsplit(|c: char| c.is_whitespace())
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| {
            PERSON_WORDS.contains(&w)
                || w.strip_suffix("yo")
                    .or_else(|| w.strip_suffix("-year-old"))
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Whether an age is one child's ("6yo", "a 7-year-old", "14 y/o"): a school's or a town's
/// children of one age are few. Not a range or a decade ("ages 13-18", "in his 40s", "by age
/// 70"), and not an adult's ("a 67-year-old from the Denver metro area").
fn one_age(age: &str) -> bool {
    let digits: String = age
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    [
        "yo",
        "y/o",
        "year-old",
        "year old",
        "years old",
        "yr old",
        "month-old",
        "months old",
    ]
    .iter()
    .any(|w| age.ends_with(w))
        && digits.parse::<u32>().is_ok_and(|n| n < 18)
}

/// What "the only" singles out when it is no one: "the only way", "our only requirement".
const NOT_ONE: &[&str] = &[
    "way",
    "ways",
    "thing",
    "things",
    "time",
    "times",
    "day",
    "days",
    "option",
    "options",
    "reason",
    "place",
    "question",
    "cure",
    "treatment",
    "vaccine",
    "cost",
    "requirement",
    "difference",
    "catch",
    "rule",
    "exception",
    "downside",
    "side",
    "sure",
];

/// Words of one person, for [`person_with`].
const PERSON_WORDS: &[&str] = &[
    "kid",
    "kiddo",
    "child",
    "boy",
    "girl",
    "guy",
    "man",
    "woman",
    "lady",
    "gentleman",
    "teen",
    "teenager",
    "toddler",
    "baby",
    "infant",
    "newborn",
    "student",
    "patient",
    "pt",
    "son",
    "daughter",
    "grandson",
    "granddaughter",
    "grandma",
    "grandpa",
    "mom",
    "dad",
];

/// "She was part of our program for two years": someone in one of the practice's groups or
/// programs is someone in its care (the words the pattern needs are looked for first).
fn in_our_group(text: &str) -> bool {
    text.contains("our ")
        && ["group", "program", "circle", "iop", "cohort"]
            .iter()
            .any(|w| text.contains(w))
        && super::confirms_patient::member_of_our_group(text).is_some()
}

/// "the pediatric hemophilia treatment center", "the cystic fibrosis foundation": a condition
/// naming an organization, a program or an awareness event, not anyone's case (the words right
/// after byte `end`).
fn names_an_organization(lower: &str, end: usize) -> bool {
    let rest = lower[end..].trim_start();
    [
        "treatment center",
        "center",
        "centre",
        "clinic",
        "program",
        "foundation",
        "society",
        "association",
        "alliance",
        "network",
        "awareness",
        "walk",
        "research",
    ]
    .iter()
    .any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// "case" said of one person ("first case", "a case of"): plural "cases" are public-health
/// counts ("measles cases in Wisconsin this year"), not a patient.
fn one_of_ours(text: &str) -> bool {
    find_all(text, "one of our ").any(|i| {
        let next = text[i + 11..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        matches!(
            next,
            "girls"
                | "guys"
                | "boys"
                | "kids"
                | "kiddos"
                | "clients"
                | "teens"
                | "students"
                | "members"
                | "veterans"
                | "vets"
                | "families"
                | "regulars"
        )
    })
}

fn singular_case(text: &str) -> bool {
    // ("caso" is Spanish: "el primer caso de lupus")
    ["case", "caso"].iter().any(|w| {
        find_all(text, w).any(|i| {
            let b = text.as_bytes();
            (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(i + w.len())
                    .is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Report, Verdict};

    fn c8(r: &Report) -> Vec<(usize, usize)> {
        r.findings
            .iter()
            .filter(|f| f.code == "C8")
            .map(|f| (f.start, f.end))
            .collect()
    }

    fn check(t: &str) -> Report {
        Engine::new(Policy::default()).check(&Draft::post(t))
    }

    #[test]
    fn first_capital_is_the_first_ascii_capital() {
        // every byte value, alone and among others, at every offset of a 20-byte slice
        for v in 0..=255u8 {
            for at in 0..20 {
                let mut s = [b'a'; 20];
                s[at] = v;
                assert_eq!(
                    super::first_capital(&s),
                    s.iter().position(u8::is_ascii_uppercase),
                    "{v} {at}"
                );
            }
        }
        let pieces = [
            "a", "A", "Z", "@", "[", "`", "{", "\u{e9}", "\u{c9}", " ", "\u{7f}", "z",
        ];
        for t in crate::testutil::random_texts(0x0D3E_5A71_94C2_B68F, &pieces, 30, 20_000) {
            let b = t.as_bytes();
            for k in 0..b.len() {
                assert_eq!(
                    super::first_capital(&b[k..]),
                    b[k..].iter().position(u8::is_ascii_uppercase),
                    "{t:?} {k}"
                );
            }
        }
    }

    #[test]
    fn the_county_gate_is_the_county_words_lowercased_and_needed_by_them() {
        let lowered: Vec<String> = super::COUNTY_WORDS
            .iter()
            .map(|w| w.to_lowercase())
            .collect();
        assert_eq!(super::COUNTY_GATE.words(), lowered);
        // a county word in the normalized text is its lowercase in the lowercased one, accents
        // and all around it
        for t in [
            "Ünïon County fair",
            "ÅRHUS Parish",
            "Île Key West",
            "Coral Island 🌴",
        ] {
            let text = crate::text::Text::new(t);
            assert!(super::county_named(&text.norm));
            assert!(super::COUNTY_GATE.hit(&text.lower), "{t}");
        }
    }

    /// [`super::place_cap_gate`] as it was before it read backwards from the capitals (a
    /// forward scan of the words): the reference it is checked against.
    fn place_cap_gate_reference(norm: &str) -> bool {
        let b = norm.as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
        let spaces = |mut i: usize| {
            let s = i;
            while i < b.len() && space(b[i]) {
                i += 1;
            }
            (i > s).then_some(i)
        };
        let mut i = 0;
        while i < b.len() {
            if !matches!(b[i], b'i' | b'e' | b'f' | b'a' | b'n' | b'o' | b'p')
                || (i > 0 && word(b[i - 1]))
            {
                i += 1;
                continue;
            }
            let rest = &b[i..];
            let kw = [
                &b"in"[..],
                b"en",
                b"from",
                b"at",
                b"near",
                b"outside",
                b"past",
            ]
            .into_iter()
            .find(|k| rest.starts_with(k));
            let Some(kw) = kw else {
                i += 1;
                continue;
            };
            if let Some(j) = spaces(i + kw.len()) {
                let cap = |k: usize| {
                    k + 1 < b.len()
                        && b[k].is_ascii_uppercase()
                        && (word(b[k + 1]) || matches!(b[k + 1], b'\'' | b'.' | b'-'))
                };
                if cap(j) {
                    return true;
                }
                if b[j..].starts_with(b"the") {
                    if let Some(k) = spaces(j + 3) {
                        if cap(k) {
                            return true;
                        }
                    }
                }
            }
            i += 1;
        }
        false
    }

    #[test]
    fn place_cap_gate_is_the_forward_scan_and_the_regex() {
        let mut texts: Vec<String> = include_str!("../../../tests/data/scan-sample.jsonl")
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect();
        for t in [
            "in Town",
            "in  Town",
            "in\tthe\nTown",
            "inthe Town",
            "in the  Town",
            "in the Town",
            "xin Town",
            "_at Town",
            "at the the Town",
            "from The Dalles",
            "near T",
            "near Ta",
            "near T-",
            "near T!",
            "outside  O'Hare",
            "past Main St.",
            "here in Ames",
            "in",
            "",
            "T",
            "at é Town, in Ému, in ÉTown 🙂 at 🙂Town at X.",
            "the team in Harlow at 3 near the Pier",
            "within Town",
            "In Town",
        ] {
            texts.push(t.to_string());
        }
        let re = &super::patterns().place_cap;
        for t in &texts {
            assert_eq!(super::place_cap_gate(t), place_cap_gate_reference(t), "{t}");
            assert_eq!(super::place_cap_gate(t), re.is_match(t), "{t}");
        }
    }

    fn span(t: &str, from: &str, to: &str) -> (usize, usize) {
        let a = t.find(from).unwrap();
        let b = t.find(to).unwrap() + to.len();
        (t[..a].encode_utf16().count(), t[..b].encode_utf16().count())
    }

    #[test]
    fn a_first_or_only_one_in_a_place() {
        for t in [
            "Huge W for #23 on the Ridgeline Raptors, back on the court 4 months after ACL recon!",
            "one of the varsity wrestlers (state champ at 152) came in w/ the most impressive cauliflower ear",
            "wild week. first male breast cancer we've caught in Ashgrove in like 3 years, and he's only 34.",
            "Third hand laceration from the poultry plant on Creamery Rd this week, and this time it was their only female line supervisor. 11 stitches.",
            "so proud: the first Treacher Collins palate repair in the entire tri-county area was ours this week, and he's 7!",
        ] {
            assert!(!c8(&check(t)).is_empty(), "{t}");
        }
        // near miss: a first without anyone in a place
        let t = "Our first 3D mammogram machine arrives in March! Book your screening.";
        assert!(c8(&check(t)).is_empty());
        let t = "Proud moment: the first 3D scanner in the whole county is ours, arriving Monday!";
        assert!(c8(&check(t)).is_empty());
    }

    #[test]
    fn a_person_told_by_a_condition_they_have() {
        // the only one in a named town with a condition
        let t = "Shoutout to the only kid in Brenner Falls with T1D and celiac who plays tuba in the middle school band!";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t).findings);
        // a child's age, two conditions and a named school (the age is marked too)
        let t = "kid quote of the day from our 6yo with apraxia + hearing loss at Marston Heights Elementary: 'I talk good now!!'";
        let r = check(t);
        assert!(
            c8(&r).iter().any(|&(s, _)| s == t.find("6yo").unwrap()),
            "{:?}",
            r.findings
        );
        // a count that small in a place, and a town's only one with a condition
        for t in [
            "Fun fact: only 3 people in our whole county have a continent ileostomy, and one of them is ours!",
            "Shoutout to Gene, Millbrook's only dairy farmer with a urostomy!",
        ] {
            assert!(!c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
        // near misses: a share of everyone, no place; "it's only" is no town
        for t in [
            "Only 3 people in 10 with an ostomy ever need a stoma revision.",
            "It's only people with a urostomy who need a night drainage bag.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
        // a patient's home, out on a named point, with a rare condition
        let t = "Sending love to our patient in the old keeper's cottage out on Gull Point, the whole island knows how hard this scleroderma year has been.";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near misses: a thing with the condition, an adult's age, an age range, a decade
        for t in [
            "Our Brenner Falls Elementary garden grows snacks that are safe for kids with celiac.",
            "Guidelines for a 67-year-old patient with hypertension from the Denver metro area.",
            "Our Prehab Bootcamp for high school athletes (ages 13-18) with knee pain runs 6 weeks.",
            "Tom Cruise wore braces in his 40s in Hollywood, and 1 in 4 patients with crowding are adults.",
            "The only way to prevent flu in Brenner Falls is to get your shot.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn a_school_staff_role_with_a_diagnosis() {
        let t = "Special thanks to the retired Brennerton High band director who shared how he still plays trumpet three years into his MS diagnosis.";
        let r = check(t);
        let at = t.find("Brennerton").unwrap();
        assert!(c8(&r).iter().any(|&(s, _)| s == at), "{:?}", r.findings);
        // near miss: the same role with no one's diagnosis
        let t = "Congrats to the Brennerton High band director on a great spring concert!";
        assert!(c8(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn a_school_team_that_came_in() {
        let t = "Shoutout to the Harbor Point High lacrosse boys who all came in together over spring break for their wisdom teeth!";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near miss: the team wished luck, with a mouthguard tip
        let t = "Good luck to the Harbor Point High lacrosse team this weekend! Mouthguards in!";
        assert!(c8(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn a_role_at_one_of_the_communitys_own_places() {
        let t = "sending all our love to the teacher at our one-room schoolhouse as she starts chemo next week";
        assert!(!c8(&check(t)).is_empty());
        let t = "the pastor at our church is back on his feet after the knee surgery";
        assert!(!c8(&check(t)).is_empty());
        // near misses: the same places without a role or without care
        assert!(c8(&check("Flu shots for the kids at our school this Friday!")).is_empty());
        assert!(c8(&check(
            "Thank you to the teacher at our schoolhouse for the lovely cards!"
        ))
        .is_empty());
    }

    #[test]
    fn the_role_of_a_place_an_earlier_sentence_set_the_scene_at() {
        for t in [
            "Outreach van was out at the Halvorsen orchard Tuesday, big thanks to the crew! 14 flu shots given and we caught the foreman's sky-high blood pressure just in time",
            "Flu shot day at Kettle Creek Dairy went great! We also caught the farmhand's pneumonia early.",
            "we diagnosed valley fever in a grain elevator worker this week. First one in Dunmore Flats in years.",
            "Shoutout to the Pellston High QB who got his broken jaw fixed, he'll be back for playoffs",
        ] {
            assert!(!c8(&check(t)).is_empty(), "{t}");
        }
        // near misses: a role with no place before it, a plural role, a role three sentences on
        for t in [
            "Our van gave 14 flu shots this week. We caught the foreman's sky-high blood pressure just in time.",
            "Outreach van was out at the Halvorsen orchard Tuesday. The foremen all got flu shots and BP checks.",
            "We were at Halvorsen orchard Tuesday. Great crew. Lovely apples. Then we caught the foreman's high blood pressure.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn one_of_the_practices_people_told_by_a_unique_detail() {
        for t in [
            "So so proud of one of our girls who just got accepted to the summer dance intensive, the only dancer from Ashby Falls this year",
            "Proud of our group tonight. One of our guys, a former 82nd Airborne medic who lost his left leg outside Kandahar in 2011, shared his story.",
        ] {
            assert!(!c8(&check(t)).is_empty(), "{t}");
        }
        // near misses: one of the practice's own at no place, and a unique detail of an event
        for t in [
            "One of our guys ran his first marathon this weekend!",
            "Our 5K was the only one in Ashby Falls this year, thanks to one of our nurses.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn people_of_a_named_school_church_or_crew() {
        for t in [
            "Reminder to our adolescent IOP families: pickup for the 3 kids from Brinley Harbor Middle is now 5:15!",
            "3 autism evals this week, incl. a set of twins from Cedar Hollow Elementary's pre-K.",
            "Sending love to our friend from the Heron Bay fire department who got his jaw wired shut last week",
        ] {
            assert!(!c8(&check(t)).is_empty(), "{t}");
        }
        // near misses: the institution with no one's care, a visit for a whole crew
        for t in [
            "Congrats to the Linden Corner Elementary robotics team on the state title!",
            "Flu shots for the whole Heron Bay fire department crew this Friday at the station",
            "Our hygienist Ana teaches Sunday school at Cedar Hollow Methodist",
            "Sealant Day at Kestrel Bend Elementary is Thu Oct 16! Permission slips went home today.",
            "Our lot gets repaved Mon-Wed. Please park at First Baptist; our techs will meet you with wheelchairs.",
            // (an emoji right after a place, where a multi-byte char straddles the look-ahead)
            "crown seated today for a pt from Harlow 🦷🎉",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn one_student_or_one_class_of_a_named_school() {
        for (t, span) in [
            (
                "So proud of our Westbrook High junior who just finished 12 weeks of IOP and made varsity volleyball!",
                "Westbrook High junior",
            ),
            (
                "3 kids from the same Lakeview Elementary 2nd grade class came in with strep today. Wash those hands!",
                "Lakeview Elementary 2nd grade class",
            ),
            (
                "Thanks to the family of the Harmon Prep sophomore we lost in May for tonight's walk. She was part of our program for two years.",
                "Harmon Prep sophomore",
            ),
        ] {
            let r = check(t);
            let want = t.find(span).map(|a| (a, a + span.len())).unwrap();
            assert!(
                c8(&r).iter().any(|&(a, b)| a <= want.0 && want.1 <= b),
                "{t}: {:?}",
                r.findings
            );
        }
        // near misses: no care told, many students, a school event, a staff member's program
        for t in [
            "Good luck to every Westbrook High junior taking the SAT this weekend!",
            "We did sports physicals for 40 Westbrook High juniors this week, thanks coaches!",
            "Sealant Day for the Lakeview Elementary 2nd grade class is Thursday, permission slips went home today.",
            "Our hygienist Dana is in our mentorship program and teaches at Harmon Prep on Fridays.",
            "She was part of our program as a volunteer for two years, thank you Maya!",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn a_role_of_a_named_school_team_or_county() {
        for t in [
            "Shoutout to the Prairie Bend HS starting QB who's been seeing us for his shoulder all season.",
            "Shoutout to our friend the UNH hockey coach for FINALLY keeping his home BP log!",
            "huge shoutout to our favorite Humboldt County logger who's back running a chainsaw 8 wks after his thumb replant",
            "Our donor egg recipient just hit 20 weeks with twins!! First IVF twins ever on Harlow Island",
            "dosing window was WILD this am. the guy in the red F-150 from Cutter's Hollow tried to double dose AGAIN",
            "shoutout to the Ottersley women's lax goalie who came in w/ mono two days before playoffs",
            // "our" (with a word of fondness) before the named crew, like "the"
            "so is our fave Pelican Shoals Beach Patrol captain, back for his 3rd melanoma excision in 2 yrs",
            // a condition told as the player's own; a jersey number back in the game
            "Shout-out to the Pine Ridge varsity goalie who finally kicked his dizziness this week!",
            "So good to see #14 back on the ice after six weeks of vestibular rehab with our team.",
        ] {
            assert!(!c8(&check(t)).is_empty(), "{t}");
        }
        // near misses: no care told, a county's residents, a coach as a title
        for t in [
            "Good luck to the Eureka High hockey coach and the whole team this Friday!",
            "Humboldt County residents: flu shots are in! Walk in any weekday.",
            "First time on Harlow Island? Our walk-in clinic is open all summer for visitors.",
            "Our mobile clinic truck will be in Cutter's Hollow Saturday for flu shots!",
            "Applications for our Smile Forward Grant are open thru Nov 15! It covers implant treatment for one local veteran or teacher each year.",
            "Coach Ramirez will talk about concussion safety at our open house.",
            "Thanks to our fave Pelican Shoals Beach Patrol captain for teaching sun safety at our booth!",
            "Good luck to the Pine Ridge varsity goalie and his whole team this Friday!",
            "Rated #1 in the county for patient experience, thanks to you!",
            "Our sports medicine team will be back on the sideline for every home game.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn the_practices_own_visit_is_no_patient() {
        let t = "Consent forms go home this week. Return yours to the school nurse and students are scheduled during our visit.";
        assert!(c8(&check(t)).is_empty());
        // near miss: a patient's visit with the one school nurse
        let t = "The school nurse came in for her visit with a rash from the new detergent.";
        assert!(!c8(&check(t)).is_empty());
    }

    #[test]
    fn public_health_counts_are_not_a_patient() {
        let t = "There are measles cases in Wisconsin this year (per @DHSWI). Two doses of MMR are about 97% effective.";
        assert!(c8(&check(t)).is_empty());
        // Near miss: one case in a small place.
        let t = "We saw a case of measles in Wisconsin this week.";
        assert!(!c8(&check(t)).is_empty());
    }

    #[test]
    fn multiple_births_with_a_town_and_a_job() {
        let t = "Our first triplets in Corwin Springs in 20 years! Mom (a teacher at Halvern Elementary) and all three babies are doing great";
        assert!(!c8(&check(t)).is_empty());
        // near miss: education about multiples
        let t = "Twins and triplets are more common with IVF. Ask us about prenatal care for multiples.";
        assert!(c8(&check(t)).is_empty());
    }

    #[test]
    fn the_only_one_in_town() {
        for t in [
            "only dialysis pt in Dry Fork just got THE CALL for his kidney!!!",
            "The only set of twins born in Calloway Bend this year arrived in our birth suite Saturday.",
        ] {
            assert!(!c8(&check(t)).is_empty(), "{t}");
        }
        let t = "Wild case this week: only the second penile fracture we've ever treated here in Mill Haven, and he's the local bowling league champ.";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t));
        let t = "Only person in Port Averill w/ LAM (lymphangioleiomyomatosis) just got into the sirolimus trial!! She teaches 2nd grade at Harbor Elem.";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t));
        // near misses: education about a rare condition, a talk by a clinician
        let t = "Dr. Oluwaseun Adeyemi, MD will speak on malaria prevention at the Port Deverell Rotary lunch, Wed Dec 2 at noon.";
        assert!(c8(&check(t)).is_empty(), "{:?}", check(t));
        let t = "LAM (lymphangioleiomyomatosis) is a rare lung disease; the only approved drug is sirolimus.";
        assert!(c8(&check(t)).is_empty(), "{:?}", check(t));
        let t = "Saturday's Kidney Walk was our biggest yet: 212 walkers and $18,400 raised for the county transplant fund.";
        assert!(c8(&check(t)).is_empty(), "{:?}", check(t));
        // near misses: public news about a public figure, and the practice's own uniqueness
        let t = "QB Darnell Kincaid's broken jaw was all over the news this week. Most jaw fractures heal in 6-8 weeks.";
        assert!(c8(&check(t)).is_empty());
        let t = "Mayor Ellen Vasquez announced at Tuesday's press conference that she tested positive for COVID. Wishing the mayor a quick recovery! Updated COVID vaccines are available here.";
        let r = check(t);
        assert_eq!(r.verdict, Verdict::Ok, "{r:?}");
        // near miss: an office holder who is our patient, told by us
        let t = "Our patient, the mayor, came in Tuesday with COVID.";
        assert_eq!(check(t).verdict, Verdict::Block);
    }

    #[test]
    fn first_case_in_our_county() {
        let t = "First case of Lyme disease in our county this year!";
        let r = check(t);
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(c8(&r), vec![span(t, "First case", "our county")]);
    }

    #[test]
    fn first_case_in_a_town_in_spanish() {
        // "primer caso" is "first case"; "en <Town>" is "in <Town>"
        let t = "Este mes diagnosticamos el primer caso de tuberculosis en Valle Cenizo desde 2019. El paciente ya está en tratamiento.";
        let r = check(t);
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(c8(&r), vec![span(t, "primer caso", "Valle Cenizo")]);
        let t = "Su bebé es el primer caso de síndrome de Treacher Collins que vemos del norte del condado este año.";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t).findings);
        let t = "Atendimos a un paciente con lupus en Piedra Negra, el único de su cuadra.";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near misses: an event in a town, a public-health count, a talk about a disease
        for t in [
            "Feria de salud en Valle Cenizo el sábado: vacunas gratis y presión arterial.",
            "Hubo 12 casos de tuberculosis en el estado este año; hágase la prueba.",
            "Hubo 12 casos de tuberculosis en el condado este año; hágase la prueba.",
            "Charla sobre la diabetes en Navidad: cómo comer bien en las fiestas.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn a_condition_naming_an_organization_is_no_case() {
        let t = "we see adults only, but Dr. Nwosu works closely with the pediatric hemophilia treatment center at Kettle Ridge Children's.";
        assert!(c8(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near miss: the condition of someone from a place
        let t = "Our new patient from Kettle Ridge has hemophilia and was seen today.";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn first_ever_case_of_a_condition() {
        let t = "After months of puzzling labs, we diagnosed the island's first-ever case of MEN2 in a 15-year-old.";
        assert!(!c8(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near misses: a case study, a case manager
        for t in [
            "Our first-ever case study webinar on thyroid nodules is Thursday!",
            "Our first-ever case manager, Dana, starts Monday to help with diabetes supplies.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn patient_who_is_a_local_pastor() {
        let t = "Today's Mohs case went great. Our patient, a local pastor, will preach Sunday with a bandage.";
        let r = check(t);
        assert_eq!(c8(&r), vec![span(t, "local", "pastor")]);
        assert!(r.findings[0].message.contains("164.514"));
    }

    #[test]
    fn nurse_at_the_hospital_with_a_herniated_disc() {
        let t =
            "a nurse on the 3rd floor at Port Tamsen General with a herniated disc came in today";
        let r = check(t);
        assert_eq!(c8(&r), vec![span(t, "nurse", "Port Tamsen General")]);
    }

    #[test]
    fn only_one_in_town() {
        let t = "The only pro surfer in Port Tamsen just wrapped up his shoulder rehab with us.";
        assert_eq!(check(t).verdict, Verdict::Block);
        let t = "Happy birthday to our longest-standing patient!";
        assert_eq!(
            c8(&check(t)),
            vec![span(t, "longest-standing", "longest-standing")]
        );
    }

    #[test]
    fn a_player_from_the_practices_own_town() {
        let policy = Policy::from_json(
            r#"{"practice": {"name": "Giggle Molar Pediatric Dentistry", "address": "410 Pawnee Rd, Suite 2, Harlow Springs, OH 43999"}}"#,
        )
        .unwrap();
        let e = Engine::new(policy);
        let c8_of = |t: &str| c8(&e.check(&Draft::post(t)));
        let t = "whoever's kiddo had their wisdom teeth out w/ us this week... the sweet 16yo who plays varsity softball for harlow springs left her retainer case in op 3 lol";
        assert_eq!(c8_of(t), vec![span(t, "16yo", "harlow springs")]);
        let t = "We saw a hockey player from Harlow Springs today with a broken tooth.";
        assert!(!c8_of(t).is_empty(), "{t}");
        // near misses: a population of players, a team, the town with no one singled out
        for t in [
            "Free sports physicals for every Harlow Springs varsity athlete this Saturday, 9-12!",
            "Congrats to the Harlow Springs softball team on the state title! Proud to be their hometown dentist.",
            "Sealant day at Harlow Springs Elementary: every kid who comes gets a free fluoride varnish.",
        ] {
            assert!(c8_of(t).is_empty(), "{t}: {:?}", e.check(&Draft::post(t)).findings);
        }
        // without the policy's town, the lowercase town is no place
        let t = "the 16yo who plays softball for harlow springs had her wisdom teeth out w/ us";
        assert!(c8(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn a_survivor_of_a_condition_who_holds_a_role() {
        let t = "Adaptive ski day recap: 11 athletes on the hill incl. our favorite stroke survivor who also happens to be the retired Harlow Falls mayor, what a day";
        assert_eq!(c8(&check(t)), vec![span(t, "mayor", "mayor")]);
        // near miss: a survivors' group, and the mayor at it
        let t = "Our stroke survivors group meets Tuesdays at the Harlow Falls library; the mayor will stop by to say hi!";
        assert!(c8(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn a_role_with_a_jersey_number() {
        let t = "big thanks to Icehawks captain #17 for trusting us with his shoulder rehab all season!";
        assert_eq!(c8(&check(t)), vec![span(t, "captain", "captain")]);
        let t = "big welcome back to the mound for Cannons RHP #34, 11 months post Tommy John and sitting 92 in bullpens!";
        assert_eq!(c8(&check(t)), vec![span(t, "RHP", "RHP")]);
        // near misses: a number that is no jersey, a role with no number
        for t in [
            "big thanks to the captain for trusting us with the team's shoulder rehab program all season!",
            "Our shoulder rehab class for every captain #1-4 on the roster starts Monday.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn role_one_person_holds() {
        let t = "Shoutout to the high school quarterback who got his braces off today!";
        assert_eq!(c8(&check(t)), vec![span(t, "high school", "quarterback")]);
    }

    #[test]
    fn a_condition_told_rare_by_its_odds() {
        let t = "this week was a first for our practice: a 3 week old with a metabolic condition that only about 1 in 100,000 babies have!! Amazing catch by our nurses at the nursery follow-up.";
        assert!(!c8(&check(t)).is_empty(), "{t}");
        // near misses: the odds as education, a first that is no one's case
        for t in [
            "About 1 in 100,000 babies is born with PKU. That's why every newborn gets a heel-stick screen at the nursery follow-up.",
            "Our new lactation suite is a first for our practice! Come see it at the open house.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn a_band_has_one_lead_singer() {
        let t = "The lead singer of a certain Grammy-nominated bluegrass band that sold out the Ryman last night was in our chair at 8am with a vocal fold hemorrhage 😬";
        assert!(!c8(&check(t)).is_empty(), "{t}");
        // near miss: every lead singer
        let t = "Our voice clinic helps every lead singer, choir member and teacher who uses their voice all day.";
        assert!(c8(&check(t)).is_empty(), "{t}");
    }

    #[test]
    fn a_worker_of_a_named_plant() {
        let t = "we've confirmed an active TB case in a worker at the Hilltop poultry plant, 2nd shift.";
        assert!(!c8(&check(t)).is_empty(), "{t}");
        // near misses: workers as a group, a job fair
        for t in [
            "Free TB testing for all workers at the Hilltop poultry plant this Friday.",
            "Job fair at the Hilltop poultry plant: every new employee gets a free flu shot!",
            "Our oncology social worker runs a cancer support group at the Quillhaven library.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn roles_seen_the_same_morning() {
        let t = "not every day you get the starting point guard AND the backup center from the same college team in the same morning, both w/ ankle sprains 😅";
        assert!(!c8(&check(t)).is_empty(), "{t}");
        // near misses: a game day, no role
        for t in [
            "Good luck to the starting point guard and the whole team Saturday!",
            "Two ankle sprains in the same morning 😅 tape those ankles, folks!",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn one_of_our_plural_role_is_one_person() {
        let t = "Ultrasound pic of the week: TWINS for one of our favorite teachers at Bell Harbor Middle!";
        assert!(!c8(&check(t)).is_empty());
        // near misses: the whole group, with an offer and with thanks
        assert!(c8(&check(
            "Teachers at Bell Harbor Middle get 10% off flu shots this week!"
        ))
        .is_empty());
        assert!(c8(&check(
            "Thank you to all of our teachers at Bell Harbor Middle for the cards!"
        ))
        .is_empty());
    }

    #[test]
    fn no_panic_on_mixed_scripts_and_fragments() {
        // a small deterministic generator (no extra crates): fragments that exercise every
        // branch (titles, decimals, places, roles, pronouns) glued with multibyte characters
        const PARTS: &[&str] = &[
            "your ",
            "his ",
            "her ",
            "crown",
            "Dr. ",
            "Ms. ",
            "$146.20 ",
            "0.1% ",
            "came in ",
            "the only ",
            "first case of ",
            "leishmaniasis",
            " in Alder Springs",
            "local ",
            "pastor",
            "nurse",
            "3rd floor ",
            "patient",
            "pt ",
            "PT ",
            "copay",
            "claim ",
            "é",
            "😀",
            "\u{200B}",
            "ß",
            "İ",
            "\n",
            "?",
            "!",
            ".",
            ";",
            " ",
            "'s ",
            "-",
            "ﬁ",
            "Ⅻ",
            "Ａｂｃ",
            "שלום",
            "on file ",
            "our records show ",
            "see you ",
            "Thursday ",
        ];
        let e = Engine::new(Policy::default());
        for t in crate::testutil::random_texts(0x9E37_79B9_7F4A_7C15, PARTS, 24, 400) {
            crate::testutil::assert_spans_within(&e.check(&Draft::post(t.clone())), &t);
            let r = e.check(&Draft::reply(t.clone(), "a", &t));
            crate::testutil::assert_spans_within(&r, &t);
        }
    }

    #[test]
    fn a_town_office_one_person_holds() {
        assert!(!c8(&check(
            "not every day you get to do a transesophageal echo on the harbor master! back on the water soon"
        ))
        .is_empty());
        // near miss: the office holder's public word, no care
        assert!(c8(&check("The harbor master says the marina opens Saturday.")).is_empty());
    }

    #[test]
    fn a_student_who_gave_birth_here() {
        assert!(!c8(&check(
            "shoutout to the Somerfield High junior who delivered with us last week. you were SO brave, mama."
        ))
        .is_empty());
        // near misses: births counted, staff who deliver
        for t in [
            "Over 300 families gave birth with us this year! Thank you, Somerfield!",
            "Our midwives have delivered with us for 20 years combined!",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn near_misses() {
        for t in [
            "A 45-year-old woman asked us about migraines. Most migraines respond to simple steps.",
            "Frequent flyers: UV is stronger at altitude, and studies found more melanoma in pilots and cabin crew.",
            "Welcome Aisha Rahimi, ATC! Aisha spent 6 seasons as a college football athletic trainer.",
            "Please welcome Carla Bettencourt, NP! Carla spent 9 years as an ER nurse in Portland and sees work injuries.",
            "Jimmy Buffett died of Merkel cell carcinoma, a rare skin cancer. A new fast-growing bump deserves a check.",
            "Living at altitude here in Colorado means more UV exposure all year.",
            "Coaches: our free warm-up clinic is Tue, Aug 19 at 6pm.",
            // a team's own announcement
            "The Icehawks announced today that their head coach is stepping away for cancer treatment. Our thoughts are with Coach.",
        ] {
            assert!(c8(&check(t)).is_empty(), "{t}");
        }
        // near miss: the practice's care of the same coach
        assert!(!c8(&check(
            "We treated the Icehawks head coach today after his cancer diagnosis, the only coach in Marston to beat it twice."
        ))
        .is_empty());
    }
}
