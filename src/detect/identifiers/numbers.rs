//! Numbers and addresses that identify someone: labeled record numbers (MRN, chart, account,
//! member, policy, health plan, claim, license, device serial, patient ID), SSN, phone and fax
//! (NANP rules), email, URL, @handles, IP addresses.

use super::{
    after, before, captures_from, overlaps, twin_for, Claims, Cues, Re, Triggers, Windows,
    LIT_COURTING,
};
use crate::detect::Mention;
use crate::engine::Ctx;
use crate::rules::boundaries::cues::Gate;
use regex::Regex;
use std::sync::OnceLock;

struct M {
    labeled: Re,
    /// `labeled` anchored at the haystack's start, without its leading `\b`.
    labeled_at: Regex,
    ssn: Regex,
    phone: Regex,
    email: Regex,
    url: Re,
    handle: Regex,
    code: Re,
    phone_label: Regex,
    ssn_label: Regex,
    own_side: Regex,
    /// "message me on my personal FB ... or text 555-0123": the writer's own channel offered,
    /// then a number as the other way to reach them (checked on a longer stretch before it).
    own_offer: Regex,
    /// "text Marcus's cell at": a named person's number (group 1 the name), the staff's own
    /// when the name is a staff member's.
    named_side: Regex,
    third_side: Regex,
    handle_contact: Regex,
}

