//! `practice-guard`: check drafts, scan and evaluate corpora, audit a profile text.
//!
//! Exit codes of `check`: 0 ok, 1 warn, 2 block, 3 usage or input error.
//! `scan` and `audit-profile` exit 0 (3 on an input error); `eval` and `eval-asq` exit 1 when a
//! floor given on the command line is not met.

use clap::{Parser, Subcommand, ValueEnum};
use practice_guard::corpus::{self, Engines};
use practice_guard::{Draft, Engine, Kind, Policy, Report, Site, Verdict};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "practice-guard",
    version,
    about = "Checks social media drafts of medical and dental practices for patient information and professional-boundary problems."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Clone, Copy, ValueEnum)]
enum SiteArg {
    X,
    Facebook,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Post,
    Reply,
    Comment,
    Dm,
}

#[derive(Subcommand)]
enum Cmd {
    /// Check one draft (TEXT, or stdin when TEXT is absent or `-`).
    Check {
        /// The practice's policy (JSON, the format of policy.example.json).
        #[arg(long)]
        policy: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "x")]
        site: SiteArg,
        #[arg(long, value_enum, default_value = "post")]
        kind: KindArg,
        /// The account the draft is posted from.
        #[arg(long)]
        account: Option<String>,
        /// For a reply: the author being answered.
        #[arg(long)]
        reply_to_author: Option<String>,
        /// For a reply: the text being answered.
        #[arg(long)]
        reply_to_text: Option<String>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        text: Option<String>,
    },
    /// Check every draft of a JSON-lines corpus; print one JSON line per draft.
    Scan {
        file: PathBuf,
        /// Policy for drafts without a `policy` field.
        #[arg(long)]
        policy: Option<PathBuf>,
    },
    /// Compare verdicts with each draft's `expect`; print recall, false alarms and per-code recall.
    Eval {
        file: PathBuf,
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Fail when block recall is below this share (0-1).
        #[arg(long)]
        min_block_recall: Option<f64>,
        /// Fail when warn recall (warn or block counts) is below this share (0-1).
        #[arg(long)]
        min_warn_recall: Option<f64>,
        /// Fail when the false-alarm rate is above this share (0-1).
        #[arg(long)]
        max_false_alarms: Option<f64>,
        /// List the drafts whose verdict differs from the label.
        #[arg(long)]
        misses: bool,
        #[arg(long)]
        json: bool,
    },
    /// Evaluate on ASQ-PHI's text format: query recall, element recall, hard negatives flagged.
    EvalAsq {
        file: PathBuf,
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Fail when element recall is below this share (0-1).
        #[arg(long)]
        min_element_recall: Option<f64>,
        /// Fail when the share of hard negatives flagged is above this (0-1).
        #[arg(long)]
        max_negatives_flagged: Option<f64>,
        /// List missed elements and flagged hard negatives.
        #[arg(long)]
        misses: bool,
        #[arg(long)]
        json: bool,
    },
    /// Audit a profile text (About, bio, pinned post): which contact and emergency items it shows.
    AuditProfile {
        #[arg(long)]
        json: bool,
        /// The file to read (stdin when absent).
        file: Option<PathBuf>,
    },
}

/// An input or usage error: printed on stderr, exit code 3.
struct Fail(String);

impl<E: std::fmt::Display> From<E> for Fail {
    fn from(e: E) -> Fail {
        Fail(e.to_string())
    }
}

fn read_policy(path: Option<&Path>) -> Result<Policy, Fail> {
    let Some(path) = path else {
        return Ok(Policy::default());
    };
    let text = std::fs::read(path).map_err(|e| Fail(format!("{}: {e}", path.display())))?;
    let text = String::from_utf8(text)
        .map_err(|e| Fail(format!("{}: not UTF-8 text: {e}", path.display())))?;
    Policy::from_json(&text).map_err(|e| Fail(format!("{}: {e}", path.display())))
}

fn read_input(path: Option<&Path>) -> Result<Vec<u8>, Fail> {
    match path {
        Some(p) if p != Path::new("-") => {
            std::fs::read(p).map_err(|e| Fail(format!("{}: {e}", p.display())))
        }
        _ => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf)?;
            Ok(buf)
        }
    }
}

