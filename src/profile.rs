//! Profile audit: which items of the contact and emergency block a practice's About text, bio or
//! pinned post shows (RULES.md D1, D4, D5).
//!
//! Each item reports whether it was found and where: UTF-16 offsets of the original text, the
//! phrase itself for numbers and addresses, the sentence that carries it for notices
//! (after-hours route, covering practice, emergency line, not-monitored notice, privacy warning).

use crate::rules::boundaries::cues::{self, Lazy};
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// The items, in the order they are reported.
pub const ITEMS: [&str; 9] = [
    "address",
    "phone",
    "fax",
    "hours",
    "after_hours",
    "covering",
    "emergency",
    "not_monitored",
    "privacy_warning",
];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ProfileItem {
    pub item: String,
    pub present: bool,
    /// UTF-16 offsets of where the item was found (only when present).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ProfileReport {
    pub items: Vec<ProfileItem>,
}

impl ProfileReport {
    /// The item named `name`, if it is one of [`ITEMS`].
    pub fn item(&self, name: &str) -> Option<&ProfileItem> {
        self.items.iter().find(|i| i.item == name)
    }

    /// Names of the items that are missing.
    pub fn missing(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter(|i| !i.present)
            .map(|i| i.item.as_str())
            .collect()
    }
}

// Patterns run on the normalized text (`norm`, case kept) or its lowercase twin.