fn m() -> &'static M {
    static M: OnceLock<M> = OnceLock::new();
    M.get_or_init(|| {
        let label = concat!(
            r"\b(mrn|emr|ehr|m\.r\.n\.?|medical record(?:s)?(?: number| no\.?| ?#)?|med(?:ical)? rec(?:ord)?s?(?: no\.?| ?#)?|record(?: number| no\.?| ?#)",
            r"|chart(?: number| no\.?| ?#)|acct\.?(?: number| no\.?| ?#)?|account(?: number| no\.?| ?#)?",
            r"|member(?: id| number| no\.?| ?#)|subscriber(?: id| number| ?#)?|group(?: number| no\.?| ?#)",
            r"|(?:medical |health )?insurance(?: plan| policy| member)?(?: id| number| no\.?| ?#)?",
            r"|ins\.?(?: plan| policy)(?: id| number| no\.?| ?#)?|ins\.? ?(?:id|#|no\.?)",
            r"|health plan(?: id| number| no\.?| ?#)?|health policy(?: number| no\.?| ?#)?",
            r"|(?:policy|plan)(?: id| number| no\.?| ?#)|hbn|hpn|claim(?: id| number| no\.?| ?#)?",
            r"|(?:driver'?s )?licen[cs]e(?: number| no\.?| ?#)?|lic\.?(?: no\.?| ?#)|dl ?#",
            r"|serial(?: number| no\.?| ?#)?|s/n|device(?: id| serial)(?: number| ?#)?",
            r"|ssn|ss ?#|social security(?: number| no\.?| ?#)?",
            r"|patient id|pt\.? id|patient number|id ?#?|ref(?:erence)?\.?(?: code| number| no\.?| ?#)?",
            r"|case(?: number| no\.?| ?#)|medicaid(?: id| number| ?#)?|medicare(?: id| number| ?#)?|mbi",
            r"|passport(?: number| no\.?| ?#)?",
            r"|ip address|ip)",
        );
        let rest = r"[\s:#(=.-]*(?:(?:is|was|of|under|with|issues with|number|no\.?|on file as)[\s:#(=-]+)?(#?[a-z0-9](?:[a-z0-9]|[-/.][a-z0-9])*)";
        let labeled = format!(r"{label}{rest}");
        // the same at the start of the haystack, its `\b` read by the caller (see labeled_at)
        let labeled_at = format!(
            r"^{}{rest}",
            label.strip_prefix(r"\b").expect("a label starts with \\b")
        );
        M {
            // windowed regexes: every `\b` touches an ASCII digit or letter of the pattern (see Re)
            labeled: Re::new(&labeled),
            labeled_at: Regex::new(&labeled_at).expect("labeled at"),
            ssn: Regex::new(r"[0-9]{3}[- .]?[0-9]{2}[- .]?[0-9]{4}").expect("ssn"),
            phone: Regex::new(
                r"(?:\+?1[\s.-]?)?(?:\([0-9]{3}\)\s?|[0-9]{3}[\s.-])[0-9]{3}[\s.-][0-9]{4}|[0-9]{10}|[0-9]{3}[.-][0-9]{4}",
            )
            .expect("phone"),
            email: Regex::new(r"[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
                .expect("email"),
            url: Re::new(concat!(
                r"(?:https?://|www\.)[^\s<>\x22'()]+",
                r"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|co|us|me|ly|health|example|info|app|page|link)\b(?:/[^\s<>\x22'()]*)?"
            )),
            handle: Regex::new(r"@[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?").expect("handle"),
            code: Re::new(r"\b[A-Z]{1,5}-?[0-9]{5,}\b"),
            phone_label: Regex::new(
                r"\b(phone|ph|tel|telephone|cell|mobile|contact|call|text|number|no|fax|reach|dial|voicemail|vm|#)\b[^a-z0-9]*(?:[a-z]+[^a-z0-9]+){0,3}$",
            )
            .expect("phone label"),
            ssn_label: Regex::new(r"\b(ssn|ss ?#|social security|social)\b").expect("ssn label"),
            own_side: Regex::new(concat!(
                r"(?:\b(?:my|our)\s+(?:[a-z]+\s+){0,2}(?:cell|number|phone|line|mobile|fax|office|desk|whatsapp|signal|telegram)",
                r"|\b(?:call|text|reach|contact|dm|ring|phone)\s+(?:us|me)",
                r"|\b(?:mi|nuestro)\s+(?:número|numero|cel|celular|teléfono|telefono|whatsapp|línea|linea)(?:\s+personal)?",
                // the same in Portuguese, French, Hmong ("kuv tus xov tooj ntawm tes": my cell
                // phone), Vietnamese ("số điện thoại của tôi") and Tagalog ("aking numero",
                // "number ko")
                r"|\b(?:meu|nosso)\s+(?:número|numero|celular|telefone|whatsapp|zap)",
                r"|\b(?:mon|notre)\s+(?:numéro|numero|portable|cellulaire|téléphone|telephone|cell)",
                r"|\bkuv\s+(?:tus\s+)?xov\s+tooj",
                r"|\bsố\s+(?:điện\s+thoại\s+|đt\s+)?(?:riêng\s+)?(?:của\s+)?(?:tôi|em|chị|anh|mình)\b",
                r"|\b(?:aking|ang\s+aking)\s+(?:numero|number|cell)|\b(?:numero|number|cell)\s+ko\b",
                r"|\b(?:llámeme|llameme|llámenos|llamenos|escríbame|escribame|mándeme|mandeme|márqueme|marqueme)\b",
                r"|\b(?:hotline|helpline|lifeline|poison control|crisis line|answering service|toll-free|pharmacy))",
                // ("my personal cell if you ever need anything: 555-0128")
                r"\b(?:\s+if\s+you\s+(?:ever\s+)?need\s+(?:anything|me|us|help|something))?[^.!?\n]{0,16}$",
                // "my personal # 555-0177", "my personal # is"
                r"|\b(?:my|our)\s+(?:[a-z]+\s+)?#\s*(?:is\s*)?:?\s*$"
            ))
            .expect("own side"),
            own_offer: Regex::new(
                r"\b(?:message|dm|pm|call|text|email|contact|reach|find|hit)\s+me\b[^.!?\n]{0,90}\bor\s+(?:text|call|ring|whatsapp)(?:\s+me)?(?:\s+(?:at|on))?\s*:?\s*$",
            )
            .expect("own offer"),
            named_side: Regex::new(
                r"\b([a-z]+)'s\s+(?:personal\s+|work\s+)?(?:cell|number|phone|mobile|line|whatsapp)\b[^.!?\n]{0,16}$",
            )
            .expect("named side"),
            third_side: Regex::new(concat!(
                r"\b(his|her|their|patient's|pt's|mom's|dad's|son's|daughter's|wife's|husband's)\s+",
                r"(?:cell\s+|mobile\s+|home\s+|work\s+|phone\s+)?(number|cell|phone|mobile|email|e-mail|contact)\b[^.!?\n]{0,16}$",
                r"|\b(we have|reach (?:him|her|them)(?: at)?|call (?:him|her|them)(?: at)?|text (?:him|her|them)(?: at)?)[^.!?\n]{0,6}$"
            ))
            .expect("third side"),
            handle_contact: Regex::new(concat!(
                r"\b(his|her|their|patient's|pt's)\s+(?:ig|insta|instagram|handle|twitter|x|snap|snapchat|tiktok|account|page|profile|username)\b",
                r"[^.!?\n]{0,8}$"
            ))
            .expect("handle contact"),
        }
    })
}

