//! Persons: who a draft names or addresses.
//!
//! Sources of evidence, strongest first:
//! - a courtesy title before a capitalized word ("Mrs. Alvarez", "Coach Darla", "mr delgado");
//! - `@handles` (the practice's own are left out);
//! - a first name followed by a surname or an initial ("Dante Reyes", "Anna S.", "Rob P.");
//! - initials ("K.L.", "J.D.") and an initial before a surname ("J. Smith");
//! - first names of the lexicon (SSA counts, see [`crate::lexicon`]) written with a capital
//!   mid-sentence, or anywhere in address position ("Congrats Sarah!", "Greg!!", "Hi jen");
//! - possessives ("Jordan's", "Rodgers'") count like the bare name.
//!
//! The classic false positives are kept out: a name that is also an ordinary English word
//! ("Will", "Grant", "Hope", "Mark") needs a title, a surname or an address cue; sentence-initial
//! capitals need a name-like continuation; months, days, places, eponyms ("Jones fracture",
//! "Merkel cell") and names inside health terms are skipped; all-caps acronyms count only in
//! shouted text.
//!
//! Every mention goes into [`Analysis::persons`]. Mentions that cannot be a patient keep a
//! score of 0.0 and say why in their kind: [`STAFF`] (a name of the policy's staff list),
//! [`CLINICIAN`] ("Dr. X", "Nurse X", a name followed by a credential), [`PUBLIC`] (a public
//! figure in a plainly public context: news, teams, "talked publicly", with nothing tying them
//! to the practice). Rules that look for patients read mentions with [`is_possible_patient`].

use super::{Analysis, Mention};
use crate::engine::Ctx;
use crate::lexicon::{self, NameInfo};
use crate::rules::boundaries::cues::Gate;
use foldhash::fast::FixedState;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A name from the lexicons or a capitalized word in address position.
pub const NAME: &str = "name";
/// A courtesy title with a name: "Mrs. Alvarez", "Coach Darla".
pub const TITLED: &str = "title-name";
/// Initials, or a name with an initial: "K.L.", "Anna S.", "J. Smith".
pub const INITIALS: &str = "initials";
/// An @handle of someone other than the practice.
pub const HANDLE: &str = "handle";
/// A member of the practice's staff (score 0).
pub const STAFF: &str = "staff";
/// A clinician: "Dr. Lee", "Nurse Kelly", "Jordan Castellanos, PT" (score 0).
pub const CLINICIAN: &str = "clinician";
/// A public figure in a plainly public context (score 0).
pub const PUBLIC: &str = "public-figure";

/// Whether a person mention may be a patient (not staff, a clinician or a public figure).
pub fn is_possible_patient(m: &Mention) -> bool {
    m.score > 0.0
}

/// Adds this detector's mentions to the analysis.
pub fn detect(ctx: &Ctx, a: &mut Analysis) {
    let toks = tokens(ctx);
    let mut out: Vec<Mention> = Vec::new();
    // Spans that win over a name (health terms, places, identifiers), sorted by start with a
    // running maximum of their ends: an overlap test is one binary search.
    let mut spans: Vec<(usize, usize)> = a
        .health
        .iter()
        .filter(|m| m.score >= 0.5)
        .chain(a.places.iter().filter(|m| m.score >= 0.3))
        .chain(a.identifiers.iter().filter(|m| m.kind != HANDLE))
        .map(|m| (m.start, m.end))
        .collect();
    spans.extend(practice_name_spans(ctx));
    // (sorted runs, one per kind: merged by the stable sort; equal spans are alike)
    spans.sort();
    let mut max_end = Vec::with_capacity(spans.len());
    let mut run = 0usize;
    for &(_, e) in &spans {
        run = run.max(e);
        max_end.push(run);
    }
    let blocked = |s: usize, e: usize| -> bool {
        let k = spans.partition_point(|&(st, _)| st < e);
        k > 0 && max_end[k - 1] > s
    };
    let mut i = 0;
    while i < toks.len() {
        // (most tokens are lowercase words that no mention starts with: told here without the
        // call, see `starts_no_mention`)
        if starts_no_mention(ctx, &toks[i]) {
            i += 1;
            continue;
        }
        // "Lễ Lao Động", "Tết Trung Thu": a Vietnamese holiday's capitalized words are no one
        if let Some(n) = vietnamese_holiday(ctx, &toks, i) {
            i += n;
            continue;
        }
        let consumed = match find_at(ctx, &toks, i) {
            Some((m, used)) => {
                if !blocked(m.start, m.end) || m.kind == HANDLE {
                    out.push(m);
                }
                used
            }
            None => 1,
        };
        i += consumed.max(1);
    }
    short_forms_of_parent_names(ctx, &toks, &mut out);
    // names in Cyrillic, Arabic script, Hangul, Han and kana (none in most drafts)
    let world = super::world::persons(ctx.norm(), ctx.lower());
    if !world.is_empty() {
        out.retain(|m| !world.iter().any(|w| m.start < w.end && w.start < m.end));
        out.extend(world);
        out.sort_by_key(|m| (m.start, m.end));
    }
    quoted_nicknames(ctx, &mut out);
    classify_public(ctx, &toks, &mut out);
    // Twice: a name marked staff by its role ("our hygienist Brooke Hall") makes its later
    // mentions ("Brooke sees patients Mon-Fri") staff too.
    classify_staff(ctx, &mut out);
    if out.iter().any(|m| m.score > 0.0) && out.iter().any(|m| m.kind == STAFF) {
        classify_staff(ctx, &mut out);
    }
    classify_community(ctx, &a.care, &a.health, &mut out);
    a.persons.extend(out);
}

/// The people a practice cares for, as it calls them ("one of our Teen Clinic kiddos").
const CARED_FOR: &[&str] = &[
    "kiddos", "kids", "patients", "clients", "teens", "girls", "boys", "guys", "members",
    "warriors", "babies", "littles",
];

/// A nickname in quotes given to one of the people the practice cares for ("huge congrats to one
/// of our Teen Clinic kiddos, \"Bean\" 🫘"): a name like any other. Added to `out` in order.
fn quoted_nicknames(ctx: &Ctx, out: &mut Vec<Mention>) {
    let lower = ctx.lower();
    let norm = ctx.norm();
    // (the quotes looked for one at a time: a vectorized search each, where a search for
    // either decoded every char)
    if !lower.contains("our ") || !(lower.contains('"') || lower.contains('“')) {
        return;
    }
    for (q, open) in norm.match_indices(['"', '“']) {
        let s = q + open.len();
        // the nickname: one or two capitalized words, then the closing quote
        let rest = &norm[s..];
        let Some(close) = rest.find(['"', '”']) else {
            continue;
        };
        let nick = &rest[..close];
        let words: Vec<&str> = nick.split(' ').collect();
        if nick.is_empty()
            || words.len() > 2
            || !words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.len() <= 20
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
            })
        {
            continue;
        }
        // "one of our <up to three words> kiddos, " right before the quote
        let head = crate::detect::identifiers::before(lower, q, 60).trim_end();
        let Some(head) = head.strip_suffix(',') else {
            continue;
        };
        let ws: Vec<&str> = head.split_whitespace().rev().take(5).collect();
        let cared = ws.first().is_some_and(|w| CARED_FOR.contains(w));
        let ours = ws.iter().skip(1).any(|w| *w == "our");
        if !(cared && ours) {
            continue;
        }
        let e = s + close;
        if out.iter().any(|m| m.start < e && s < m.end) {
            continue;
        }
        let at = out.partition_point(|m| m.start < s);
        out.insert(at, Mention::new(s, e, NAME, 0.9));
    }
}

/// Marks the practice's own people that the policy does not list:
/// - a name repeated from a clinician's full mention ("Meet Rosa Delgado, CPNP! ... Rosa sees
///   patients Tues-Sat": the later "Rosa" is the same clinician);
/// - the author's own handle ("add me on my personal IG @x": a B2 matter, not a patient);
/// - a signature at the end of the draft ("... -Priya", "... — Dr. Lee").
fn classify_staff(ctx: &Ctx, out: &mut [Mention]) {
    let norm = ctx.norm();
    let lower = ctx.lower();
    let mut staff_words: Vec<&str> = Vec::new();
    for m in out
        .iter()
        .filter(|m| m.kind == CLINICIAN || m.kind == STAFF)
    {
        staff_words.extend(
            lower[m.start..m.end]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 2 && !is_title(w)),
        );
    }
    // (sorted and each once: a membership test per word is a binary search, not a scan of every
    // staff word, which made long drafts quadratic)
    staff_words.sort_unstable();
    staff_words.dedup();
    let staff_ends: Vec<usize> = out
        .iter()
        .filter(|m| m.kind == CLINICIAN || m.kind == STAFF)
        .map(|m| m.end)
        .collect();
    // (whether the draft speaks of a leave: one search of the draft, on the first "baby")
    let leave_words = std::cell::OnceCell::new();
    for m in out.iter_mut().filter(|m| m.score > 0.0 || m.kind == PUBLIC) {
        let public = m.kind == PUBLIC;
        // "Dr. Okafor's daughter Zoe", "our hygienist's son Max": the family of staff.
        // (a family word after a space is the text's last space-separated word: one lookup)
        let staff_family = {
            let before = lower[..m.start].trim_end();
            before
                .rsplit_once(' ')
                .filter(|(_, r)| FAMILY.contains(r))
                .map(|(b, _)| b.trim_end())
                .and_then(|b| b.strip_suffix("'s").or_else(|| b.strip_suffix('\'')))
                .is_some_and(|b| {
                    staff_ends.contains(&b.len())
                        || STAFF_ROLES
                            .iter()
                            .any(|role| strip_suffix(b, role).is_some())
                })
        };
        // "Go Bears!": a team.
        let team = m.kind == NAME
            && !lower[m.start..m.end].contains(' ')
            && lower[..m.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                == Some("go");
        let text = &lower[m.start..m.end];
        let words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2 && !is_title(w));
        let mut any = false;
        let repeated = words.into_iter().all(|w| {
            any = true;
            staff_words.binary_search(&w).is_ok()
        }) && any;
        let own_handle = m.kind == HANDLE && {
            let before = lower[..m.start].trim_end();
            let mut lo = before.len().saturating_sub(40);
            while !before.is_char_boundary(lo) {
                lo -= 1;
            }
            let tail = &before[lo..];
            let tail = tail.rsplit(['.', '!', '?', '\n']).next().unwrap_or(tail);
            [
                "my personal",
                "my ig",
                "my insta",
                "my instagram",
                "my page",
                "my account",
                "my handle",
                "my tiktok",
                "my snap",
                "follow me",
            ]
            .iter()
            .any(|p| tail.contains(p))
        };
        let signature = {
            let before = norm[..m.start].trim_end_matches(' ');
            let after = norm[m.end..].trim();
            (before.ends_with('-') || before.ends_with('~'))
                && before[..before.len() - 1].ends_with([' ', '\n', '.', '!', '?'])
                && after.chars().all(|c| !c.is_alphanumeric())
                && m.kind != HANDLE
        };
        // Staff news: "Dana and baby Owen are doing great after her maternity leave".
        let staff_baby = lower[..m.start].trim_end().ends_with("baby")
            && *leave_words.get_or_init(|| {
                ["maternity", "paternity", "parental leave", "family leave"]
                    .iter()
                    .any(|w| lower.contains(w))
            })
            && !staff_words.is_empty();
        // "our (new) hygienist Brooke Hall", "Kayla Ruiz, our new assistant".
        let role_before = {
            let before = lower[..m.start].trim_end();
            let before = before.strip_suffix(',').unwrap_or(before).trim_end();
            STAFF_ROLES.iter().any(|r| {
                strip_suffix(before, r).is_some_and(|b| {
                    // "our (new) (patient) coordinator", "Dr. Mendez's new assistant"
                    b.split_whitespace()
                        .rev()
                        .take(3)
                        .any(|w| w == "our" || w.ends_with("'s"))
                })
            })
        };
        let role_after = {
            let after = lower[m.end..].trim_start();
            after
                .strip_prefix(", our ")
                .or_else(|| after.strip_prefix(" our "))
                .map(|a| a.strip_prefix("new ").unwrap_or(a))
                .is_some_and(|a| STAFF_ROLES.iter().any(|r| a.starts_with(r)))
        };
        // "Brent from Snowcap Urgent Care here", "this is Dana from the front desk": the writer
        // introducing themselves
        let self_intro = {
            let after = &lower[m.end..];
            let clause_end = after
                .find(['.', '!', '?', ',', '\n'])
                .unwrap_or(after.len());
            let clause = after[..clause_end].trim_end();
            let before = lower[..m.start].trim_end();
            clause.starts_with(" from ")
                && (clause.ends_with(" here")
                    || ["this is", "it's", "its"].iter().any(|w| {
                        before.strip_suffix(w).is_some_and(|b| {
                            b.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
                        })
                    }))
        };
        if public {
            if role_before || role_after {
                m.kind = STAFF;
            }
        } else if repeated {
            m.kind = CLINICIAN;
            m.score = 0.0;
        } else if own_handle
            || signature
            || staff_baby
            || role_before
            || role_after
            || staff_family
            || self_intro
        {
            m.kind = STAFF;
            m.score = 0.0;
        } else if team {
            m.kind = PUBLIC;
            m.score = 0.0;
        }
    }
}

/// Winners, sponsors and volunteers of a community event thanked in public ("Shoutout to
/// Coach Harmon and the Raiders for the mouthguard drive!", "Congrats to winner Ethan Cho"):
/// a sentence about the event, with no care, no possessive ("his", "her") and nothing that ties
/// the person to the practice as a patient.
fn classify_community(ctx: &Ctx, care: &[Mention], health: &[Mention], out: &mut [Mention]) {
    if out.iter().all(|m| m.score == 0.0) {
        return;
    }
    let lower = ctx.lower();
    // The event words, leftmost-longest, standing as words: read from the shared gate scan (every
    // event word starts and ends with a letter or digit, so `find_gate_words`'s whole-word test
    // is the one below), or one scan of their own; most drafts have none.
    let events: Vec<(usize, usize)> = match crate::rules::confidentiality::media::find_gate_words(
        ctx,
        &[&COMMUNITY_EVENT_GATE],
    ) {
        Some(words) => words.into_iter().map(|(s, e, _)| (s, e)).collect(),
        None => event_words(lower),
    };
    if events.is_empty() {
        return;
    }
    let index = std::cell::OnceCell::new();
    for m in out.iter_mut().filter(|m| m.score > 0.0) {
        let mut lo = m.start.saturating_sub(200);
        while !lower.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (m.end + 200).min(lower.len());
        while !lower.is_char_boundary(hi) {
            hi += 1;
        }
        let a = lower[lo..m.start]
            .rfind(['.', '!', '?', '\n'])
            .map_or(lo, |k| lo + k + 1);
        let b = lower[m.end..hi]
            .find(['!', '?', '\n'])
            .map_or(hi, |k| m.end + k);
        let sent = &lower[a..b];
        let event = events.iter().any(|&(s, e)| s >= a && e <= b);
        if !event
            || care.iter().any(|c| c.start >= a && c.end <= b)
            || ["his", "her", "their", "your", "you", "he", "she"]
                .iter()
                .any(|w| has_word(sent, w))
            || has_relation_cue(sent)
            || your_condition_after(lower, health, b)
            || named_again_with_care(
                ctx,
                index.get_or_init(|| care_sentence_words(ctx, care, health)),
                m,
                (a, b),
            )
        {
            continue;
        }
        m.kind = PUBLIC;
        m.score = 0.0;
    }
}

/// Whether the paragraph that goes on after `from` speaks to someone of their condition ("🎉
/// WINNER 🎉 congrats @lexi !!! we know how hard your acne journey has been"): the winner
/// addressed is told their own health.
fn your_condition_after(lower: &str, health: &[Mention], from: usize) -> bool {
    let end = lower[from..].find("\n\n").map_or(lower.len(), |k| from + k);
    health
        .iter()
        .filter(|h| h.start >= from && h.end <= end)
        .any(|h| {
            h.score >= 0.9
                && crate::detect::health::is_condition(h.kind)
                && matches!(
                    lower[..h.start].trim_end().rsplit(' ').next(),
                    Some("your" | "ur")
                )
        })
}

/// Whether the first name of `m` comes again outside the sentence `(a, b)` in a sentence with
/// care or a condition: "the winner of our raffle, Deb Salazar! Deb joined our heart failure
/// clinic in January". `index` maps each word of such sentences to the starts of its sentences.
fn named_again_with_care(
    ctx: &Ctx,
    index: &std::collections::HashMap<String, Vec<usize>>,
    m: &Mention,
    (a, b): (usize, usize),
) -> bool {
    let norm = ctx.norm();
    let Some(first) = norm[m.start..m.end].split_whitespace().next() else {
        return false;
    };
    first.len() >= 2
        && index
            .get(first)
            .is_some_and(|starts| starts.iter().any(|&st| st < a || st >= b))
}

/// The index of [`named_again_with_care`]: each word of a sentence holding care or a condition
/// (score >= 0.9), with the starts of the sentences it stands in. One pass over the draft.
fn care_sentence_words(
    ctx: &Ctx,
    care: &[Mention],
    health: &[Mention],
) -> std::collections::HashMap<String, Vec<usize>> {
    let norm = ctx.norm();
    let mut index: std::collections::HashMap<String, Vec<usize>> = Default::default();
    let mut marks: Vec<usize> = care
        .iter()
        .map(|c| c.start)
        .chain(health.iter().filter(|h| h.score >= 0.9).map(|h| h.start))
        .collect();
    // (two sorted runs: merged by the stable sort)
    marks.sort();
    let sentences = ctx.sentences();
    let mut last = usize::MAX;
    for p in marks {
        let k = sentences.partition_point(|x| x.end <= p);
        let Some(st) = sentences.get(k).filter(|x| x.start <= p) else {
            continue;
        };
        if st.start == last {
            continue;
        }
        last = st.start;
        for w in norm[st.start..st.end]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| w.len() >= 2)
        {
            index.entry(w.to_string()).or_default().push(st.start);
        }
    }
    index
}

/// `s.strip_suffix(suffix)`, with the last bytes compared first: most words of a list do not
/// end like `s`, and this spares them a `memcmp` call.
fn strip_suffix<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let (a, b) = (s.as_bytes(), suffix.as_bytes());
    if a.len() < b.len() || b.last().is_some_and(|&c| a[a.len() - 1] != c) {
        return None;
    }
    s.strip_suffix(suffix)
}

/// Whether `w` is a word of [`COURTESY`] or [`CLINICAL_TITLES`] (one hash lookup of
/// [`list_bits`] instead of two linear list scans).
fn is_title(w: &str) -> bool {
    let bits = bit_of(COURTESY) | bit_of(CLINICAL_TITLES);
    list_bits().get(w).is_some_and(|&b| b & bits != 0)
}

/// Whether the lowercase word names an organization, a product or an eponym's thing ("Delta
/// Dental", "Blue Cross", "Crohn's disease"): the word lists `followed_by_org` reads.
pub(crate) fn is_org_word(w: &str) -> bool {
    let bits = bit_of(ORG_WORDS) | bit_of(PRODUCT_NOUNS) | bit_of(EPONYM_NOUNS);
    list_bits().get(w).is_some_and(|&b| b & bits != 0)
}

/// Builds lexicons and regexes once (called by `Engine::new`).
pub fn warm() {
    lexicon::warm();
    let _ = list_bits();
}

/// Whether a person mention stands in address position: the draft speaks to that person
/// ("Hi Denise", "Ms. Jordan, we're sorry", "Anytime, Dave!", "Kyle, you told...").
/// (Computed once per person of the analysis, whichever rules ask: see `Ctx::person_addressed`.)
pub fn addressed(ctx: &Ctx, m: &Mention) -> bool {
    ctx.person_addressed(m, addressed_here)
}

