//! The engine: `Policy` + `Draft` in, `Report` out.
//!
//! Every rule is a small struct behind the [`Rule`] trait, one file per rule family under
//! `rules/<area>/`. A rule reads a [`Ctx`] (the normalized text, its words, the draft, the
//! compiled policy and the shared analysis of detectors) and pushes [`Hit`]s with spans in
//! normalized bytes. The engine maps spans to UTF-16, applies the policy (allow terms, per-code
//! actions), merges duplicates and computes the verdict.

use crate::detect::Analysis;
use crate::draft::Draft;
use crate::policy::{Policy, RuleAction};
use crate::report::{Finding, Report, Severity};
use crate::rules::boundaries::cues::GateScan;
use crate::rules::confidentiality::confirms_patient::Sentence;
use crate::text::{words, Text, Word};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::cell::OnceCell;

/// One finding as a rule sees it: a span of [`Text::norm`] in bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub suggestion: Option<String>,
}

impl Hit {
    pub fn new(
        code: &'static str,
        rule: &'static str,
        severity: Severity,
        span: (usize, usize),
        message: impl Into<String>,
    ) -> Hit {
        Hit {
            code,
            rule,
            severity,
            start: span.0,
            end: span.1,
            message: message.into(),
            suggestion: None,
        }
    }

    pub fn suggest(mut self, s: impl Into<String>) -> Hit {
        self.suggestion = Some(s.into());
        self
    }
}

/// A check. Implementations are small, stateless after construction, and pure.
pub trait Rule: Send + Sync {
    /// The engine's own id for the rule, e.g. "person-with-health".
    fn id(&self) -> &'static str;
    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>);
}

/// The policy prepared for matching.
pub struct CompiledPolicy {
    pub policy: Policy,
    /// Lowercased allow terms, matched on whole words.
    allow: Option<AhoCorasick>,
    /// Lowercased deny terms, matched on whole words.
    pub deny: Option<AhoCorasick>,
    pub deny_terms: Vec<String>,
    /// Lowercased words of staff names (first names and surnames, titles and credentials
    /// dropped), e.g. ["priya", "raman", "tom", "becker"].
    pub staff_words: Vec<String>,
    /// Lowercased staff full names without titles, e.g. "priya raman".
    pub staff_names: Vec<String>,
    /// Digits of the practice's own phone and fax numbers (last 10 digits).
    pub own_numbers: Vec<String>,
    /// The practice's own email, website host and handles, lowercased.
    pub own_email: String,
    pub own_host: String,
    pub own_handles: Vec<String>,
    /// Lowercased words of the practice's address and name (never a patient's location).
    pub own_address_words: Vec<String>,
    /// Sorted, deduplicated lowercased words of the practice's own address and name plus the
    /// places its policy names (emergency, covering, after hours) and the words of its allow
    /// terms: never a patient's location.
    /// Computed once here rather than on every check.
    pub own_place_words: Vec<String>,
    /// The practice's name, lowercased (computed once, not per check).
    pub practice_name: String,
    /// The town of the practice's address, lowercased ("harlow springs" of "410 Pawnee Rd,
    /// Harlow Springs, OH 43999"); empty when the address has none. Patients come from it:
    /// a job or a team there singles one out like "a local pastor" does.
    pub own_town: String,
    /// The first two words of the practice's name, lowercased and joined by a space ("sonrisa
    /// linda"), where the name has two; empty otherwise. Where they are written, no person is.
    pub practice_phrase: String,
    /// The practice's name and handles as the account rule (B10) compares them.
    pub account_names: crate::rules::boundaries::account::AccountNames,
}

const TITLES_AND_CREDENTIALS: &[&str] = &[
    "dr",
    "dr.",
    "doctor",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "rn",
    "pa-c",
    "pa",
    "np",
    "md",
    "do",
    "dds",
    "dmd",
    "pt",
    "dpt",
    "ptA",
    "pta",
    "atc",
    "lpn",
    "cna",
    "ma",
    "phd",
    "practice",
    "manager",
    "office",
    "front",
    "desk",
    "coordinator",
    "hygienist",
    "rdh",
    "fnp",
    "aprn",
    "crna",
    "ot",
    "otr",
    "slp",
];

