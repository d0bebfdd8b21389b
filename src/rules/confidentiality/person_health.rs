//! C1: a person (name, initials, @handle, nickname) together with health or visit information.
//!
//! A possible patient found by the persons detector (staff, clinicians and public figures are
//! not) within a few sentences of a health term or a care cue is a patient's identity tied to
//! their care: protected health information under the HIPAA Privacy Rule, whose Safe Harbor
//! lists names first among the identifiers (45 CFR 164.514(b)(2)(i)(A)).
//!
//! A clinician named in an encounter phrase ("seen by Dr. Lee", "referred by Dr. Smith") in a
//! draft about one specific patient also narrows down who the patient is; that is reported at
//! medium severity (it never decides a verdict on its own).

use crate::detect::persons::{addressed, has_word, is_possible_patient, CLINICIAN, STAFF};
use crate::detect::Mention;
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::Gate;
use crate::rules::confidentiality::confirms_patient::{generic_you, is_offer};
use crate::rules::confidentiality::media::{find_words, PATIENT_FEATURES};
use crate::rules::safe_reply::safe_reply;
use std::cell::OnceCell;

pub struct PersonWithHealth;

/// How far (in bytes of normalized text) a health or care term may be from the person.
const WINDOW: usize = 320;

/// Minimum detector score of a person for C1.
const MIN_PERSON: f32 = 0.5;

/// Minimum score of a health term: everyday body words ("your skin") alone don't count.
const MIN_HEALTH: f32 = 0.5;

/// Phrases before a clinician's name that describe a specific patient's encounter.
const ENCOUNTER: &[&str] = &[
    "seen by",
    "referred by",
    "referred to",
    "under",
    "consult w/",
    "consult with",
    "consulted",
    "treated by",
    "operated by",
    "operated on by",
    "reviewed by",
    "managed by",
    "diagnosed by",
    "evaluated by",
    "followed by",
    "examined by",
    "admitted by",
    "cared for by",
    "visited",
    "saw",
    "per",
];

fn nearest<'a>(ms: &Spans<'a>, m: &Mention, min: f32) -> Option<&'a Mention> {
    // Only mentions that start within reach can be within WINDOW of `m`; among those, the
    // closest, and on a tie the first in the list's own order.
    let lo = m.start.saturating_sub(WINDOW + ms.longest);
    let hi = m.end + WINDOW;
    let a = ms.order.partition_point(|&i| ms.ms[i].start < lo);
    let b = ms.order.partition_point(|&i| ms.ms[i].start <= hi);
    ms.order[a..b]
        .iter()
        .map(|&i| (i, &ms.ms[i]))
        .filter(|(_, h)| h.score >= min)
        .filter(|(_, h)| {
            h.end + WINDOW >= m.start
                && h.start <= m.end + WINDOW
                && !(h.start < m.end && m.start < h.end)
        })
        .min_by_key(|&(i, h)| {
            let gap = if h.end <= m.start {
                m.start - h.end
            } else {
                h.start.saturating_sub(m.end)
            };
            (gap, i)
        })
        .map(|(_, h)| h)
}

/// Whether nothing ends a sentence between two mentions.
fn same_sentence(lower: &str, a: &Mention, b: &Mention) -> bool {
    let (lo, hi) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end.min(a.start), a.start)
    };
    !lower[lo..hi].contains(['.', '!', '?', '\n'])
}

/// Whether the first name of person `m` stands as a word in the sentence of mention `h`.
fn named_in_sentence_of(ctx: &Ctx, m: &Mention, h: &Mention) -> bool {
    let norm = ctx.norm();
    let Some(first) = norm[m.start..m.end].split_whitespace().next() else {
        return false;
    };
    let sentences = ctx.sentences();
    let k = sentences.partition_point(|x| x.end <= h.start);
    let Some(st) = sentences.get(k).filter(|x| x.start <= h.start) else {
        return false;
    };
    first.len() >= 2 && has_word(&norm[st.start..st.end], first)
}

/// Whether no blank line separates two mentions.
fn same_paragraph(lower: &str, a: &Mention, b: &Mention) -> bool {
    let (lo, hi) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end.min(a.start), a.start)
    };
    !lower[lo..hi]
        .split('\n')
        .skip(1)
        .any(|line| line.trim().is_empty())
}

/// The sentence around a span, without its final punctuation (the draft's sentences are split
/// once per check and keep titles such as "Dr. Hope" whole).
fn sentence_of<'a>(ctx: &'a Ctx, s: usize, e: usize) -> &'a str {
    let lower = ctx.lower();
    let sentences = ctx.sentences();
    let k = sentences.partition_point(|x| x.end <= s);
    match sentences.get(k) {
        Some(x) if x.start <= s && e <= x.end => {
            lower[x.start..x.end].trim_end_matches(['.', '!', '?', ';', '\n'])
        }
        _ => &lower[s..e],
    }
}

/// Whether the sentence holding byte `s`, or the sentence right before it, congratulates
/// someone ("Congrats Jiwoo!!", "Felicidades, Ana").
fn congratulated_near(ctx: &Ctx, s: usize) -> bool {
    let lower = ctx.lower();
    let sentences = ctx.sentences();
    let k = sentences.partition_point(|x| x.end <= s);
    let lo = sentences
        .get(k.saturating_sub(1))
        .map_or(0, |x| x.start)
        .min(s);
    let hi = sentences.get(k).map_or(lower.len(), |x| x.end.max(s));
    let span = &lower[lo..hi];
    [
        "congrats",
        "congratulations",
        "felicidades",
        "parabéns",
        "parabens",
    ]
    .iter()
    .any(|w| has_word(span, w))
}

/// In the rest of a sentence after a staff member's name, where it tells that they were a
/// patient or client here ("first walked through our doors as a client", "was once a patient
/// of ours", "a former client"), not that they see them ("sees every patient as a person").
fn told_as_former_patient(rest: &str) -> Option<(usize, usize)> {
    const CAME: &[&str] = &[
        "came",
        "walked",
        "started",
        "began",
        "arrived",
        "joined",
        "first",
        "showed up",
    ];
    let mut end = rest.len().min(160);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &rest[..end];
    for who in ["client", "patient", "pt"] {
        for (i, _) in rest.match_indices(who) {
            let tail = &rest[i + who.len()..];
            if tail.chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let head = &rest[..i];
            // "first walked through our doors as a client"
            let came = head.ends_with("as a ") && CAME.iter().any(|c| has_word(head, c));
            // "was once a patient here", "used to be a client"
            // (the whole noun: not "was a patient advocate")
            let next = tail
                .trim_start_matches(' ')
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let whole = tail.starts_with(|c: char| !c.is_alphanumeric() && c != ' ')
                || tail.is_empty()
                || matches!(
                    next,
                    "here"
                        | "of"
                        | "himself"
                        | "herself"
                        | "themselves"
                        | "at"
                        | "with"
                        | "too"
                        | "back"
                        | "for"
                        | "in"
                        | "before"
                );
            let was = ["was once a ", "was a ", "used to be a ", "was formerly a "]
                .iter()
                .any(|w| head.ends_with(w))
                && whole;
            // "Luis, a former client, ...", "Luis, once a patient of ours, ..."
            let apposed = matches!(head.trim(), ", a former" | ", once a" | ", formerly a")
                || (head.trim() == ", a"
                    && (tail.starts_with(" of ours") || tail.starts_with(" here")));
            if came || was || apposed {
                let s = head.len() - head.trim_start_matches([',', ' ']).len();
                return Some((s, i + who.len()));
            }
        }
    }
    None
}