/// [`addressed`], computed.
fn addressed_here(ctx: &Ctx, m: &Mention) -> bool {
    let norm = ctx.norm();
    let lower = ctx.lower();
    let before = lower[..m.start].trim_end_matches([' ', ',', '\t']);
    let after = norm[m.end..].trim_start_matches(['\'', ' ']);
    let after = after.strip_prefix("s ").unwrap_or(after);
    let prev = last_word(before);
    // (`ADDRESS.contains(&prev)`, by one probe)
    let is_address = list_bits()
        .get(prev)
        .is_some_and(|&b| b & bit_of(ADDRESS) != 0);
    if is_address || before.ends_with("thank you") || before.ends_with("so sorry") {
        return true;
    }
    // "Keep going Eddie Marsh!!", "way to go, Sam!", "go Priya!": cheering someone on
    let next = after.chars().next();
    // (the last bytes compared first: most names follow none of these words)
    let last = before.as_bytes().last();
    if ENCOURAGE.iter().any(|w| {
        last == w.as_bytes().last()
            && before.ends_with(w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    }) || (prev == "go" && matches!(next, Some('!')))
    {
        return true;
    }
    // "haha Mr. Delacroix, tell Mrs. D...", "haha Julie we got u": laughter, then the name of
    // the one laughed with (not "haha Dana was such a trooper", said of her)
    if matches!(prev, "haha" | "hahaha" | "lol" | "lmao") {
        let w = after
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_lowercase();
        if matches!(next, Some(',' | '!'))
            || matches!(
                w.as_str(),
                "we" | "we're" | "you" | "u" | "ur" | "your" | "thank" | "thanks"
            )
        {
            return true;
        }
    }
    // "@jess yep that's pink eye": the handles a reply opens with are the people it answers.
    if norm[m.start..].starts_with('@')
        && lower.trim_start().starts_with('@')
        && lower[..m.start]
            .split_whitespace()
            .all(|w| w.starts_with('@'))
    {
        return true;
    }
    // At the start of the draft or of a sentence, followed by a comma or an exclamation.
    let starts = before.is_empty()
        || before.ends_with(['.', '!', '?', '\n'])
        || before.chars().last().is_some_and(is_symbol)
        || (before.len() < 40 && before.starts_with('@') && !before.contains(' '));
    if starts && matches!(next, Some(',') | Some('!')) {
        return true;
    }
    // "We hear you, Tyler, and we're sorry": a name set off by commas right after "you" that
    // the speaker says something to ("the cards you, Priya, and Ann made" is a list)
    if next == Some(',')
        && prev == "you"
        && lower[..m.start].trim_end_matches(' ').ends_with(',')
        && before.split_whitespace().rev().skip(1).take(3).any(|w| {
            matches!(
                w,
                "we" | "i" | "we've" | "i've" | "we'll" | "i'll" | "thank"
            )
        })
    {
        return true;
    }
    // "..., Dave!" / "..., Coach Daniels 😂" at the end of a sentence.
    if lower[..m.start].trim_end_matches(' ').ends_with(',')
        && (next.is_none()
            || matches!(next, Some('!') | Some('.') | Some('?') | Some('\n'))
            || next.is_some_and(is_symbol))
    {
        return true;
    }
    false
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// "Jordan", "McGee", "O'Brien"
    Cap,
    /// "JORDAN"
    Upper,
    /// "jordan"
    Lower,
    /// digits, handles, hashtags, symbols
    Other,
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    /// End of the word without a possessive "'s" or trailing "'".
    end: usize,
    /// End of the whole word, possessive included.
    full_end: usize,
    case: Case,
    /// First word of a sentence (or after an emoji, a quote, a colon, a line break).
    initial: bool,
    /// The lowercase word, possessive dropped, accents folded.
    key: Cow<'a, str>,
    info: Option<NameInfo>,
    /// Bits of the word lists holding `key` (see [`LISTS`]).
    flags: u16,
    /// The text right after the word up to the next word (punctuation and spaces).
    gap_after_start: usize,
    /// A month or weekday, also in a range (see [`is_day`]); computed once per token.
    day: bool,
    /// A single capital letter (see [`is_initial_letter`]); computed once per token.
    initial_letter: bool,
}

fn is_symbol(c: char) -> bool {
    !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace()
}

#[inline(always)]
pub(crate) fn fold(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    fold_other(s)
}

/// [`fold`] of a word that is not plain ASCII (out of line: most words are).
#[inline(never)]
fn fold_other(s: &str) -> Cow<'_, str> {
    Cow::Owned(
        crate::text::nfd(s)
            .chars()
            .filter(|c| c.is_ascii())
            .collect::<String>()
            .to_lowercase(),
    )
}

fn tokens<'c>(ctx: &'c Ctx<'_>) -> Vec<Tok<'c>> {
    let norm = ctx.norm();
    let lower = ctx.lower();
    let mut out = Vec::with_capacity(ctx.words.len());
    let mut prev_end = 0usize;
    for (k, w) in ctx.words.iter().enumerate() {
        // (the word, its lowercase form and the gap are read as bytes where bytes do, without
        // the char-boundary checks of slicing a str)
        let wb = &norm.as_bytes()[w.start..w.end];
        let lw = &lower.as_bytes()[w.start..w.end];
        let mut end = w.end;
        if lw.ends_with(b"'s") && lw.len() > 2 {
            end -= 2;
        }
        // (a single space, the usual gap, holds none of these)
        let initial = k == 0
            || &norm.as_bytes()[prev_end..w.start] != b" " && {
                let gap = &norm[prev_end..w.start];
                gap.contains(['.', '!', '?', '\n', ':', '"', ';', '(', '['])
                    || gap.chars().any(is_symbol)
                    || gap.trim_start().starts_with('\'')
                    || gap.as_bytes().windows(2).any(|w| w == b"- ")
            };
        // (most words are ASCII: their case, hyphen and key are read from the bytes, with the
        // same results as the general reading below)
        let (ascii, hyphen) = ascii_and_hyphen(wb);
        let case = if ascii {
            ascii_case(wb, hyphen)
        } else {
            general_case(&norm[w.start..w.end])
        };
        // (an ASCII key is the lowercase word itself; its hyphen is the word's)
        let (key, key_hyphen) = if ascii {
            (Cow::Borrowed(&lower[w.start..end]), hyphen)
        } else {
            let key = fold(&lower[w.start..end]);
            let h = key.bytes().position(|b| b == b'-');
            (key, h)
        };
        let parts = || key_hyphen.map(|k| (&key[..k], &key[k + 1..]));
        // (the name entry and the word-list bits in one probe)
        let (name, flags) = lexicon::lookup_flagged(&key);
        let info = if case == Case::Other || key.len() < 2 {
            None
        } else {
            name.or_else(|| {
                // "Anne-Marie", "Mei-Ling", "Patel-Sorensen": the parts.
                let (a, b) = parts()?;
                let (x, y) = (lexicon::lookup(a), lexicon::lookup(b));
                match (x, y) {
                    (Some(x), _) if x.is_first() && !x.english => Some(x),
                    (_, Some(y)) if y.is_sur() && !y.english => Some(NameInfo {
                        first: 0,
                        sur: y.sur,
                        english: false,
                    }),
                    _ => None,
                }
            })
        };
        let day =
            flags & DAY_BIT != 0 || parts().is_some_and(|(a, b)| is_day_word(a) || is_day_word(b));
        let initial_letter = wb.len() == 1 && wb[0].is_ascii_uppercase();
        out.push(Tok {
            start: w.start,
            end,
            full_end: w.end,
            case,
            initial,
            key,
            info,
            flags,
            gap_after_start: w.end,
            day,
            initial_letter,
        });
        prev_end = w.end;
    }
    out
}

/// Whether every byte of `b` is ASCII, and where its first hyphen is. A word of up to 8 bytes
/// (most) is read by two 4-byte loads that may overlap (every byte is in one), and searched for
/// its hyphen only when one of them holds one.
#[inline(always)]
fn ascii_and_hyphen(b: &[u8]) -> (bool, Option<usize>) {
    let n = b.len();
    let (ascii, any_hyphen) = if (4..=8).contains(&n) {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        // (a byte of `v` is a hyphen where `v ^ 0x2d..` has a zero byte)
        let has_hyphen = |v: u32| {
            let x = v ^ 0x2d2d_2d2d;
            x.wrapping_sub(0x0101_0101) & !x & 0x8080_8080 != 0
        };
        (
            (lo | hi) & 0x8080_8080 == 0,
            has_hyphen(lo) || has_hyphen(hi),
        )
    } else if (1..4).contains(&n) {
        let (a, m, z) = (b[0], b[n / 2], b[n - 1]);
        ((a | m | z).is_ascii(), a == b'-' || m == b'-' || z == b'-')
    } else {
        (b.is_ascii(), true)
    };
    let hyphen = if any_hyphen {
        b.iter().position(|&c| c == b'-')
    } else {
        None
    };
    (ascii, hyphen)
}

/// The case of a word (general reading, any text).
fn general_case(word: &str) -> Case {
    let first = word.chars().next().unwrap_or(' ');
    let letters = word.chars().filter(|c| c.is_alphabetic());
    // "Webster-certified", "Mohs-trained": a name glued to a lowercase word is a modifier
    let glued_lower =
        split_hyphen(word).is_some_and(|(_, b)| b.chars().next().is_some_and(char::is_lowercase));
    if !first.is_alphabetic() || (glued_lower && first.is_uppercase()) {
        Case::Other
    } else if first.is_uppercase() {
        let (mut up, mut low) = (0, 0);
        for c in letters {
            if c.is_uppercase() {
                up += 1
            } else if c.is_lowercase() {
                low += 1
            }
        }
        if low == 0 && up >= 2 {
            Case::Upper
        } else {
            Case::Cap
        }
    } else if first.is_lowercase() {
        Case::Lower
    } else {
        Case::Other
    }
}

/// [`general_case`] of an ASCII word `b` whose first hyphen is at `hyphen`.
fn ascii_case(b: &[u8], hyphen: Option<usize>) -> Case {
    let first = b.first().copied().unwrap_or(b' ');
    let glued_lower = hyphen.is_some_and(|k| b.get(k + 1).is_some_and(u8::is_ascii_lowercase));
    if !first.is_ascii_alphabetic() || (glued_lower && first.is_ascii_uppercase()) {
        Case::Other
    } else if first.is_ascii_uppercase() {
        let up = b.iter().filter(|c| c.is_ascii_uppercase()).count();
        if up >= 2 && !b.iter().any(u8::is_ascii_lowercase) {
            Case::Upper
        } else {
            Case::Cap
        }
    } else {
        Case::Lower
    }
}

/// `s.split_once('-')`, by a byte search (no char searcher set up for a short word).
fn split_hyphen(s: &str) -> Option<(&str, &str)> {
    let k = s.bytes().position(|b| b == b'-')?;
    Some((&s[..k], &s[k + 1..]))
}

/// Text between token `i` and the next token (or the end).
fn gap_after<'a>(ctx: &'a Ctx, toks: &[Tok], i: usize) -> &'a str {
    let s = toks[i].gap_after_start;
    let e = toks.get(i + 1).map(|t| t.start).unwrap_or(ctx.norm().len());
    &ctx.norm()[s..e]
}

fn last_word(s: &str) -> &str {
    let s = s.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let i = s
        .rfind(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(|i| i + s[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    &s[i..]
}

// ---------------------------------------------------------------------------------------------
// Word lists

static COURTESY: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "mister",
    "coach",
    "sr",
    "jr", // Spanish
    "sra",
    "srta",
    "senor",
    "senora",
    "senorita",
    "dona", // offices (public figures)
    "sen",
    "senator",
    "gov",
    "governor",
    "rep",
    "mayor",
    "judge",
    "sheriff",
    // Portuguese ("Seu Joaquim"; "Dona" is above)
    "seu",
    // French ("Madame Thériault", "Mme Ouellet", "Mémère Lagassé", "Pépère Cyr")
    "madame",
    "mme",
    "monsieur",
    "mademoiselle",
    "mlle",
    "mémère",
    "memere",
    "pépère",
    "pepere",
    // Polish ("Pani Halino", "Pan Tadeusz")
    "pani",
    "pan",
    "panie",
    // school and clergy ("Principal Dwyer's smile", "Pastor Mike", "Rev. Okafor")
    "principal",
    "pastor",
    "reverend",
    "rev",
    "deacon",
    "rabbi",
    "imam",
    "bishop",
    "father", // family titles
    "grandpa",
    "grandma",
    "granny",
    "nana",
    "uncle",
    "aunt",
    "auntie",
    "tio",
    "tia",
    "abuela",
    "abuelo",
    "abuelita",
    "abuelito",
    // Tagalog ("Tita Nene", "Lolo Ben", "Kuya Jun", "Manang Fely")
    "tita",
    "tito",
    "lola",
    "lolo",
    "kuya",
    "manang",
    "manong",
    "aunty",
    "tata", // military ranks ("Sergeant Dominguez", "Sgt. Ruiz")
    "sergeant",
    "sgt",
    "ssg",
    "sfc",
    "cpl",
    "corporal",
    "lieutenant",
    "lt",
    "capt",
    "cpt",
    "colonel",
    "col",
    "pvt",
    "spc",
    "ltc",
];
static CLINICAL_TITLES: &[&str] = &[
    "dr",
    "doctor",
    "nurse",
    "prof",
    "professor",
    "dentist",
    "dra",
    "doctora",
    "enfermera",
    "enfermero",
];
static CREDENTIALS: &[&str] = &[
    "md", "do", "rn", "pa", "pa-c", "np", "dds", "dmd", "pt", "dpt", "atc", "pta", "lpn", "cna",
    "fnp", "aprn", "crna", "ot", "otr", "slp", "rdh", "phd", "facs", "faad", "ocs", "lat",
    // nurse practitioners, midwives, nursing degrees
    "cpnp", "pnp", "whnp", "pmhnp", "agnp", "anp", "dnp", "msn", "bsn", "cnm", "lvn", "cma", "rma",
    "ccma", // behavioral health
    "lcsw", "lpc", "lpcc", "lcpc", "lmft", "lmhc", "lsw", "msw", "psyd", "bcba", "lac", "ladc",
    // other licensed clinicians
    "lmt", "od", "dc", "dpm", "pharmd", "rph", "aud", "rd", "rdn", "ibclc", "cde", "cdces", "clc",
    "ccc-slp", "otr/l", "mpt", "cscs", "faap", "facog", "facp", "fagd", "ms", "mph",
    // assistants and technicians
    "cda", "rda", "efda", "cdt", "cpht", "lpta", "cota", "rrt", "cst", "cht", "ccrn",
];

/// Staff roles: "our hygienist Brooke Hall", "Kayla Ruiz, our new assistant".
const STAFF_ROLES: &[&str] = &[
    "hygienist",
    "assistant",
    "receptionist",
    "nurse",
    "therapist",
    "doctor",
    "dentist",
    "provider",
    "manager",
    "coordinator",
    "scheduler",
    "biller",
    "technician",
    "tech",
    "scribe",
    "intern",
    "doula",
    "midwife",
    "counselor",
    "pharmacist",
    "optician",
    "optometrist",
    "chiropractor",
    "physician",
    "surgeon",
    "pediatrician",
    "orthodontist",
    "dermatologist",
    "clinician",
    "practitioner",
    "massage therapist",
    "front desk",
    "team member",
    "office manager",
    "medical assistant",
    "dental assistant",
    "nurse practitioner",
    "physician assistant",
    // the people who run a mobile unit or an imaging room
    "driver",
    "phlebotomist",
    "sonographer",
    "technologist",
    "mammographer",
    "radiographer",
    "dispatcher",
    "custodian",
];

/// Family words: "Dr. Okafor's daughter Zoe".
const FAMILY: &[&str] = &[
    "daughter",
    "son",
    "kid",
    "kids",
    "baby",
    "husband",
    "wife",
    "mom",
    "dad",
    "mother",
    "father",
    "twins",
    "grandson",
    "granddaughter",
    "partner",
    "dog",
    "pup",
    "puppy",
    "cat",
];

/// [`EVENT_WORDS`] of `lower`, leftmost-longest, where they stand as words (no ASCII letter or
/// digit right before or after).
fn event_words(lower: &str) -> Vec<(usize, usize)> {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = AC.get_or_init(|| {
        crate::build_ac(
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA)),
            EVENT_WORDS,
        )
        .expect("event words compile")
    });
    let b = lower.as_bytes();
    ac.find_iter(lower)
        .map(|m| (m.start(), m.end()))
        .filter(|&(s, e)| {
            (s == 0 || !b[s - 1].is_ascii_alphanumeric())
                && (e >= b.len() || !b[e].is_ascii_alphanumeric())
        })
        .collect()
}

/// [`EVENT_WORDS`] in the shared scan of all gates.
pub(crate) static COMMUNITY_EVENT_GATE: Gate = Gate::new(EVENT_WORDS);

/// Words of a community event: its winners, sponsors and volunteers are thanked in public.
/// (Each starts and ends with an ASCII letter or digit: see `classify_community`.)
const EVENT_WORDS: &[&str] = &[
    "drive",
    "fundraiser",
    "5k",
    "10k",
    "fun run",
    "race",
    "raffle",
    "auction",
    "contest",
    "tournament",
    "sponsor",
    "sponsors",
    "sponsoring",
    "sponsored",
    "donation",
    "donations",
    "donated",
    "donating",
    "volunteer",
    "volunteers",
    "volunteered",
    "volunteering",
    "winner",
    "winners",
    "fundraising",
    "raised",
];

/// Words before a name that address the person.
static VOCATIVE: &[&str] = &[
    "hi",
    "hey",
    "hello",
    "dear",
    "thanks",
    "thx",
    "ty",
    "congrats",
    "congratulations",
    "welcome",
    "meet",
    "go",
    "sorry",
    "anytime",
    "bye",
    "morning",
    "yay",
    "bravo",
    "kudos",
    "birthday",
    "bday",
    "soon",
    "tell",
    "ask",
    "love",
    "miss",
];

/// Cheers, thanks and love before a name that speak to that person ("keep going Eddie!").
const ENCOURAGE: &[&str] = &[
    "keep going",
    "keep it up",
    "keep pushing",
    "keep fighting",
    "way to go",
    "you got this",
    "you've got this",
    // thanks and love: "Thank you so much Rachel!!", "love u Ray"
    "thank you so much",
    "thanks so much",
    "thank you again",
    "love you",
    "love u",
    "miss you",
    "miss u",
    "good news",
    "great news",
];

/// Words before a name that speak to that person (a subset of [`VOCATIVE`]: "tell Jess" or
/// "meet Sam" name a third party).
static ADDRESS: &[&str] = &[
    // exclamations: "Ahh Natalie this makes our week", "aww Jess"
    "ahh",
    "aww",
    "awww",
    "omg",
    "hi",
    "hey",
    "hello",
    "dear",
    "thanks",
    "thx",
    "ty",
    "congrats",
    "congratulations",
    "welcome",
    "sorry",
    "anytime",
    "bye",
    "morning",
    "yay",
    "bravo",
    "kudos",
    "birthday",
    "bday",
    // "Great question Tom!", "good catch Sam"
    "question",
    "point",
    "catch",
    // Spanish greetings
    "hola",
    "gracias",
    "estimada",
    "estimado",
    "querida",
    "querido",
    "felicidades",
    "pregunta",
    "días",
    "dias",
    "tardes",
    "noches",
    // French ("Bonjour Lucie", "Bon rétablissement, Mémère Lagassé")
    "bonjour",
    "bonsoir",
    "salut",
    "coucou",
    "merci",
    "félicitations",
    "felicitations",
    "rétablissement",
    "retablissement",
    "chère",
    "chere",
    // Portuguese
    "oi",
    "olá",
    "obrigado",
    "obrigada",
    "parabéns",
    "parabens",
];