fn ci_words(terms: &[String]) -> Option<AhoCorasick> {
    let pats: Vec<String> = terms
        .iter()
        .map(|t| Text::new(t.trim()).lower)
        .filter(|t| !t.is_empty())
        .collect();
    if pats.is_empty() {
        return None;
    }
    let pats: Vec<&str> = pats.iter().map(String::as_str).collect();
    crate::build_ac(
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA)),
        &pats,
    )
    .ok()
}

/// The town of a US-style address, lowercased: the part before ", ST 12345" (or ", ST"). Empty
/// when no part is followed by a two-letter state or the part is not a plain name.
fn town_of(address: &str) -> String {
    let parts: Vec<&str> = address.split(',').map(str::trim).collect();
    for w in parts.windows(2) {
        let st = w[1].as_bytes();
        let state = st.len() >= 2
            && st[..2].iter().all(u8::is_ascii_uppercase)
            && st.get(2).is_none_or(|c| *c == b' ');
        let plain = !w[0].is_empty()
            && w[0]
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-'));
        if state && plain {
            return w[0].to_lowercase();
        }
    }
    String::new()
}

fn digits_of(s: &str) -> String {
    let d: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    if d.len() > 10 {
        d[d.len() - 10..].to_string()
    } else {
        d
    }
}

impl CompiledPolicy {
    pub fn new(policy: Policy) -> CompiledPolicy {
        let mut staff_words = Vec::new();
        let mut staff_names = Vec::new();
        for s in &policy.staff {
            // "Kelly Ortiz, RN" -> "kelly ortiz"
            let main = s.split(',').next().unwrap_or("");
            let ws: Vec<String> = main
                .split_whitespace()
                .map(|w| {
                    Text::new(w)
                        .lower
                        // quotes around a nickname go ("Beatriz 'Miss Bee' Almeida")
                        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                        .to_string()
                })
                .filter(|w| !w.is_empty() && !TITLES_AND_CREDENTIALS.contains(&w.as_str()))
                .collect();
            if !ws.is_empty() {
                staff_names.push(ws.join(" "));
            }
            staff_words.extend(ws);
        }
        let p = &policy.practice;
        let mut own_numbers: Vec<String> = p.phones.iter().map(|s| digits_of(s)).collect();
        for s in [
            &p.fax,
            &p.after_hours,
            &p.covering,
            &p.emergency,
            &p.address,
        ] {
            // every number written in these fields is the practice's (or its partners')
            for m in crate::detect::phone_like_digits(s) {
                own_numbers.push(m);
            }
        }
        own_numbers.push(digits_of(&p.fax));
        own_numbers.retain(|d| d.len() >= 7);
        own_numbers.sort_unstable();
        own_numbers.dedup();
        let own_host = p
            .website
            .trim()
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .split('/')
            .next()
            .unwrap_or("")
            .to_lowercase();
        let own_text = Text::new(&format!("{} {}", p.address, p.name)).lower;
        let own_address_words = words(&own_text)
            .iter()
            .map(|w| w.as_str(&own_text).to_string())
            .collect::<Vec<String>>();
        // the allow terms name the practice's own programs and events ("Tooth Fairy Tuesdays"):
        // "a visit from the Tooth Fairy herself" is no patient's town
        let extra = Text::new(&format!(
            "{} {} {} {}",
            p.emergency,
            p.covering,
            p.after_hours,
            policy.allow_terms.join(" ")
        ))
        .lower;
        let mut own_place_words: Vec<String> = words(&extra)
            .iter()
            .map(|w| w.as_str(&extra).to_string())
            .collect();
        own_place_words.extend(own_address_words.iter().cloned());
        own_place_words.sort_unstable();
        own_place_words.dedup();
        let name = p.name.to_lowercase();
        let name_words: Vec<&str> = name
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .take(2)
            .collect();
        let practice_phrase = if name_words.len() == 2 {
            name_words.join(" ")
        } else {
            String::new()
        };
        let own_handles = policy.own_handles();
        let account_names =
            crate::rules::boundaries::account::AccountNames::new(&p.name, &own_handles);
        CompiledPolicy {
            allow: ci_words(&policy.allow_terms),
            deny: ci_words(&policy.deny_terms),
            deny_terms: policy.deny_terms.clone(),
            staff_words,
            staff_names,
            own_numbers,
            own_email: p.email.trim().to_lowercase(),
            own_host,
            own_handles,
            own_address_words,
            own_place_words,
            practice_phrase,
            own_town: town_of(&p.address),
            practice_name: name,
            account_names,
            policy,
        }
    }

