//! Labeled corpora: reading them and measuring the engine on them (used by the CLI and tests).
//!
//! Two formats:
//! - JSON lines as in `shared/corpus/README.md` (`id`, `site`, `kind`, `account`, `in_reply_to`,
//!   `text`, `expect`, `codes`, optional `policy` naming `<policy>.policy.json` beside the file);
//! - ASQ-PHI's text format (`===QUERY===` blocks followed by `===PHI_TAGS===` JSON lines).

use crate::{Draft, Engine, InReplyTo, Kind, Policy, Report, Severity, Site, Verdict};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

/// A problem with one line of an input file. Reported with its line number; reading goes on.
#[derive(Debug, Clone, PartialEq)]
pub struct LineError {
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// One labeled draft of a `.jsonl` corpus.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Labeled {
    pub id: String,
    #[serde(default)]
    pub site: Option<Site>,
    #[serde(default)]
    pub kind: Option<Kind>,
    #[serde(default)]
    pub account: Option<String>,
    #[serde(default)]
    pub in_reply_to: Option<InReplyTo>,
    pub text: String,
    #[serde(default)]
    pub expect: Option<Verdict>,
    #[serde(default)]
    pub codes: Vec<String>,
    #[serde(default)]
    pub policy: Option<String>,
}

impl Labeled {
    pub fn draft(&self) -> Draft {
        Draft {
            text: self.text.clone(),
            site: self.site.unwrap_or_default(),
            kind: self.kind.unwrap_or_default(),
            account: self.account.clone(),
            in_reply_to: self.in_reply_to.clone(),
        }
    }
}

/// Splits raw bytes into lines (LF or CRLF), decoding each as UTF-8 on its own so that one bad
/// line names itself and the rest can still be read. Yields (1-based line number, line).
pub fn lines(bytes: &[u8]) -> impl Iterator<Item = (usize, Result<&str, LineError>)> {
    bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .filter_map(|(i, raw)| {
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            let n = i + 1;
            match std::str::from_utf8(raw) {
                Ok(s) if s.trim().is_empty() => None,
                Ok(s) => Some((n, Ok(s))),
                Err(e) => Some((
                    n,
                    Err(LineError {
                        line: n,
                        reason: format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                    }),
                )),
            }
        })
}

/// Parses the JSON-lines corpus. Lines that cannot be read come back as errors, in order.
pub fn parse_jsonl(bytes: &[u8]) -> Vec<Result<Labeled, LineError>> {
    lines(bytes)
        .map(|(n, line)| {
            let line = line?;
            serde_json::from_str::<Labeled>(line).map_err(|e| LineError {
                line: n,
                reason: format!("not a draft: {e}"),
            })
        })
        .collect()
}

/// Engines per policy name, built on first use from `<name>.policy.json` beside the corpus.
pub struct Engines {
    dir: PathBuf,
    default: Engine,
    named: HashMap<String, Engine>,
}

impl Engines {
    pub fn new(corpus_path: &Path, default: Policy) -> Engines {
        Engines {
            dir: corpus_path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
            default: Engine::new(default),
            named: HashMap::new(),
        }
    }

    pub fn for_policy(&mut self, name: Option<&str>) -> Result<&Engine, String> {
        let Some(name) = name else {
            return Ok(&self.default);
        };
        if !self.named.contains_key(name) {
            let path = self.dir.join(format!("{name}.policy.json"));
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let policy =
                Policy::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            self.named.insert(name.to_string(), Engine::new(policy));
        }
        Ok(&self.named[name])
    }

    /// Checks every draft with the engine of its policy and returns the reports in input order.
    /// Every named policy is read first, so a missing or malformed one stops the run before any
    /// draft is checked. The checks run on all the machine's cores ([`check_each`]).
    pub fn check_all(&mut self, items: &[Labeled]) -> Result<Vec<Report>, String> {
        for d in items {
            self.for_policy(d.policy.as_deref())?;
        }
        let engines = &*self;
        Ok(check_each(items, |d| match &d.policy {
            Some(name) => &engines.named[name],
            None => &engines.default,
        }))
    }
}