/// Capitalized words that are never a name by themselves (greetings, pronouns, titles...).
static NOT_NAMES: &[&str] = &[
    // health plans ("We don't take Kaiser right now")
    "kaiser",
    "aetna",
    "cigna",
    "humana",
    "ambetter",
    "molina",
    "tricare",
    "hi",
    "hey",
    "hello",
    "dear",
    "thanks",
    "thank",
    "congrats",
    "welcome",
    "meet",
    "ok",
    "okay",
    "yes",
    "no",
    "lol",
    "omg",
    "happy",
    "team",
    "everyone",
    "all",
    "friends",
    "folks",
    "guys",
    "neighbors",
    "grads",
    "back",
    "home",
    "you",
    "we",
    "our",
    "us",
    "they",
    "he",
    "she",
    "it",
    "i",
    "me",
    "my",
    "your",
    "his",
    "her",
    "their",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "so",
    "dm",
    "pm",
    "am",
    "ig",
    "ur",
    "u",
    "pt",
    "pts",
    "dr",
    "mr",
    "ms",
    "mrs",
    "st",
    "rd",
    "ave",
    "tx",
    "hx",
    "dx",
    "rx",
    "sx",
    "fx",
    "yo",
    "yr",
    "bp",
    "er",
    "ed",
    "icu",
    "or",
    "na",
    "ma",
    "pa",
    "np",
    "rn",
    "md",
    "do",
    "ct",
    "mri",
    "acl",
    "spf",
    "usa",
    "us",
    "uv",
    "fda",
    "cdc",
    "god",
    "jesus",
    "lord",
    "mom",
    "dad",
    "mama",
    "papa",
    "grandma",
    "grandpa",
    "baby",
    "sis",
    "bro",
    "babe",
    "sir",
    "maam",
    "buddy",
    "doc",
    "coach",
    "nurse",
    "doctor",
    "patient",
    "christmas",
    "easter",
    // "Semana Santa" (Holy Week), "Santa Fe"
    "santa",
    "thanksgiving",
    "halloween",
    "valentine",
    "new",
    "year",
    "day",
    "covid",
    "botox",
    "mohs",
    "parkinson",
    "alzheimer",
    "crohn",
    "hodgkin",
    "hashimoto",
    "asperger",
    "tourette",
    "raynaud",
    "sjogren",
    "meniere",
    "huntington",
    "kaposi",
    "lyme",
    "achilles",
    "heimlich",
    "kegel",
    "apgar",
    "valsalva",
    "epstein",
    "barr",
    "medicare",
    "medicaid",
    "aetna",
    "cigna",
    "humana",
    "anthem",
    "regence",
    "premera",
    "google",
    "yelp",
    "facebook",
    "instagram",
    "tiktok",
    "twitter",
    "youtube",
    "messenger",
    "whatsapp",
    "venmo",
    "english",
    "spanish",
    "french",
    "german",
    "italian",
    "irish",
    "dutch",
    "polish",
    "chinese",
    "indian",
    "african",
    "american",
    "mexican",
    "hispanic",
    "latino",
    "latina",
    "asian",
];

/// Weekday abbreviations (the full month and weekday names, and month abbreviations, are
/// `text::MONTHS` and `text::WEEKDAYS`).
const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

fn is_day_word(w: &str) -> bool {
    crate::text::MONTHS.contains(&w)
        || crate::text::WEEKDAYS.contains(&w)
        || WEEKDAY_ABBREVIATIONS.contains(&w)
}

/// Names that are also US states or large cities: a name only with a title, surname or cue.
static PLACE_NAMES: &[&str] = &[
    "georgia",
    "virginia",
    "carolina",
    "dakota",
    "montana",
    "nevada",
    "indiana",
    "washington",
    "jackson",
    "austin",
    "dallas",
    "houston",
    "denver",
    "phoenix",
    "orlando",
    "madison",
    "lincoln",
    "charlotte",
    "savannah",
    "aurora",
    "florence",
    "sydney",
    "victoria",
    "paris",
    "london",
    "chelsea",
    "brooklyn",
    "cleveland",
    "colorado",
    "arizona",
    "tennessee",
    "kentucky",
    "alabama",
    "missouri",
    "vermont",
    "maine",
    "oregon",
    "texas",
    "florida",
    "boston",
    "seattle",
    "memphis",
    "nashville",
    "raleigh",
    "columbus",
    "vegas",
    "cheyenne",
    "sierra",
    "asia",
    "africa",
    "china",
    "india",
    "israel",
    "jordan-river",
    "kenya",
    "atlanta",
    "augusta",
    "helena",
    "odessa",
    "salem",
    "camden",
    "alaska",
    "ireland",
    "america",
    "italia",
    "egypt",
    "havana",
    "vienna",
    "geneva",
    "venice",
    "siena",
    "sahara",
    "tulsa",
    "tampa",
    // US states that are also names
    "kansas",
    "louisiana",
    "utah",
    "idaho",
    "wyoming",
    "nebraska",
    "iowa",
    "ohio",
    "michigan",
    "oklahoma",
    "arkansas",
    "mississippi",
    "delaware",
    "maryland",
    "jersey",
    "acadiana",
    "miami",
    "cairo",
    "lima",
    "kyoto",
    "milan",
    "tanzania",
    "uganda",
    "zambia",
    "liberia",
    "kenia",
];

/// Nouns that make the capitalized words before them an organization or a place.
static ORG_WORDS: &[&str] = &[
    "hospital",
    "clinic",
    "medical",
    "center",
    "centre",
    "health",
    "healthcare",
    "university",
    "college",
    "school",
    "high",
    "elementary",
    "library",
    "church",
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "drive",
    "way",
    "court",
    "ct",
    "place",
    "row",
    "square",
    "sq",
    "plaza",
    "park",
    "county",
    "city",
    "foundation",
    "institute",
    "law",
    "group",
    "associates",
    "dermatology",
    "pediatrics",
    "orthopedics",
    "ortho",
    "chiro",
    "chiropractic",
    "urgent",
    "imaging",
    "radiology",
    "surgical",
    "labs",
    "pharmacy",
    "memorial",
    "general",
    "regional",
    "community",
    "dental",
    "sports",
    "fitness",
    "gym",
    "cafe",
    "bakery",
    "market",
    "inc",
    "llc",
    "corp",
    "company",
    "bank",
    "hall",
    "hotel",
    "airport",
    "station",
    "river",
    "lake",
    "creek",
    "valley",
    "springs",
    "beach",
    "bay",
    "island",
    "heights",
    "hills",
    "ridge",
    "pkwy",
    "state",
    "5k",
    "10k",
    "trot",
    "marathon",
    "invitational",
    "festival",
    "parade",
    "gala",
    "parkway",
    "hwy",
    "highway",
    "trail",
    "square",
    "plaza",
    "mall",
    "stadium",
    "arena",
    "field",
    "award",
    "prize",
    "act",
    "bill",
    // towns and landmarks ("Kessler Falls", "Cedar Hollow", "Maple Grove")
    "falls",
    "hollow",
    "grove",
    "mills",
    "junction",
    "harbor",
    "village",
    "township",
    "crossing",
    "glen",
    "meadows",
    "woods",
    "forest",
    "canyon",
    "landing",
    "commons",
    "estates",
    "mountain",
    // businesses and insurers ("Davis Vision", "Delta Dental", "Blue Cross", "Rec Center")
    "vision",
    "optical",
    "eyecare",
    "cross",
    "shield",
    "insurance",
    "mutual",
    "lab",
    "labs",
    "rec",
    "recreation",
    "ymca",
    "wellness",
    "chiropractic",
    "orthodontics",
    "counseling",
    "partners",
    "academy",
    "club",
    "league",
    "middle",
];

/// Words before a capitalized word that make it a place or an organization.
static PLACE_PREFIX: &[&str] = &[
    "st", "mt", "saint", "mount", "port", "fort", "ft", "lake", "san", "santa", "los", "las", "el",
    "rue", "calle", "avenida", "camino", "camp", "new", "north", "south", "east", "west", "upper",
    "lower",
];

/// Nouns after a name that make it an eponym: "Jones fracture", "Merkel cell", "Bell's palsy".
static EPONYM_NOUNS: &[&str] = &[
    "fracture",
    "fractures",
    "syndrome",
    "disease",
    "disorder",
    "cell",
    "cells",
    "palsy",
    "sign",
    "test",
    "procedure",
    "maneuver",
    "manoeuvre",
    "law",
    "technique",
    "method",
    "criteria",
    "scale",
    "score",
    "classification",
    "cyst",
    "lesion",
    "nevus",
    "ulcer",
    "sarcoma",
    "lymphoma",
    "reflex",
    "phenomenon",
    "surgery",
    "exercises",
    "exercise",
    "protocol",
    "operation",
    "graft",
    "flap",
    "splint",
    "index",
    "rule",
    "rules",
    "effect",
    "diet",
    "stain",
    "hernia",
    "node",
    "duct",
    "gland",
    "tendon",
    "tendinopathy",
    "tendinitis",
    "tendonitis",
    "rupture",
    "tear",
    "ligament",
    "triangle",
    "position",
    "tube",
    "catheter",
    "vaccine",
    "shot",
    "booster",
];

/// Products after a capitalized name make it a brand: "Sparkle Kids toothpaste", "Dr. Brite
/// floss", also with one descriptive word between ("Sparkle Kids fluoride toothpaste").
static PRODUCT_NOUNS: &[&str] = &[
    "toothpaste",
    "mouthwash",
    "floss",
    "flossers",
    "toothbrush",
    "toothbrushes",
    "shampoo",
    "sunscreen",
    "lotion",
    "serum",
    "moisturizer",
    "cleanser",
    "supplement",
    "supplements",
    "vitamins",
    "gummies",
    "lozenges",
    "wipes",
    "brand",
    "products",
];

/// Words of a plainly public context (single words: phrases are in [`PUBLIC_NEWS`]).
static FAMOUS_CUES: &[&str] = &[
    // history and trivia ("Myth-busting Monday: George Washington's dentures...")
    "myth",
    "myths",
    "myth-busting",
    "mythbusting",
    "trivia",
    "historical",
    "century",
    "centuries",
    "dentalhistory",
    "news",
    "reported",
    "reports",
    "announced",
    "announce",
    "announces",
    "announcement",
    "anchor",
    "broadcast",
    "publicly",
    "públicamente",
    "publicamente",
    "cantante",
    "actriz",
    "openly",
    "revealed",
    "famous",
    "celebrity",
    "celebrities",
    "celeb",
    "celebs",
    "superstar",
    "athlete",
    "athletes",
    "olympic",
    "olympics",
    "olympian",
    "paralympic",
    "paralympics",
    "paralympian",
    "nfl",
    "nba",
    "mlb",
    "nhl",
    "wnba",
    "mls",
    "pga",
    "ufc",
    // motor racing ("F1 legend Niki Lauda was racing again weeks after his 1976 burns")
    "f1",
    "nascar",
    "indycar",
    "fifa",
    "quarterback",
    "pitcher",
    "shortstop",
    "striker",
    "singer",
    "actor",
    "actress",
    "musician",
    "rapper",
    "comedian",
    "president",
    "senator",
    "governor",
    "congressman",
    "congresswoman",
    "fans",
    "interview",
    "headlines",
    "viral",
    "documentary",
    "memoir",
    "podcast",
    "hollywood",
    "grammy",
    "oscar",
    "medalist",
    "biography",
    // pro sports news
    "qb",
    "linebacker",
    "goalie",
    "postseason",
    "playoffs",
    "playoff",
    "mvp",
    "all-star",
    "espn",
    "reporters",
    "roster",
    "franchise",
    "championship",
];

/// Words and phrases that tie a person to the practice's care.
const RELATION_CUES: &[&str] = &[
    "our patient",
    "our patients",
    "here at",
    "right here",
    "with us",
    "at our",
    "we treated",
    "we saw",
    "came in",
    "in our office",
    "in our clinic",
    "rehab here",
    "treated here",
    "seen here",
    "our office",
    "our clinic",
    "our team",
    "in today",
    "our chair",
    "congrats",
    "congratulations",
    "get well",
    "proud of",
    "staff news",
    "team news",
    "our staff",
    "joins us",
    "joined us",
];

// ---------------------------------------------------------------------------------------------
// Matching

/// The word lists a token can belong to, as bits, so that one hash lookup per token answers
/// every `is_key` question.
static LISTS: &[&[&str]] = &[
    COURTESY,
    CLINICAL_TITLES,
    CREDENTIALS,
    VOCATIVE,
    NOT_NAMES,
    PLACE_NAMES,
    ORG_WORDS,
    PLACE_PREFIX,
    EPONYM_NOUNS,
    FAMOUS_CUES,
    ADDRESS,
];

/// The bits of [`LISTS`] (and [`DAY_BIT`]) of each listed word. The name lexicon holds them too
/// (`lexicon::lookup_flagged`): a token's name and list questions cost one probe.
pub(crate) fn list_bits() -> &'static HashMap<&'static str, u16, FixedState> {
    static BITS: OnceLock<HashMap<&'static str, u16, FixedState>> = OnceLock::new();
    BITS.get_or_init(|| {
        let mut m: HashMap<&'static str, u16, FixedState> = HashMap::default();
        for (k, list) in LISTS.iter().enumerate() {
            for w in list.iter() {
                *m.entry(w).or_default() |= 1 << k;
            }
        }
        for w in crate::text::MONTHS
            .iter()
            .chain(crate::text::WEEKDAYS.iter())
            .chain(WEEKDAY_ABBREVIATIONS)
        {
            *m.entry(w).or_default() |= DAY_BIT;
        }
        m
    })
}

/// The bit of [`list_bits`] for months and weekdays ([`is_day_word`]), after those of [`LISTS`].
const DAY_BIT: u16 = 1 << 11;

#[inline(always)]
fn bit_of(list: &[&str]) -> u16 {
    LISTS
        .iter()
        .position(|l| std::ptr::eq(l.as_ptr(), list.as_ptr()))
        .map_or(0, |k| 1 << k)
}

/// A month or weekday, also in a range ("Tue-Sat", "Mon-Fri").
fn is_day(t: &Tok) -> bool {
    t.day
}

// (inlined: the list is a constant at every call, and its bit is then found at compile time)
#[inline(always)]
fn is_key(t: &Tok, list: &[&str]) -> bool {
    let bit = bit_of(list);
    if bit == 0 {
        return list.contains(&t.key.as_ref());
    }
    t.flags & bit != 0
}

/// A single capital letter, optionally with a period: "S", "S." (the period is in the gap).
fn is_initial_letter(_ctx: &Ctx, t: &Tok) -> bool {
    t.initial_letter
}

fn gap_has_period(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    gap_after(ctx, toks, i).starts_with('.')
}

/// Joined by a single space (or a period and a space): the next token continues the name.
fn joins_next(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    if i + 1 >= toks.len() || toks[i].full_end != toks[i].end {
        return false;
    }
    let g = gap_after(ctx, toks, i);
    // a period ends the name unless the word before it is an initial or an abbreviation
    // ("J. Smith", "Mr. James"; not "We understand, Sam. Privacy laws...")
    let abbreviated = toks[i].key.chars().count() == 1
        || matches!(
            toks[i].key.as_ref(),
            "mr" | "mrs"
                | "ms"
                | "mx"
                | "dr"
                | "dra"
                | "sr"
                | "sra"
                | "srta"
                | "jr"
                | "mme"
                | "mlle"
                | "prof"
                | "st"
        );
    g == " " || abbreviated && (g == ". " || g == ".")
}

/// Vietnamese kin words used as titles before a given name ("cô Hạnh", "chị Mai", "bé Na",
/// "bác Tư", "ông Nam", "anh Tuấn"). Read with their tone marks: folded to ASCII most are
/// English words ("co", "be", "chi", "ba"), so "Be Kind" stays no person. "anh" has no mark
/// and is no English word.
fn vietnamese_kin_title(ctx: &Ctx, t: &Tok) -> bool {
    matches!(
        t.key.as_ref(),
        "co" | "chi" | "be" | "bac" | "chu" | "ong" | "ba" | "di" | "cau" | "anh"
    ) && matches!(
        &ctx.lower()[t.start..t.end],
        "cô" | "chị" | "bé" | "bác" | "chú" | "ông" | "bà" | "dì" | "cậu" | "anh"
    )
}

/// At a Vietnamese word for a holiday or festival ("Lễ", "Tết") written with a capital: how many
/// tokens its name takes (the word and the capitalized words after it: "Lễ Lao Động" is Labor
/// Day, "Tết Nguyên Đán" the lunar new year).
fn vietnamese_holiday(ctx: &Ctx, toks: &[Tok], i: usize) -> Option<usize> {
    let t = &toks[i];
    if t.case != Case::Cap || !matches!(&ctx.lower()[t.start..t.end], "lễ" | "tết") {
        return None;
    }
    let caps = toks[i + 1..]
        .iter()
        .take(4)
        .take_while(|n| n.case == Case::Cap)
        .count();
    Some(1 + caps)
}

/// Particles of surnames ("de la Cruz", "Van Der Beek", "dos Santos", "von Trapp").
const SURNAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "dos", "das", "du",
];

/// When one or two surname particles start at token `i` ("de la", "Van Der"), joined by single
/// spaces to a capitalized surname after them: the index of that surname.
fn particle_surname(ctx: &Ctx, toks: &[Tok], i: usize) -> Option<usize> {
    let mut k = i;
    while k < toks.len()
        && k < i + 2
        && matches!(toks[k].case, Case::Cap | Case::Lower)
        && SURNAME_PARTICLES.contains(&toks[k].key.as_ref())
        && toks[k].full_end == toks[k].end
        && gap_after(ctx, toks, k) == " "
    {
        k += 1;
    }
    let n = toks.get(k)?;
    // "la" or "le" alone is an article ("Gracias Maria la mejor"), not a particle
    let lone_article = k == i + 1 && matches!(toks[i].key.as_ref(), "la" | "le");
    (k > i && !lone_article && n.case == Case::Cap && surname_like(n) && !is_key(n, ORG_WORDS))
        .then_some(k)
}

/// A capitalized word that could be a surname or a second name: in the lexicon (not as an
/// English word) or unknown, and not a month, an org word or a known non-name.
fn surname_like(t: &Tok) -> bool {
    t.case == Case::Cap
        && t.key.len() >= 2
        && !is_key(t, NOT_NAMES)
        && !is_day(t)
        && !is_key(t, ORG_WORDS)
        && !is_key(t, EPONYM_NOUNS)
        && t.info.is_none_or(|i| !i.english || i.sur > 0 && i.sur <= 2)
}

fn name_score(info: NameInfo) -> f32 {
    match info.tier() {
        1 | 2 => 0.8,
        3 => 0.7,
        _ => 0.6,
    }
}

/// The draft is written in capitals (shouting) around token `i`.
fn shouting(toks: &[Tok], i: usize) -> bool {
    let lo = i.saturating_sub(3);
    let hi = (i + 4).min(toks.len());
    let (mut up, mut n) = (0, 0);
    for t in &toks[lo..hi] {
        if matches!(t.case, Case::Cap | Case::Upper | Case::Lower) {
            n += 1;
            if t.case == Case::Upper {
                up += 1;
            }
        }
    }
    n >= 3 && up * 3 >= n * 2
}

/// Whether token `i` ends a run that is followed by an org/place noun or an eponym noun.
fn followed_by_org(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    let Some(n) = toks.get(i + 1) else {
        return false;
    };
    let g = gap_after(ctx, toks, i);
    if !(g == " " || g == "-") {
        return false;
    }
    if is_key(n, EPONYM_NOUNS) || is_key(n, PRODUCT_NOUNS) {
        return true;
    }
    if n.case == Case::Lower
        && gap_after(ctx, toks, i + 1) == " "
        && toks.get(i + 2).is_some_and(|p| is_key(p, PRODUCT_NOUNS))
    {
        return true;
    }
    // "Brody's CT was clear": a scan of someone's, not a court ("Mason Ct")
    let possessive_scan = n.case == Case::Upper && ctx.norm()[..toks[i].full_end].ends_with("'s");
    n.case != Case::Lower && is_key(n, ORG_WORDS) && !possessive_scan
}

/// "forms for Ridgeview, Jefferson & Cedar Ridge schools": the run ending at token `j` is an
/// item of a list of capitalized names that a plural place noun closes (only capitalized words
/// and "and" between them and the noun, within five words).
fn listed_before_places(toks: &[Tok], j: usize) -> bool {
    for t in toks.iter().skip(j + 1).take(5) {
        if matches!(
            t.key.as_ref(),
            "schools" | "districts" | "campuses" | "elementaries" | "streets" | "roads"
        ) {
            return true;
        }
        if !(t.case == Case::Cap || t.key == "and") {
            return false;
        }
    }
    false
}

/// Whether the token is the first word of the display name of the person the reply answers.
fn is_author_first_name(ctx: &Ctx, t: &Tok) -> bool {
    ctx.draft.in_reply_to.as_ref().is_some_and(|r| {
        r.author
            .trim_start_matches('@')
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.len() >= 3 && fold(w).to_lowercase() == t.key.as_ref())
    })
}