    /// Whether the lowercased word is part of a staff member's name.
    pub fn is_staff_word(&self, lower_word: &str) -> bool {
        // (`trim_end_matches("'s")` without the two-way searcher it sets up, which costs more
        // than the staff list's comparisons)
        let mut w = lower_word;
        while let Some(x) = w.strip_suffix("'s") {
            w = x;
        }
        self.staff_words.iter().any(|s| s == w)
    }

    /// Whether these digits are one of the practice's own numbers.
    pub fn is_own_number(&self, digits: &str) -> bool {
        // the last ten digits, as `digits_of` gives them, without building a string
        let mut last = [0u8; 10];
        let n = digits.bytes().filter(u8::is_ascii_digit).count();
        let skip = n.saturating_sub(10);
        for (i, b) in digits
            .bytes()
            .filter(u8::is_ascii_digit)
            .skip(skip)
            .enumerate()
        {
            last[i] = b;
        }
        let d = &last[..n - skip];
        !d.is_empty()
            && self
                .own_numbers
                .iter()
                .any(|o| o.as_bytes() == d || (d.len() == 7 && o.as_bytes().ends_with(d)))
    }

    /// Whether a handle (with or without `@`) is one of the practice's.
    pub fn is_own_handle(&self, handle: &str) -> bool {
        // `normalize_handle` without building a string, where that is plain: no link to
        // strip (every link it strips holds ".com/") and ASCII, lowercased byte by byte
        let h = handle.trim();
        if h.is_ascii() && !h.as_bytes().windows(5).any(|w| w == b".com/") {
            let h = h.trim_start_matches('@').trim_matches('/');
            // (the own handles are lowercased already: equal ignoring ASCII case is equal)
            return self.own_handles.iter().any(|o| o.eq_ignore_ascii_case(h));
        }
        let h = crate::policy::normalize_handle(handle);
        self.own_handles.contains(&h)
    }

    /// Whole-word matches of the allow terms in `lower`.
    pub(crate) fn allowed_spans(&self, lower: &str) -> Vec<(usize, usize)> {
        whole_word_matches(self.allow.as_ref(), lower)
    }
}