/// Checks every draft with the engine `engine_for` picks and returns the reports in input order.
/// A corpus is thousands of independent checks, and one engine serves any number of threads: the
/// drafts are handed out in small blocks to one thread per core.
pub fn check_each<'e>(
    items: &[Labeled],
    engine_for: impl Fn(&Labeled) -> &'e Engine + Sync,
) -> Vec<Report> {
    let check = |d: &Labeled| engine_for(d).check(&d.draft());
    // Blocks small enough to even out long and short drafts, large enough that handing them out
    // costs nothing next to the checks.
    const BLOCK: usize = 16;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(items.len().div_ceil(BLOCK));
    if threads <= 1 {
        return items.iter().map(check).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, Report)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let start = next.fetch_add(BLOCK, std::sync::atomic::Ordering::Relaxed);
                        if start >= items.len() {
                            break mine;
                        }
                        for (i, d) in items.iter().enumerate().skip(start).take(BLOCK) {
                            mine.push((i, check(d)));
                        }
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// What `eval` measures on a JSON-lines corpus.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Eval {
    /// confusion[expected][got], verdicts as "ok"/"warn"/"block".
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    pub total: usize,
    /// Drafts expected `block` that got `block`.
    pub block_recall: f64,
    /// Drafts expected `warn` that got `warn` or `block`.
    pub warn_recall: f64,
    /// Drafts expected `ok` that got `warn` or `block`.
    pub false_alarm_rate: f64,
    /// Per code: (drafts labeled with it, of which a finding carried the code).
    pub per_code: BTreeMap<String, (usize, usize)>,
    /// Per code: findings with that code on drafts not labeled with it (for a view of noise).
    pub extra_codes: BTreeMap<String, usize>,
    /// Drafts whose verdict differs from the label: (id, expected, got, codes found).
    pub misses: Vec<(String, String, String, Vec<String>)>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Evaluates labeled drafts. `reports` pairs each labeled draft with the engine's report.
pub fn evaluate(items: &[(Labeled, Report)]) -> Eval {
    let mut ev = Eval::default();
    let (mut nb, mut hb, mut nw, mut hw, mut no, mut fo) = (0, 0, 0, 0, 0, 0);
    for (d, r) in items {
        let Some(expect) = d.expect else { continue };
        ev.total += 1;
        let got = r.verdict;
        *ev.confusion
            .entry(expect.as_str().into())
            .or_default()
            .entry(got.as_str().into())
            .or_default() += 1;
        match expect {
            Verdict::Block => {
                nb += 1;
                hb += (got == Verdict::Block) as usize;
            }
            Verdict::Warn => {
                nw += 1;
                hw += (got != Verdict::Ok) as usize;
            }
            Verdict::Ok => {
                no += 1;
                fo += (got != Verdict::Ok) as usize;
            }
        }
        let found: Vec<String> = r
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Medium)
            .map(|f| f.code.clone())
            .collect();
        for c in &d.codes {
            let e = ev.per_code.entry(c.clone()).or_default();
            e.0 += 1;
            e.1 += found.contains(c) as usize;
        }
        let mut distinct = found.clone();
        distinct.sort();
        distinct.dedup();
        for c in &distinct {
            if !d.codes.contains(c) {
                *ev.extra_codes.entry(c.clone()).or_default() += 1;
            }
        }
        if expect != got {
            ev.misses.push((
                d.id.clone(),
                expect.as_str().into(),
                got.as_str().into(),
                distinct,
            ));
        }
    }
    ev.block_recall = ratio(hb, nb);
    ev.warn_recall = ratio(hw, nw);
    ev.false_alarm_rate = if no == 0 { 0.0 } else { fo as f64 / no as f64 };
    ev
}