/// Whether the message answered names someone with this first name and a surname ("I think my
/// neighbor Ray Dominguez went there"): the same word, capitalized in the answer, is that person.
fn full_name_in_parent(ctx: &Ctx, t: &Tok) -> bool {
    let Some(r) = ctx.draft.in_reply_to.as_ref() else {
        return false;
    };
    let key = t.key.as_ref();
    r.text
        .match_indices(|c: char| c.is_ascii_uppercase())
        .any(|(i, _)| {
            let rest = &r.text[i..];
            let word_len = rest
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            let before_ok = r.text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            before_ok
                && rest[..word_len].eq_ignore_ascii_case(key)
                && rest[word_len..]
                    .strip_prefix(' ')
                    .is_some_and(|after| after.starts_with(|c: char| c.is_uppercase()))
        })
}

/// Things and animals people name: "her sourdough starter, his name is Gerald", "Meet Ruby, our
/// new EMG biofeedback unit".
const NAMED_THINGS: &[&str] = &[
    "starter",
    "sourdough",
    "plant",
    "plants",
    "houseplant",
    "ficus",
    "fern",
    "cactus",
    "car",
    "truck",
    "van",
    "boat",
    "bike",
    "tractor",
    "skeleton",
    "robot",
    "roomba",
    "unit",
    "machine",
    "device",
    "laser",
    "scanner",
    "chair",
    "recliner",
    "couch",
    "sofa",
    "loveseat",
    "stool",
    "fridge",
    "kettle",
    "bus",
    "shuttle",
    "rv",
    "gnome",
    "scarecrow",
    "snowman",
    "statue",
    "printer",
    "espresso",
    "mascot",
    "dog",
    "puppy",
    "cat",
    "kitten",
    "goldfish",
    "fish",
    "turtle",
    "hamster",
    "bunny",
    "rabbit",
    "chicken",
    "goat",
    "horse",
    "pony",
    "parrot",
    "doll",
    "teddy",
    "plushie",
    "stuffie",
];

/// Whether the name at tokens `i..=j` names a thing or an animal: "... starter, his name is
/// Gerald" (a thing within the five words before "name is", "named" or "called"), or "Ruby,
/// our new ... unit" (an apposition ending in a thing).
fn names_a_thing(ctx: &Ctx, toks: &[Tok], i: usize, j: usize) -> bool {
    let thing = |t: &Tok| NAMED_THINGS.contains(&t.key.as_ref());
    let k = if i >= 1 && matches!(toks[i - 1].key.as_ref(), "named" | "called" | "nicknamed") {
        Some(i - 1)
    } else if i >= 2 && toks[i - 1].key == "is" && toks[i - 2].key == "name" {
        Some(i - 2)
    } else {
        None
    };
    if let Some(k) = k {
        // the thing in the same sentence
        for m in (k.saturating_sub(6)..k).rev() {
            if gap_after(ctx, toks, m).contains(['.', '!', '?', '\n']) {
                break;
            }
            if thing(&toks[m]) {
                return true;
            }
        }
    }
    // "Ruby, our new EMG biofeedback unit"
    gap_after(ctx, toks, j).starts_with(',')
        && toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.key.as_ref(), "our" | "the" | "a"))
        // a thing within five words, in the same sentence
        && (j + 2..(j + 7).min(toks.len()))
            .take_while(|&k| !gap_after(ctx, toks, k - 1).contains(['.', '!', '?', '\n']))
            .any(|k| thing(&toks[k]))
}

fn preceded_by_place(toks: &[Tok], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let p = &toks[i - 1];
    // "Hurricane Delia", "Winter Storm Elliott": named weather, not a person
    matches!(
        p.key.as_ref(),
        // named weather; a language ("tiếng Việt" is Vietnamese, "tiếng Anh" English)
        "hurricane" | "storm" | "typhoon" | "cyclone" | "tieng"
    ) || (p.case == Case::Cap && is_key(p, PLACE_PREFIX))
        || (is_key(&toks[i], PLACE_NAMES)
            && !toks
                .get(i + 1)
                .is_some_and(|n| n.case == Case::Cap && n.info.is_some_and(|x| x.is_sur()))
            && toks[i.saturating_sub(4)..i].iter().any(|p| {
                matches!(
                    p.key.as_ref(),
                    "in" | "from" | "near" | "at" | "to" | "of" | "visit" | "visiting"
                )
            }))
}

fn vocative_before(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let p = &toks[i - 1];
    let g = gap_after(ctx, toks, i - 1);
    if g.contains(['.', '!', '?', '\n']) {
        return false;
    }
    // "a three-legged beagle named Biscuit": a pet
    let pet = i >= 2
        && toks[i.saturating_sub(5)..i - 1].iter().any(|t| {
            matches!(
                t.key.as_ref(),
                "dog"
                    | "pup"
                    | "puppy"
                    | "cat"
                    | "kitten"
                    | "kitty"
                    | "beagle"
                    | "lab"
                    | "retriever"
                    | "doodle"
                    | "poodle"
                    | "terrier"
                    | "pet"
                    | "horse"
                    | "pony"
                    | "bunny"
                    | "rabbit"
                    | "hamster"
                    | "parrot"
                    | "fish"
                    | "goldfish"
                    | "pig"
                    | "goat"
                    | "chicken"
                    | "cow"
                    | "mascot"
            )
        });
    is_key(p, VOCATIVE)
        || (matches!(p.key.as_ref(), "named" | "called" | "nicknamed") && !pet)
        || (p.key == "you"
            && i >= 2
            && matches!(toks[i - 2].key.as_ref(), "thank" | "of" | "love" | "miss"))
        || (p.key == "out" && i >= 2 && toks[i - 2].key.starts_with("shout"))
        || (p.key == "to"
            && i >= 2
            && matches!(
                toks[i - 2].key.as_ref(),
                "shout-out"
                    | "shoutout"
                    | "out"
                    | "thanks"
                    | "kudos"
                    | "congrats"
                    | "congratulations"
                    | "goes"
            ))
        || p.key == "shout-out"
        || p.key == "shoutout"
}

/// Address-like punctuation right after the name: "Greg!!", "Kyle, you", "Jaylen's".
fn address_after(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if t.full_end != t.end {
        return true; // possessive
    }
    let g = gap_after(ctx, toks, i);
    // "Ron, the sleep study showed...": a reply that opens with a name and a comma speaks to them
    let opens_reply = i == 0 && ctx.draft.kind.is_answer() && g.starts_with(',');
    opens_reply
        || g.starts_with('!')
        || g.starts_with(", ") && i + 1 < toks.len() && {
            let n = &toks[i + 1];
            matches!(
                n.key.as_ref(),
                "you"
                    | "your"
                    | "you're"
                    | "we"
                    | "we're"
                    | "we'll"
                    | "thank"
                    | "thanks"
                    | "so"
                    | "please"
                    | "congrats"
                    | "welcome"
                    | "who"
                    | "age"
                    | "our"
            ) || n.key.chars().all(|c| c.is_ascii_digit())
        }
}

/// Whether [`find_at`] finds nothing at this token, told cheaply for most tokens: a lowercase
/// word (so no @handle) that is no title and no name of the lexicon, and not one of the words
/// "our patient Deb" is told by, reaches its early `return None` through tests that all fail.
#[inline(always)]
fn starts_no_mention(ctx: &Ctx, t: &Tok) -> bool {
    t.case == Case::Lower
        && t.info.is_none()
        && !is_key(t, COURTESY)
        && !is_key(t, CLINICAL_TITLES)
        && !vietnamese_kin_title(ctx, t)
        && ctx.norm().as_bytes()[t.start] != b'@'
        && !matches!(
            t.key.as_ref(),
            "patient" | "client" | "girl" | "boy" | "guy" | "gal" | "buddy" | "champ" | "rockstar"
        )
}

/// Finds a person mention starting at token `i`; returns it and how many tokens it used.
fn find_at(ctx: &Ctx, toks: &[Tok], i: usize) -> Option<(Mention, usize)> {
    let t = &toks[i];
    let norm = ctx.norm();

    // @handles
    if norm[t.start..].starts_with('@') {
        let h = &ctx.lower()[t.start + 1..t.full_end];
        if h.is_empty() || ctx.policy.is_own_handle(h) {
            return None;
        }
        if org_handle(&norm[t.start + 1..t.full_end]) || sold_by(ctx.lower(), t.start) {
            // "@CDCgov", "@AmericanCancerSociety": an organization, not a patient.
            return Some((Mention::new(t.start, t.full_end, PUBLIC, 0.0), 1));
        }
        return Some((Mention::new(t.start, t.full_end, HANDLE, 0.9), 1));
    }
    if t.case == Case::Other {
        return None;
    }
    // "vào mỗi thứ Năm" (every Thursday), "thứ Hai": a Vietnamese weekday, not a name
    // (the length first: the slice and compare of every token cost more than the rest of this
    // function's early tests)
    if i > 0 && {
        let p = &toks[i - 1];
        p.full_end - p.start == "thứ".len() && &ctx.lower()[p.start..p.full_end] == "thứ"
    } {
        return None;
    }
    // "still hums Selena in the sterilization room", "blasting Shakira": a singer's songs
    if t.case == Case::Cap
        && i > 0
        && matches!(
            toks[i - 1].key.as_ref(),
            "hums" | "hummed" | "humming" | "sings" | "sang" | "singing" | "blasting" | "blasts"
        )
    {
        return None;
    }

    // "our patient Deb", "our client Marcus J.", "our girl Deb": a capitalized word in
    // apposition to "patient", "client" or an affectionate "girl", "guy"... is a name, even one
    // that is also an English word (not a thing or a pet: "our guy Hope, the new therapy dog").
    if t.case == Case::Lower
        && matches!(
            t.key.as_ref(),
            "patient" | "client" | "girl" | "boy" | "guy" | "gal" | "buddy" | "champ" | "rockstar"
        )
        && i > 0
        && matches!(toks[i - 1].key.as_ref(), "our" | "my")
        && i + 1 < toks.len()
        && gap_after(ctx, toks, i) == " "
    {
        let n = &toks[i + 1];
        if n.case == Case::Cap
            && n.info.is_some()
            && !is_key(n, NOT_NAMES)
            && !is_day(n)
            && !followed_by_org(ctx, toks, i + 1)
        {
            let mut j = i + 1;
            while j + 1 < toks.len() && joins_next(ctx, toks, j) {
                let m = &toks[j + 1];
                if surname_like(m) && !followed_by_org(ctx, toks, j + 1)
                    || is_initial_letter(ctx, m)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if names_a_thing(ctx, toks, i + 1, j) {
                return None;
            }
            let end =
                if j > i + 1 && is_initial_letter(ctx, &toks[j]) && gap_has_period(ctx, toks, j) {
                    toks[j].full_end + 1
                } else {
                    name_end(ctx, toks, j)
                };
            let words = &toks[i + 1..=j];
            let (kind, score) = if all_staff(ctx, words) {
                (STAFF, 0.0)
            } else {
                (TITLED, 0.9)
            };
            return Some((Mention::new(n.start, end, kind, score), j + 1 - i));
        }
    }

    // Titles: "Mrs. Alvarez", "Dr. Lee", "Coach Darla", "mr delgado", "cô Hạnh".
    let courtesy = is_key(t, COURTESY) || vietnamese_kin_title(ctx, t);
    let clinical = is_key(t, CLINICAL_TITLES);
    // (a lowercase word that is no title and no name of the lexicon can start no mention below)
    if !(courtesy || clinical) && t.case == Case::Lower && t.info.is_none() {
        return None;
    }
    // military ranks are written in capitals too ("SPC Delgado", "SSG Ruiz")
    let rank_caps = t.case == Case::Upper
        && is_rank_abbreviation(&t.key)
        && toks.get(i + 1).is_some_and(|n| n.case == Case::Cap);
    if (courtesy || clinical) && (t.case != Case::Upper || rank_caps) && i + 1 < toks.len() {
        let g = gap_after(ctx, toks, i);
        let mut j = i + 1;
        // only an abbreviation takes a period ("Mr. Lee"; not "Grandma's. Stop by"), and a
        // possessive title ("Grandma's recipes") is followed by a thing, not a name
        let abbreviation = matches!(
            t.key.as_ref(),
            "mr" | "mrs"
                | "ms"
                | "mx"
                | "dr"
                | "dra"
                | "sr"
                | "sra"
                | "srta"
                | "jr"
                | "mme"
                | "mlle"
                | "prof"
                | "sen"
                | "gov"
                | "rep"
                | "rev"
                | "lt"
        ) || is_rank_abbreviation(&t.key);
        let ok_gap = t.end == t.full_end && (g == " " || abbreviation && (g == ". " || g == "."));
        let n = &toks[j];
        let next_ok = n.case == Case::Cap
            || (n.case == Case::Upper && (shouting(toks, j) || n.key.len() == 1))
            || (n.case == Case::Lower
                && t.case == Case::Lower
                && n.info.is_some_and(|x| !x.english))
            || is_initial_letter(ctx, n);
        if ok_gap
            && next_ok
            && !is_key(n, NOT_NAMES)
            && !is_day(n)
            && !(t.key == "miss" && t.case == Case::Lower)
            // "Pan Tadeusz", not "a pan Sunday" or "pan Am"
            && !(matches!(t.key.as_ref(), "pan" | "pani" | "panie" | "seu")
                && (t.case != Case::Cap || n.case != Case::Cap))
            // a school's or a church's title takes a capital and a name of the lexicons after
            // it ("Principal Dwyer", "Pastor Mike"; not "Principal Investigator", "causa
            // principal de lesiones")
            && !(matches!(
                t.key.as_ref(),
                "principal"
                    | "pastor"
                    | "reverend"
                    | "rev"
                    | "deacon"
                    | "rabbi"
                    | "imam"
                    | "bishop"
                    | "father"
            ) && (t.case != Case::Cap
                || n.case != Case::Cap
                || !n.info.is_some_and(|x| !x.english || x.is_sur())))
            // "Thank you, Sergeant Major!": a rank of two words is no name unless a name
            // follows it ("Sgt. Major Ames")
            && !(matches!(
                t.key.as_ref(),
                "sergeant" | "sgt" | "lieutenant" | "lt" | "capt" | "cpt" | "colonel" | "col"
            ) && matches!(
                n.key.as_ref(),
                "major" | "general" | "first" | "master" | "colonel" | "commander" | "junior"
            ) && !(j + 1 < toks.len()
                && joins_next(ctx, toks, j)
                && toks[j + 1].case == Case::Cap
                && surname_like(&toks[j + 1])))
            // "coach dan" in an all-lowercase draft: a common first name that is no English
            // word ("coach class", "coach bags" are not people)
            && !(t.key == "coach"
                && n.case != Case::Cap
                && !n
                    .info
                    .is_some_and(|x| x.is_first() && !x.english && x.first <= 2))
        {
            // extend over further name words: "Dr. Emily Clark", "Mr. James T."
            while j + 1 < toks.len() && joins_next(ctx, toks, j) {
                let m = &toks[j + 1];
                if surname_like(m) && !followed_by_org(ctx, toks, j + 1)
                    || is_initial_letter(ctx, m)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if followed_by_org(ctx, toks, j) {
                return None;
            }
            let end =
                if j > i + 1 && is_initial_letter(ctx, &toks[j]) && gap_has_period(ctx, toks, j) {
                    toks[j].full_end + 1
                } else {
                    name_end(ctx, toks, j)
                };
            let words = &toks[i + 1..=j];
            let (kind, score) = if clinical || all_staff(ctx, words) {
                if clinical {
                    (CLINICIAN, 0.0)
                } else {
                    (STAFF, 0.0)
                }
            } else {
                (TITLED, 0.95)
            };
            return Some((Mention::new(t.start, end, kind, score), j + 1 - i));
        }
    }

    // Initials: "K.L.", "J.D.", "K. L." and "J. Smith"; not "Building B.", "Vitamin D.".
    if is_initial_letter(ctx, t)
        && gap_has_period(ctx, toks, i)
        && i + 1 < toks.len()
        && !(i > 0
            && gap_after(ctx, toks, i - 1) == " "
            && LABELLED.contains(&toks[i - 1].key.as_ref()))
    {
        let n = &toks[i + 1];
        let g = gap_after(ctx, toks, i);
        if is_initial_letter(ctx, n) && (g == "." || g == ". ") && gap_has_period(ctx, toks, i + 1)
        {
            let mut j = i + 1;
            while j + 1 < toks.len()
                && is_initial_letter(ctx, &toks[j + 1])
                && gap_after(ctx, toks, j) == "."
                && gap_has_period(ctx, toks, j + 1)
            {
                j += 1;
            }
            let letters: String = toks[i..=j]
                .iter()
                .map(|x| &norm[x.start..x.full_end])
                .collect();
            if ABBREVIATIONS.contains(&letters.as_str()) || j - i > 2 {
                return None;
            }
            let end = toks[j].full_end + 1;
            return Some((Mention::new(t.start, end, INITIALS, 0.75), j + 1 - i));
        }
        if g == ". " && n.case == Case::Cap && n.info.is_some_and(|x| x.is_sur() && !x.english) {
            let end = name_end(ctx, toks, i + 1);
            let kind = if all_staff(ctx, std::slice::from_ref(n)) {
                STAFF
            } else {
                INITIALS
            };
            let score = if kind == STAFF { 0.0 } else { 0.85 };
            return Some((Mention::new(t.start, end, kind, score), 2));
        }
        // "our friend J. who said his first 2-word phrase": one initial standing for a
        // person after a word for one ("friend", "buddy", "patient")
        if i > 0
            && gap_after(ctx, toks, i - 1) == " "
            && matches!(
                toks[i - 1].key.as_ref(),
                "friend" | "buddy" | "pal" | "kiddo" | "client" | "patient"
            )
            && g.starts_with(". ")
            && matches!(n.key.as_ref(), "who" | "whose" | "was" | "has" | "had")
        {
            return Some((Mention::new(t.start, t.full_end + 1, INITIALS, 0.6), 1));
        }
        // '"I didn't think I'd ever feel like myself again." - A., mom of 2': a quote signed
        // with one initial
        if i > 0 && (g.starts_with(".,") || g.starts_with(". (") || g == ".") && {
            let before = gap_after(ctx, toks, i - 1).trim_end();
            let dash = before.trim_end_matches(['-', '–', '—']);
            dash.len() < before.len() && dash.trim_end().ends_with(['"', '”', '\''])
        } {
            return Some((Mention::new(t.start, t.full_end + 1, INITIALS, 0.6), 1));
        }
        return None;
    }

    if is_key(t, NOT_NAMES) || is_day(t) || t.key.len() < 2 {
        return None;
    }
    // Spanish holidays: "Día de Acción de Gracias", "Día de la Madre", "Día del Niño"
    if t.key == "dia"
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.key.as_ref(), "de" | "del"))
    {
        return None;
    }
    if is_key(t, ORG_WORDS) && t.info.is_none_or(|x| x.english) {
        return None;
    }
    let info = t.info;
    // Words glued to a URL, an email or a file name ("jordan.c.lifts", "mail.example").
    if glued(ctx, t) {
        return None;
    }

    // Runs of capitalized words: "Dante Reyes", "Anna S.", "Mary Johnson".
    // A common first name in capitals amid ordinary text is emphasis ("BIG TONY from the rail
    // yard is BACK"); other capitals there are acronyms ("the ADA recommends", "an ANA test") or
    // shouted words, so three-letter words stay out.
    let emphasized_first_name = || {
        t.key.len() >= 4
            && t.info
                .is_some_and(|x| x.is_first() && !x.english && x.first <= 2)
            && !is_key(t, NOT_NAMES)
            && !is_key(t, ORG_WORDS)
            && !is_key(t, PLACE_NAMES)
            && !is_day(t)
    };
    let cap_like = t.case == Case::Cap
        || (t.case == Case::Upper && (shouting(toks, i) || emphasized_first_name()));
    if cap_like {
        let mut j = i;
        while j + 1 < toks.len() && joins_next(ctx, toks, j) {
            let m = &toks[j + 1];
            // "Maria de la Cruz", "James Van Der Beek": particles, then the surname
            if t.case == Case::Cap {
                if let Some(k) = particle_surname(ctx, toks, j + 1) {
                    j = k;
                    break;
                }
            }
            if surname_like(m) && m.case == t.case
                || (m.case == Case::Upper && t.case == Case::Upper && surname_like_upper(m))
            {
                j += 1;
                if j - i >= 2 {
                    break;
                }
            } else if is_initial_letter(ctx, m)
                && (gap_has_period(ctx, toks, j + 1)
                    || gap_after(ctx, toks, j + 1).starts_with([',', ';', ')', '?', '!'])
                    || j + 2 >= toks.len()
                    || (j == i
                        && info.is_some_and(|x| x.is_first() && !x.english)
                        && gap_after(ctx, toks, j + 1) == " "
                        && toks[j + 2].case == Case::Lower))
                && !matches!(&norm[m.start..m.full_end], "I" | "A")
            {
                j += 1;
                // "Michael J. Fox", "John F. Kennedy": a middle initial, then the surname
                if gap_after(ctx, toks, j) == ". "
                    && toks.get(j + 1).is_some_and(|n| {
                        n.case == Case::Cap
                                && surname_like(n)
                                && !is_key(n, NOT_NAMES)
                                // "Rob P. If this...": a new sentence
                                && !matches!(
                                    n.key.as_ref(),
                                    "if" | "when" | "this" | "that" | "what" | "please" | "then"
                                        | "also" | "in" | "on" | "at" | "for" | "to" | "is"
                                )
                    })
                {
                    j += 1;
                }
                break;
            } else {
                break;
            }
        }
        if followed_by_org(ctx, toks, j)
            || preceded_by_place(toks, i)
            || names_a_thing(ctx, toks, i, j)
        {
            return None;
        }
        // "San Isidro", "Fort Logan": a place; "in Marrow, Logan and Todd counties": a list of
        // counties; "Calloway Point" when it is the practice's own town
        let place_named = (j > i && is_key(&toks[i], PLACE_PREFIX))
            || toks[j + 1..(j + 5).min(toks.len())]
                .iter()
                .any(|t| matches!(t.key.as_ref(), "counties" | "townships" | "parishes"))
            || listed_before_places(toks, j)
            || j > i
                && toks[i..=j].iter().all(|t| {
                    ctx.policy
                        .own_place_words
                        .binary_search_by(|x| x.as_str().cmp(t.key.as_ref()))
                        .is_ok()
                });
        if place_named {
            return None;
        }
        if j > i && info.is_some_and(|x| x.is_first()) {
            // A first name with a surname or an initial.
            let words = &toks[i..=j];
            let last = &toks[j];
            let with_initial = is_initial_letter(ctx, last);
            let end = if with_initial && gap_has_period(ctx, toks, j) {
                last.full_end + 1
            } else {
                name_end(ctx, toks, j)
            };
            let x = info.unwrap_or_default();
            // An English word at the start of a sentence followed by a capitalized word is
            // usually a heading ("Hope Springs"); keep it only with a known surname.
            if x.english
                && t.initial
                && !last
                    .info
                    .is_some_and(|l| l.is_sur() && (!l.english || l.sur <= 2))
                && !with_initial
            {
                return None;
            }
            if is_key(t, PLACE_NAMES) && !with_initial && !last.info.is_some_and(|l| l.is_sur()) {
                return None;
            }
            let (kind, score) = if credential_after(ctx, toks, j) {
                (CLINICIAN, 0.0)
            } else if all_staff(ctx, words) {
                (STAFF, 0.0)
            } else if with_initial {
                (INITIALS, 0.9)
            } else {
                (NAME, 0.9)
            };
            return Some((Mention::new(t.start, end, kind, score), j + 1 - i));
        }
        // A single capitalized word.
        let Some(x) = info else {
            // Unknown word: a name only in address position ("Hi Xochitl!"), or the first name
            // of the person the reply answers ("Ngozi!!!" to Ngozi A.).
            if t.case == Case::Cap
                && (vocative_before(ctx, toks, i) || is_author_first_name(ctx, t))
                && gap_after(ctx, toks, i).starts_with(['!', ',', '.'])
                && t.key.len() >= 3
                && t.key.chars().all(|c| c.is_ascii_alphabetic())
                && !is_key(t, ORG_WORDS)
            {
                return person(ctx, toks, i, i, 0.55);
            }
            return None;
        };
        if !x.is_first() {
            // A surname alone: weak evidence, unless spoken to.
            if x.english || x.sur > 3 || t.initial && !vocative_before(ctx, toks, i) {
                return None;
            }
            // "the Nguyen family", "the Garcia twins", "la familia Gutiérrez": a household
            // called by its surname
            let household = t.case == Case::Cap
                && i > 0
                && gap_after(ctx, toks, i - 1) == " "
                && ((toks[i - 1].key == "the"
                    && gap_after(ctx, toks, i) == " "
                    && toks.get(i + 1).is_some_and(|n| {
                        matches!(
                            n.key.as_ref(),
                            "family"
                                | "household"
                                | "twins"
                                | "triplets"
                                | "kids"
                                | "boys"
                                | "girls"
                        )
                    }))
                    || (toks[i - 1].key == "familia"
                        && i > 1
                        && toks[i - 2].key == "la"
                        && gap_after(ctx, toks, i - 2) == " "));
            let s = if vocative_before(ctx, toks, i) || household {
                0.6
            } else {
                0.45
            };
            return person(ctx, toks, i, i, s);
        }
        let vocative = vocative_before(ctx, toks, i);
        let addr = address_after(ctx, toks, i);
        if x.english || is_key(t, PLACE_NAMES) {
            // "Will", "Grant", "Hope": only when spoken to or in an unmistakable pattern.
            if (vocative && addr) || (vocative && !t.initial && x.first <= 2) {
                return person(ctx, toks, i, i, 0.6);
            }
            // "Ray was a fantastic patient", answering "my neighbor Ray Dominguez went there"
            if t.case == Case::Cap && x.first <= 2 && full_name_in_parent(ctx, t) {
                return person(ctx, toks, i, i, 0.6);
            }
            // "we loved meeting Lily", "we saw Grant today": a common first name, capitalized
            // inside a sentence, as the one met, seen or treated
            if t.case == Case::Cap
                && !t.initial
                && x.first <= 2
                && i > 0
                && gap_after(ctx, toks, i - 1) == " "
                && matches!(
                    toks[i - 1].key.as_ref(),
                    "meeting"
                        | "met"
                        | "seeing"
                        | "saw"
                        | "treating"
                        | "treated"
                        | "hugging"
                        | "hugged"
                        | "welcoming"
                )
            {
                return person(ctx, toks, i, i, 0.6);
            }
            // "to adjust Mason's overnight basal": a common first name, capitalized inside a
            // sentence, owning something (not a place or a shop: "Grant's Pass", "Hope's Closet")
            if t.case == Case::Cap
                && !t.initial
                && x.first <= 2
                && t.full_end != t.end
                && !toks.get(i + 1).is_some_and(|n| n.case != Case::Lower)
            {
                return person(ctx, toks, i, i, 0.6);
            }
            // "Jackson came in with a broken wrist", "Hope finished her rehab": a common first
            // name as the subject of an action a person does.
            if t.case == Case::Cap
                && x.first <= 2
                && gap_after(ctx, toks, i) == " "
                && toks
                    .get(i + 1)
                    .is_some_and(|n| PERSON_VERBS.contains(&n.key.as_ref()))
            {
                return person(ctx, toks, i, i, 0.6);
            }
            return None;
        }
        if t.case == Case::Upper && (t.key.len() < 3 || x.first > 3) {
            return None;
        }
        if t.initial && !vocative && !addr {
            // Sentence-initial: a common first name followed by a verb-like lowercase word.
            if x.first <= 2 && next_is_lower_word(ctx, toks, i) && t.key.len() >= 3 {
                return person(ctx, toks, i, i, 0.6);
            }
            return None;
        }
        let s = if vocative || addr {
            name_score(x).max(0.75)
        } else {
            name_score(x)
        };
        return person(ctx, toks, i, i, s);
    }

    // Lowercase names: only common first names, spoken to ("hi jen", "thanks steve").
    if t.case == Case::Lower {
        let x = info?;
        if x.english || !x.is_first() || t.key.len() < 3 || is_key(t, PLACE_NAMES) {
            return None;
        }
        if vocative_before(ctx, toks, i)
            || (x.first <= 2 && address_after(ctx, toks, i) && t.initial)
            || (x.first <= 2 && t.full_end != t.end)
        {
            return person(ctx, toks, i, i, 0.6);
        }
    }
    None
}