/// Whole-word, case-insensitive matches of `ac` in `lower`, as byte spans.
pub fn whole_word_matches(ac: Option<&AhoCorasick>, lower: &str) -> Vec<(usize, usize)> {
    let Some(ac) = ac else { return Vec::new() };
    let b = lower.as_bytes();
    let is_word = |i: usize| {
        lower[i..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
    };
    let before_is_word = |i: usize| {
        i > 0
            && lower[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric())
    };
    ac.find_iter(lower)
        .filter(|m| !before_is_word(m.start()) && (m.end() >= b.len() || !is_word(m.end())))
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// What a rule reads.
pub struct Ctx<'a> {
    pub draft: &'a Draft,
    pub policy: &'a CompiledPolicy,
    pub text: Text,
    pub words: Vec<Word>,
    /// The text of what the draft answers, normalized on first use (see [`Ctx::parent`]).
    parent: OnceCell<Text>,
    analysis: OnceCell<Analysis>,
    gate_scan: OnceCell<GateScan>,
    sentences: OnceCell<Vec<Sentence>>,
    clinical: OnceCell<Vec<(usize, usize)>>,
    payments: OnceCell<Vec<((usize, usize), bool)>>,
    parent_health: OnceCell<(Vec<crate::detect::Mention>, Vec<crate::detect::Mention>)>,
    parent_clinical: OnceCell<bool>,
    parent_asks_clinical: OnceCell<bool>,
    parent_shares_health: OnceCell<bool>,
    /// Per person of the analysis: whether it is addressed, once asked (0 not yet, 1 no, 2 yes);
    /// in place for a draft of up to 32 persons (no allocation), else in the vector.
    addressed_few: [std::cell::Cell<u8>; 32],
    addressed: OnceCell<Vec<std::cell::Cell<u8>>>,
}

impl<'a> Ctx<'a> {
    pub fn new(draft: &'a Draft, policy: &'a CompiledPolicy) -> Ctx<'a> {
        let text = Text::new(&draft.text);
        let words = words(&text.norm);
        Ctx {
            draft,
            policy,
            text,
            words,
            parent: OnceCell::new(),
            analysis: OnceCell::new(),
            gate_scan: OnceCell::new(),
            sentences: OnceCell::new(),
            clinical: OnceCell::new(),
            payments: OnceCell::new(),
            parent_health: OnceCell::new(),
            parent_clinical: OnceCell::new(),
            parent_asks_clinical: OnceCell::new(),
            parent_shares_health: OnceCell::new(),
            addressed_few: Default::default(),
            addressed: OnceCell::new(),
        }
    }

    /// The text of what the draft answers, normalized (empty for a post). Only the reply rules
    /// read it, so it is normalized the first time one asks.
    pub fn parent(&self) -> &Text {
        self.parent.get_or_init(|| {
            Text::new(
                self.draft
                    .in_reply_to
                    .as_ref()
                    .map(|r| r.text.as_str())
                    .unwrap_or(""),
            )
        })
    }

    /// Shared detector results (persons, health terms, identifiers...), computed once per check.
    pub fn analysis(&self) -> &Analysis {
        self.analysis.get_or_init(|| crate::detect::analyze(self))
    }

    /// `addressed(self, m)`, kept for each person of the analysis: several rules ask it of
    /// the same persons. A mention that is not one of the analysis's persons (or asked before
    /// the analysis is complete) is computed every time.
    pub(crate) fn person_addressed(
        &self,
        m: &crate::detect::Mention,
        addressed: fn(&Ctx, &crate::detect::Mention) -> bool,
    ) -> bool {
        let Some(a) = self.analysis.get() else {
            return addressed(self, m);
        };
        let size = std::mem::size_of::<crate::detect::Mention>();
        let (base, at) = (a.persons.as_ptr() as usize, m as *const _ as usize);
        if at < base || at >= base + a.persons.len() * size {
            return addressed(self, m);
        }
        let i = (at - base) / size;
        let slot = if a.persons.len() <= self.addressed_few.len() {
            &self.addressed_few[i]
        } else {
            &self
                .addressed
                .get_or_init(|| vec![std::cell::Cell::new(0); a.persons.len()])[i]
        };
        match slot.get() {
            1 => false,
            2 => true,
            _ => {
                let yes = addressed(self, m);
                slot.set(1 + u8::from(yes));
                yes
            }
        }
    }

    /// The keywords of the boundary rules' gates in the lowercased text, found in one pass.
    pub fn gate_scan(&self) -> &GateScan {
        self.gate_scan
            .get_or_init(|| GateScan::new(&self.text.lower))
    }

    /// The sentences of the lowercased text (computed once; several rules read them).
    pub(crate) fn sentences(&self) -> &[Sentence] {
        self.sentences.get_or_init(|| {
            crate::rules::confidentiality::confirms_patient::sentences(&self.text.lower)
        })
    }

    /// Clinical terms of the draft (see `cues::clinical_spans`), found once per check.
    pub(crate) fn clinical_spans(&self) -> &[(usize, usize)] {
        self.clinical
            .get_or_init(|| crate::rules::boundaries::cues::find_clinical_spans(self))
    }

    /// Payment details tied to one person (see `payment::individual_payments`), found once.
    /// Health and care mentions of the text the draft answers (see `detect::health::scan`),
    /// found once per check for the reply rules that ask.
    pub(crate) fn parent_health(
        &self,
    ) -> &(Vec<crate::detect::Mention>, Vec<crate::detect::Mention>) {
        self.parent_health.get_or_init(|| {
            let p = self.parent();
            crate::detect::health::scan(&p.norm, &p.lower)
        })
    }

    /// Whether the text the draft answers holds a clinical term (see `cues::has_clinical`).
    pub(crate) fn parent_has_clinical(&self) -> bool {
        *self.parent_clinical.get_or_init(|| {
            let p = &self.parent().lower;
            crate::rules::boundaries::cues::has_clinical(p)
                || crate::detect::health::names_condition(p)
        })
    }

    /// `cues::parent_asks_clinical`, answered once per check (the advice and reply-notice
    /// rules both ask).
    pub(crate) fn parent_asks_clinical(&self) -> bool {
        *self
            .parent_asks_clinical
            .get_or_init(|| crate::rules::boundaries::cues::find_parent_asks_clinical(self))
    }

    /// `cues::parent_shares_health`, answered once per check.
    pub(crate) fn parent_shares_health(&self) -> bool {
        *self
            .parent_shares_health
            .get_or_init(|| crate::rules::boundaries::cues::find_parent_shares_health(self))
    }

    pub(crate) fn individual_payments(&self) -> &[((usize, usize), bool)] {
        self.payments
            .get_or_init(|| crate::rules::confidentiality::payment::find_individual_payments(self))
    }

    /// The normalized text.
    pub fn norm(&self) -> &str {
        &self.text.norm
    }

    /// The lowercased normalized text (same byte offsets as `norm`).
    pub fn lower(&self) -> &str {
        &self.text.lower
    }

    pub fn word_str(&self, w: &Word) -> &str {
        w.as_str(&self.text.norm)
    }

    pub fn word_lower(&self, w: &Word) -> &str {
        w.as_str(&self.text.lower)
    }

    /// The practice's main phone for suggestions, or a placeholder the user fills in.
    pub fn phone_or_placeholder(&self) -> String {
        self.policy
            .policy
            .main_phone()
            .map(str::to_string)
            .unwrap_or_else(|| "[office phone]".to_string())
    }
}