impl fmt::Display for Eval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "drafts: {}", self.total)?;
        writeln!(f, "confusion (rows: expected, columns: got)")?;
        writeln!(f, "{:>8} {:>6} {:>6} {:>6}", "", "ok", "warn", "block")?;
        for e in ["ok", "warn", "block"] {
            let row = self.confusion.get(e);
            let g = |k: &str| row.and_then(|r| r.get(k)).copied().unwrap_or(0);
            writeln!(
                f,
                "{:>8} {:>6} {:>6} {:>6}",
                e,
                g("ok"),
                g("warn"),
                g("block")
            )?;
        }
        writeln!(f, "block recall:      {:.1}%", self.block_recall * 100.0)?;
        writeln!(
            f,
            "warn recall:       {:.1}% (warn or block counts)",
            self.warn_recall * 100.0
        )?;
        writeln!(
            f,
            "false alarms:      {:.1}% (warn or block on ok)",
            self.false_alarm_rate * 100.0
        )?;
        writeln!(
            f,
            "recall per code (a medium or high finding with the code):"
        )?;
        let mut codes: Vec<_> = self.per_code.iter().collect();
        codes.sort_by_key(|(c, _)| code_order(c));
        for (c, (n, h)) in codes {
            let extra = self.extra_codes.get(c).copied().unwrap_or(0);
            writeln!(
                f,
                "  {c:<4} {:>5.1}%  ({h}/{n}; also on {extra} drafts not labeled {c})",
                ratio(*h, *n) * 100.0
            )?;
        }
        Ok(())
    }
}

/// Catalog order: C1..C10, B1..B10, D1..D7.
pub fn code_order(c: &str) -> (u8, u8) {
    let area = match c.as_bytes().first() {
        Some(b'C') => 0,
        Some(b'B') => 1,
        Some(b'D') => 2,
        _ => 3,
    };
    (area, c.get(1..).and_then(|n| n.parse().ok()).unwrap_or(99))
}

/// One ASQ-PHI query with its labeled identifiers (type, value).
#[derive(Debug, Clone, PartialEq)]
pub struct AsqQuery {
    pub line: usize,
    pub text: String,
    pub tags: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct AsqTag {
    identifier_type: String,
    value: String,
}

/// Parses ASQ-PHI's text format. Malformed tag lines come back as errors with their line.
pub fn parse_asq(bytes: &[u8]) -> (Vec<AsqQuery>, Vec<LineError>) {
    let mut out: Vec<AsqQuery> = Vec::new();
    let mut errors = Vec::new();
    #[derive(PartialEq)]
    enum St {
        None,
        Query,
        Tags,
    }
    let mut st = St::None;
    for (n, line) in lines(bytes) {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match line.trim() {
            "===QUERY===" => {
                out.push(AsqQuery {
                    line: n,
                    text: String::new(),
                    tags: Vec::new(),
                });
                st = St::Query;
            }
            "===PHI_TAGS===" => st = St::Tags,
            t => match (&st, out.last_mut()) {
                (St::Query, Some(q)) => {
                    if !q.text.is_empty() {
                        q.text.push('\n');
                    }
                    q.text.push_str(line);
                }
                (St::Tags, Some(q)) => match serde_json::from_str::<AsqTag>(t) {
                    Ok(tag) => q.tags.push((tag.identifier_type, tag.value)),
                    Err(e) => errors.push(LineError {
                        line: n,
                        reason: format!("not a PHI tag: {e}"),
                    }),
                },
                _ => errors.push(LineError {
                    line: n,
                    reason: "text outside a ===QUERY=== block".into(),
                }),
            },
        }
    }
    (out, errors)
}

/// What `eval-asq` measures.
#[derive(Debug, Default, Clone, Serialize)]
pub struct AsqEval {
    pub queries_with_phi: usize,
    /// Queries with identifiers whose verdict is block.
    pub query_recall: f64,
    pub elements: usize,
    /// Labeled values overlapped by a medium or high finding.
    pub element_recall: f64,
    /// Per identifier type: (labeled, found).
    pub per_type: BTreeMap<String, (usize, usize)>,
    pub hard_negatives: usize,
    /// Share of hard negatives with verdict warn or block.
    pub hard_negatives_flagged: f64,
    /// Missed elements (query line, type, value) and flagged hard negatives (line, codes).
    pub missed: Vec<(usize, String, String)>,
    pub flagged: Vec<(usize, Vec<String>)>,
}

/// UTF-16 spans of every occurrence of `needle` in `hay`.
fn utf16_occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    let nlen = crate::text::utf16_len(needle);
    hay.match_indices(needle)
        .map(|(i, _)| {
            let s = crate::text::utf16_len(&hay[..i]);
            (s, s + nlen)
        })
        .collect()
}