/// A street address: number, street name, street type; then optional unit, city, state, ZIP.
static ADDRESS: Lazy = Lazy::new(
    r"(?x)
    \b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][A-Za-z0-9'.-]*\s+){0,4}
    (?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Ct|Court|Pl|Place|Hwy|Highway|Cir|Circle|Ter|Terrace|Sq|Square|Trl|Trail|Pike|Loop|Row)\b\.?
    (?:,?\s+(?:Suite|Ste\.?|Unit|Building|Bldg\.?|Floor|Fl\.?|Room|\#)\s*[A-Za-z0-9-]+)?
    (?:,\s+[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3})?
    (?:,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)?
  | \b(?:P\.?\s?O\.?\s+Box|PO\s+Box)\s+\d+(?:,\s+[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3})?(?:,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)?
",
);

/// A North American phone number.
static PHONE: Lazy = Lazy::new(r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b");

/// A fax label.
static FAX_LABEL: Lazy = Lazy::new(r"\b(?:fax|facsimile)\b");

/// Days and times.
static HOURS: Lazy = Lazy::new(
    r"(?x)
    \b(?:office\s+|clinic\s+|business\s+|opening\s+)?hours\b\s*:?
  | \b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?s?\b\.?\s*(?:-|to|through|thru|&|and)\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?s?\b\.?
  | \b(?:weekdays|weekends|daily|every\s+day)\b
",
);

static TIME: Lazy =
    Lazy::new(r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\bnoon\b|\b\d{1,2}:\d{2}\b");

static AFTER_HOURS: Lazy = Lazy::new(
    r"\bafter[\s-]hours?\b|\banswering\s+service\b|\bon[\s-]call\b|\bnights?\s+and\s+weekends\b|\bwhen\s+(?:the\s+)?(?:office|clinic)\s+is\s+closed\b",
);

static ROUTE: Lazy = Lazy::new(
    r"\d{3}[\s.-]\d{4}|\bcall\b|\bpress\b|\banswering\s+service\b|\bon[\s-]call\b|\bpage\s+the\b|\breach\b",
);

static COVERING: Lazy = Lazy::new(
    r"(?x)
    \bcover(?:s|ing)?\s+for\s+(?:us|our|dr\.?)|\bcovering\s+(?:physician|doctor|provider|practice|clinic|dentist)\b|\bcovered\s+by\b
  | \bwhen\s+(?:we\s+are|we're|we\s+will\s+be|the\s+(?:office|clinic|practice)\s+is|our\s+(?:doctors?|providers?)\s+(?:are|is))\s+(?:away|out|closed|unavailable|on\s+vacation)\b
  | \bin\s+our\s+absence\b|\bwhile\s+(?:we\s+are|we're|dr\.?\s+\w+\s+is)\s+(?:away|out)\b|\bcoverage\s+(?:is\s+provided|provided)\s+by\b
",
);

static EMERGENCY: Lazy = Lazy::new(
    r"\b911\b|\bemergency\s+(?:department|room|services)\b|\bnearest\s+(?:er|ed)\b|\bgo\s+to\s+the\s+(?:er|ed)\b",
);

static NOT_MONITORED: Lazy = Lazy::new(
    r"\b(?:not|isn't|isnt|aren't|arent|never|n't\s+be)\s+(?:\w+\s+){0,2}(?:monitored|watched|checked|staffed)\b|\bnot\s+(?:a\s+)?(?:way|place|channel)\s+to\s+(?:reach|contact)\s+(?:us|a\s+clinician|the\s+doctor)\s+(?:urgently|for\s+urgent)",
);

static PRIVACY: Lazy = Lazy::new(
    r"(?x)
    \b(?:do\s+not|don't|dont|please\s+don't|never)\s+(?:post|share|include|put)\s+(?:your\s+|any\s+)?(?:personal\s+|private\s+)?(?:health|medical)\s+(?:information|info|details|questions|history)
  | \b(?:keep|leave)\s+(?:your\s+|any\s+)?(?:personal\s+)?(?:health|medical)\s+(?:information|info|details)\s+(?:off|out\s+of)\b
  | \bthis\s+(?:page|account|feed)\s+is\s+public\b|\bcomments\s+(?:here\s+)?are\s+public\b
  | \bpersonal\s+health\s+information\b[^.!?\n]{0,60}\b(?:public|don't|do\s+not)\b
",
);

/// Audits the text of a practice's profile (About, bio or pinned post).
pub fn audit_profile(text: &str) -> ProfileReport {
    let t = Text::new(text);
    let norm = t.norm.as_str();
    let lower = t.lower.as_str();
    let clauses = cues::clauses(lower);
    let sentence = |span: (usize, usize)| -> (usize, usize) {
        cues::clause_at(&clauses, span.0).map_or(span, |(a, b)| {
            // leave list bullets out: "• This page is not monitored" -> "This page..."
            let piece = &lower[a..span.0];
            let skip = piece.len()
                - piece
                    .trim_start_matches(|c: char| {
                        matches!(c, '•' | '·' | '*' | '-' | '▪' | '◦') || c.is_whitespace()
                    })
                    .len();
            (a + skip, b.max(span.1))
        })
    };
    let first = |re: &Lazy| re.find(lower).map(sentence);

    // Phone numbers, split into fax (labeled within the few words before) and phone.
    let mut phone = None;
    let mut fax = None;
    for (s, e) in PHONE.spans(norm) {
        let from = lower[..s]
            .char_indices()
            .rev()
            .nth(24)
            .map_or(0, |(i, _)| i);
        // the label must be in the same clause and nearer than any other number
        let before = &lower[from..s];
        let before = before.rsplit(['\n', '|', ';']).next().unwrap_or(before);
        let before = before.rsplit(char::is_numeric).next().unwrap_or(before);
        if let Some(m) = FAX_LABEL.get().find(before) {
            let label_start = s - before.len() + m.start();
            fax.get_or_insert((label_start, e));
        } else {
            phone.get_or_insert((s, e));
        }
    }

    let hours = HOURS.get().find_iter(lower).find_map(|m| {
        // "after hours" is the after-hours route, not the office hours
        if lower[..m.start()]
            .trim_end_matches([' ', '-'])
            .ends_with("after")
        {
            return None;
        }
        // A label or day range counts when a time follows on the same line.
        let line_end = lower[m.end()..]
            .find('\n')
            .map_or(lower.len(), |i| m.end() + i);
        let rest = &lower[m.end()..line_end];
        let near = &rest[..floor_boundary(rest, 60)];
        TIME.is_match(near).then(|| {
            let piece = &lower[m.start()..line_end];
            let end = m.start() + piece.trim_end().len();
            // stop at the end of the sentence when the line goes on
            let stop = cues::clause_at(&clauses, m.start()).map_or(end, |(_, b)| b.min(end));
            (m.start(), stop.max(m.end()))
        })
    });

    let found: [Option<(usize, usize)>; 9] = [
        ADDRESS.find(norm),
        phone,
        fax,
        hours,
        // an after-hours cue counts with a route: a number, "call", "press", a service
        AFTER_HOURS
            .spans(lower)
            .into_iter()
            .map(sentence)
            .find(|&(a, b)| ROUTE.is_match(&lower[a..b])),
        first(&COVERING),
        first(&EMERGENCY),
        first(&NOT_MONITORED),
        first(&PRIVACY),
    ];
    let ranges: Vec<(usize, usize)> = found.iter().flatten().copied().collect();
    let mut u16 = t.utf16_ranges(&ranges).into_iter();
    let items = ITEMS
        .iter()
        .zip(found.iter())
        .map(|(name, f)| {
            let pos = f.and_then(|_| u16.next());
            ProfileItem {
                item: name.to_string(),
                present: pos.is_some(),
                start: pos.map(|p| p.0),
                end: pos.map(|p| p.1),
            }
        })
        .collect();
    ProfileReport { items }
}

/// The largest char boundary of `s` at or below `n`.
fn floor_boundary(s: &str, n: usize) -> usize {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pinned notice of a dermatology practice (built from the policy example format).
    const FULL: &str = "📌 About Summit Dermatology & Skin Surgery\n\
4410 Juniper Ridge Pkwy, Suite 210, Alder Springs, CO 80931\n\
Phone: (555) 318-2200 | Fax: (555) 318-2201\n\
Hours: Mon-Thu 7:30am-5pm, Fri 7:30am-3pm\n\
After hours, call (555) 318-2200 and press 9 to reach the on-call dermatologist through our answering service.\n\
When we're away, Front Range Dermatology Associates covers for us: (555) 744-9100.\n\
If this is an emergency, call 911 or go to the nearest emergency department.\n\
This page is not monitored around the clock. Please don't post personal health information here; this page is public.";

    fn span(r: &ProfileReport, item: &str) -> Option<(usize, usize)> {
        let i = r.item(item).unwrap();
        assert_eq!(i.present, i.start.is_some());
        i.start.zip(i.end)
    }

    /// UTF-16 span of `needle` in `hay`.
    fn u16_of(hay: &str, needle: &str) -> (usize, usize) {
        let b = hay.find(needle).expect(needle);
        let s = hay[..b].encode_utf16().count();
        (s, s + needle.encode_utf16().count())
    }

    #[test]
    fn full_block_every_item_present_with_exact_spans() {
        let r = audit_profile(FULL);
        assert!(r.missing().is_empty(), "{:?}", r.missing());
        let expect = [
            ("address", "4410 Juniper Ridge Pkwy, Suite 210, Alder Springs, CO 80931"),
            ("phone", "(555) 318-2200"),
            ("fax", "Fax: (555) 318-2201"),
            ("hours", "Hours: Mon-Thu 7:30am-5pm, Fri 7:30am-3pm"),
            ("after_hours", "After hours, call (555) 318-2200 and press 9 to reach the on-call dermatologist through our answering service."),
            ("covering", "When we're away, Front Range Dermatology Associates covers for us: (555) 744-9100."),
            ("emergency", "If this is an emergency, call 911 or go to the nearest emergency department."),
            ("not_monitored", "This page is not monitored around the clock."),
            ("privacy_warning", "Please don't post personal health information here;"),
        ];
        for (item, text) in expect {
            assert_eq!(span(&r, item), Some(u16_of(FULL, text)), "{item}");
        }
        // the emoji before the text shifts UTF-16 offsets by 2 per emoji, not by 4 bytes
        assert_eq!(span(&r, "address").unwrap().0, u16_of(FULL, "4410").0);
    }

    #[test]
    fn empty_and_unrelated_text_has_nothing() {
        for t in [
            "",
            "   ",
            "We love our patients! 🦷✨ Skin tips every Tuesday.",
        ] {
            let r = audit_profile(t);
            assert_eq!(r.items.len(), 9);
            assert_eq!(r.missing().len(), 9, "{t}");
            assert!(r.items.iter().all(|i| i.start.is_none() && i.end.is_none()));
        }
    }

    #[test]
    fn short_bio_with_some_items() {
        let bio = "Family medicine in Maple Grove. 1200 Orchard Ave, Suite 3, Maple Grove, MN 55311 · Call (555) 201-4400 · Mon-Fri 8am-5pm. Not monitored 24/7.";
        let r = audit_profile(bio);
        assert_eq!(
            span(&r, "address"),
            Some(u16_of(
                bio,
                "1200 Orchard Ave, Suite 3, Maple Grove, MN 55311"
            ))
        );
        assert_eq!(span(&r, "phone"), Some(u16_of(bio, "(555) 201-4400")));
        assert_eq!(span(&r, "hours"), Some(u16_of(bio, "Mon-Fri 8am-5pm.")));
        assert_eq!(
            span(&r, "not_monitored"),
            Some(u16_of(bio, "Not monitored 24/7."))
        );
        assert_eq!(
            r.missing(),
            vec![
                "fax",
                "after_hours",
                "covering",
                "emergency",
                "privacy_warning"
            ]
        );
    }

    #[test]
    fn each_item_absent_when_its_line_is_removed() {
        let lines: Vec<&str> = FULL.lines().collect();
        // line index -> items carried by that line
        let cases: [(usize, &[&str]); 7] = [
            (1, &["address"]),
            (3, &["hours"]),
            (4, &["after_hours"]),
            (5, &["covering"]),
            (6, &["emergency"]),
            (7, &["not_monitored", "privacy_warning"]),
            (2, &["fax"]),
        ];
        for (drop, items) in cases {
            let text: String = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != drop)
                .map(|(_, l)| *l)
                .collect::<Vec<_>>()
                .join("\n");
            let r = audit_profile(&text);
            for it in items {
                assert!(!r.item(it).unwrap().present, "{it} without line {drop}");
            }
            // the others stay present (phone also appears on the after-hours line)
            for it in ITEMS.iter().filter(|i| !items.contains(i)) {
                assert!(r.item(it).unwrap().present, "{it} without line {drop}");
            }
        }
        // no phone at all
        let r = audit_profile("Hours: Mon-Fri 8am-5pm. If this is an emergency, call 911.");
        assert!(!r.item("phone").unwrap().present);
        assert!(r.item("hours").unwrap().present);
        assert!(r.item("emergency").unwrap().present);
    }

    #[test]
    fn bullets_are_left_out_of_spans() {
        let t = "📌 A note\n• This page is not monitored around the clock.\n- Please don't post personal health information here.";
        let r = audit_profile(t);
        assert_eq!(
            span(&r, "not_monitored"),
            Some(u16_of(t, "This page is not monitored around the clock."))
        );
        assert_eq!(
            span(&r, "privacy_warning"),
            Some(u16_of(
                t,
                "Please don't post personal health information here."
            ))
        );
    }

    #[test]
    fn physical_therapy_about_text() {
        let about = "Harborview Physical Therapy & Sports Medicine\r\n\
1875 Wharfside Drive, Building B, Port Tamsen, WA 98366\r\n\
Call 555.462.7800 · Fax 555.462.7801\r\n\
Open Mon-Fri 6:30am-7pm, Sat 8am-1pm\r\n\
Bayside Orthopedic & Sports Medicine is our covering practice: (555) 462-9300.\r\n\
Messages here aren't monitored after hours. Please keep health details off this page.";
        let r = audit_profile(about);
        assert_eq!(
            span(&r, "address"),
            Some(u16_of(
                about,
                "1875 Wharfside Drive, Building B, Port Tamsen, WA 98366"
            ))
        );
        assert_eq!(span(&r, "phone"), Some(u16_of(about, "555.462.7800")));
        assert_eq!(span(&r, "fax"), Some(u16_of(about, "Fax 555.462.7801")));
        assert_eq!(
            span(&r, "hours"),
            Some(u16_of(about, "Mon-Fri 6:30am-7pm, Sat 8am-1pm"))
        );
        assert_eq!(
            span(&r, "covering"),
            Some(u16_of(
                about,
                "Bayside Orthopedic & Sports Medicine is our covering practice: (555) 462-9300."
            ))
        );
        assert_eq!(
            span(&r, "not_monitored"),
            Some(u16_of(about, "Messages here aren't monitored after hours."))
        );
        assert_eq!(
            span(&r, "privacy_warning"),
            Some(u16_of(about, "Please keep health details off this page."))
        );
        // "not monitored after hours" names no route: no after-hours item
        assert!(!r.item("after_hours").unwrap().present);
        assert!(!r.item("emergency").unwrap().present);
    }
}