/// A handle after a discount ("use code THUMB20 for 20% off @GripSmith fingerboards", "$10 off
/// at @BrightSmile"): the shop or brand that sells, not a person.
fn sold_by(lower: &str, at: usize) -> bool {
    let head = lower[..at].trim_end();
    let head = head.strip_suffix(" at").unwrap_or(head).trim_end();
    let Some(before) = head.strip_suffix("off") else {
        return false;
    };
    let mut from = before.len().saturating_sub(12);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    before[from..].contains(['%', '$'])
}

/// Words of organizations' handles.
const ORG_HANDLE_WORDS: &[&str] = &[
    "gov",
    "official",
    "news",
    "health",
    "hospital",
    "clinic",
    "medical",
    "dept",
    "assoc",
    "society",
    "foundation",
    "university",
    "college",
    "journal",
    "magazine",
    "cancer",
    "network",
    "pharma",
    "institute",
    "association",
    "academy",
];

/// Words of teams', schools' and clubs' handles, which name themselves in capitals
/// ("@AshgroveStateMHky", "@PineRidgeAthletics"; a fan's "@soccerstar_emma" is a person).
const TEAM_HANDLE_WORDS: &[&str] = &[
    "hockey",
    "hky",
    "athletic",
    "sports",
    "football",
    "soccer",
    "baseball",
    "basketball",
    "lacrosse",
    "volleyball",
    "school",
    "district",
    "league",
    "church",
    "rotary",
    "library",
];

/// A handle of an organization: an org word in it ("CDCgov", "AmericanCancerSociety") or an
/// acronym ("WHO").
fn org_handle(h: &str) -> bool {
    let lower = h.to_ascii_lowercase();
    if ORG_HANDLE_WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    if h.starts_with(|c: char| c.is_ascii_uppercase())
        && TEAM_HANDLE_WORDS.iter().any(|w| lower.contains(w))
    {
        return true;
    }
    // An all-capitals acronym: "@WHO", "@AAD".
    let letters: Vec<char> = h.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

fn surname_like_upper(t: &Tok) -> bool {
    t.key.len() >= 2
        && !is_key(t, NOT_NAMES)
        && !is_day(t)
        && !is_key(t, ORG_WORDS)
        && t.info
            .is_some_and(|i| !i.english && (i.is_sur() || i.is_first()))
}

/// A word of a URL, email or dotted handle.
fn glued(ctx: &Ctx, t: &Tok) -> bool {
    let b = ctx.norm().as_bytes();
    let before = t.start.checked_sub(1).map(|k| b[k]);
    let after = b.get(t.full_end).copied();
    let after2 = b.get(t.full_end + 1).copied();
    matches!(before, Some(b'.') | Some(b'/') | Some(b'@') | Some(b'_'))
        && t.start >= 2
        && b[t.start - 2].is_ascii_alphanumeric()
        || matches!(after, Some(b'@') | Some(b'/') | Some(b'_'))
        || (after == Some(b'.') && after2.is_some_and(|c| c.is_ascii_alphanumeric()))
        // "the Tri-County area", "Twin-Cities": a hyphenated place name (the word after its
        // last hyphen, found by a byte scan: most words have none)
        || b[t.start..t.full_end]
            .iter()
            .rposition(|&c| c == b'-')
            .is_some_and(|k| {
                matches!(
                    ctx.norm()[t.start + k + 1..t.full_end]
                        .to_ascii_lowercase()
                        .as_str(),
                    "county" | "counties" | "city" | "cities" | "state" | "area"
                )
            })
}

fn next_is_lower_word(ctx: &Ctx, toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|n| n.case == Case::Lower) && gap_after(ctx, toks, i) == " "
}

/// End of a name at token `j`: the possessive stays outside the span.
fn name_end(_ctx: &Ctx, toks: &[Tok], j: usize) -> usize {
    toks[j].end
}

fn person(ctx: &Ctx, toks: &[Tok], i: usize, j: usize, score: f32) -> Option<(Mention, usize)> {
    let words = &toks[i..=j];
    let end = name_end(ctx, toks, j);
    let (kind, score) = if credential_after(ctx, toks, j) {
        (CLINICIAN, 0.0)
    } else if all_staff(ctx, words) {
        (STAFF, 0.0)
    } else {
        (NAME, score)
    };
    Some((Mention::new(toks[i].start, end, kind, score), j + 1 - i))
}

/// "Jordan Castellanos, PT", "Kelly Ortiz RN".
fn credential_after(ctx: &Ctx, toks: &[Tok], j: usize) -> bool {
    let Some(n) = toks.get(j + 1) else {
        return false;
    };
    let g = gap_after(ctx, toks, j);
    (g == ", " || g == " ") && n.case != Case::Lower && is_key(n, CREDENTIALS)
}

/// Whether all the name words are words of staff names of the policy.
fn all_staff(ctx: &Ctx, words: &[Tok]) -> bool {
    let mut names = words.iter().filter(|w| w.key.len() > 1).peekable();
    names.peek().is_some()
        && names.all(|w| {
            ctx.policy.is_staff_word(&w.key)
                || ctx.policy.staff_words.iter().any(|s| fold(s) == w.key)
        })
}

/// Past-tense actions whose subject is a person ("Jackson came in", "Grant tore his ACL").
const PERSON_VERBS: &[&str] = &[
    "came",
    "broke",
    "finished",
    "started",
    "crushed",
    "nailed",
    "brought",
    "walked",
    "tore",
    "sprained",
    "fractured",
    "injured",
    "visited",
    "completed",
    "graduated",
    "rocked",
    "beat",
    "survived",
    "underwent",
    "needed",
    "told",
    "asked",
    "called",
    "texted",
    "emailed",
];

/// Words that take a letter as a label: "Building B", "Vitamin D", "Stage C".
const LABELLED: &[&str] = &[
    "building",
    "suite",
    "unit",
    "apt",
    "room",
    "section",
    "vitamin",
    "plan",
    "hepatitis",
    "hep",
    "type",
    "level",
    "grade",
    "stage",
    "part",
    "zone",
    "phase",
    "gate",
    "wing",
    "block",
    "lot",
    "bay",
    "floor",
    "tier",
    "class",
    "group",
    "team",
    "channel",
    "exit",
    "route",
    "option",
    "schedule",
    "medicare",
    "category",
    "row",
    "aisle",
    "lane",
    "door",
    "box",
    "form",
];

/// Abbreviations written like initials.
const ABBREVIATIONS: &[&str] = &[
    "US", "UK", "EU", "DC", "AM", "PM", "NY", "LA", "BS", "BA", "MA", "MS", "MD", "RN", "PT", "DO",
    "ER", "OR", "IV", "AC", "QA", "TV", "PS", "BC", "AD", "OK", "ID", "SR", "PO", "UV", "ED",
    "AKA", "RIP", "USA", "PhD", "MBA", "CPR", "EMT", "DDS", "BID", "TID", "QID", "PRN", "NPO",
    "HS", "QD", "QOD", "QHS", "VS", "EG", "IE", "ET", "NB", "CC", "PA", "NP", "OT", "ST",
];

/// Offices that make a name a public figure's (lowercase, letters only: compared with whole
/// words).
const OFFICES: &[&str] = &[
    "governor",
    "gov",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "mayor",
    "president",
    "commissioner",
    "councilmember",
    "councilwoman",
    "councilman",
    "judge",
    "sheriff",
    "secretary",
    "selectman",
    "selectwoman",
    "alderman",
    "alderwoman",
    "superintendent",
    "gobernador",
    "gobernadora",
    "alcalde",
    "alcaldesa",
    "senador",
    // royalty and the pope: public by office
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "senadora",
];

/// "Town Manager Paradis", "County Clerk Ruiz", "District Attorney Cho": a local government's
/// officer, named by the office (`last` is the word before the name, `before` all before it).
/// Not "our office manager Sue", "the store manager Bob".
fn local_office(before: &str, last: &str) -> bool {
    if !matches!(
        last,
        "manager" | "clerk" | "administrator" | "attorney" | "assessor"
    ) {
        return false;
    }
    let prev = before[..before.len() - last.len()]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        prev,
        "town" | "city" | "county" | "village" | "borough" | "district" | "state"
    )
}

/// "is my coworker Brianna a client there??" answered "Bri's been coming in since March": a
/// capitalized word of an answer that is the start of a first name the parent wrote (three
/// letters or more, shorter than the name) is that person's short name.
fn short_forms_of_parent_names(ctx: &Ctx, toks: &[Tok], out: &mut Vec<Mention>) {
    if !ctx.draft.kind.is_answer() || ctx.draft.in_reply_to.is_none() {
        return;
    }
    let parent = ctx.parent();
    let mut parent_names: Vec<&str> = Vec::new();
    for w in parent.norm.split(|c: char| !c.is_alphanumeric()) {
        if w.len() > 3 && w.starts_with(char::is_uppercase) {
            parent_names.push(w);
        }
    }
    if parent_names.is_empty() {
        return;
    }
    for t in toks.iter().filter(|t| t.case == Case::Cap) {
        let key = t.key.as_ref();
        if key.len() < 3 || out.iter().any(|m| m.start < t.end && t.start < m.end) {
            continue;
        }
        let short_of = |name: &&str| {
            let lower = name.to_lowercase();
            lower.len() > key.len()
                && lower.starts_with(key)
                && lexicon::lookup(&lower).is_some_and(|i| i.is_first())
        };
        if parent_names.iter().any(short_of) {
            let at = out.partition_point(|m| m.start < t.start);
            out.insert(at, Mention::new(t.start, t.end, NAME, 0.8));
        }
    }
}