pub fn evaluate_asq(queries: &[AsqQuery], engine: &Engine) -> AsqEval {
    let mut ev = AsqEval::default();
    let (mut qb, mut found_el, mut flagged) = (0, 0, 0);
    for q in queries {
        let r = engine.check(&Draft::post(q.text.clone()));
        let spans: Vec<(usize, usize)> = r
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Medium)
            .map(|f| (f.start, f.end))
            .collect();
        if q.tags.is_empty() {
            ev.hard_negatives += 1;
            if r.verdict != Verdict::Ok {
                flagged += 1;
                ev.flagged
                    .push((q.line, r.codes().iter().map(|s| s.to_string()).collect()));
            }
            continue;
        }
        ev.queries_with_phi += 1;
        qb += (r.verdict == Verdict::Block) as usize;
        for (ty, value) in &q.tags {
            ev.elements += 1;
            let occ = utf16_occurrences(&q.text, value);
            let hit = occ
                .iter()
                .any(|&(a, b)| spans.iter().any(|&(s, e)| s < b && a < e));
            let e = ev.per_type.entry(ty.clone()).or_default();
            e.0 += 1;
            if hit {
                e.1 += 1;
                found_el += 1;
            } else {
                ev.missed.push((q.line, ty.clone(), value.clone()));
            }
        }
    }
    ev.query_recall = ratio(qb, ev.queries_with_phi);
    ev.element_recall = ratio(found_el, ev.elements);
    ev.hard_negatives_flagged = if ev.hard_negatives == 0 {
        0.0
    } else {
        flagged as f64 / ev.hard_negatives as f64
    };
    ev
}