/// The drafts of a JSON-lines corpus; each invalid line is reported on stderr with its number
/// and skipped.
fn parsed_drafts(bytes: &[u8], file: &Path) -> Vec<corpus::Labeled> {
    corpus::parse_jsonl(bytes)
        .into_iter()
        .filter_map(|item| item.map_err(|e| eprintln!("{}: {e}", file.display())).ok())
        .collect()
}

fn utf8(bytes: Vec<u8>, what: &str) -> Result<String, Fail> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        Fail(format!("{what}: line {line}: invalid UTF-8"))
    })
}

/// The slice of `text` between two UTF-16 offsets.
fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    units_slice(&u, start, end)
}

/// The slice of UTF-16 units `u` between two offsets, as a string.
fn units_slice(u: &[u16], start: usize, end: usize) -> String {
    String::from_utf16_lossy(&u[start.min(u.len())..end.min(u.len()).max(start.min(u.len()))])
}

fn print_report(text: &str, r: &Report, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "verdict: {}", r.verdict.as_str())?;
    // encoded once: a 1 MB draft has tens of thousands of findings
    let units: Vec<u16> = text.encode_utf16().collect();
    for f in &r.findings {
        let sev = serde_json::to_value(f.severity).unwrap_or_default();
        writeln!(
            out,
            "\n  {} {} [{}] \"{}\" ({}..{})",
            f.code,
            sev.as_str().unwrap_or(""),
            f.rule,
            units_slice(&units, f.start, f.end),
            f.start,
            f.end
        )?;
        writeln!(out, "    {}", f.message)?;
        if let Some(s) = &f.suggestion {
            writeln!(out, "    suggestion: {s}")?;
        }
    }
    Ok(())
}