/// Marks mentions of public figures in a plainly public context.
fn classify_public(ctx: &Ctx, toks: &[Tok], out: &mut [Mention]) {
    if out.iter().all(|m| m.score == 0.0) {
        return;
    }
    let lower = ctx.lower();
    // "Governor Ainsley", "Former Senator Ruiz": an office holder named by the office
    for m in out.iter_mut() {
        let before = lower[..m.start].trim_end();
        // (the same for every office: computed once per mention)
        let head = lower[m.start..m.end]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let before = before.trim_end_matches('.');
        // "Governor Ainsley" (the office as the word before the name) or "Sen. Arceneaux" (the
        // office as the name's title): the last word before, and the head, read once against
        // the list
        let last = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let office = OFFICES.contains(&last)
            || (OFFICES.contains(&head) && m.end > m.start + head.len() + 1)
            || local_office(before, last);
        if office && m.score > 0.0 {
            m.kind = PUBLIC;
            m.score = 0.0;
        }
    }
    // A reply to news of a named person ("Singer Aria Blue shares photos of her home water
    // birth", "Former center Dwayne Ellery reveals he's been on dialysis"): that person, named
    // in the reply, is the news's public figure
    let news_names = parent_news_names(ctx);
    if !news_names.is_empty() {
        let norm = ctx.norm();
        for m in out.iter_mut() {
            if m.kind == NAME
                && m.score > 0.0
                && norm[m.start..m.end]
                    .split_whitespace()
                    .all(|w| news_names.contains(&w.trim_end_matches("'s").to_lowercase()))
            {
                m.kind = PUBLIC;
                m.score = 0.0;
            }
        }
    }
    let famous_bit = bit_of(FAMOUS_CUES);
    // a person's own public telling is public whoever retells it
    // (the phrase lists are keywords of the shared gate scan)
    let told = TOLD_GATE.hit_in(ctx);
    let famous = told
        || toks.iter().any(|t| t.flags & famous_bit != 0)
        || NEWS_GATE.hit_in(ctx)
        || year_event(ctx);
    if !famous {
        return;
    }
    let practice_words: Vec<String> = practice_name_words(ctx);
    // the practice's name in the draft ("Tallowfield", not the "pain" of "chronic back pain"
    // when the practice is Tallowfield Pain & Spine): its words written capitalized
    let norm = ctx.norm();
    let named = |w: &str| {
        let mut cap = w.to_string();
        if let Some(f) = cap.get_mut(0..1) {
            f.make_ascii_uppercase();
        }
        has_word(norm, &cap)
    };
    let related = RELATED_GATE.hit_in(ctx) || practice_words.iter().any(|w| named(w));
    if related && !told {
        return;
    }
    for m in out.iter_mut() {
        // Only full names (first and last) are taken as public figures; "Magic Johnson": a
        // capitalized word inside the sentence joined to a surname makes a full name too.
        let text = &norm[m.start..m.end];
        let head = &norm[..m.start];
        let joined_cap = head.ends_with(' ')
            && !head.ends_with("  ")
            && head[..head.len() - 1].rsplit(' ').next().is_some_and(|w| {
                w.len() >= 2
                    && w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().all(char::is_alphabetic)
            })
            && !head[..head.len() - 1]
                .trim_end_matches(char::is_alphabetic)
                .trim_end()
                .is_empty()
            && !head[..head.len() - 1]
                .trim_end_matches(char::is_alphabetic)
                .trim_end()
                .ends_with(['.', '!', '?', '\n']);
        // ... or a capitalized word right after the name that the lexicon does not hold as a
        // surname ("Ben Stiller": "stiller" is also an English word)
        let tail = &norm[m.end..];
        let joined_cap_after = tail.strip_prefix(' ').is_some_and(|t| {
            let w: &str = t.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            w.len() >= 2
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars().skip(1).all(char::is_lowercase)
        });
        // ... or the name is the subject of its own telling ("Magic Johnson went public with
        // his HIV diagnosis", the sentence's first word being a capitalized English word)
        let tells_own = told && {
            let t = ctx.lower()[m.end..].trim_start();
            // a clause between the name and the telling ("Dwayne Johnson, who is proudly
            // Samoan, has talked openly about his depression")
            let t = match t
                .strip_prefix(", who ")
                .or_else(|| t.strip_prefix(", whose "))
            {
                Some(rest) => rest
                    .find(", ")
                    .filter(|&i| i <= 80 && !rest[..i].contains(['.', '!', '?', '\n']))
                    .map_or(t, |i| &rest[i + 2..]),
                None => t,
            };
            let t = t.strip_prefix("has ").unwrap_or(t);
            [
                "went public",
                "gone public",
                "talked openly",
                "spoken openly",
                "spoke openly",
                "talked publicly",
                "spoken publicly",
                "spoke publicly",
                "talks publicly",
                "talks openly",
                "speaks publicly",
                "speaks openly",
                "talks about this publicly",
                "talks about it publicly",
                "talked about this publicly",
                "talked about it publicly",
                "been open about",
                "opened up about",
                "opens up about",
                "been candid about",
            ]
            .iter()
            .any(|w| t.starts_with(w))
        };
        if m.kind == NAME
            && m.score > 0.0
            && (text.split_whitespace().count() >= 2 || joined_cap || joined_cap_after || tells_own)
        {
            m.kind = PUBLIC;
            m.score = 0.0;
        }
    }
    // "Demi Lovato has spoken publicly ... about Demi's own recovery": the same figure named
    // again by one of their names
    let public_words: std::collections::HashSet<String> = out
        .iter()
        .filter(|m| m.kind == PUBLIC)
        .flat_map(|m| norm[m.start..m.end].split_whitespace())
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
        .filter(|w| w.len() >= 2)
        .collect();
    // "Jimmy Kimmel has talked openly about his son Billy's open-heart surgeries": the family
    // the figure told of, in the same sentence
    let public_starts: Vec<usize> = out
        .iter()
        .filter(|m| m.kind == PUBLIC)
        .map(|m| m.start)
        .collect();
    let lower = ctx.lower();
    for m in out.iter_mut() {
        let text = &norm[m.start..m.end];
        if m.kind == NAME
            && m.score > 0.0
            && text.split_whitespace().count() == 1
            && public_words.contains(&text.trim_end_matches("'s").to_lowercase())
        {
            m.kind = PUBLIC;
            m.score = 0.0;
        }
        if m.kind == NAME
            && m.score > 0.0
            && !public_starts.is_empty()
            && {
                let head = lower[..m.start].trim_end();
                ["son", "daughter", "wife", "husband", "baby", "child"]
                    .iter()
                    .filter_map(|k| head.strip_suffix(k))
                    .any(|h| h.ends_with("his ") || h.ends_with("her ") || h.ends_with("their "))
            }
            && public_starts
                .iter()
                .any(|&p| p < m.start && !lower[p..m.start].contains(['.', '!', '?', '\n']))
        {
            m.kind = PUBLIC;
            m.score = 0.0;
        }
    }
}

/// The words of full names the parent of a reply gives as news: two capitalized words right
/// before a verb of announcing ("Dwayne Ellery reveals", "Aria Blue shares photos").
fn parent_news_names(ctx: &Ctx) -> Vec<String> {
    const VERBS: &[&str] = &[
        " reveals",
        " revealed",
        " shares",
        " shared",
        " announces",
        " announced",
        " opens up",
        " opened up",
        " confirms",
        " confirmed",
        " discusses",
        " talks about",
        " posts",
        " posted",
    ];
    if ctx.draft.in_reply_to.is_none() {
        return Vec::new();
    }
    let p = ctx.parent();
    let mut out = Vec::new();
    for v in VERBS {
        for i in starts_of(&p.lower, v) {
            let words: Vec<&str> = p.norm[..i].rsplit(' ').take(2).collect();
            // a star known by one name at the head of a headline ("Adele opens up about...")
            let one_name = words.len() == 1
                && matches!(
                    *v,
                    " reveals" | " opens up" | " announces" | " confirms" | " talks about"
                );
            if (words.len() == 2 || one_name)
                && words.iter().all(|w| {
                    w.len() >= 2
                        && w.starts_with(|c: char| c.is_uppercase())
                        && w.chars()
                            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                })
            {
                out.extend(words.iter().map(|w| w.to_lowercase()));
            }
        }
    }
    out
}

/// Every phrase of [`PUBLIC_STATEMENT`] holds one of these, which [`public_news_at`] looks for
/// first (in the draft through the shared gate scan, then in the sentence).
const STATEMENT_KEYS: &[&str] = &[
    "press",
    "interview",
    "reporters",
    "news conference",
    "announce",
    "on air",
    "on-air",
];
pub(crate) static STATEMENT_GATE: Gate = Gate::new(STATEMENT_KEYS);

/// A person's own words to the press, in a sentence about them.
const PUBLIC_STATEMENT: &[&str] = &[
    // a team's or an office's announcement: "The Icehawks announced today that their head
    // coach is stepping away for cancer treatment"
    " announced today that",
    " announced that",
    " announced this week that",
    // "we saw Boston announce that ace Cole Brannigan is out with a UCL sprain"
    " announce that",
    " announces that",
    // "Channel 9 anchor Dana Whitcomb shared on air this week that she has sleep apnea"
    " on air ",
    " on-air ",
    " press conference",
    " press briefing",
    " press release",
    "told the press",
    " pressers",
    " presser",
    "in an interview",
    // "Jennifer Aniston has said in interviews that she tried Botox"
    "in interviews",
    "in a tv interview",
    "postgame interview",
    "post-game interview",
    "told reporters",
    " news conference",
];

/// Phrases of news about someone ("people asking", "according to"), of a show or of trivia.
const PUBLIC_NEWS: &[&str] = &[
    "people asking",
    "shared that",
    // "Jennifer Aniston has said in interviews that she tried Botox"
    "in interviews",
    // an advocate's public voice ("Nelson Mandela ... later spoke out for TB awareness")
    "spoke out",
    "speaks out",
    "spoken out",
    "talked about",
    "the team said",
    "team announced",
    "injured reserve",
    "injury report",
    "according to",
    // shows and trivia (phrases: the word lists of `FAMOUS_CUES` hold single words)
    "tonight show",
    "talk show",
    "late-night",
    "late night show",
    "fun fact",
    "presidents' day",
    "presidents day",
    "founding father",
    // history told as history ("history nerd corner: George Washington's dentures...", "Black
    // History Month"; not "her medical history")
    "history nerd",
    "history buff",
    "history lesson",
    "history corner",
    "history fact",
    "history month",
    "day in history",
    "#history",
    "historically",
    // a star by trade (not "our little star", "a rock star at brushing")
    "country star",
    "pop star",
    "movie star",
    "film star",
    "tv star",
    "reality star",
    "broadway star",
    // a great of a sport or a screen ("Tennis great Ana Sorel shared this week that she was
    // diagnosed with melanoma")
    "tennis great",
    "tennis star",
    "tennis legend",
    "golf great",
    "golf legend",
    "soccer star",
    "football great",
    "football legend",
    "basketball great",
    "basketball legend",
    "baseball great",
    "baseball legend",
    "hockey great",
    "hockey legend",
    "racing legend",
    "boxing great",
    "boxing legend",
    "hall of famer",
    "hall-of-famer",
    "screen legend",
    "music legend",
    // her own telling, told this week ("shared that" above)
    "shared this week that",
    "shared last week that",
    "shared on instagram",
    "shared on social media",
];

/// Gates of the shared gate scan (`Ctx::gate_scan`): whether the draft holds a phrase of
/// [`PUBLIC_TELLING`], [`PUBLIC_NEWS`] or [`RELATION_CUES`] (anywhere, even inside a word), in
/// the pass the boundary rules' keywords are found in.
pub(crate) static TOLD_GATE: Gate = Gate::new(PUBLIC_TELLING);
pub(crate) static NEWS_GATE: Gate = Gate::new(PUBLIC_NEWS);
pub(crate) static RELATED_GATE: Gate = Gate::new(RELATION_CUES);

/// Whether `text` holds a phrase of [`RELATION_CUES`] other than congratulations (anywhere,
/// even inside a word): one automaton pass instead of one substring search per phrase.
fn has_relation_cue(text: &str) -> bool {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        let words: Vec<&str> = RELATION_CUES
            .iter()
            .copied()
            .filter(|w| !w.starts_with("congrat"))
            .collect();
        crate::build_ac(
            aho_corasick::AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::DFA)),
            &words,
        )
        .expect("cue phrases compile")
    })
    .is_match(text)
}

/// A person's own public disclosure, or news: "has talked openly about her ADHD", "has been open
/// about his skin cancers", "his broken jaw was all over the news".
const PUBLIC_TELLING: &[&str] = &[
    "openly",
    "been open about",
    "opened up about",
    "opens up about",
    "been candid about",
    "publicly",
    "públicamente",
    "publicamente",
    "went public",
    "gone public",
    // "shared on air this week that she has sleep apnea"; "saw Boston announce that ace Cole
    // Brannigan is out with a UCL sprain"
    "on air",
    "on-air",
    "announce that",
    "announces that",
    "announced that",
    "in an interview",
    "memoir",
    // "She wrote about kids with differences in her book 'Just Ask!'"
    "in her book",
    "in his book",
    "in their book",
    "told reporters",
    "told the press",
    "press conference",
    "news conference",
    "in the news",
    "all over the news",
    "made headlines",
    "headlines",
];