impl fmt::Display for AsqEval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "queries with identifiers: {}", self.queries_with_phi)?;
        writeln!(
            f,
            "query recall (block):     {:.1}%",
            self.query_recall * 100.0
        )?;
        writeln!(
            f,
            "element recall:           {:.1}% of {} labeled values",
            self.element_recall * 100.0,
            self.elements
        )?;
        let mut types: Vec<_> = self.per_type.iter().collect();
        types.sort_by_key(|t| std::cmp::Reverse(t.1 .0));
        for (t, (n, h)) in types {
            writeln!(f, "  {t:<32} {:>5.1}%  ({h}/{n})", ratio(*h, *n) * 100.0)?;
        }
        writeln!(
            f,
            "hard negatives flagged:   {:.1}% of {}",
            self.hard_negatives_flagged * 100.0,
            self.hard_negatives
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Finding;

    #[test]
    fn bad_lines_name_themselves() {
        let data = b"{\"id\":\"a\",\"text\":\"hi\",\"expect\":\"ok\"}\n\n{\"id\":\"b\",\"text\":\"\xff\"}\nnot json\r\n";
        let v = parse_jsonl(data);
        assert_eq!(v.len(), 3);
        assert_eq!(v[0].as_ref().unwrap().id, "a");
        assert_eq!(v[1].as_ref().unwrap_err().line, 3);
        assert!(v[1].as_ref().unwrap_err().reason.contains("UTF-8"));
        assert_eq!(v[2].as_ref().unwrap_err().line, 4);
    }

    #[test]
    fn check_all_keeps_input_order_and_matches_one_by_one_checks() {
        let texts = [
            "Flu shots Saturday 9-12, walk-ins welcome!",
            "So sorry your crown came loose, Ms. Jordan!",
            "Happy 95th birthday to Ruth, our longest-standing patient!",
            "Call us at 555-201-3344 with questions.",
        ];
        // More drafts than one block, so that several threads share them.
        let items: Vec<Labeled> = (0..150)
            .map(|i| {
                let text = texts[i % texts.len()];
                serde_json::from_str(&format!(r#"{{"id":"d{i}","text":"{text}"}}"#)).unwrap()
            })
            .collect();
        let mut engines = Engines::new(Path::new("corpus.jsonl"), Policy::default());
        let reports = engines.check_all(&items).unwrap();
        assert_eq!(reports.len(), items.len());
        let engine = Engine::new(Policy::default());
        for (d, r) in items.iter().zip(&reports) {
            assert_eq!(r, &engine.check(&d.draft()), "{}", d.id);
        }
    }

    #[test]
    fn check_all_reads_every_policy_before_checking() {
        let items: Vec<Labeled> = [
            r#"{"id":"a","text":"hello"}"#,
            r#"{"id":"b","text":"hi","policy":"no-such-practice"}"#,
        ]
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
        let dir = std::env::temp_dir().join("pg-check-all-missing-policy");
        let mut engines = Engines::new(&dir.join("c.jsonl"), Policy::default());
        let err = engines.check_all(&items).unwrap_err();
        assert!(err.contains("no-such-practice.policy.json"), "{err}");
    }

    #[test]
    fn asq_format() {
        let data = "===QUERY===\nRec mgmt of Anna S.\n===PHI_TAGS===\n{\"identifier_type\": \"NAME\", \"value\": \"Anna S.\"}\n\n===QUERY===\nGuidelines for CKD?\n===PHI_TAGS===\n\n===QUERY===\nx\n===PHI_TAGS===\n{bad}\n";
        let (q, errs) = parse_asq(data.as_bytes());
        assert_eq!(q.len(), 3);
        assert_eq!(q[0].tags, vec![("NAME".to_string(), "Anna S.".to_string())]);
        assert!(q[1].tags.is_empty());
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, 13);
    }

    #[test]
    fn metrics() {
        let lab = |id: &str, e: Verdict, codes: &[&str]| Labeled {
            id: id.into(),
            site: None,
            kind: None,
            account: None,
            in_reply_to: None,
            text: String::new(),
            expect: Some(e),
            codes: codes.iter().map(|s| s.to_string()).collect(),
            policy: None,
        };
        let rep = |v: Verdict, codes: &[&str]| Report {
            verdict: v,
            findings: codes
                .iter()
                .map(|c| Finding {
                    code: c.to_string(),
                    rule: "r".into(),
                    severity: Severity::High,
                    start: 0,
                    end: 1,
                    message: String::new(),
                    suggestion: None,
                })
                .collect(),
        };
        let items = vec![
            (
                lab("1", Verdict::Block, &["C1"]),
                rep(Verdict::Block, &["C1"]),
            ),
            (
                lab("2", Verdict::Block, &["C1", "C4"]),
                rep(Verdict::Warn, &["C10"]),
            ),
            (
                lab("3", Verdict::Warn, &["B1"]),
                rep(Verdict::Block, &["C2"]),
            ),
            (lab("4", Verdict::Ok, &[]), rep(Verdict::Ok, &[])),
            (lab("5", Verdict::Ok, &[]), rep(Verdict::Warn, &["C10"])),
        ];
        let ev = evaluate(&items);
        assert_eq!(ev.block_recall, 0.5);
        assert_eq!(ev.warn_recall, 1.0);
        assert_eq!(ev.false_alarm_rate, 0.5);
        assert_eq!(ev.per_code["C1"], (2, 1));
        assert_eq!(ev.per_code["C4"], (1, 0));
        assert_eq!(ev.misses.len(), 3);
        assert!(ev.to_string().contains("block recall:      50.0%"));
    }
}