pub(super) fn warm() {
    let _ = m();
}

/// Where a match of `labeled` can start: each of its labels begins with one of these.
const LABEL_WORDS: &[&str] = &[
    "mrn",
    "emr",
    "ehr",
    "m.r.n",
    "med",
    "record",
    "chart",
    "acct",
    "account",
    "member",
    "subscriber",
    "group",
    "health ",
    "ins",
    "policy",
    "plan",
    "hbn",
    "hpn",
    "claim",
    "driver",
    "lic",
    "dl",
    "serial",
    "s/n",
    "device",
    "ss",
    "social security",
    "patient ",
    "pt",
    "id",
    "ref",
    "case",
    "mbi",
    "passport",
    "ip",
];

/// [`LABEL_WORDS`] in the shared scan of all gates.
pub(crate) static LABEL_GATE: Gate = Gate::new(LABEL_WORDS);

/// The leftmost match of `labeled` in `lower[..we]` that starts at or after `from`, as the
/// spans of its label and value. With `words` (the occurrences of [`LABEL_WORDS`] in `lower`,
/// sorted by start) the regex is only tried where a label can start, each time anchored there
/// (`labeled_at` on the text from there, the `\b` before it read here next to ASCII; next to
/// another character `labeled` itself decides): the first place where it matches is the
/// leftmost match, without a search through the rest of the window.
fn next_labeled(
    lower: &str,
    from: usize,
    we: usize,
    words: Option<&[(usize, usize, usize)]>,
) -> Option<((usize, usize), (usize, usize))> {
    let m = m();
    let spans = |c: &regex::Captures, at: usize| {
        let (lab, val) = (c.get(1)?, c.get(2)?);
        Some((
            (at + lab.start(), at + lab.end()),
            (at + val.start(), at + val.end()),
        ))
    };
    let hay = &lower[..we];
    let Some(words) = words else {
        let c = captures_from(&m.labeled, twin_for(&m.labeled, lower, from, we), hay, from)?;
        return spans(&c, 0);
    };
    let b = lower.as_bytes();
    let first = words.partition_point(|w| w.0 < from);
    let mut last = usize::MAX;
    for &(q, _, _) in &words[first..] {
        if q >= we {
            break;
        }
        if q == last {
            continue;
        }
        last = q;
        if q > 0 && !b[q - 1].is_ascii() {
            let twin = twin_for(&m.labeled, lower, q, we);
            match captures_from(&m.labeled, twin, hay, q) {
                Some(c) if c.get(0).is_some_and(|a| a.start() == q) => return spans(&c, 0),
                _ => continue,
            }
        }
        // (every label starts with an ASCII letter: after a letter, digit or `_`, no `\b`)
        if q > 0 && (b[q - 1].is_ascii_alphanumeric() || b[q - 1] == b'_') {
            continue;
        }
        if let Some(c) = m.labeled_at.captures(&hay[q..]) {
            return spans(&c, q);
        }
    }
    None
}