/// Whether the sentence around a person is about a competition they won or played in.
fn in_competition(ctx: &Ctx, m: &Mention) -> bool {
    let lower = ctx.lower();
    let mut a = m.start;
    while a > 0 && !matches!(lower.as_bytes()[a - 1], b'.' | b'!' | b'?' | b'\n') {
        a -= 1;
    }
    let mut b = m.end;
    while b < lower.len() && !matches!(lower.as_bytes()[b], b'.' | b'!' | b'?' | b'\n') {
        b += 1;
    }
    // (a word wholly inside the sentence, read from the shared gate scan: `hit_within` is an
    // automaton's `is_match` on the sentence)
    COMPETITION_GATE.hit_within(ctx, a, b)
}

/// [`COMPETITION`] in the shared scan of all gates.
pub(crate) static COMPETITION_GATE: Gate = Gate::new(COMPETITION);

/// Words of a competition (any occurrence, as a substring).
const COMPETITION: &[&str] = &[
    "winner",
    "winners",
    "champion",
    "champions",
    "mvp",
    "goalie",
    "scored",
    " won ",
    "league",
    "tournament",
    "shootout",
    "finish time",
    "placed first",
    "first place",
    "medal",
    "trophy",
    "coach ",
];

/// Mentions prepared for [`nearest`]: their positions in order of start, and the longest span.
struct Spans<'a> {
    ms: &'a [Mention],
    order: Vec<usize>,
    longest: usize,
}

impl<'a> Spans<'a> {
    fn new(ms: &'a [Mention]) -> Spans<'a> {
        let mut order: Vec<usize> = (0..ms.len()).collect();
        order.sort_by_key(|&i| ms[i].start);
        let longest = ms
            .iter()
            .map(|h| h.end.saturating_sub(h.start))
            .max()
            .unwrap_or(0);
        Spans { ms, order, longest }
    }
}

/// Phrase lists of [`personal_cues`], each searched in one pass over a sentence.
struct Phrases {
    /// A test result told to someone.
    result: aho_corasick::AhoCorasick,
    /// Research, not someone's result.
    research: aho_corasick::AhoCorasick,
    /// Words that point at one person (matched as whole words, see [`any_word`]).
    person: aho_corasick::AhoCorasick,
}

fn phrases() -> &'static Phrases {
    static P: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let ac = |words: &[&str]| {
            crate::build_ac(&aho_corasick::AhoCorasickBuilder::new(), words).expect("phrase list")
        };
        Phrases {
            result: ac(&[
                " showed ",
                " came back ",
                " was positive",
                " was negative",
                " were normal",
                " was normal",
                " salió ",
                " salio ",
                " salieron ",
            ]),
            research: ac(&[
                " a study",
                " a large",
                " a recent",
                " a new study",
                "studies",
                "research",
                " trial",
            ]),
            person: ac(&[
                "you", "your", "ur", "his", "her", "he's", "she's", "he", "she", "him", "tu",
                "tus", "su", "sus", "usted", "le", "te", "él", "ella", "recuerda", "recuerde",
            ]),
        }
    })
}

