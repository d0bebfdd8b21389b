//! Fuzzes `Engine::check` with arbitrary drafts (text, kind, account, reply) and policies built
//! from the fuzzer's bytes. The engine must never panic, and every finding's span must lie
//! inside the text, on UTF-16 boundaries, start <= end.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use practice_guard::{Draft, Engine, InReplyTo, Kind, Policy, Site};
use std::sync::OnceLock;

#[derive(Arbitrary, Debug)]
struct Input {
    text: String,
    kind: u8,
    account: Option<String>,
    reply: Option<(String, String)>,
    policy_json: Option<String>,
}

fn example_engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(Policy::from_json(include_str!("../../tests/data/policy.example.json")).unwrap()))
}

fuzz_target!(|input: Input| {
    let draft = Draft {
        text: input.text,
        site: Site::X,
        kind: match input.kind % 4 {
            0 => Kind::Post,
            1 => Kind::Reply,
            2 => Kind::Comment,
            _ => Kind::Dm,
        },
        account: input.account,
        in_reply_to: input.reply.map(|(author, text)| InReplyTo { author, text }),
    };
    let custom;
    let engine = match input.policy_json.as_deref().map(Policy::from_json) {
        Some(Ok(p)) => {
            custom = Engine::new(p);
            &custom
        }
        _ => example_engine(),
    };
    let report = engine.check(&draft);
    let units: Vec<u16> = draft.text.encode_utf16().collect();
    for f in &report.findings {
        assert!(f.start <= f.end && f.end <= units.len(), "span out of range: {f:?}");
        for at in [f.start, f.end] {
            if at < units.len() {
                assert!(!(0xDC00..0xE000).contains(&units[at]), "span splits a surrogate pair: {f:?}");
            }
        }
    }
});