/// Whether the sentence around `s..e` tells public news of a public figure ("Mayor Ellen Vasquez
/// announced at Tuesday's press conference that she tested positive"): a public figure is named
/// there, or is called by the office named before their name elsewhere in the draft ("Wishing
/// the mayor a quick recovery"), and no one in the sentence could be a patient.
pub fn public_news_at(ctx: &Ctx, s: usize, e: usize) -> bool {
    let persons = &ctx.analysis().persons;
    let public = ctx.analysis().any_public();
    let lower = ctx.lower();
    // (sentences are in order: a binary search)
    let ss = ctx.sentences();
    let k = ss.partition_point(|x| x.end < e);
    let Some(sent) = ss.get(k).filter(|x| x.start <= s && e <= x.end) else {
        return false;
    };
    let said = &lower[sent.start..sent.end];
    let told_press =
        || STATEMENT_GATE.hit_in(ctx) && STATEMENT_KEYS.iter().any(|w| said.contains(w));
    if !public && !told_press() {
        return false;
    }
    let inside = |m: &Mention| sent.start <= m.start && m.end <= sent.end;
    if persons.iter().any(|m| inside(m) && is_possible_patient(m)) {
        return false;
    }
    // "the Iowa State linebacker talking about his back rehab at yesterday's press conference":
    // what someone told the press themselves, with no one else named in the sentence
    // (unless the sentence tells the practice's care: "our linebacker patient came in after
    // his press conference")
    if PUBLIC_STATEMENT.iter().any(|p| said.contains(p))
        && !ctx
            .analysis()
            .care
            .iter()
            .any(|c| inside(c) && matches!(c.kind, "encounter" | "patient"))
    {
        return true;
    }
    if !public {
        return false;
    }
    if persons.iter().any(|m| inside(m) && m.kind == PUBLIC) {
        return true;
    }
    persons.iter().filter(|m| m.kind == PUBLIC).any(|m| {
        // the office before the name ("Mayor Ellen Vasquez" told as "Mayor" + name, or with the
        // title inside the mention)
        let before = lower[..m.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let head = lower[m.start..m.end]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        [before, head]
            .iter()
            .any(|office| office.len() >= 4 && has_word(said, &format!("the {office}")))
    })
}

/// A military rank's abbreviation ("Sgt.", "SPC"; "Lt." is left out, as "LT" in capitals is
/// many other things).
fn is_rank_abbreviation(key: &str) -> bool {
    matches!(
        key,
        "sgt" | "ssg" | "sfc" | "cpl" | "capt" | "cpt" | "col" | "pvt" | "spc" | "ltc"
    )
}

/// Whether `w` occurs in `lower` as a whole word.
pub fn has_word(lower: &str, w: &str) -> bool {
    let b = lower.as_bytes();
    starts_of(lower, w).any(|i| {
        let e = i + w.len();
        (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && (e >= b.len() || !b[e].is_ascii_alphanumeric())
    })
}

/// The starts of the occurrences of `needle` in `hay`, as `hay.match_indices(needle)` gives
/// them. In a text of up to 512 bytes (a draft, a sentence, a window) by the byte search of
/// `cues::find_all`, without the two-way searcher's setup, which costs more than such a search;
/// in a longer text, by the searcher, and only after `str::contains` (a vectorized scan, several
/// times faster than the searcher's) finds one.
fn starts_of<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let short = hay.len() <= 512 && !needle.is_empty();
    let by_bytes = short.then(|| crate::rules::boundaries::cues::find_all(hay, needle));
    let by_searcher =
        (!short && hay.contains(needle)).then(|| hay.match_indices(needle).map(|(i, _)| i));
    by_bytes
        .into_iter()
        .flatten()
        .chain(by_searcher.into_iter().flatten())
}

/// "in 2023", "back in 1998": an event of a given year, as news is told. Read at the words'
/// starts (a digit after a space always starts a word), not by a text search for "in ".
fn year_event(ctx: &Ctx) -> bool {
    let b = ctx.lower().as_bytes();
    ctx.words.iter().any(|w| {
        let s = w.start;
        s >= 3
            && s + 4 <= b.len()
            && (b[s] == b'1' && b[s + 1] == b'9' || b[s] == b'2' && b[s + 1] == b'0')
            && &b[s - 3..s] == b"in "
            && b[s..s + 4].iter().all(u8::is_ascii_digit)
            && b.get(s + 4).is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// Where the practice's own name is written ("at Sonrisa Linda", "Glenmarrow Periodontics"): the
/// first two words of the policy's practice name, as words. "Linda" there is no person. One
/// word alone ("Grace" of "Grace Family Dental") could be a patient's name and is not enough.
fn practice_name_spans(ctx: &Ctx) -> Vec<(usize, usize)> {
    let phrase = &ctx.policy.practice_phrase;
    if phrase.is_empty() {
        return Vec::new();
    }
    let lower = ctx.lower();
    let b = lower.as_bytes();
    starts_of(lower, phrase)
        .map(|i| (i, i + phrase.len()))
        .filter(|&(i, e)| {
            (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && (e >= b.len() || !b[e].is_ascii_alphanumeric())
        })
        .collect()
}

fn practice_name_words(ctx: &Ctx) -> Vec<String> {
    const GENERIC: &[&str] = &[
        "the",
        "and",
        "of",
        "for",
        "family",
        "medicine",
        "medical",
        "dermatology",
        "skin",
        "surgery",
        "physical",
        "therapy",
        "sports",
        "dental",
        "clinic",
        "center",
        "health",
        "care",
        "practice",
        "group",
        "associates",
        "pediatrics",
        "orthopedics",
        "&",
    ];
    ctx.policy
        .practice_name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3 && !GENERIC.contains(w))
        // "Keystone Limb & Brace": a health word of the name ("Limb Loss Awareness Month")
        // does not name the practice
        .filter(|w| {
            let (h, _) = crate::detect::health::scan(w, w);
            !h.iter().any(|m| m.start == 0 && m.end == w.len())
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::CompiledPolicy;
    use crate::{Draft, Policy};

    /// The byte reading of an ASCII word's case is the general one, for every word of up to
    /// five characters drawn from letters of both cases, a digit, a hyphen, an apostrophe,
    /// an underscore, `@` and `#`.
    #[test]
    fn ascii_and_hyphen_is_read_from_every_byte() {
        let alphabet: [&[u8]; 5] = [b"a", b"-", b"Z", "\u{e9}".as_bytes(), b"'"];
        let mut level: Vec<Vec<u8>> = vec![Vec::new()];
        let mut n = 0;
        for _ in 0..7 {
            level = level
                .iter()
                .flat_map(|w| {
                    alphabet.iter().map(move |c| {
                        let mut v = w.clone();
                        v.extend_from_slice(c);
                        v
                    })
                })
                .collect();
            for w in &level {
                let want = (w.is_ascii(), w.iter().position(|&b| b == b'-'));
                assert_eq!(ascii_and_hyphen(w), want, "{w:?}");
                n += 1;
            }
        }
        assert!(n > 90_000);
    }

    #[test]
    fn ascii_case_is_the_general_case() {
        let alphabet = b"aZq-1'_B@#";
        let mut words: Vec<Vec<u8>> = Vec::new();
        let mut level: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..5 {
            level = level
                .iter()
                .flat_map(|w| {
                    alphabet.iter().map(move |&c| {
                        let mut v = w.clone();
                        v.push(c);
                        v
                    })
                })
                .collect();
            words.extend(level.iter().cloned());
        }
        assert!(words.len() > 100_000);
        for w in &words {
            let s = std::str::from_utf8(w).unwrap();
            let hyphen = w.iter().position(|&b| b == b'-');
            assert_eq!(ascii_case(w, hyphen), general_case(s), "{s:?}");
        }
    }

    fn persons(text: &str) -> Vec<(String, &'static str)> {
        persons_with(text, Policy::default())
    }

    #[test]
    fn things_and_animals_with_names_are_not_people() {
        for t in [
            "Ask her about her sourdough starter, his name is Gerald",
            "Meet Ruby, our new EMG biofeedback unit (yes, we named her)",
            "our office plant is named Fernando",
        ] {
            assert!(
                persons(t)
                    .iter()
                    .all(|(n, _)| !matches!(n.as_str(), "Gerald" | "Ruby" | "Fernando")),
                "{t}: {:?}",
                persons(t)
            );
        }
        // near misses: a person named after a thing word in another sentence; an apposition
        // that is a person
        assert!(
            persons("We got a new laser. His name is Gerald and he starts chemo Monday.")
                .iter()
                .any(|(n, _)| n == "Gerald")
        );
        assert!(persons("Meet Ruby, our newest patient!")
            .iter()
            .any(|(n, _)| n == "Ruby"));
    }

    #[test]
    fn pets_and_eponym_modifiers_are_not_people() {
        assert!(
            persons("the proud owner of a three-legged beagle named Biscuit")
                .iter()
                .all(|(n, _)| n != "Biscuit")
        );
        assert!(
            persons("Dr. Oyelaran is Webster-certified. Every pregnancy is different.")
                .iter()
                .all(|(n, _)| !n.contains("Webster"))
        );
        assert!(
            persons("Free foot checks at 2150 Magnolia Row this Saturday")
                .iter()
                .all(|(n, _)| !n.contains("Magnolia"))
        );
    }

    #[test]
    fn county_lists_and_saint_towns_are_places() {
        assert!(
            persons("Home visits in Marrow, Logan and Todd counties! Mileage paid.")
                .iter()
                .all(|(n, _)| n != "Logan" && n != "Todd")
        );
        assert!(
            persons("Our Diabetes Program is open to everyone in San Isidro del Valle")
                .iter()
                .all(|(n, _)| !n.contains("Isidro"))
        );
    }

    #[test]
    fn a_name_that_is_a_word_as_the_one_met_or_seen() {
        for (t, name) in [
            ("Aww we loved meeting Lily!! she was such a champ", "Lily"),
            ("Dr. Q saw Grant this morning", "Grant"),
        ] {
            assert!(
                persons(t).iter().any(|(n, _)| n == name),
                "{t}: {:?}",
                persons(t)
            );
        }
        // near misses: the word as a word
        for t in [
            "We loved meeting the lily growers at the farmers market",
            "Great meeting today about the grant we won!",
        ] {
            assert!(persons(t).is_empty(), "{t}: {:?}", persons(t));
        }
    }

    #[test]
    fn lists_of_schools_and_streets_are_places() {
        for t in [
            "We do sports forms for Ridgeview, Jefferson & Cedar Ridge schools.",
            "Crossing guards needed at Grant and Madison streets.",
        ] {
            let found = persons(t);
            assert!(
                found
                    .iter()
                    .all(|(n, _)| n != "Jefferson" && n != "Grant" && n != "Madison"),
                "{t}: {found:?}"
            );
        }
        // near miss: a person named before schools that follow other words
        assert!(
            persons("Thanks Jefferson for visiting our partner schools!")
                .iter()
                .any(|(n, _)| n == "Jefferson")
        );
    }

    #[test]
    fn storms_and_squares_are_not_people() {
        assert!(persons("Hurricane Delia update: we're closed Wednesday.")
            .iter()
            .all(|(n, _)| n != "Delia"));
        assert!(
            persons("Free mouthguard fittings at 19 Tanner Sq. this Tuesday")
                .iter()
                .all(|(n, _)| !n.starts_with("Tanner"))
        );
    }

    fn persons_with(text: &str, p: Policy) -> Vec<(String, &'static str)> {
        detected(&Draft::post(text), p)
    }

    /// The persons found in any draft, with their kinds.
    fn detected(d: &Draft, p: Policy) -> Vec<(String, &'static str)> {
        let cp = CompiledPolicy::new(p);
        let ctx = Ctx::new(d, &cp);
        let mut a = Analysis::default();
        detect(&ctx, &mut a);
        a.persons
            .iter()
            .map(|m| (ctx.norm()[m.start..m.end].to_string(), m.kind))
            .collect()
    }

    #[test]
    fn the_first_name_of_whom_the_reply_answers() {
        let d = Draft::reply(
            "Ngozi!!! So happy the weaning went well!",
            "Ngozi A.",
            "Best decision I made postpartum",
        );
        assert!(detected(&d, Policy::default())
            .iter()
            .any(|(n, _)| n == "Ngozi"));
        // near miss: an unknown word that is not the author's name
        assert!(names("Ngozi!!! So happy the weaning went well!").is_empty());
    }

    #[test]
    fn a_word_name_the_message_answered_gave_in_full() {
        let parent = "Does anyone know if they're good for implants? I think my neighbor Ray Dominguez went there";
        let d = Draft::reply(
            "Hi Tricia! Ray was a fantastic patient, we'd love to see you too",
            "Tricia Lang",
            parent,
        );
        assert!(detected(&d, Policy::default())
            .iter()
            .any(|(n, _)| n == "Ray"));
        // near misses: the same word with no full name before it, and lowercase
        let d = Draft::reply(
            "Hi Tricia! Ray was a fantastic patient, we'd love to see you too",
            "Tricia Lang",
            "Does anyone know if they're good for implants?",
        );
        assert!(detected(&d, Policy::default())
            .iter()
            .all(|(n, _)| n != "Ray"));
        let d = Draft::reply("Thanks, you're a ray of sunshine!", "Tricia Lang", parent);
        assert!(detected(&d, Policy::default())
            .iter()
            .all(|(n, _)| n != "ray"));
        // spoken to after "proud of you"
        assert!(names("his wound is finally closed. proud of you Ray!")
            .iter()
            .any(|n| n == "Ray"));
        assert!(names("proud of you all! Ray of hope awards are Friday").is_empty());
    }

    #[test]
    fn a_figure_who_told_it_publicly_in_spanish() {
        let t = "Como compartió públicamente la cantante Selena Gomez sobre su lupus y su trasplante de riñón, las enfermedades autoinmunes le pueden dar a cualquiera.";
        assert!(names(t).is_empty(), "{:?}", names(t));
        // near miss: someone named with no public telling
        assert!(!names("La señora Gomez vino por su lupus.").is_empty());
    }

    #[test]
    fn a_short_form_of_a_name_the_parent_wrote() {
        let d = Draft::reply(
            "Haha yes!! Bri's been coming in for SMP since March",
            "@kaylee_k",
            "omg is my coworker Brianna a client there??",
        );
        assert!(detected(&d, Policy::default())
            .iter()
            .any(|(n, k)| n == "Bri" && *k == NAME));
        // near misses: no such name in the parent; a word that starts no first name there
        let d = Draft::reply(
            "Haha yes!! Bri's been coming in for SMP since March",
            "@kaylee_k",
            "omg is my coworker a client there??",
        );
        assert!(detected(&d, Policy::default()).is_empty());
        let d = Draft::reply(
            "Tha best team in town!",
            "@kaylee_k",
            "Is Thanksgiving week open?",
        );
        assert!(detected(&d, Policy::default()).is_empty());
    }

    #[test]
    fn the_figure_of_the_news_a_reply_answers() {
        let d = Draft::reply(
            "Thank you for speaking up, Dwayne. Most adults with CKD don't know it.",
            "@HoopsDaily",
            "Former center Dwayne Ellery reveals he's been on dialysis for 2 years.",
        );
        assert!(detected(&d, Policy::default())
            .iter()
            .all(|(_, k)| *k == PUBLIC));
        // near miss: someone else named in the reply stays a possible patient
        let d = Draft::reply(
            "Thank you Dwayne! Marcus Webb started dialysis with us last year.",
            "@HoopsDaily",
            "Former center Dwayne Ellery reveals he's been on dialysis for 2 years.",
        );
        assert!(detected(&d, Policy::default())
            .iter()
            .any(|(n, k)| n == "Marcus Webb" && *k == NAME));
        // a star known by one name, at the head of the headline; and one who talks publicly
        let d = Draft::reply(
            "So glad Adele talks about this. Vocal fold surgery usually means voice rest.",
            "Pacific Pop Daily",
            "Adele opens up about the vocal cord surgery that nearly ended her career",
        );
        assert!(detected(&d, Policy::default())
            .iter()
            .all(|(_, k)| *k == PUBLIC));
        assert!(names(
            "So glad Adele talks about this publicly. Vocal fold surgery means voice rest."
        )
        .is_empty());
        // near miss: the parent is no news of her
        let d = Draft::reply(
            "So glad Adele came in today for her vocal fold surgery.",
            "Pacific Pop Daily",
            "Adele's new album is out today",
        );
        assert!(detected(&d, Policy::default())
            .iter()
            .any(|(n, k)| n == "Adele" && *k == NAME));
    }

    #[test]
    fn office_holders_and_states() {
        let found = persons("Saw on WWL this morning Sen. Arceneaux is recovering after his stroke last week, wishing him well.");
        assert!(found.iter().all(|(_, k)| *k == PUBLIC), "{found:?}");
        assert!(names(
            "Copper Kettle = THE best dentist in Kansas, and Rue Evangeline has parking."
        )
        .is_empty());
        assert!(names(
            "Proud sponsor of the Castle Mesa Turkey Trot 5K! He ran the 400 at Adams State."
        )
        .is_empty());
    }

    #[test]
    fn a_first_name_in_capitals_for_emphasis() {
        assert_eq!(
            names("BIG TONY from the rail yard is BACK after 6 weeks off!"),
            vec!["TONY"]
        );
        // near misses: acronyms and shouted ordinary words
        assert!(names("The ADA recommends fluoride varnish for kids at higher risk.").is_empty());
        assert!(names("We are OPEN this Saturday, walk-ins WELCOME").is_empty());
    }

    #[test]
    fn brands_are_not_people() {
        for t in [
            "We are loving the new Sparkle Kids fluoride toothpaste in every goodie bag!",
            "Grab a pack of Dr. Brite floss picks at the front desk.",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
        // near miss: a person after whom a product is mentioned in the next sentence
        assert_eq!(
            names("Thanks Maya Brooks! Toothpaste samples are at the desk."),
            vec!["Maya Brooks"]
        );
    }

    #[test]
    fn a_language_is_no_person() {
        assert!(
            names("Chúng tôi có nhân viên nói tiếng Việt! Bao can help.")
                .iter()
                .all(|n| n != "Việt")
        );
    }

    #[test]
    fn figures_of_history_and_trivia() {
        assert!(persons(
            "Myth-busting Monday: George Washington's dentures weren't wood. #dentalhistory"
        )
        .iter()
        .all(|(_, k)| *k == PUBLIC));
        // near miss: a patient's own history of care
        assert_eq!(
            persons("Jane Moore's medical history shows two crowns"),
            vec![("Jane Moore".to_string(), NAME)]
        );
    }

    #[test]
    fn trivia_and_shows_named_by_phrases() {
        for t in [
            "fun fact: George Washington's dentures were hippo ivory. Happy Presidents' Day!",
            "Loved seeing Jimmy Fallon on the Tonight Show with his knee brace!",
            "Country star Dolly Haverford told People this week she had cataract surgery.",
            "history nerd corner: George Washington's dentures weren't wood!",
            "Did you know Justice Sonia Sotomayor has lived with type 1 diabetes since she was 7? She wrote about it in her book.",
            "Black History Month: Charles Drew pioneered the blood bank.",
        ] {
            let found = persons(t);
            assert!(
                !found.is_empty() && found.iter().all(|(_, k)| *k == PUBLIC),
                "{t}: {found:?}"
            );
        }
        // near miss: a relation makes the same name a patient again
        assert_eq!(
            persons("Fun fact: my patient Jimmy Fallon loves his knee brace"),
            vec![("Jimmy Fallon".to_string(), TITLED)]
        );
        // near miss: a history of care
        assert_eq!(
            persons("Jane Moore's family history of breast cancer made her nervous"),
            vec![("Jane Moore".to_string(), NAME)]
        );
        // near miss: a star by praise, not by trade
        assert_eq!(
            persons("Jenna Morales was a rock star during her root canal today!"),
            vec![("Jenna Morales".to_string(), NAME)]
        );
    }

    #[test]
    fn affectionate_apposition_names_a_person() {
        assert_eq!(
            names("So proud of our girl Deb from the Tuesday group"),
            vec!["Deb"]
        );
        assert_eq!(names("our boy Will crushed his goals"), vec!["Will"]);
        // near misses: a pet named the same way, and the words without a name
        assert!(names("Say hi to our guy Hope, the new therapy dog").is_empty());
        assert!(names("Meet Big Jim, the newest recliner in Recovery Room 2!").is_empty());
        assert!(names("our girl power playlist is Hope for the best").is_empty());
    }

    #[test]
    fn coach_and_a_lowercase_first_name() {
        assert_eq!(
            names("huge shoutout to coach dan from the track team"),
            vec!["coach dan"]
        );
        // near misses: coach as a class of travel or a brand
        assert!(names("we flew coach class to the conference").is_empty());
        assert!(names("coach bags on sale at the fundraiser").is_empty());
    }

    #[test]
    fn a_public_figure_whose_surname_is_also_a_word() {
        assert_eq!(
            persons("Actor Ben Stiller has talked openly about how a PSA test caught his cancer."),
            vec![("Ben".to_string(), PUBLIC)]
        );
        // near miss: a first name alone in the same public context stays a possible patient
        assert!(persons(
            "Hugh Jackman has talked openly about skin cancer, and Ben asked about his own biopsy."
        )
        .iter()
        .any(|(n, k)| n == "Ben" && *k == NAME));
    }

    #[test]
    fn a_racing_driver_is_public() {
        assert_eq!(
            persons("F1 legend Niki Lauda was racing again just weeks after his 1976 Nürburgring burns."),
            vec![("Niki Lauda".to_string(), PUBLIC)]
        );
        // near miss: a racer of the practice's town is no public figure by the word "racing"
        assert!(
            persons("Niki Lauda was racing again just weeks after his burns, so proud!")
                .iter()
                .any(|(_, k)| *k == NAME)
        );
    }

    #[test]
    fn a_singer_hummed_is_no_person() {
        assert!(names("She still hums Selena in the sterilization room").is_empty());
        // near miss: a person humming
        assert_eq!(
            names("Selena hums along in the waiting room"),
            vec!["Selena"]
        );
    }

    #[test]
    fn tagalog_kin_titles() {
        assert_eq!(
            names("Maraming salamat po kay Tita Nene sa masarap na pancit!"),
            vec!["Tita Nene"]
        );
        assert_eq!(names("Salamat Kuya Ben!"), vec!["Kuya Ben"]);
    }

    #[test]
    fn a_vietnamese_weekday_is_no_name() {
        assert!(names("Có nhân viên nói tiếng Việt vào mỗi thứ Năm. Gọi để đặt lịch.").is_empty());
        // near miss: the same word as a name after a greeting and a kin title
        assert_eq!(names("Chào anh Năm, cảm ơn anh!"), vec!["anh Năm"]);
    }

    #[test]
    fn surname_particles_join_the_name() {
        assert_eq!(
            names("Get well soon Maria de la Cruz!"),
            vec!["Maria de la Cruz"]
        );
        assert_eq!(
            persons("Respect to James Van Der Beek for talking openly about his diagnosis."),
            vec![("James Van Der Beek".to_string(), PUBLIC)]
        );
        // near miss: an article after a name is no particle
        assert_eq!(names("Gracias Maria la mejor"), vec!["Maria"]);
    }

    #[test]
    fn places_that_are_also_first_names() {
        for t in [
            "Heading to Ghana, Kenya or anywhere in the yellow fever zone?",
            "transplant evaluations in Atlanta",
            "flying to Egypt, Kenya and Tanzania",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
        // near misses: the same names as people
        assert_eq!(names("Kenya Davis finished rehab"), vec!["Kenya Davis"]);
        assert_eq!(
            names("so proud of Atlanta Brooks today"),
            vec!["Atlanta Brooks"]
        );
        // a first name after "proud of" with a day after it is a person, not a town
        assert_eq!(
            names("So proud of Mike today, he finished chemo."),
            vec!["Mike"]
        );
    }

    #[test]
    fn the_practices_own_name_is_no_person() {
        let p = || {
            Policy::from_json(r#"{"practice": {"name": "Sonrisa Linda Family Dentistry"}}"#)
                .unwrap()
        };
        assert!(persons_with("27 years of crowns at Sonrisa Linda. Cake at 3!", p()).is_empty());
        // near miss: a patient who shares a word with the name
        assert_eq!(
            persons_with("Linda loved her new crown", p()),
            vec![("Linda".to_string(), NAME)]
        );
    }

    /// The event words read from the shared gate scan are those of their own scan: every word
    /// starts and ends with an ASCII letter or digit (the whole-word tests agree), on texts of
    /// event words, their pieces and glue.
    #[test]
    fn event_words_from_the_gate_scan() {
        assert!(EVENT_WORDS.iter().all(|w| {
            let b = w.as_bytes();
            b[0].is_ascii_alphanumeric() && b[b.len() - 1].is_ascii_alphanumeric()
        }));
        let cp = CompiledPolicy::new(Policy::default());
        let mut pieces: Vec<&str> = EVENT_WORDS.to_vec();
        pieces.extend(EVENT_WORDS.iter().map(|w| &w[..w.len() / 2]));
        pieces.extend(["s", "fun", "run", "5", "k", "é", "x"]);
        let seps = ["", " ", " ", "-", "'", ". ", "é", "_"];
        let mut draw = crate::testutil::drawer(0x2545_F491_4F6C_DD1D);
        let mut found = 0;
        for _ in 0..5_000 {
            let mut t = String::new();
            for _ in 0..draw(10) {
                t.push_str(pieces[draw(pieces.len())]);
                t.push_str(seps[draw(seps.len())]);
            }
            let d = Draft::post(t.as_str());
            let ctx = Ctx::new(&d, &cp);
            let from_gate: Vec<(usize, usize)> =
                crate::rules::confidentiality::media::find_gate_words(
                    &ctx,
                    &[&COMMUNITY_EVENT_GATE],
                )
                .expect("the gate is in the shared scan")
                .into_iter()
                .map(|(s, e, _)| (s, e))
                .collect();
            let own = event_words(ctx.lower());
            assert_eq!(from_gate, own, "{t:?}");
            found += own.len();
        }
        assert!(found > 5_000, "{found}");
    }

    fn names(text: &str) -> Vec<String> {
        let cp = CompiledPolicy::new(Policy::default());
        let d = Draft::post(text);
        let ctx = Ctx::new(&d, &cp);
        let mut a = Analysis::default();
        detect(&ctx, &mut a);
        a.persons
            .iter()
            .filter(|m| is_possible_patient(m))
            .map(|m| ctx.norm()[m.start..m.end].to_string())
            .collect()
    }

    #[test]
    fn a_household_called_by_its_surname() {
        let score = |text: &str| {
            let cp = CompiledPolicy::new(Policy::default());
            let d = Draft::post(text);
            let ctx = Ctx::new(&d, &cp);
            let mut a = Analysis::default();
            detect(&ctx, &mut a);
            a.persons.iter().map(|m| m.score).fold(0.0f32, f32::max)
        };
        for t in [
            "congrats to the Nguyen family who all cleared their screenings",
            "the Garcia twins are back!",
            "¡Buen viaje a la familia Gutiérrez!",
        ] {
            assert!(score(t) >= 0.5, "{t}");
        }
        // near misses: a surname alone, a surname used as a name of a thing
        for t in [
            "the Nguyen lab published a new sleep study",
            "the Nguyen Family Foundation gave us 40 car seats",
        ] {
            assert!(score(t) < 0.5, "{t}");
        }
    }

    #[test]
    fn the_writer_introducing_themselves_and_businesses() {
        assert!(names("Hi Summit Ortho, Brent from Snowcap Urgent Care here. Could you send pricing on 40 knee braces?").is_empty());
        assert!(names("Hi! This is Dana from the front desk, your crown is ready.").is_empty());
        // near misses: someone else from a place, with care; "visits" is no "its"
        assert_eq!(
            names("Brent from the mill came in with a crushed finger"),
            vec!["Brent"]
        );
        assert_eq!(
            names("Dr. Lee visits Brent from the mill, who came in with a crushed finger"),
            vec!["Brent"]
        );
    }

    #[test]
    fn staff_introductions_and_signatures_are_not_patients() {
        // A clinician introduced with a credential keeps that status when named again.
        assert!(names(
            "Meet Rosa Delgado, CPNP! Rosa has been a pediatric nurse practitioner for 12 years."
        )
        .is_empty());
        assert!(names("Welcome Theo Nakashima, LMT! Book with Theo Tue-Sat.").is_empty());
        // Near miss: another first name in the same post is still a possible patient.
        assert_eq!(
            names("Meet Rosa Delgado, CPNP! Rosa helped Jenna Morales with her asthma."),
            vec!["Jenna Morales"]
        );
        // The author's own handle, and a signature at the end.
        assert!(names("add me on my personal IG @priya.n.heals, DMs open! -Priya").is_empty());
        // Near miss: someone else's handle, and a name mid-sentence before a dash.
        assert_eq!(
            names("shoutout to @jess_runs after her knee surgery"),
            vec!["@jess_runs"]
        );
        assert_eq!(names("Thanks -Priya was great today"), vec!["Priya"]);
    }

    #[test]
    fn pro_athletes_in_the_news() {
        assert!(
            names("Packers QB Jordan Love is out with a groin injury, the team said Monday.")
                .is_empty()
        );
        // Near miss: a local player tied to the practice.
        assert_eq!(
            names("Congrats QB Jake Miller on his new front teeth, good as new!"),
            vec!["Jake Miller"]
        );
    }

    #[test]
    fn a_name_in_apposition_to_patient() {
        assert_eq!(
            names("Our patient Deb had a heart attack last spring."),
            vec!["Deb"]
        );
        assert_eq!(
            names("So proud of our client Marcus J. for reaching 1 year sober!"),
            vec!["Marcus J."]
        );
        // Near misses: a portal, a product and a weekday after "patient".
        assert!(names("Try our patient Portal today.").is_empty());
        assert!(names("our patient Monday clinic is open").is_empty());
    }

    #[test]
    fn spanish_courtesy_titles() {
        assert_eq!(
            names("Sra. López, sus gotas para el glaucoma están listas."),
            vec!["Sra. López"]
        );
        assert_eq!(names("Señora Ruiz, gracias por venir"), vec!["Señora Ruiz"]);
    }

    #[test]
    fn a_public_figures_family_told_of_in_their_own_disclosure() {
        let t = "Jimmy Kimmel has talked openly about his son Billy's open-heart surgeries.";
        assert!(names(t).is_empty());
        // near miss: the same family at the practice, in a sentence of their own
        assert_eq!(
            names(
                "Jimmy Kimmel has talked openly about heart health. His son Billy came in today."
            ),
            vec!["Billy"]
        );
    }

    #[test]
    fn the_subject_of_their_own_public_telling() {
        let t = "Magic Johnson went public with his HIV diagnosis in 1991 and is still thriving.";
        assert!(names(t).is_empty());
        // near miss: the same words, the name no subject of the telling
        assert_eq!(
            names("Magic Johnson came in today; he may go public about it later."),
            vec!["Johnson"]
        );
        // a clause about them between the name and the telling
        let t = "Dwayne 'The Rock' Johnson, who is proudly Samoan, has talked openly about his depression.";
        assert!(names(t).is_empty(), "{:?}", names(t));
        // near miss: after the clause, no telling of their own
        assert_eq!(
            names("Glad Johnson, who is proudly Samoan, came in today and talked openly with us."),
            vec!["Johnson"]
        );
    }

    #[test]
    fn a_common_first_name_that_is_a_word_owning_something() {
        assert_eq!(
            names("Hannah will call to adjust Mason's overnight basal."),
            vec!["Hannah", "Mason"]
        );
        // near misses: a town and a shop named for someone; a sentence's first word
        for t in [
            "Visit Grant's Pass in May.",
            "Hope's Closet is open Saturday.",
            "Mason's jars are on sale.",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn a_great_of_a_sport_and_her_own_news() {
        let t = "Tennis great Ana Sorel shared this week that she was diagnosed with melanoma on her scalp.";
        assert!(names(t).is_empty());
        // near miss: the same name as our patient
        assert_eq!(
            names("Our patient Ana Sorel had her melanoma removed today."),
            vec!["Ana Sorel"]
        );
    }

    #[test]
    fn what_a_star_has_said_in_interviews() {
        let t = "Jennifer Aniston has said in interviews that she tried Botox and decided less is more.";
        assert!(names(t).is_empty(), "{:?}", names(t));
        let t = "Nelson Mandela had TB while imprisoned and later spoke out for TB awareness.";
        assert!(names(t).is_empty(), "{:?}", names(t));
        assert_eq!(
            names("Our patient Maria Lopez spoke out about her asthma at the school board."),
            vec!["Maria Lopez"]
        );
        // near miss: interviews for a job are no news
        assert_eq!(
            names("We're doing interviews this week! Maria Lopez came in for her crown today."),
            vec!["Maria Lopez"]
        );
    }

    #[test]
    fn school_and_clergy_titles() {
        assert_eq!(
            names("see how we straightened Principal Dwyer's smile"),
            vec!["Principal Dwyer"]
        );
        assert_eq!(names("Pastor Mike stopped by today"), vec!["Pastor Mike"]);
        // near misses: a role, a Spanish adjective, a holiday
        assert!(names("Our Principal Investigator leads the study").is_empty());
        assert!(names("las caídas son la causa principal de lesiones").is_empty());
        assert!(names("Happy Father's Day to all the dads!").is_empty());
    }

    #[test]
    fn polish_courtesy_titles() {
        assert_eq!(
            names("Pani Halino, nowa proteza dobrze pasuje!"),
            vec!["Pani Halino"]
        );
        // near misses: a pan, and Peter Pan
        assert!(names("Peter Pan day at the clinic! Bring a pan of brownies.").is_empty());
        // Portuguese "Seu" before a name, not "seu" (your)
        assert_eq!(
            names("Parabéns ao Seu Joaquim, que recebeu um rim novo!"),
            vec!["Seu Joaquim"]
        );
        assert!(names("Traga seu cartão do SUS.").is_empty());
    }

    #[test]
    fn vietnamese_kin_titles() {
        assert_eq!(
            names("Chúc mừng cô Hạnh đã giảm A1c từ 11.2 xuống 6.8!"),
            vec!["cô Hạnh"]
        );
        assert_eq!(names("Chị Mai tái khám hôm nay"), vec!["Chị Mai"]);
        assert_eq!(names("anh Tuấn bị tiểu đường"), vec!["anh Tuấn"]);
        // Near misses: the same words without their tone marks are English words.
        assert!(names("Be Kind to your kidneys").is_empty());
        assert!(names("Co Op members get 10% off").is_empty());
        // a holiday's name: "Lễ Lao Động" is Labor Day
        assert!(names("Phòng khám đóng cửa Thứ Hai nhân ngày Lễ Lao Động.").is_empty());
    }

    #[test]
    fn staff_family_and_team_cheers() {
        assert!(names("Fun fact: Dr. Okafor's daughter Zoe just lost her first tooth!").is_empty());
        assert!(names("Our hygienist's son Max made the honor roll!").is_empty());
        assert!(names("Go Bears! Wear your mouthguards this weekend.").is_empty());
        // Near misses: a patient's daughter, and a name after "go" mid-phrase.
        assert_eq!(
            names("Mrs. Ortiz's daughter Zoe came in with a cavity"),
            vec!["Mrs. Ortiz", "Zoe"]
        );
    }

    #[test]
    fn staff_named_with_their_role() {
        assert!(names(
            "Staff news: our hygienist Brooke Tanaka just passed her boards! Brooke sees patients Mon and Fri."
        )
        .is_empty());
        assert!(names(
            "Say hi to Dr. Mendez's new assistant, Kayla Ruiz, CDA! Kayla does sealants."
        )
        .is_empty());
        assert!(names("Kayla Ruiz, our new front desk coordinator, starts Monday.").is_empty());
        assert!(
            names("Welcome our new patient coordinator, Ana Ruiz! Ana will help you.").is_empty()
        );
        // Near miss: a patient of the hygienist.
        assert_eq!(
            names("our hygienist saw Brooke Tanaka for her cleaning"),
            vec!["Brooke Tanaka"]
        );
    }

    #[test]
    fn community_event_winners_and_sponsors() {
        for t in [
            "Shoutout to Coach Harmon and the Ridgeline Raiders for the mouthguard drive!",
            "Congrats to winner Ethan Cho (17:42) and top fundraiser Lisa Park, who raised $2,300 for kids' dental care.",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
        // Near miss: a winner tied to their own care.
        assert_eq!(
            names("Congrats to Ethan Cho, winner of the 5K six weeks after his ACL repair!"),
            vec!["Ethan Cho"]
        );
    }

    #[test]
    fn staff_family_news() {
        assert!(names(
            "Welcome back, Dana Whitfield, NP! Dana and baby Owen are doing great after her maternity leave."
        )
        .is_empty());
        // Near miss: a baby born to a patient is not staff news.
        assert_eq!(
            names("Welcome to the world, baby Owen! Born at 7 lbs after a quick delivery."),
            vec!["Owen"]
        );
    }

    #[test]
    fn towns_and_insurers_are_not_names() {
        for t in [
            "Membership deal with Kessler Falls Rec Center",
            "We accept Davis Vision and Delta Dental",
            "Clinic in Cedar Hollow this week",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
        assert_eq!(names("Get well soon Davis!"), vec!["Davis"]);
    }

    #[test]
    fn titles_initials_handles() {
        assert_eq!(names("Get well soon Mrs. Alvarez!"), vec!["Mrs. Alvarez"]);
        // a quote signed with one initial
        assert_eq!(
            names(
                "\"I didn't think I'd ever feel like myself again.\" - A., mom of 2, treated here"
            ),
            vec!["A."]
        );
        assert!(names("Plan A. Call us today! Vitamin D. Take it daily.").is_empty());
        // military ranks
        assert_eq!(
            names("Thank you Sergeant Dominguez! Sgt. Ruiz says hi"),
            vec!["Sergeant Dominguez", "Sgt. Ruiz"]
        );
        assert!(names("Our sergeant major retired; the lt. governor spoke").is_empty());
        // a rank in capitals, as the army writes it
        assert_eq!(
            names("thank you to SPC Delgado's wife for the brownies"),
            vec!["SPC Delgado"]
        );
        assert!(names("SPC FORM DUE FRIDAY").is_empty());
        // a rank of two words alone is no name; with a name after it, the whole is one
        assert!(names("Thank you, Sergeant Major! Reviews like this mean a lot.").is_empty());
        assert_eq!(names("Sgt. Major Ames came by"), vec!["Sgt. Major Ames"]);
        assert_eq!(names("if you see mr delgado say hi"), vec!["mr delgado"]);
        assert_eq!(names("@tj_runs great job at PT today"), vec!["@tj_runs"]);
        assert!(names("Per @CDCgov and @AmericanCancerSociety, get screened").is_empty());
        assert!(names("Proud to be the concussion team for @AshgroveStateMHky again").is_empty());
        assert_eq!(
            names("congrats @soccerstar_emma on finishing Invisalign!!"),
            vec!["@soccerstar_emma"]
        );
        assert!(names("use code THUMB20 for 20% off @GripSmith fingerboards").is_empty());
        assert_eq!(names("Yes, Brody's CT was clear"), vec!["Brody"]);
        assert!(names("Drop-off at 14 Mason Ct by noon").is_empty());
        assert_eq!(names("hands off @lily_b, she's resting"), vec!["@lily_b"]);
        assert_eq!(names("lol jenna's botox came out great"), vec!["jenna"]);
        assert_eq!(names("celebrating K.L., who beat it"), vec!["K.L."]);
        // a Spanish holiday is no one; the name Dia is
        assert!(names("¡Feliz Día de Acción de Gracias! Cerrado el jueves.").is_empty());
        assert_eq!(names("Dia Ramos came in with a sprain"), vec!["Dia Ramos"]);
        // every phrase of a statement to the press holds a key its gate looks for
        for p in PUBLIC_STATEMENT {
            assert!(STATEMENT_KEYS.iter().any(|k| p.contains(k)), "{p}");
        }
        // one initial for a person after a word for one
        assert_eq!(
            names("so proud of our friend J. who said his first 2-word phrase today"),
            vec!["J."]
        );
        assert!(names("See Building B. who knows where it is").is_empty());
        assert!(names("our little A. is for apple game").is_empty());
        // a place name's first half is no person
        assert!(names("Best periodontist in the Tri-County area!").is_empty());
        // health plans are no people
        assert!(names(
            "We don't take Kaiser right now, sorry! We're in-network with Aetna and Cigna."
        )
        .is_empty());
        // "J.R." with capitals and periods is initials (junior is "Jr.")
        assert_eq!(names("Proud of J.R. from our class"), vec!["J.R."]);
        assert!(names("Martin Luther King Jr. Day clinic hours")
            .iter()
            .all(|n| n != "Jr."));
        assert_eq!(
            names("treatment for a woman like Anna S., seen"),
            vec!["Anna S."]
        );
        assert_eq!(
            names("referencing Mr. James T., operated"),
            vec!["Mr. James T."]
        );
        assert_eq!(names("a phone case for Rob P. If this"), vec!["Rob P."]);
        assert_eq!(names("a note from J. Smith today"), vec!["J. Smith"]);
        assert_eq!(names("Coach Darla's gait"), vec!["Coach Darla"]);
        // a family title is no abbreviation: no name after its period or its possessive
        assert!(names("soul food like Grandma's. Stop by Thursday").is_empty());
        assert_eq!(
            names("We understand you're worried, Sam. Privacy laws prevent us"),
            vec!["Sam"]
        );
        assert!(names("tastes like Grandma's Sunday roast").is_empty());
        assert_eq!(names("say hi to Grandma Rose"), vec!["Grandma Rose"]);
    }

    #[test]
    fn first_names_and_full_names() {
        assert_eq!(
            names("So proud that shortstop Dante Reyes did his rehab here"),
            vec!["Dante Reyes"]
        );
        assert_eq!(names("Greg!! You worked so hard."), vec!["Greg"]);
        assert_eq!(names("Hi coach! Jaylen's doing great"), vec!["Jaylen"]);
        assert_eq!(names("Swipe for Jenna's veneers"), vec!["Jenna"]);
        assert_eq!(names("Congrats Sarah!"), vec!["Sarah"]);
        assert_eq!(names("hi jen, see you soon"), vec!["jen"]);
        assert_eq!(names("MEET MARCUS! HE IS OUR STAR"), vec!["MARCUS"]);
        assert_eq!(
            names("Jackson came in with a broken wrist"),
            vec!["Jackson"]
        );
        assert!(names("Hope is the best medicine. Grant season is here.").is_empty());
    }

    #[test]
    fn common_words_months_and_places_are_not_names() {
        assert!(names("We will grant you that. May is here; hope to see you in June.").is_empty());
        assert!(names("Mark your calendars! Rose gardens bloom at dawn.").is_empty());
        assert!(names("Textbook Jones fracture and a Merkel cell carcinoma").is_empty());
        assert!(names("Seen at St. Vincent's and Mt. Sinai").is_empty());
        assert!(names("Free clinic at Jackson Memorial Hospital").is_empty());
        assert!(names("Election Day is Tuesday. See you Saturday, June 7 at 8am.").is_empty());
        assert!(names("Email frontdesk@summit.example or visit harbor.example/sam").is_empty());
        assert!(names("The U.S. and the E.R. at 9 A.M.").is_empty());
        assert!(names("1875 Wharfside Drive, Building B. Call us").is_empty());
        assert!(names("Take vitamin D. Smith said so").is_empty());
        assert!(names("We moved to Dallas in Texas").is_empty());
    }

    #[test]
    fn local_officers_named_by_their_office() {
        for t in [
            "Thanks to Fort Kent Town Manager Suzie Paradis for riding along!",
            "County Clerk Dana Whitfield cut the ribbon.",
            "Selectwoman Ruth Albee toured the new wing.",
        ] {
            let v = persons(t);
            assert!(
                !v.is_empty() && v.iter().all(|(_, k)| *k == PUBLIC),
                "{t}: {v:?}"
            );
        }
        // near misses: a business's manager, the practice's own office manager
        for t in [
            "The store manager Bob Hennessy came in with chest pain.",
            "Our office manager Dana Whitfield is retiring!",
        ] {
            assert!(persons(t).iter().all(|(_, k)| *k != PUBLIC), "{t}");
        }
    }

    #[test]
    fn staff_clinicians_and_public_figures_are_not_patients() {
        let p = Policy::from_json(r#"{"staff": ["Dr. Priya Raman", "Kelly Ortiz, RN"]}"#).unwrap();
        let v = persons_with("Kelly and Dr. Raman will talk about hips. Meet Dr. Lee!", p);
        assert_eq!(
            v,
            vec![
                ("Kelly".to_string(), STAFF),
                ("Dr. Raman".to_string(), CLINICIAN),
                ("Dr. Lee".to_string(), CLINICIAN)
            ]
        );
        assert_eq!(
            persons("Aaron Rodgers' Achilles tear in 2023 got a lot of people asking about rehab."),
            vec![("Aaron Rodgers".to_string(), PUBLIC)]
        );
        assert_eq!(
            persons("Hugh Jackman has talked publicly about his basal cell carcinomas."),
            vec![("Hugh Jackman".to_string(), PUBLIC)]
        );
        assert_eq!(
            persons("NBA star Dante Reyes did his rehab right here with us!"),
            vec![("Dante Reyes".to_string(), NAME)]
        );
        // a middle initial before the surname; a capitalized word joined to a surname; the
        // figure named again by one name; a Paralympian
        assert_eq!(
            persons("Michael J. Fox has spoken openly for decades about living with Parkinson's."),
            vec![("Michael J. Fox".to_string(), PUBLIC)]
        );
        assert!(persons(
            "In 1991 Magic Johnson publicly announced he was HIV-positive. Treatment works."
        )
        .iter()
        .all(|(_, k)| *k == PUBLIC));
        assert!(
            persons("Demi Lovato has spoken publicly for years about Demi's own recovery.")
                .iter()
                .all(|(_, k)| *k == PUBLIC)
        );
        assert!(persons(
            "Paralympic snowboarder Amy Purdy lost both legs below the knee to meningitis at 19."
        )
        .iter()
        .all(|(_, k)| *k == PUBLIC));
        assert!(persons(
            "Many of you saw King Charles III's public announcement about his cancer treatment."
        )
        .iter()
        .all(|(_, k)| *k == PUBLIC));
        // a health word of the practice's name in a cause's name ("Limb Loss Awareness Month")
        // does not tie the figure to the practice
        let p = Policy::from_json(r#"{"practice": {"name": "Keystone Limb & Brace"}}"#).unwrap();
        assert!(persons_with(
            "Paralympic snowboarder Amy Purdy lost both legs below the knee to meningitis. April is Limb Loss Awareness Month",
            p.clone()
        )
        .iter()
        .all(|(_, k)| *k == PUBLIC));
        // near miss: the practice's distinctive name does
        assert!(persons_with(
            "Paralympic snowboarder Amy Purdy got her new leg at Keystone!",
            p
        )
        .iter()
        .any(|(_, k)| *k != PUBLIC));
        // near misses: a patient named with a middle initial; a first name alone that is no
        // public figure's; a name at the start of a sentence after a capitalized word
        assert_eq!(
            persons("Congrats to Mary K. Lopez on finishing chemo!"),
            vec![("Mary K. Lopez".to_string(), NAME)]
        );
        assert!(persons(
            "Demi Lovato has spoken publicly about her recovery. Ask Jenna, she runs our group."
        )
        .iter()
        .any(|(n, k)| n == "Jenna" && *k != PUBLIC));
        assert_eq!(
            persons("A demo from Jordan Castellanos, PT (our staff)"),
            vec![("Jordan Castellanos".to_string(), CLINICIAN)]
        );
    }

    #[test]
    fn address_position() {
        let cp = CompiledPolicy::new(Policy::default());
        for (text, want) in [
            ("Hi Ms. Ferreira, we saw your review.", true),
            ("Anytime, Dave! See you", true),
            ("Kyle, you told us", true),
            ("Interesting take, Coach Daniels 😂 See you.", true),
            ("Thanks! And tell Jess her biopsy came back", false),
            ("Ashley saw the doctor today", false),
            ("Keep going Eddie Marsh!! only 20 more to go", true),
            ("way to go, Priya!", true),
            ("Thank you so much Rachel!! Give him a fist bump", true),
            ("Ahh Natalie this makes our whole week!!", true),
            ("@streetvet_42 love u Ray 💛", true),
            ("Great question Tom! Many people ask", true),
            ("Buena pregunta Ana, le explicamos", true),
            // near misses: a name after the same words about someone else
            ("We will keep going until Eddie Marsh arrives", false),
        ] {
            let d = Draft::post(text);
            let ctx = Ctx::new(&d, &cp);
            let mut a = Analysis::default();
            detect(&ctx, &mut a);
            let m = a
                .persons
                .iter()
                .find(|m| is_possible_patient(m))
                .expect(text);
            assert_eq!(addressed(&ctx, m), want, "{text}");
            // kept per person of the check's own analysis: asked twice, the same answer, for
            // every person
            let persons = &ctx.analysis().persons;
            for _ in 0..2 {
                for m in persons {
                    assert_eq!(addressed(&ctx, m), addressed_here(&ctx, m), "{text}");
                }
            }
        }
    }

    #[test]
    fn no_panic_on_generated_input() {
        // Deterministic pseudo-random drafts built from tricky pieces, through the whole engine.
        let pieces = [
            "Mr.",
            "Mrs. ",
            "Dr",
            ". ",
            "J.",
            "K.L.",
            "@",
            "@x_y",
            "'s",
            "' ",
            "Anna",
            "S.",
            "😀",
            "\r\n",
            "\u{200B}",
            "é",
            "Ω",
            "王",
            "-",
            ",",
            "!",
            " ",
            "hi ",
            "Meet ",
            "x-ray",
            "before/after",
            "frequent flyer",
            "🙄",
            "your ",
            "hip",
            "Tuesday",
            "a",
        ];
        let e = crate::Engine::new(Policy::default());
        for t in crate::testutil::random_texts(0x2545_f491_4f6c_dd1d, &pieces, 24, 400) {
            let r = e.check(&Draft::reply(t.clone(), "@Ωmega_22", "x"));
            crate::testutil::assert_spans_within(&r, &t);
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for t in [
            "",
            "@",
            "@@",
            "Mr.",
            "Mr. ",
            "J.",
            "J.D",
            "'s",
            "Anna's's",
            "😀 Mrs. 😀",
            "\r\n",
            "A. B. C. D. E.",
            "Dr.Dr.Dr.",
            "ÀÉÎ Ōū",
            "mr",
            "M",
            "x'",
        ] {
            let _ = persons(t);
        }
    }
}