/// Whether one of the automaton's words occurs in `s` with no ASCII letter or digit right
/// before or after it, at any start (an overlapping search: in "sushe'she's" the word "she's"
/// after the apostrophe counts, though an earlier "she's" inside "sushe's" overlaps it).
fn any_word(ac: &aho_corasick::AhoCorasick, s: &str) -> bool {
    let b = s.as_bytes();
    ac.find_overlapping_iter(s).any(|m| {
        let (i, e) = (m.start(), m.end());
        (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && (e >= b.len() || !b[e].is_ascii_alphanumeric())
    })
}

/// Words that tie a health, body, date or payment word to one person.
const POSSESSIVES: &[&str] = &[
    "your", "ur", "yours", "his", "her", "their", "that", "you", "you're", "youre", "you've",
    // Spanish: su/sus (your, formal; his, her), tu/tus (your)
    "su", "sus", "tu", "tus",
];

/// What plans do in general ("it depends on your insurance; some plans need a referral"): a
/// payment word in such a sentence is no one's coverage. Looked for in the draft through the
/// shared gate scan first.
const PLANS: &[&str] = &[
    "depends on your",
    "some plans",
    "most plans",
    "check with your",
];
pub(crate) static PLANS_GATE: crate::rules::boundaries::cues::Gate =
    crate::rules::boundaries::cues::Gate::new(PLANS);

/// Payment words: what a person's care cost is health information too (45 CFR 160.103).
const PAYMENT: &[&str] = &[
    "deductible",
    "copay",
    "copays",
    "co-pay",
    "claim",
    "balance",
    "bill",
    "insurance",
    "plan",
    "coverage",
    "refund",
];

/// Health and visit words that belong to one person: health terms and care cues in a sentence
/// that speaks to or about someone ("you", "your", "his"), body parts, dates and payment words
/// right after a possessive ("your hip", "your Tuesday 7:15", "your deductible").
fn personal_cues(ctx: &Ctx) -> Vec<Mention> {
    let a = ctx.analysis();
    let lower = ctx.lower();
    let mut out = Vec::new();
    // A possessive at most three words before: "your hip", "your Cigna plan", "your last two
    // visits".
    let owner_before = |s: usize| {
        let mut lo = s.saturating_sub(48);
        while !lower.is_char_boundary(lo) {
            lo -= 1;
        }
        let before = &lower[lo..s];
        let before = match before.rfind(['.', '!', '?', '\n', ',', ';', ':']) {
            Some(k) => &before[k + 1..],
            None => before,
        };
        before
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .rev()
            .take(3)
            .enumerate()
            .any(|(k, w)| {
                POSSESSIVES.contains(&w)
                    && (k == 0
                        || matches!(w, "your" | "ur" | "his" | "her" | "their" | "su" | "sus"))
            })
    };
    // The sentence around a span, at most 200 bytes each side (no quadratic scans).
    let sentence = |s: usize, e: usize| sentence_of(ctx, s, e);
    for h in a.health.iter().chain(a.care.iter()) {
        // "get your life back", "your smile back": the adverb, not the body part ("your
        // lower back", "his back")
        if &lower[h.start..h.end] == "back" && !back_is_body(&lower[..h.start]) {
            continue;
        }
        if owner_before(h.start) && h.score >= 0.15 && !hypothetical_owner(&lower[..h.start]) {
            // "we'll verify your coverage before you come in": a visit still to come
            if h.kind == "visit" && {
                let sent = sentence(h.start, h.end);
                is_offer(sent) || generic_you(sent) || sent.contains("before you")
            } {
                continue;
            }
            out.push(h.clone());
        } else if h.score >= MIN_HEALTH && h.kind != "visit" {
            let sent = sentence(h.start, h.end);
            // "If a headache is sudden, severe or the worst of your life, call 911": a
            // hypothetical, general safety advice.
            let mut head = sent.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@');
            // "@tj_runs great job at PT today": the handles a reply opens with
            while let Some(rest) = head.strip_prefix('@') {
                head = rest
                    .trim_start_matches(|c: char| !c.is_whitespace())
                    .trim_start();
            }
            let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
            if ["if ", "when ", "whenever ", "anytime ", "any time "]
                .iter()
                .any(|w| head.starts_with(w))
            {
                continue;
            }
            // Sympathy or congratulations said to someone ("We're sorry the brackets kept
            // breaking, Maya!", "Congrats on finishing PT, Sam!") is about their care.
            let mut rest = head;
            for p in [
                "we're ", "we are ", "i'm ", "i am ", "so ", "really ", "very ",
            ] {
                rest = rest.strip_prefix(p).unwrap_or(rest);
            }
            let sympathy = [
                "sorry",
                "glad",
                "congrats",
                "congratulations",
                "get well",
                "feel better",
                "hope ",
                "hoping ",
                "so proud",
                "proud of",
                "great job",
                "nice work",
                "way to go",
                "keep it up",
                "happy the ",
                "happy that ",
                "happy for ",
                "happy to hear",
                "thrilled",
                "felicidades",
                "qué bueno",
                "que bueno",
                "qué gusto",
                "que gusto",
                "qué alegría",
                "que alegria",
                "lo siento",
                "lo sentimos",
                "mejórate",
                "mejorate",
                "que se mejore",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
                // "Thanks Peter, and congrats again on the clean PSA results"
                || [
                    "congrats on ",
                    "congrats again on ",
                    "congratulations on ",
                    "sorry about ",
                    // "Helen, we're sorry the denture reline felt rushed"
                    "sorry the ",
                    "sorry that the ",
                ]
                    .iter()
                    .any(|w| sent.contains(w))
                // "DEBOND DAY 🎉 Congrats Jiwoo!! 22 months of braces DONE": congratulations
                // in the sentence, or the one right before, are for this treatment
                || congratulated_near(ctx, h.start);
            // "you can start PT without a referral", "we can check what your plan covers":
            // general information or an offer, not their care
            if !sympathy && (generic_you(sent) || is_offer(sent)) {
                continue;
            }
            // "Ron, the sleep study showed moderate apnea": a result told to the person
            // (not research: "a large study showed that flossing...")
            let result = || {
                (phrases().result.is_match(sent) || value_change(sent))
                    && !phrases().research.is_match(sent)
            };
            // (a word with an everyday meaning, "grab a spot", needs "your" right before it)
            if sympathy || (h.score >= 0.9 && (result() || any_word(&phrases().person, sent))) {
                out.push(h.clone());
            }
        }
    }
    for d in &a.dates {
        if owner_before(d.start) {
            out.push(d.clone());
        }
    }
    for (s, e, _) in find_words(lower, PAYMENT) {
        // ("it depends on your insurance; some plans need a referral": what plans do in general)
        if !owner_before(s) {
            continue;
        }
        let sent = sentence(s, e);
        let general = PLANS_GATE.hit_in(ctx) && PLANS.iter().any(|w| sent.contains(w));
        if !is_offer(sent) && !general {
            out.push(Mention::new(s, e, "payment", 0.8));
        }
    }
    out
}

/// Whether the "you" or "your" that owns the next word stands in a condition ("in case you
/// relapse", "if your crown", "unless you"): what might happen, not what did.
fn hypothetical_owner(before: &str) -> bool {
    let words: Vec<&str> = before
        .rsplit(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    // words run backwards: words[0] is the one right before the health word
    (0..words.len()).any(|i| {
        matches!(words[i], "you" | "your" | "ur" | "u")
            && match words.get(i + 1) {
                Some(&("if" | "unless" | "whenever")) => true,
                Some(&"case") => words.get(i + 2) == Some(&"in"),
                _ => false,
            }
    })
}

/// Whether "back" after `before` is the body part: right after a possessive or a word that
/// describes a back ("your back", "my lower back", "a sore back"), not after a thing given
/// back ("your life back", "your money back").
fn back_is_body(before: &str) -> bool {
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    POSSESSIVES.contains(&prev)
        || matches!(
            prev,
            "my" | "the"
                | "a"
                | "lower"
                | "upper"
                | "low"
                | "mid"
                | "middle"
                | "sore"
                | "bad"
                | "aching"
                | "achy"
                | "stiff"
                | "injured"
                | "hurt"
                | "whole"
                | "tight"
                | "painful"
                | "broken"
        )
}

/// Whether a sentence tells a measured value going from one number to another ("A1c down from
/// 9.1 to 6.4", "BP went from 160 to 128"): one person's readings over time, a result.
fn value_change(sent: &str) -> bool {
    const MOVES: [&str; 7] = [
        "down from ",
        "up from ",
        "dropped from ",
        "went from ",
        "fell from ",
        "improved from ",
        "bajó de ",
    ];
    MOVES.iter().any(|m| {
        crate::rules::boundaries::cues::find_all(sent, m).any(|k| {
            let rest = &sent[k + m.len()..];
            rest.starts_with(|c: char| c.is_ascii_digit())
                && rest
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
                    .trim_start_matches(['%', ' '])
                    .starts_with(|c: char| c.is_alphabetic() || c == '-')
        })
    })
}

/// Whether the draft gives advice or instructions ("you should", "try", "tome 600 mg").
fn advice_given(lower: &str) -> bool {
    // one automaton pass: whether any phrase occurs, as `ADVICE.iter().any(|w| lower.contains(w))`
    static AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        crate::build_ac(
            aho_corasick::AhoCorasickBuilder::new().kind(Some(aho_corasick::AhoCorasickKind::DFA)),
            ADVICE,
        )
        .expect("advice phrases")
    })
    .is_match(lower)
}

/// Phrases of advice or instructions.
const ADVICE: &[&str] = &[
    "you should",
    "you need to",
    "should fix",
    "should help",
    "sounds like",
    "try ",
    "take ",
    "drop to",
    "cut back",
    "switch to",
    "stop ",
    "keep taking",
    "skip ",
    "hold your",
    "pause your",
    "double your",
    "increase your",
    "decrease your",
    "lower your",
    "avoid ",
    // "alternate Tylenol and Motrin", "give him fluids", "she probably needs a stronger carb
    // ratio", "get an MRI"
    "alternate ",
    "you'll be fine",
    "you will be fine",
    "give him ",
    "give her ",
    "give them ",
    "put him ",
    "put her ",
    "probably needs",
    "probably need ",
    "get an ",
    "get a ",
    // Spanish: "tome 600 mg", "póngase hielo", "parece un absceso", "deje de"
    "tome ",
    "póngase",
    "parece un",
    "parece que",
    "deje de",
    "suspenda",
    "usted debe",
    "debe descansar",
    "tiene que",
    "debería",
];

/// "Come in this week and mention this comment", "stop by for a quick check": a visit the
/// sentence invites to, not one that happened.
fn invitation(ctx: &Ctx, visit: &Mention) -> bool {
    if visit.kind != "visit" {
        return false;
    }
    let sent = sentence_of(ctx, visit.start, visit.end);
    let head = sent.trim_start_matches(|c: char| !c.is_alphanumeric());
    [
        "come in",
        "come see",
        "stop by",
        "swing by",
        "book ",
        "schedule ",
    ]
    .iter()
    .any(|w| head.starts_with(w))
        || is_offer(sent)
}

/// Whether the draft tells of no care by the practice (a visit, an encounter, a record); sending
/// someone to care ("vaya a urgencias", "go to the ER") is advice, not care given.
fn no_care_given(ctx: &Ctx) -> bool {
    let lower = ctx.lower();
    let sent_to = |c: &Mention| {
        let b = lower[..c.start].trim_end();
        [
            "go to the",
            "go to",
            "head to the",
            "vaya a",
            "ir a",
            "acuda a",
            "call your",
        ]
        .iter()
        .any(|w| b.ends_with(w))
    };
    !ctx.analysis()
        .care
        .iter()
        .any(|c| matches!(c.kind, "encounter" | "visit" | "record") && !sent_to(c))
}

/// Whether the person raised the health matter `c` themselves: the text the reply answers
/// holds that word or another health term, or asks something ("is 10mg melatonin too much?
/// can't sleep", "¿qué hago?"). A complaint about a bill raises none.
fn raised_in_parent(ctx: &Ctx, c: &Mention) -> bool {
    let parent = &ctx.parent().lower;
    parent.contains(&ctx.lower()[c.start..c.end])
        || parent.contains('?')
        || !ctx.parent_health().0.is_empty()
}

/// An answer giving advice about a health matter the person raised themselves ("my son's CGM
/// reads 300+, should I change his insulin?" - "Sounds like his carb ratio is off, try 1:12"),
/// with no care by the practice in the draft: B1's business (advice in public), not a
/// disclosure that someone is a patient.
pub(crate) fn advice_on_their_question(ctx: &Ctx) -> bool {
    ctx.draft.kind.is_answer()
        && advice_given(ctx.lower())
        && no_care_given(ctx)
        && !ctx.parent_health().0.is_empty()
}

impl Rule for PersonWithHealth {
    fn id(&self) -> &'static str {
        "person-with-health"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let a = ctx.analysis();
        if a.persons.is_empty() {
            return;
        }
        // a story shared with the patient's signed authorization stated (as RULES.md asks)
        if super::media::stated_authorization(ctx.lower()) {
            return;
        }
        let answer = ctx.draft.kind.is_answer();
        // Everything below is computed on first need: most drafts name no possible patient.
        let suggestion = OnceCell::new();
        let suggestion = || {
            suggestion.get_or_init(|| if answer {
                safe_reply(ctx)
            } else {
                "Remove the name, initials or handle (or anything else that points at the person), or post only with the patient's signed authorization on file.".to_string()
            })
        };
        let lower = ctx.lower();
        let personal = OnceCell::new();
        let feature = OnceCell::new();
        let feature = || {
            feature
                .get_or_init(|| {
                    find_words(lower, PATIENT_FEATURES)
                        .first()
                        .map(|&(s, e, _)| Mention::new(s, e, "patient-feature", 1.0))
                })
                .as_ref()
        };
        let (personal_spans, health_spans, care_spans) =
            (OnceCell::new(), OnceCell::new(), OnceCell::new());
        let personal_spans = || {
            personal_spans.get_or_init(|| Spans::new(personal.get_or_init(|| personal_cues(ctx))))
        };
        let health_spans = || health_spans.get_or_init(|| Spans::new(&a.health));
        let care_spans = || care_spans.get_or_init(|| Spans::new(&a.care));
        let mut patient_named = false;
        // only an answer addressing someone asks these; computed on first need
        let advice = OnceCell::new();
        let no_care = OnceCell::new();
        let news = OnceCell::new();
        for m in a.persons.iter().filter(|m| is_possible_patient(m)) {
            if m.score < MIN_PERSON {
                continue;
            }
            // "Wishing Devin a full recovery 🙏" answering a team's "INJURY UPDATE: QB Devin
            // Marsh suffered a torn ACL": someone else's news named again, adding nothing
            if answer
                && super::confirms_patient::named_in_parent(ctx, m)
                && *news.get_or_init(|| super::confirms_patient::adds_nothing_to_news(ctx))
            {
                continue;
            }
            // Someone spoken to ("Hi Dana! We treat kids with heel pain") is told general
            // information unless the health or visit words are theirs ("your hip", "your
            // Tuesday 7:15", "12 weeks of rehab ... so proud of you").
            // The person the reply answers, called by their own name anywhere in a reply that
            // gives them advice about what they raised ("Totally safe Renata! Just skip your
            // Eliquis the morning of") is spoken to like "Hi Renata".
            let to_author = answer
                && *advice.get_or_init(|| advice_given(lower))
                && *no_care.get_or_init(|| no_care_given(ctx))
                && ctx.draft.in_reply_to.as_ref().is_some_and(|r| {
                    !r.author.trim().is_empty()
                        && super::unmasking::matches_author(&ctx.norm()[m.start..m.end], &r.author)
                });
            let cue = if to_author || addressed(ctx, m) {
                // "@mel yes, way too much! Drop to 0.5mg... that should fix your insomnia":
                // advice about a condition the person raised themselves, with no care by the
                // practice in sight, is B1's business (they asked in public), not a disclosure
                // (raised by them: see `raised_in_parent`; "the protocol Sage designed for your
                // IBS", answering a complaint about a bill, tells a condition they never raised)
                nearest(personal_spans(), m, 0.0).filter(|c| {
                    !(answer
                        && (crate::detect::health::is_condition(c.kind)
                            || matches!(c.kind, "medication" | "body" | "test"))
                        && *advice.get_or_init(|| advice_given(lower))
                        && *no_care.get_or_init(|| no_care_given(ctx))
                        && raised_in_parent(ctx, c))
                })
            } else if in_competition(ctx, m) {
                // "Congrats to goalie Ivy Moreau for that save. Mouthguards in, ladies!": a
                // winner or player of a sponsored event, with health words only in other
                // sentences
                // (or in a sentence that names them again: "Deb joined our heart failure
                // clinic in January")
                nearest(health_spans(), m, MIN_HEALTH)
                    .or_else(|| nearest(care_spans(), m, 0.5))
                    .filter(|h| same_sentence(lower, m, h) || named_in_sentence_of(ctx, m, h))
            } else {
                // a blank line ends a topic: a thank-you paragraph after a paragraph about the
                // cause does not tie its names to the cause's health words
                nearest(health_spans(), m, MIN_HEALTH)
                    .filter(|h| same_paragraph(lower, m, h))
                    .or_else(|| {
                        nearest(care_spans(), m, 0.5)
                            .filter(|h| same_paragraph(lower, m, h) && !invitation(ctx, h))
                    })
                    .or_else(|| nearest(personal_spans(), m, 0.0))
            };
            let Some(cue) = cue.or_else(feature) else {
                continue;
            };
            patient_named = true;
            let who = ctx.text.orig_slice(m.start, m.end);
            let what = ctx.text.orig_slice(cue.start, cue.end);
            out.push(
                Hit::new(
                    "C1",
                    self.id(),
                    Severity::High,
                    m.span(),
                    // (the pieces joined at their exact length: `format!` grows its string
                    // piece by piece, and a long draft has hundreds of these)
                    [
                        "\"",
                        who,
                        "\" is named together with health or visit information (\"",
                        what,
                        "\"). A person's name, initials or handle tied to their care is protected health information under the HIPAA Privacy Rule (45 CFR 164.514(b)(2)).",
                    ]
                    .concat(),
                )
                .suggest(suggestion().clone()),
            );
        }
        // "Our own Luis Carrizo first walked through our doors as a client back in 2016": one
        // of the team told as a former patient is a patient like any other
        for m in a.persons.iter().filter(|m| m.kind == STAFF) {
            // (the rest of the sentence that holds the name; sentences are in order)
            let ss = ctx.sentences();
            let Some(sent_end) = ss
                .get(ss.partition_point(|x| x.end <= m.start))
                .filter(|x| x.start <= m.start && m.end < x.end)
                .map(|x| x.end)
            else {
                continue;
            };
            let Some((s, e)) = told_as_former_patient(&lower[m.end..sent_end]) else {
                continue;
            };
            let who = ctx.text.orig_slice(m.start, m.end);
            let what = ctx.text.orig_slice(m.end + s, m.end + e);
            patient_named = true;
            out.push(
                Hit::new(
                    "C1",
                    self.id(),
                    Severity::High,
                    m.span(),
                    format!(
                        "\"{who}\" is one of the team, but the draft tells that they were a patient (\"{what}\"). That a person was treated here is protected health information under the HIPAA Privacy Rule (45 CFR 164.514(b)(2)), staff included."
                    ),
                )
                .suggest("Leave out that they were a patient, unless they signed an authorization to share their story."),
            );
        }
        // Clinicians in an encounter phrase, in a draft about one specific patient.
        let specific =
            patient_named || !a.identifiers.is_empty() || !a.dates.is_empty() || !a.ages.is_empty();
        if !specific {
            return;
        }
        for m in a.persons.iter().filter(|m| m.kind == CLINICIAN) {
            let before = lower[..m.start].trim_end();
            let patient_of = lower[m.end..].starts_with("'s patient");
            if !patient_of
                && !ENCOUNTER.iter().any(|p| {
                    before.ends_with(p)
                        && before[..before.len() - p.len()]
                            .chars()
                            .last()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
            {
                continue;
            }
            if !a.health.iter().any(|h| h.score >= MIN_HEALTH) && a.care.is_empty() {
                continue;
            }
            let who = ctx.text.orig_slice(m.start, m.end);
            out.push(
                Hit::new(
                    "C1",
                    "clinician-in-encounter",
                    Severity::Medium,
                    m.span(),
                    format!(
                        "\"{who}\" is named as the clinician of one patient's visit. With the date, place or condition, the treating clinician narrows down who the patient is (HIPAA Privacy Rule, 45 CFR 164.514(b)(2)(ii))."
                    ),
                )
                .suggest("Leave out who treated the patient, when and where."),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Report, Verdict};

    fn staff_policy() -> Policy {
        Policy::from_json(
            r#"{"practice": {"name": "Maple Grove Family Medicine", "phones": ["(555) 201-4400"]},
                "staff": ["Dr. Priya Raman", "Tom Becker, PA-C", "Kelly Ortiz, RN"]}"#,
        )
        .unwrap()
    }

    fn check(text: &str) -> Report {
        Engine::new(staff_policy()).check(&Draft::post(text))
    }

    fn c1(r: &Report) -> Vec<(usize, usize)> {
        r.findings
            .iter()
            .filter(|f| f.code == "C1")
            .map(|f| (f.start, f.end))
            .collect()
    }

    #[test]
    fn one_of_the_team_told_as_a_former_patient() {
        let p =
            Policy::from_json(r#"{"staff": ["Luis Carrizo, Certified Peer Specialist"]}"#).unwrap();
        let e = Engine::new(p);
        for t in [
            "Our own Luis Carrizo first walked through our doors as a client back in 2016 during his recovery. Today he leads the WRAP group.",
            "Luis Carrizo, a former client, now leads our WRAP group.",
            "Luis Carrizo was once a patient here himself!",
        ] {
            assert_eq!(c1(&e.check(&Draft::post(t))).len(), 1, "{t}");
        }
        // near misses: what they do for clients, a job before this one
        for t in [
            "Luis Carrizo sees every client as a whole person.",
            "Luis Carrizo started as a receptionist in 2016.",
            "Luis Carrizo was a patient advocate for ten years before joining us.",
        ] {
            assert!(c1(&e.check(&Draft::post(t))).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_child_named_with_a_pediatric_injury() {
        let d = Draft::reply(
            "Aww we loved meeting Maya!! nursemaid's elbow pops back in so fast, she was such a champ.",
            "Ashley Nguyen",
            "Thank you for fixing my daughter's arm last night!!",
        );
        assert_eq!(
            Engine::new(staff_policy()).check(&d).verdict,
            Verdict::Block
        );
        // near miss: the injury explained to every parent
        let r = check("Nursemaid's elbow is common in toddlers and usually pops back in with one gentle move.");
        assert!(c1(&r).is_empty(), "{r:?}");
    }

    #[test]
    fn the_reviewer_greeted_in_portuguese() {
        let d = Draft::reply(
            "Oi Ana Luiza! Não podemos falar sobre pacientes aqui. Em geral, muitas pessoas em diálise conseguem viajar.",
            "Ana Luiza",
            "minha mãe faz diálise com vocês, ela pode viajar pro Brasil?",
        );
        assert!(c1(&Engine::new(staff_policy()).check(&d)).is_empty());
        // near miss: someone else named beside the same words
        let d = Draft::reply(
            "Oi Ana Luiza! A Dona Fátima faz diálise aqui às terças.",
            "Ana Luiza",
            "minha mãe faz diálise com vocês?",
        );
        assert!(!c1(&Engine::new(staff_policy()).check(&d)).is_empty());
    }

    #[test]
    fn what_plans_do_in_general_is_no_ones_coverage() {
        let e = Engine::new(staff_policy());
        let parent = "Does my son need a referral for an eval?";
        let d = Draft::reply(
            "Hi Jasmine! It depends on your insurance; some plans need a referral and some don't.",
            "Jasmine Ortiz",
            parent,
        );
        assert!(c1(&e.check(&d)).is_empty());
        // near miss: what her plan did
        let d = Draft::reply(
            "Hi Jasmine! Your insurance denied the claim.",
            "Jasmine Ortiz",
            parent,
        );
        assert!(!c1(&e.check(&d)).is_empty());
    }

    #[test]
    fn advice_to_the_commenter_is_not_their_record() {
        // B1's business (advice to one person), not a disclosure: they asked in public.
        for (t, parent) in [
            ("@mtnhiker_jess yep that's bacterial conjunctivitis, grab some drops and stay home 2 days", "red goopy eye since yesterday, what is it?"),
            ("@vegas_bro_77 that's an infection bro, you need antibiotics", "my cut is red and hot"),
        ] {
            let r = Engine::new(staff_policy()).check(&Draft::reply(t, "someone", parent));
            assert!(c1(&r).is_empty(), "{t}");
        }
        // near miss: their treatment here
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "@jess_k so sorry your crown came loose again, call us and we'll fix it",
            "jess_k",
            "crown fell out",
        ));
        assert!(r.verdict == Verdict::Block);
    }

    #[test]
    fn spanish_drafts() {
        for t in [
            "Hola Gloria, el saldo de la cirugía de Mateo es de $410 después de su seguro.",
            "Sí Rosario, ya llegaron los análisis de Javier. El doctor quiere verlo el jueves a las 10.",
            "¡Qué bueno, Lupita! Recuerda usar las gotas para el glaucoma todas las noches.",
        ] {
            assert_eq!(check(t).verdict, Verdict::Block, "{t}");
        }
        // near misses: general information in Spanish
        for t in [
            "Vacunas para la escuela: sin cita los miércoles de 8am a 12pm en la clínica. ¿Preguntas? Llámenos.",
            "¿Sabía que la gripe se puede prevenir? La vacuna está disponible para todos.",
        ] {
            assert_eq!(check(t).verdict, Verdict::Ok, "{t}");
        }
    }

    #[test]
    fn titles_do_not_end_a_sentence() {
        // "Dr. Hope" is a clinician, not "hope ..." said to someone
        let t = "Great question, Helen! Dr. Adeyemi and Dr. Hope are both board-certified in Allergy & Immunology.";
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            t,
            "Helen",
            "is an allergist an immunologist?",
        ));
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn results_and_authorizations_told_to_the_person() {
        for (t, parent) in [
            ("Maria, the sleep study showed moderate apnea and Dr. Le sent the CPAP order on the 9th.", "any news?"),
            ("@knittingKat so glad we finally got that prior auth through for you!!", "thank you all"),
        ] {
            let r = Engine::new(staff_policy()).check(&Draft::reply(t, "someone", parent));
            assert_eq!(r.verdict, Verdict::Block, "{t}");
        }
        // near miss: research findings told to a commenter
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "Hi Dana! A large study showed that flossing daily lowers gum disease risk.",
            "Dana",
            "is flossing worth it?",
        ));
        assert_eq!(r.verdict, Verdict::Ok, "{:?}", r.findings);
    }

    #[test]
    fn stories_shared_with_a_stated_signed_authorization() {
        // fires: leave denied or only spoken; quiet: a signed authorization stated
        crate::testutil::assert_examples(
            |t| !c1(&check(t)).is_empty(),
            &[
                "Marisol finished chemo today! We posted this without a signed authorization, oops.",
                "Marisol finished chemo today! She said it was fine to share.",
            ],
            &[
                "\"Honestly easier than a dental cleaning.\" — Greg, who gave us his signed written authorization to share his words 🙌",
                "Marisol finished chemo today! She signed a HIPAA authorization so we could cheer her on here.",
            ],
        );
    }

    #[test]
    fn winners_of_sponsored_events_and_office_holders() {
        for t in [
            "Congrats to the Otters U12 girls, league champions! Huge shoutout to Coach Tamsin Reyes and to goalie Ivy Moreau for that shootout save. Mouthguards in, ladies!",
            "Wishing Governor Ainsley a smooth recovery. Learn BE FAST and call 911 at the first sign of stroke.",
        ] {
            assert!(c1(&check(t)).is_empty(), "{t}");
        }
        // near miss: the player's own injury in the same sentence
        assert!(!c1(&check(
            "Congrats to goalie Ivy Moreau, back in the net after her ACL reconstruction!"
        ))
        .is_empty());
    }

    #[test]
    fn advice_about_their_own_condition_is_b1_not_c1() {
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "@melatonin_mel yes, way too much! Drop to 0.5mg 2 hrs before bed and no screens after 9. That should fix your insomnia.",
            "melatonin_mel",
            "is 10mg melatonin too much? can't sleep",
        ));
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
        assert_eq!(r.verdict, Verdict::Warn);
        // near miss: a visit of theirs is in the draft
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "@mel so sorry your insomnia is back since your visit Tuesday, try dropping to 0.5mg",
            "mel",
            "still can't sleep",
        ));
        assert_eq!(r.verdict, Verdict::Block);
        // the same in Spanish
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "Héctor, parece un absceso. Tome 600 mg de ibuprofeno cada 6 horas. Si le da fiebre, vaya a urgencias.",
            "Héctor",
            "Me duele mucho una muela y se me hinchó la cara, ¿qué hago?",
        ));
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
        assert_eq!(r.verdict, Verdict::Warn);
        // called by their own display name without a comma
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "Totally safe Renata! Just skip your Eliquis the morning of so you don't bruise",
            "Renata Ibáñez",
            "Is it safe to get acupuncture while I'm on blood thinners? I take Eliquis",
        ));
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
        assert_eq!(r.verdict, Verdict::Warn);
        // what to give a child, and a reading they told ("carb ratio", a test)
        for (t, author, parent) in [
            (
                "Mandy alternate Tylenol and Motrin every 3 hrs and put him in a lukewarm bath, that should break the fever.",
                "Mandy Price",
                "my son has a 102 fever, ER wait is 6 hours. what do I do",
            ),
            (
                "That's an abscess, Gil. Start amoxicillin 500mg three times a day and you'll be fine till Monday.",
                "Gil Pacheco",
                "tooth is killing me and my cheek is swelling up. can I just wait till Monday?",
            ),
            (
                "Rachel, she probably needs a stronger carb ratio - try 1:10 instead of 1:15.",
                "Rachel K.",
                "my daughter's CGM says 280 after dinner every night, she's on Humalog. ideas?",
            ),
        ] {
            let r = Engine::new(staff_policy()).check(&Draft::reply(t, author, parent));
            assert!(c1(&r).is_empty(), "{t}: {:?}", r.findings);
            assert_eq!(r.verdict, Verdict::Warn, "{t}");
        }
    }

    #[test]
    fn cleared_for_duty_is_care() {
        let t = "Tony from the rail yard is back after 6 weeks off, cleared for full duty today!";
        assert!(!c1(&check(t)).is_empty(), "{:?}", check(t));
        // near miss: a policy about clearance
        let t = "Employers: we can see injured workers same day and tell you when they are cleared for full duty.";
        assert!(c1(&check(t)).is_empty(), "{:?}", check(t));
    }

    #[test]
    fn claims_offers_and_conditions_spoken_to_a_handle_are_no_ones_care() {
        let c1_of = |t: &str, author: &str, parent: &str| {
            let r = Engine::new(staff_policy()).check(&Draft::reply(t, author, parent));
            c1(&r)
        };
        for (t, parent) in [
            (
                "@skeptic_al our program works for people who follow it. get your life back 💯",
                "does methadone even work",
            ),
            (
                "@waves keep narcan around in case you relapse",
                "been on subs for a year, thinking of tapering",
            ),
            (
                "@cpap_h our oral appliances help sleep apnea in most patients",
                "is there anything besides CPAP",
            ),
            (
                "@sleepy Coverage varies, so call Corbin and he can look up your plan's benefits.",
                "does medical insurance ever cover these appliances?",
            ),
        ] {
            assert!(c1_of(t, "", parent).is_empty(), "{t}");
        }
        // sympathy for a procedure, said to the reviewer by name
        assert!(!c1_of(
            "Helen, we're sorry the denture reline felt rushed. We'd love to redo it.",
            "Helen M.",
            "2 stars. They were rushed.",
        )
        .is_empty());
        // still theirs: a back that hurts, their own plan told
        assert!(!c1_of(
            "@runner_jo how is your lower back since the adjustment?",
            "",
            "thanks for today!",
        )
        .is_empty());
    }

    #[test]
    fn the_author_called_by_name_is_spoken_to() {
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "Dale we'll beat it! Come in this week, mention this comment and you pay $55",
            "Dale Ostrowski",
            "$85 for a DOT physical?? Crossroads Clinic charges $60",
        ));
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
        // near miss: someone else named with the visit
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "Dale, Marcy came in this week for her DOT physical",
            "Dale Ostrowski",
            "$85 for a DOT physical?? Crossroads Clinic charges $60",
        ));
        assert!(!c1(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn transplant_news_of_a_patient_by_initials() {
        let t = "shout out to D.W. who got a kidney from the transplant center last night!! after 4 yrs in our unit";
        assert!(!c1(&check(t)).is_empty(), "{:?}", check(t));
        // near miss: education about donation
        assert!(c1(&check(
            "Living donor kidneys last longer. Ask us about the transplant list."
        ))
        .is_empty());
    }

    #[test]
    fn congratulations_later_in_the_sentence() {
        let r = Engine::new(staff_policy()).check(&Draft::reply(
            "Ha! Thanks Peter Lindqvist, and congrats again on the clean PSA results 🎉",
            "@prostate_pete",
            "the waiting room wifi password is on the fridge lol",
        ));
        assert!(!c1(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn a_winner_named_again_with_their_care() {
        let t = "Congrats to the winner of our Heart Month raffle, Deb Salazar of Cedar Flats! Deb joined our heart failure clinic in January. Come grab your basket Deb!";
        assert!(!c1(&check(t)).is_empty());
        // near miss: the winner named again without care
        let t = "Congrats to the winner of our Heart Month raffle, Deb Salazar of Cedar Flats! Deb, come grab your gift basket at the front desk.";
        assert!(c1(&check(t)).is_empty(), "{:?}", check(t));
    }

    #[test]
    fn someone_elses_news_named_again_in_a_wish() {
        let e = Engine::new(staff_policy());
        let news = "INJURY UPDATE: QB Devin Marsh suffered a torn ACL in Saturday's game and will miss the remainder of the season. #GoCougars";
        let r = e.check(&Draft::reply(
            "Tough news. Wishing Devin a full recovery 🙏 ACL tears are unfortunately common in football; warm-up programs can lower the risk.",
            "@CalderonStFB",
            news,
        ));
        assert!(
            !r.findings.iter().any(|f| f.code == "C1" || f.code == "C2"),
            "{:?}",
            r.findings
        );
        // near misses: care or a new health detail told in the answer, news told by the family
        // at this practice
        for (t, parent) in [
            (
                "Wishing Devin a full recovery! His surgery with us is Monday.",
                news,
            ),
            (
                "day-to-day is generous 😬 that shoulder needs another month at least. get well Jordan!!",
                "Injury update: forward Jordan Pike is day-to-day (upper body).",
            ),
            (
                "Wishing Devin a full recovery, he's in great hands!",
                news,
            ),
            (
                "Wishing Devin a full recovery 🙏",
                "My son Devin tore his ACL at practice, you guys saw him today",
            ),
        ] {
            let r = e.check(&Draft::reply(t, "@someone", parent));
            assert!(!c1(&r).is_empty(), "{t}: {:?}", r.findings);
        }
    }

    #[test]
    fn a_quoted_nickname_of_one_of_ours() {
        for t in [
            "huge congrats to one of our Teen Clinic kiddos, \"Bean\" 🫘 — 6 months vape free as of today!!! so proud of you kid",
            "Shoutout to one of our clients, “Big Mike”, 2 years sober this week!",
        ] {
            assert!(!c1(&check(t)).is_empty(), "{t}: {:?}", check(t));
        }
        // near misses: no care, quoted words of a review
        for t in [
            "one of our favorite clients, \"Big Mike\", stopped by with donuts for the whole team!",
            "Our patients say it best: \"Friendly\" and \"Fast\" 💙 Thanks for 500 reviews!",
        ] {
            assert!(c1(&check(t)).is_empty(), "{t}: {:?}", check(t));
        }
    }

    #[test]
    fn a_winner_told_their_own_condition() {
        let t = "🎉 GIVEAWAY WINNER 🎉 congrats @lexi.morales_ !!! you won a free HydraFacial 💦 we know how hard your acne journey has been this year, can't wait to pamper you 💕";
        assert!(!c1(&check(t)).is_empty(), "{:?}", check(t));
        // near misses: a reminder to everyone, a condition in a paragraph of its own
        for t in [
            "Congrats to our raffle winner Ethan Cho! Don't forget your flu shot this season, everyone.",
            "Congrats to our raffle winner Ethan Cho!\n\nStruggling with your acne? Book a consult.",
        ] {
            assert!(c1(&check(t)).is_empty(), "{t}: {:?}", check(t));
        }
    }

    #[test]
    fn readings_told_to_the_person_they_belong_to() {
        // someone congratulated, then their numbers moving from one value to another
        for t in [
            "Congrats @dockside_dan on the new CDL card!! A1c down from 9.4 to 6.8 and BP steady. Proud of you",
            "Way to go Mariela Fuentes! LDL went from 190 to 112 in six months.",
        ] {
            assert!(!c1(&check(t)).is_empty(), "{t}");
        }
        // near misses: a program's figures, a number that is no reading, general education
        for t in [
            "Congrats @dockside_dan on the new CDL card!! Clinic visits are down from 40 a day to 25 since we added telehealth.",
            "Congrats Mariela Fuentes on 10 years at the front desk! Wait times are down from 20 min to 8.",
            "Lowering an A1c from 9 to 7 cuts the risk of eye and kidney damage by a third.",
        ] {
            assert!(c1(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_blank_line_ends_the_topic() {
        let t = "Saturday's walk raised $18,400 for families during transplant evaluations.\n\nCongratulations to our top team, captained by Bonnie Mae Harrell, who raised $3,150!";
        assert!(c1(&check(t)).is_empty(), "{:?}", check(t));
        // near miss: the same words in one paragraph
        let t = "Bonnie Mae Harrell is home after her transplant evaluation.\nCongrats, Bonnie!";
        assert!(!c1(&check(t)).is_empty());
    }

    #[test]
    fn public_figures_own_disclosures() {
        for t in [
            "Simone Biles has talked openly about having ADHD and taking medication for it. If your family is new to an ADHD diagnosis, you're not alone.",
            "Hugh Jackman has been open about his basal cell carcinomas and now wears sunscreen daily. Any new or changing spot deserves a look.",
            "Did you catch Lena Marquez talking about her rosacea on the Tonight Show?? Love when celebs normalize skin conditions.",
        ] {
            assert!(c1(&check(t)).is_empty(), "{t}");
        }
        // told on air, or announced by their team
        for t in [
            "Channel 9 anchor Dana Whitcomb shared on air this week that she has sleep apnea and uses CPAP every night.",
            "Like a lot of fans we saw Boston announce that ace Cole Brannigan is out with a UCL sprain.",
        ] {
            assert!(c1(&check(t)).is_empty(), "{t}");
        }
        // near misses: the practice telling someone's diagnosis
        assert!(!c1(&check(
            "Marcus Webb came in Tuesday and we confirmed his ADHD diagnosis."
        ))
        .is_empty());
        assert!(!c1(&check(
            "Dana Whitcomb came in Tuesday for her CPAP fitting, our favorite news anchor!"
        ))
        .is_empty());
    }

    #[test]
    fn sympathy_to_a_named_person_about_treatment() {
        assert!(!c1(&check("We're sorry the brackets kept breaking, Maya!")).is_empty());
        // Near miss: general information to a named reader.
        assert!(c1(&check(
            "Hi Maya! Brackets are bonded to each tooth with a special glue."
        ))
        .is_empty());
    }

    #[test]
    fn spanish_possessive_ties_health_to_the_person() {
        assert!(!c1(&check(
            "Sra. López, sus gotas para el glaucoma están listas."
        ))
        .is_empty());
        // Near miss: general Spanish information with a named reader.
        assert!(c1(&check(
            "Hola Sra. López, el glaucoma a menudo no tiene síntomas."
        ))
        .is_empty());
    }

    #[test]
    fn he_or_she_ties_health_to_the_person_named_before() {
        assert!(!c1(&check(
            "Congrats Carmen! She started semaglutide in January."
        ))
        .is_empty());
        assert!(!c1(&check("So proud of Mike. He finished chemo on Friday!")).is_empty());
        // Near misses: a staff member introduced by the same words, and general advice.
        assert!(c1(&check(
            "Meet Dr. Raman, our new family physician! She loves treating asthma."
        ))
        .is_empty());
        assert!(c1(&check(
            "Thanks for asking, Carmen! If a child has a fever, she may need fluids and rest."
        ))
        .is_empty());
    }

    #[test]
    fn a_good_question_answered_in_general() {
        let reply = |t: &str| {
            Engine::new(staff_policy()).check(&Draft::reply(
                t,
                "Dale Sirois",
                "do you do implants for people who already have dentures? asking for my dad",
            ))
        };
        assert!(c1(&reply(
            "Great question Dale! Many denture wearers are candidates for implant-supported dentures."
        ))
        .is_empty());
        // Near miss: the same opening, then his father's own care.
        assert!(!c1(&reply(
            "Great question Dale! Your dad's new dentures came in, he can pick them up Friday."
        ))
        .is_empty());
    }

    #[test]
    fn an_invitation_to_check_coverage() {
        let reply = |t: &str| {
            Engine::new(staff_policy()).check(&Draft::reply(
                t,
                "Dave Ruiz",
                "Do you take Medicare? And do you do the diabetic shoes?",
            ))
        };
        assert!(c1(&reply(
            "Hi Dave! Yes, we take Medicare and fit diabetic shoes. Give the front desk a call to check your specific coverage."
        ))
        .is_empty());
        // Near miss: a visit to check his own incision.
        assert!(!c1(&reply(
            "Hi Dave! See you Friday to check your incision after the bunionectomy."
        ))
        .is_empty());
    }

    #[test]
    fn a_condition_the_reviewer_never_raised() {
        let reply = |t: &str, parent: &str| {
            Engine::new(staff_policy()).check(&Draft::reply(t, "Harold Pemberton", parent))
        };
        let parent = "Spent $400 on supplements they pushed on me and I feel no different.";
        assert!(!c1(&reply(
            "Harold, the $400 was for a protocol designed for your IBS, and you stopped after 3 weeks. Results take time.",
            parent
        ))
        .is_empty());
        // Near miss: advice about the condition he raised himself, with no care in sight.
        assert!(c1(&reply(
            "Harold, sounds like your IBS flares with dairy, try cutting it for a week.",
            "My IBS is acting up again after ice cream, any tips?"
        ))
        .is_empty());
    }

    #[test]
    fn hypothetical_safety_advice_to_a_named_reader() {
        let reply = |t: &str| {
            Engine::new(staff_policy()).check(&Draft::reply(t, "amy_k", "can I take 3 ibuprofen?"))
        };
        let t = "Hi Amy, we can't give individual medical advice here. If a headache is sudden, severe or the worst of your life, call 911.";
        assert!(c1(&reply(t)).is_empty());
        // Near miss: her own condition.
        let t = "Hi Amy, sorry your migraines are back, we'll see you soon.";
        assert!(!c1(&reply(t)).is_empty());
    }

    #[test]
    fn rules_md_examples_fire() {
        let r = check("Get well soon Mrs. Alvarez after your hip replacement!");
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(c1(&r), vec![(14, 26)]);
        let r = check("@tj_runs great job at PT today");
        assert_eq!(c1(&r), vec![(0, 8)]);
        let f = r.findings.iter().find(|f| f.code == "C1").unwrap();
        assert!(f.message.contains("164.514"), "{}", f.message);
    }

    #[test]
    fn near_misses_do_not_fire() {
        let r = check("Dr. Raman (our staff) will talk about hip replacements on Oct 3.");
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
        let r = check("Kelly Ortiz, RN, will run our flu shot clinic.");
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
        let r = check(
            "Hugh Jackman has talked publicly about his basal cell carcinomas and keeps urging fans to wear sunscreen.",
        );
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
        let r = check("Meet Dr. Lee, our new dentist!");
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
        let r = check(
            "Will you grant us a minute? Hope your knees feel better, May is arthritis month.",
        );
        assert!(c1(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn names_initials_possessives_and_handles() {
        let r = check("Patient Spotlight: K.L. beat stage II melanoma!");
        assert_eq!(c1(&r), vec![(19, 23)]);
        let r = check("Jaylen's quad strength is at 85% after his ACL surgery");
        assert_eq!(c1(&r), vec![(0, 6)]);
        let r = check("Trying to reach our patient Darnell about his pathology results.");
        assert_eq!(c1(&r), vec![(28, 35)]);
    }

    #[test]
    fn replies_get_the_safe_reply() {
        let e = Engine::new(staff_policy());
        let d = Draft::reply(
            "Greg!! 12 weeks of rehab and now full overhead reach, so proud of you",
            "Greg Fontaine",
            "Thanks for everything!",
        );
        let r = e.check(&d);
        let f = r.findings.iter().find(|f| f.code == "C1").unwrap();
        assert_eq!((f.start, f.end), (0, 4));
        assert!(f.suggestion.as_deref().unwrap().contains("(555) 201-4400"));
    }

    #[test]
    fn emoji_crlf_and_homoglyphs_keep_exact_spans() {
        // 🎉 is two UTF-16 units; CRLF stays two units in the original.
        let r = check("🎉🎉\r\nGet well soon Mrs. Alvarez after your hip replacement!");
        assert_eq!(c1(&r), vec![(20, 32)]);
        // Cyrillic а in "Аlvаrez" folds to Latin; the span covers the original characters.
        let r = check("Get well soon Mrs. Аlvаrez after your hip replacement!");
        assert_eq!(c1(&r), vec![(14, 26)]);
        // A zero-width space inside the name.
        let r = check("Get well soon Mrs. Alva\u{200B}rez after your hip replacement!");
        assert_eq!(c1(&r), vec![(14, 27)]);
    }

    #[test]
    fn clinician_in_an_encounter_is_medium() {
        let r = check(
            "Rec mgmt of 70yo M w/ CHF, seen by Dr. John L. at Mt. Sinai on Feb 21, 2023. MRN 5512399.",
        );
        let f = r
            .findings
            .iter()
            .find(|f| f.rule == "clinician-in-encounter")
            .expect("clinician finding");
        assert_eq!((f.start, f.end), (35, 46));
        // An event with a doctor is not an encounter.
        let r = check("Sports physicals night with Dr. Oyelaran: Wed, Aug 6, 5-8pm.");
        assert!(!r
            .findings
            .iter()
            .any(|f| f.rule == "clinician-in-encounter"));
    }

    #[test]
    fn congratulations_on_a_treatment_told_next() {
        for t in [
            "DEBOND DAY 🎉 Congrats Jiwoo!! 22 months of braces DONE ✨",
            "Congrats Jiwoo!! Braces off after 22 months!",
        ] {
            assert!(!c1(&check(t)).is_empty(), "{t}");
        }
        // near misses: a new hire congratulated, braces told of in general two sentences on
        for t in [
            "Congrats to Jiwoo, our new front desk hire! She starts Monday. Braces are our specialty.",
            "Congrats Jiwoo on your promotion! Ask us about braces for adults.",
        ] {
            assert!(c1(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn any_word_finds_every_whole_word_occurrence() {
        let words = [
            "you", "your", "ur", "his", "her", "he's", "she's", "he", "she", "him", "tu", "tus",
            "su", "sus", "usted", "le", "te", "él", "ella", "recuerda", "recuerde",
        ];
        let pieces = [
            "sus", "su", "s", "u", "your", "you", "r", "her", "e", "'s", " ", ".", "é", "l", "la",
            "t", "te", "1", "x", "he's", "ella",
        ];
        for t in crate::testutil::random_texts(0x5DEE_CE66_D1CE_4E5B, &pieces, 9, 20_000) {
            // the reference: every start of every word, with ASCII word boundaries
            let b = t.as_bytes();
            let want = words.iter().any(|w| {
                (0..t.len()).any(|i| {
                    b[i..].starts_with(w.as_bytes())
                        && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                        && b.get(i + w.len())
                            .is_none_or(|c| !c.is_ascii_alphanumeric())
                })
            });
            assert_eq!(super::any_word(&super::phrases().person, &t), want, "{t:?}");
        }
    }
}