fn is_alnum_at(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_some_and(|c| c.is_alphanumeric())
}

fn alnum_before(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric())
}

/// A digit group glued to other digits by a separator ("09-234-7761" seen from "234").
fn digit_glued_before(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    i >= 2 && matches!(b[i - 1], b'-' | b'.' | b'/') && b[i - 2].is_ascii_digit()
}

fn digit_glued_after(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    i + 1 < b.len() && matches!(b[i], b'-' | b'.' | b'/') && b[i + 1].is_ascii_digit()
}

fn kind_of_label(label: &str) -> &'static str {
    let l = label;
    if l.starts_with("ip") {
        "ip"
    } else if l.starts_with("passport") {
        "id"
    } else if l.contains("ss") && !l.contains("ins") || l.starts_with("social") {
        "ssn"
    } else if l.contains("mrn")
        || l.contains("m.r.n")
        || l.contains("rec")
        || l.contains("chart")
        || l.starts_with("emr")
        || l.starts_with("ehr")
    {
        "mrn"
    } else if l.starts_with("acct") || l.starts_with("account") {
        "account"
    } else if l.starts_with("claim") {
        "claim"
    } else if l.contains("lic") || l.starts_with("dl") {
        "license"
    } else if l.contains("serial") || l.starts_with("s/n") || l.starts_with("device") {
        "device"
    } else if l.starts_with("patient") || l.starts_with("pt") {
        "patient-id"
    } else if l.starts_with("id") || l.starts_with("ref") || l.starts_with("case") {
        "id"
    } else {
        "health-plan"
    }
}

/// Words before a generic "ID" that make it something else than a patient's.
const NOT_PATIENT_ID: &[&str] = &[
    "order",
    "tracking",
    "transaction",
    "promo",
    "zoom",
    "meeting",
    "wifi",
    "wi-fi",
    "tax",
    "employer",
    "npi",
    "dea",
    "provider",
    "apple",
    "game",
    "user",
    "photo",
    "caller",
    "face",
    "touch",
    "event",
    "ticket",
    "confirmation",
    "invoice",
];

fn valid_id_value(v: &str) -> bool {
    let v = v.trim_start_matches('#');
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    let alnum = v.bytes().filter(u8::is_ascii_alphanumeric).count();
    if digits < 3 || alnum < 4 {
        return false;
    }
    // a year ("member since 2019") or a money-like/decimal number is not an identifier
    if v.len() == 4 && digits == 4 && (v.starts_with("19") || v.starts_with("20")) {
        return false;
    }
    if v.contains('.') && v.split('.').count() != 4 {
        return false;
    }
    true
}

fn is_ipv4(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u16>().is_ok_and(|n| n <= 255))
}

/// Presidio's SSN rules: consistent delimiters, area not 000/666/9xx, group not 00, serial not
/// 0000, not all one digit.
pub(super) fn valid_ssn(s: &str) -> bool {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 9 {
        return false;
    }
    let delims: Vec<char> = s.chars().filter(|c| !c.is_ascii_digit()).collect();
    if !(delims.is_empty() || (delims.len() == 2 && delims[0] == delims[1])) {
        return false;
    }
    let (area, group, serial) = (&digits[..3], &digits[3..5], &digits[5..]);
    let first = digits.as_bytes()[0];
    !(area == "000"
        || area == "666"
        || area.starts_with('9')
        || group == "00"
        || serial == "0000"
        || digits.bytes().all(|b| b == first))
}

/// NANP: area and exchange start with 2-9 and are not N11 service codes.
fn nanp_ok(d: &str) -> bool {
    let ok3 = |x: &str| {
        let b = x.as_bytes();
        (b'2'..=b'9').contains(&b[0]) && !(b[1] == b'1' && b[2] == b'1')
    };
    match d.len() {
        10 => ok3(&d[..3]) && ok3(&d[3..6]),
        7 => ok3(&d[..3]),
        _ => false,
    }
}