fn run(cli: Cli) -> Result<ExitCode, Fail> {
    let mut out = std::io::stdout().lock();
    match cli.cmd {
        Cmd::Check {
            policy,
            site,
            kind,
            account,
            reply_to_author,
            reply_to_text,
            json,
            text,
        } => {
            let engine = Engine::new(read_policy(policy.as_deref())?);
            let text = match text {
                Some(t) if t != "-" => t,
                _ => utf8(read_input(None)?, "stdin")?,
            };
            let in_reply_to = if reply_to_author.is_some() || reply_to_text.is_some() {
                Some(practice_guard::InReplyTo {
                    author: reply_to_author.unwrap_or_default(),
                    text: reply_to_text.unwrap_or_default(),
                })
            } else {
                None
            };
            let draft = Draft {
                text,
                site: match site {
                    SiteArg::X => Site::X,
                    SiteArg::Facebook => Site::Facebook,
                },
                kind: match kind {
                    KindArg::Post => Kind::Post,
                    KindArg::Reply => Kind::Reply,
                    KindArg::Comment => Kind::Comment,
                    KindArg::Dm => Kind::Dm,
                },
                account,
                in_reply_to,
            };
            let r = engine.check(&draft);
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&r)?)?;
            } else {
                print_report(&draft.text, &r, &mut out)?;
            }
            Ok(ExitCode::from(match r.verdict {
                Verdict::Ok => 0,
                Verdict::Warn => 1,
                Verdict::Block => 2,
            }))
        }
        Cmd::Scan { file, policy } => {
            let bytes = read_input(Some(&file))?;
            let mut engines = Engines::new(&file, read_policy(policy.as_deref())?);
            let drafts = parsed_drafts(&bytes, &file);
            let reports = engines.check_all(&drafts)?;
            for (d, r) in drafts.iter().zip(reports) {
                let line =
                    serde_json::json!({"id": d.id, "verdict": r.verdict, "findings": r.findings});
                writeln!(out, "{line}")?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval {
            file,
            policy,
            min_block_recall,
            min_warn_recall,
            max_false_alarms,
            misses,
            json,
        } => {
            let bytes = read_input(Some(&file))?;
            let mut engines = Engines::new(&file, read_policy(policy.as_deref())?);
            let drafts = parsed_drafts(&bytes, &file);
            let reports = engines.check_all(&drafts)?;
            let items: Vec<_> = drafts.into_iter().zip(reports).collect();
            let ev = corpus::evaluate(&items);
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&ev)?)?;
            } else {
                write!(out, "{}", file.display())?;
                writeln!(out)?;
                write!(out, "{ev}")?;
            }
            if misses {
                writeln!(out, "drafts whose verdict differs from the label:")?;
                for (id, e, g, codes) in &ev.misses {
                    let text = items
                        .iter()
                        .find(|(d, _)| &d.id == id)
                        .map(|(d, _)| d.text.as_str())
                        .unwrap_or("");
                    writeln!(
                        out,
                        "  {id}: expected {e}, got {g} {codes:?}: {}",
                        text.replace('\n', " ")
                    )?;
                }
            }
            let mut failed = Vec::new();
            if let Some(m) = min_block_recall {
                if ev.block_recall < m {
                    failed.push(format!("block recall {:.3} < {m}", ev.block_recall));
                }
            }
            if let Some(m) = min_warn_recall {
                if ev.warn_recall < m {
                    failed.push(format!("warn recall {:.3} < {m}", ev.warn_recall));
                }
            }
            if let Some(m) = max_false_alarms {
                if ev.false_alarm_rate > m {
                    failed.push(format!("false alarms {:.3} > {m}", ev.false_alarm_rate));
                }
            }
            finish_floors(failed)
        }
        Cmd::EvalAsq {
            file,
            policy,
            min_element_recall,
            max_negatives_flagged,
            misses,
            json,
        } => {
            let bytes = read_input(Some(&file))?;
            let (queries, errors) = corpus::parse_asq(&bytes);
            for e in errors {
                eprintln!("{}: {e}", file.display());
            }
            let engine = Engine::new(read_policy(policy.as_deref())?);
            let ev = corpus::evaluate_asq(&queries, &engine);
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&ev)?)?;
            } else {
                write!(out, "{ev}")?;
            }
            if misses {
                writeln!(out, "missed elements (query line, type, value):")?;
                for (line, ty, v) in &ev.missed {
                    writeln!(out, "  {line}: {ty} {v:?}")?;
                }
                writeln!(out, "flagged hard negatives (query line, codes):")?;
                for (line, codes) in &ev.flagged {
                    let q = queries
                        .iter()
                        .find(|q| q.line == *line)
                        .map(|q| q.text.as_str())
                        .unwrap_or("");
                    writeln!(out, "  {line}: {codes:?} {q}")?;
                }
            }
            let mut failed = Vec::new();
            if let Some(m) = min_element_recall {
                if ev.element_recall < m {
                    failed.push(format!("element recall {:.3} < {m}", ev.element_recall));
                }
            }
            if let Some(m) = max_negatives_flagged {
                if ev.hard_negatives_flagged > m {
                    failed.push(format!(
                        "hard negatives flagged {:.3} > {m}",
                        ev.hard_negatives_flagged
                    ));
                }
            }
            finish_floors(failed)
        }
        Cmd::AuditProfile { json, file } => {
            let text = utf8(read_input(file.as_deref())?, "profile")?;
            let r = practice_guard::profile::audit_profile(&text);
            if json {
                writeln!(out, "{}", serde_json::to_string(&r)?)?;
            } else {
                writeln!(out, "Profile contact and emergency block:")?;
                for i in &r.items {
                    let mark = if i.present { "[x]" } else { "[ ]" };
                    let quote = match (i.start, i.end) {
                        (Some(s), Some(e)) => format!(": \"{}\"", utf16_slice(&text, s, e)),
                        _ => " (missing)".to_string(),
                    };
                    writeln!(out, "  {mark} {}{quote}", i.item.replace('_', " "))?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn finish_floors(failed: Vec<String>) -> Result<ExitCode, Fail> {
    if failed.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for f in failed {
        eprintln!("practice-guard: floor not met: {f}");
    }
    Ok(ExitCode::from(1))
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 3 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(c) => c,
        Err(Fail(msg)) => {
            eprintln!("practice-guard: {msg}");
            ExitCode::from(3)
        }
    }
}