pub struct Engine {
    policy: CompiledPolicy,
    rules: Vec<Box<dyn Rule>>,
}

impl Engine {
    pub fn new(policy: Policy) -> Engine {
        crate::detect::warm();
        crate::rules::boundaries::cues::warm();
        Engine {
            policy: CompiledPolicy::new(policy),
            rules: crate::rules::all(),
        }
    }

    pub fn policy(&self) -> &Policy {
        &self.policy.policy
    }

    pub fn rule_ids(&self) -> Vec<&'static str> {
        self.rules.iter().map(|r| r.id()).collect()
    }

    pub fn check(&self, draft: &Draft) -> Report {
        let ctx = Ctx::new(draft, &self.policy);
        // (room for a common draft's hits: the vector does not grow from empty)
        let mut hits = Vec::with_capacity(16);
        for rule in &self.rules {
            rule.check(&ctx, &mut hits);
        }
        self.finish(&ctx, hits)
    }

    /// Time spent by the shared analysis and by each rule on one draft (for finding slow rules;
    /// the budgets themselves are measured by the criterion benchmarks).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn timings(&self, draft: &Draft) -> Vec<(&'static str, std::time::Duration)> {
        use std::time::Instant;
        let mut v = Vec::new();
        let t = Instant::now();
        let ctx = Ctx::new(draft, &self.policy);
        v.push(("(normalize)", t.elapsed()));
        let (a, times) = crate::detect::analyze_timed(&ctx);
        v.extend(times);
        let _ = ctx.analysis.set(a);
        // shared pieces every check computes, timed apart from the first rule that asks
        let t = Instant::now();
        ctx.gate_scan();
        v.push(("(gate scan)", t.elapsed()));
        let t = Instant::now();
        ctx.sentences();
        v.push(("(sentences)", t.elapsed()));
        let mut hits = Vec::new();
        for rule in &self.rules {
            let t = Instant::now();
            rule.check(&ctx, &mut hits);
            v.push((rule.id(), t.elapsed()));
        }
        v
    }

    /// Applies the policy to raw hits, merges duplicates and maps spans to UTF-16.
    fn finish(&self, ctx: &Ctx, mut hits: Vec<Hit>) -> Report {
        let norm_len = ctx.text.norm.len();
        let allowed = self.policy.allowed_spans(&ctx.text.lower);
        hits.retain_mut(|h| {
            h.end = h.end.min(norm_len);
            h.start = h.start.min(h.end);
            if allowed.iter().any(|&(a, b)| a <= h.start && h.end <= b) && !allowed.is_empty() {
                return false;
            }
            match self.policy.policy.rules.get(h.code) {
                Some(RuleAction::Off) => false,
                Some(RuleAction::Warn) => {
                    h.severity = Severity::Medium;
                    true
                }
                Some(RuleAction::Block) => {
                    h.severity = Severity::High;
                    true
                }
                None => true,
            }
        });
        // One finding per code and span: keep the most severe, then the widest.
        hits.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.severity.cmp(&a.severity))
                .then(b.end.cmp(&a.end))
        });
        let mut merged: Vec<Hit> = Vec::with_capacity(hits.len());
        for h in hits {
            if let Some(prev) = merged
                .iter_mut()
                .rev()
                .take(8)
                // (codes are static strings: the same code is most often the same pointer)
                .find(|p| {
                    (std::ptr::eq(p.code, h.code) || p.code == h.code)
                        && p.start <= h.start
                        && h.end <= p.end
                })
            {
                if h.severity > prev.severity {
                    prev.severity = h.severity;
                }
                continue;
            }
            merged.push(h);
        }
        let ranges: Vec<(usize, usize)> = merged.iter().map(|h| (h.start, h.end)).collect();
        let u16 = ctx.text.utf16_ranges(&ranges);
        let findings = merged
            .into_iter()
            .zip(u16)
            .map(|(h, (s, e))| Finding {
                code: h.code.to_string(),
                rule: h.rule.to_string(),
                severity: h.severity,
                start: s,
                end: e,
                message: h.message,
                suggestion: h.suggestion,
            })
            .collect();
        Report::from_findings(findings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Verdict;

    #[test]
    fn empty_text_is_ok() {
        let e = Engine::new(Policy::default());
        assert_eq!(e.check(&Draft::post("")).verdict, Verdict::Ok);
        assert_eq!(e.check(&Draft::post("   \n ")).verdict, Verdict::Ok);
    }

    #[test]
    fn the_town_of_the_practices_address() {
        assert_eq!(
            town_of("410 Pawnee Rd, Suite 2, Harlow Springs, OH 43999"),
            "harlow springs"
        );
        assert_eq!(town_of("12 Main St, St. Albans, VT"), "st. albans");
        // no state after it, or not a plain name: no town
        for a in [
            "",
            "410 Pawnee Rd",
            "Suite 2, 43999",
            "12 Main St, Unit 4B, OH 43999",
        ] {
            assert_eq!(town_of(a), "", "{a}");
        }
    }

    #[test]
    fn staff_words_drop_titles_and_credentials() {
        let p = Policy::from_json(include_str!("../tests/data/policy.example.json")).unwrap();
        let c = CompiledPolicy::new(p);
        assert_eq!(
            c.staff_names,
            vec!["priya raman", "tom becker", "kelly ortiz", "jess alvarado"]
        );
        assert!(c.is_staff_word("raman"));
        let q = CompiledPolicy::new(
            Policy::from_json(r#"{"staff": ["Beatriz 'Miss Bee' Almeida, COTA/L"]}"#).unwrap(),
        );
        assert!(q.is_staff_word("bee") && q.is_staff_word("beatriz"));
        assert!(c.is_staff_word("raman's"));
        assert!(!c.is_staff_word("jordan"));
        assert!(c.is_own_number("555-201-4400"));
        assert!(c.is_own_number("(555) 201-4401"));
        assert!(c.is_own_number("5553301000"), "{:?}", c.own_numbers);
        assert!(!c.is_own_number("555-201-4499"));
        assert!(c.is_own_handle("@MapleGroveFM"));
        // the plain path and `normalize_handle`'s give one answer
        for h in [
            " @MAPLEGROVEFM/ ",
            "maplegrovefm",
            "https://facebook.com/MapleGroveFM",
            "x.com/maplegrovefm/",
            "@maplegrovefm.com/",
            "@maplegrövefm",
            "@maple",
            "",
        ] {
            let slow = c.own_handles.contains(&crate::policy::normalize_handle(h));
            assert_eq!(c.is_own_handle(h), slow, "{h}");
        }
        for d in [
            "5552014400",
            "1-555-201-4400 x",
            "201-4400",
            "99 555 201 4400",
            "",
            "12",
        ] {
            let d_of = digits_of(d);
            let slow = !d_of.is_empty()
                && c.own_numbers
                    .iter()
                    .any(|o| *o == d_of || (d_of.len() == 7 && o.ends_with(&d_of)));
            assert_eq!(c.is_own_number(d), slow, "{d}");
        }
        assert_eq!(c.own_host, "maplegrovefm.example");
    }

    #[test]
    fn whole_word_only() {
        let ac = ci_words(&["Ann".to_string()]);
        assert_eq!(
            whole_word_matches(ac.as_ref(), "ann and annual, ann."),
            vec![(0, 3), (16, 19)]
        );
    }
}