/// Phrases that offer a staff member's number for a date.
pub(super) const COURTING: &[&str] = &[
    "take you out",
    "go out with",
    "on a date",
    "is single",
    "he's single",
    "she's single",
];

const ROLE_LOCALS: &[&str] = &[
    "info",
    "hello",
    "contact",
    "support",
    "office",
    "frontdesk",
    "front.desk",
    "billing",
    "admin",
    "appointments",
    "appts",
    "careers",
    "jobs",
    "hr",
    "press",
    "media",
    "team",
    "noreply",
    "no-reply",
    "records",
    "scheduling",
    "help",
    "marketing",
    "reception",
    "feedback",
    "privacy",
    "referrals",
    "sales",
];

const PERSONAL_HOSTS: &[&str] = &[
    "gofundme.com",
    "caringbridge.org",
    "facebook.com",
    "fb.com",
    "instagram.com",
    "x.com",
    "twitter.com",
    "tiktok.com",
    "linkedin.com",
    "youtube.com",
    "venmo.com",
    "cash.app",
    "mealtrain.com",
    "snapchat.com",
    "threads.net",
    "legacy.com",
];

pub(super) fn detect(
    ctx: &Ctx,
    tr: &Triggers,
    cues: &Cues,
    claimed: &mut Claims,
    out: &mut Vec<Mention>,
) {
    let m = m();
    let norm = ctx.norm();
    let lower = ctx.lower();
    let pol = ctx.policy;
    let digits = Windows::around(lower, &tr.digits, 64, 40);
    let near_digits = Windows::around(lower, &tr.digits, 4, 20);
    let ats = Windows::around(lower, &tr.at, 64, 64);
    let dots = Windows::around(lower, &tr.dots, 100, 150);

    // 1. Labeled numbers: "MRN: 0048213", "acct #SD-20418", "Premera ID (PRX884120771)".
    let label_words = LABEL_GATE.all_matches(ctx.gate_scan());
    for &(ws, we) in &digits.0 {
        let mut from = ws;
        while from < we {
            let Some(((lab_start, lab_end), (mut vs, ve))) =
                next_labeled(lower, from, we, label_words)
            else {
                break;
            };
            // on a miss, look again right after the label ("insurance is ID 12345")
            from = lab_end;
            if lower[vs..].starts_with('#') {
                vs += 1;
            }
            let v = &lower[vs..ve];
            if ve < lower.len() && is_alnum_at(lower, ve) {
                continue;
            }
            let kind = kind_of_label(&lower[lab_start..lab_end]);
            if kind == "ip" {
                if !is_ipv4(v) {
                    continue;
                }
            } else if !valid_id_value(v) {
                continue;
            }
            let mut score = 1.0;
            if kind == "id" || kind == "account" {
                let prev = before(lower, lab_start, 24);
                let prev_word = prev
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .rfind(|w| !w.is_empty())
                    .unwrap_or("");
                if NOT_PATIENT_ID.contains(&prev_word) {
                    continue;
                }
                score = 0.8;
            }
            out.push(Mention::new(vs, ve, kind, score));
            claimed.push((vs, ve));
            from = ve;
        }
    }

    // 2. Emails (before URLs and handles, which they contain).
    for e in ats.finds(&m.email, lower) {
        let (s, t) = (e.start(), e.end());
        if alnum_before(lower, s) || overlaps(claimed, (s, t)) {
            continue;
        }
        claimed.push((s, t));
        let addr = e.as_str();
        let (local, domain) = addr.split_once('@').unwrap_or((addr, ""));
        let own = (!pol.own_email.is_empty() && addr == pol.own_email)
            || (!pol.own_host.is_empty()
                && (domain == pol.own_host || domain.ends_with(&format!(".{}", pol.own_host))));
        if own {
            continue;
        }
        let score = if ROLE_LOCALS.contains(&local) {
            0.2
        } else if m.third_side.is_match(before(lower, s, 48)) || cues.individual((s, t), 40) {
            1.0
        } else if cues.any_visit() || cues.any_individual() {
            0.7
        } else {
            0.5
        };
        out.push(Mention::new(s, t, "email", score));
    }

    // 3. URLs.
    for u in dots.finds(&m.url, lower) {
        let s = u.start();
        let mut t = u.end();
        while t > s
            && matches!(
                lower.as_bytes()[t - 1],
                b'.' | b',' | b'!' | b'?' | b';' | b':'
            )
        {
            t -= 1;
        }
        if t <= s || alnum_before(lower, s) || overlaps(claimed, (s, t)) {
            continue;
        }
        if s > 0 && matches!(lower.as_bytes()[s - 1], b'@' | b'.') {
            continue;
        }
        let text = &lower[s..t];
        let host_path = text
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.");
        let (host, path) = host_path.split_once('/').unwrap_or((host_path, ""));
        if !pol.own_host.is_empty()
            && (host == pol.own_host || host.ends_with(&format!(".{}", pol.own_host)))
        {
            continue;
        }
        if !path.is_empty() && pol.own_handles.iter().any(|h| path.trim_matches('/') == h) {
            continue;
        }
        claimed.push((s, t));
        let personal = PERSONAL_HOSTS.contains(&host) && !path.trim_matches('/').is_empty();
        let score = if personal && cues.individual((s, t), 25) {
            1.0
        } else if personal {
            0.5
        } else {
            0.3
        };
        out.push(Mention::new(s, t, "url", score));
    }

    // 4. SSN: labeled, or delimited and valid by Presidio's rules.
    // SSNs and phone numbers hold three digits in a row, record-like codes five.
    let run3 = near_digits.holding_runs(&tr.digits, |s, de, we| de.min(we) - s >= 3);
    for x in run3.finds(&m.ssn, norm).needing_digit(&tr.digits) {
        let (s, t) = (x.start(), x.end());
        if alnum_before(norm, s)
            || (t < norm.len() && is_alnum_at(norm, t))
            || digit_glued_before(norm, s)
            || digit_glued_after(norm, t)
            || overlaps(claimed, (s, t))
        {
            continue;
        }
        let text = x.as_str();
        let labeled = m.ssn_label.is_match(before(lower, s, 28));
        let delimited = text.len() == 11;
        if labeled || (delimited && valid_ssn(text)) {
            out.push(Mention::new(s, t, "ssn", 1.0));
            claimed.push((s, t));
        }
    }

    // 5. Phone and fax numbers.
    for p in run3.finds(&m.phone, norm).needing_digit(&tr.digits) {
        let (s, t) = (p.start(), p.end());
        if alnum_before(norm, s)
            || (t < norm.len() && is_alnum_at(norm, t))
            || digit_glued_before(norm, s)
            || digit_glued_after(norm, t)
            || overlaps(claimed, (s, t))
        {
            continue;
        }
        if s > 0 && matches!(norm.as_bytes()[s - 1], b'$' | b'#') {
            continue;
        }
        if after(norm, t, 1) == "%" {
            continue;
        }
        // (the digits by bytes, into one buffer sized for any phone number)
        let mut digits = String::with_capacity(16);
        digits.extend(
            p.as_str()
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(char::from),
        );
        if digits.len() == 11 && digits.starts_with('1') {
            digits.remove(0);
        }
        if pol.is_own_number(&digits) {
            continue;
        }
        let prev = before(lower, s, 40);
        let labeled = m.phone_label.is_match(prev)
            || after(lower, t, 40).contains("voicemail")
            || m.third_side.is_match(prev);
        if !(labeled && (digits.len() == 10 || digits.len() == 7) || nanp_ok(&digits)) {
            continue;
        }
        if digits.len() == 10 && !labeled && !p.as_str().contains(['-', '.', ' ', '(']) {
            // ten bare digits with no phone word: an account or record number more likely
            continue;
        }
        let kind = if before(lower, s, 24).contains("fax") {
            "fax"
        } else {
            "phone"
        };
        // "here's his cell, he'd love to take you out": a staff member's number offered for a
        // date is a personal-channel matter (B2), not a patient's
        let courting = || tr.lits.within(LIT_COURTING, 0, lower.len());
        let score = if courting() {
            0.2
        } else if m.third_side.is_match(prev) {
            1.0
        } else if m.own_side.is_match(before(lower, s, 72))
            || m.own_offer.is_match(before(lower, s, 120))
            || m.named_side
                .captures(prev)
                .and_then(|c| c.get(1))
                .is_some_and(|n| pol.is_staff_word(n.as_str()))
        {
            0.2
        } else if cues.individual((s, t), if labeled { 40 } else { 20 }) {
            0.9
        } else if cues.visit((s, t), 20) || cues.any_individual() {
            0.6
        } else {
            0.4
        };
        out.push(Mention::new(s, t, kind, score));
        claimed.push((s, t));
    }

    // 6. @handles (they also name a person; the persons detector reads them from here).
    for h in ats.finds(&m.handle, lower) {
        let (s, t) = (h.start(), h.end());
        if s > 0 {
            let b = lower.as_bytes()[s - 1];
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'/' | b'@') {
                continue;
            }
            if alnum_before(lower, s) {
                continue;
            }
        }
        if overlaps(claimed, (s, t)) || pol.is_own_handle(h.as_str()) {
            continue;
        }
        let score = if m.handle_contact.is_match(before(lower, s, 40)) {
            1.0
        } else {
            0.5
        };
        out.push(Mention::new(s, t, "handle", score));
        claimed.push((s, t));
    }

    // 7. Unlabeled record-like codes ("HMO-234567"): real only next to a patient.
    let run5 = near_digits.holding_runs(&tr.digits, |s, de, we| de.min(we) - s >= 5);
    for c in run5.finds(&m.code, norm).needing_digit(&tr.digits) {
        let (s, t) = (c.start(), c.end());
        if overlaps(claimed, (s, t)) || digit_glued_after(norm, t) {
            continue;
        }
        let score = if cues.individual((s, t), 20) && cues.visit((s, t), 25) {
            0.8
        } else {
            0.4
        };
        out.push(Mention::new(s, t, "id", score));
        claimed.push((s, t));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_starts_with_a_label_word() {
        // next_labeled tries the regex only where a label word starts
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let hir = regex_syntax::Parser::new()
            .parse(m().labeled.as_str())
            .expect("labeled regex");
        let mut x = Extractor::new();
        x.kind(ExtractKind::Prefix)
            .limit_total(10_000)
            .limit_class(20)
            .limit_literal_len(40);
        let seq = x.extract(&hir);
        let prefixes = seq.literals().expect("finite prefixes");
        assert!(prefixes.len() > 40, "{}", prefixes.len());
        for p in prefixes {
            let p = String::from_utf8_lossy(p.as_bytes());
            assert!(
                LABEL_WORDS.iter().any(|w| p.starts_with(w)),
                "no label word starts {p:?}"
            );
        }
    }

    #[test]
    fn next_labeled_from_the_gate_scan_is_the_regexs_own_search() {
        // labels as the regex spells them, values, connectors and separators
        let pieces = [
            "mrn",
            "emr",
            "ehr",
            "m.r.n.",
            "medical record",
            "medical records #",
            "med rec",
            "med. rec",
            "medical record number",
            "record no.",
            "chart #",
            "acct.",
            "acct #",
            "account number",
            "member id",
            "subscriber",
            "group no",
            "medical insurance",
            "health insurance id",
            "insurance",
            "ins. plan",
            "ins id",
            "ins#",
            "health plan",
            "health policy no.",
            "policy number",
            "plan id",
            "hbn",
            "hpn",
            "claim #",
            "driver's license",
            "drivers licence no",
            "lic. #",
            "dl#",
            "dl #",
            "serial no",
            "s/n",
            "device serial #",
            "ssn",
            "ss #",
            "social security number",
            "patient id",
            "pt. id",
            "pt id",
            "patient number",
            "id",
            "id#",
            "ref",
            "reference code",
            "case no.",
            "medicaid",
            "medicare id",
            "mbi",
            "passport",
            "ip address",
            "ip",
            " ",
            " ",
            " ",
            ": ",
            "#",
            "-",
            ".",
            "/",
            " is ",
            " on file as ",
            "issues with ",
            "0048213",
            "4",
            "ab12",
            "x",
            "é",
            "_",
            "\u{1F389}",
            "walk-",
            "kid",
            "ship",
            "class",
        ];
        let mut draw = crate::testutil::drawer(0x51A3_C8E2_0D77_946B);
        let mut found = 0;
        for _ in 0..3_000 {
            let t: String = (0..draw(10)).map(|_| pieces[draw(pieces.len())]).collect();
            let scan = crate::rules::boundaries::cues::GateScan::new(&t);
            let words = LABEL_GATE.all_matches(&scan);
            assert!(words.is_some(), "the label words are in the shared scan");
            let ends: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (k, &from) in ends.iter().enumerate() {
                // a window end at or after `from`
                let we = ends[k + draw(ends.len() - k)];
                let own = next_labeled(&t, from, we, None);
                assert_eq!(next_labeled(&t, from, we, words), own, "{t:?} {from} {we}");
                found += usize::from(own.is_some());
            }
        }
        assert!(found > 1_000, "{found}");
    }

    #[test]
    fn ssn_rules() {
        assert!(valid_ssn("219-09-9998"));
        assert!(valid_ssn("219 09 9998"));
        assert!(!valid_ssn("219-09 9998"), "inconsistent delimiters");
        assert!(!valid_ssn("000-12-3456"));
        assert!(!valid_ssn("666-12-3456"));
        assert!(!valid_ssn("912-12-3456"));
        assert!(!valid_ssn("123-00-4567"));
        assert!(!valid_ssn("123-45-0000"));
        assert!(!valid_ssn("111-11-1111"));
    }

    #[test]
    fn nanp() {
        assert!(nanp_ok("3035550142"));
        assert!(!nanp_ok("1235550142"));
        assert!(!nanp_ok("3031550142"));
        assert!(!nanp_ok("9115550142"));
        assert!(nanp_ok("5550142"));
        assert!(!nanp_ok("0550142"));
    }

    #[test]
    fn the_writers_own_number_by_hash_sign() {
        let own = &m().own_side;
        assert!(own.is_match("hey just text me at my personal # "));
        assert!(own.is_match("my personal # is "));
        assert!(own.is_match("here's my personal cell if you ever need anything: "));
        // near miss: someone else's number
        assert!(!own.is_match("her # is "));
    }

    #[test]
    fn the_writers_own_number_as_the_other_way_to_reach_them() {
        let offer = &m().own_offer;
        assert!(offer.is_match("message me on my personal fb (jenna whitfield massage) or text "));
        assert!(offer.is_match("dm me here or call me at "));
        // near misses: a number that is not offered as the writer's
        assert!(!offer.is_match("message me if you need her cell. it is "));
        assert!(!offer.is_match("call me. his daughter's number: "));
    }

    #[test]
    fn id_values() {
        assert!(valid_id_value("0048213"));
        assert!(valid_id_value("#sd-20418"));
        assert!(valid_id_value("abc123"));
        assert!(!valid_id_value("2019"));
        assert!(!valid_id_value("12"));
        assert!(is_ipv4("192.168.1.1"));
        assert!(!is_ipv4("1.2.3"));
    }
}
