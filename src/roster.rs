//! Optional patient roster for exact name matching, kept only as salted hashes.
//!
//! A practice manager may paste the names of the practice's patients into the options page. The
//! extension never stores those names: each is normalized ([`name_key`]) and hashed with a
//! per-install random salt ([`hash_key`]); only the salt and the hashes go into the policy
//! (`roster: {salt, hashes}`). When a draft is checked, every run of two to four words of the
//! draft is normalized and hashed the same way and looked up in the roster
//! (see `rules::confidentiality::roster`).
//!
//! What this protects against, honestly: somebody reading the stored policy (or an exported JSON
//! file) sees no names. It is not encryption: someone who has the policy and a list of candidate
//! names can hash each candidate with the salt and test it. The UI says so.

use crate::text::{combining_class, nfd, words, Text};
use sha2::{Digest, Sha256};

/// Hex characters kept of each SHA-256 digest (128 bits: no collisions in practice, half the
/// storage of the full digest).
pub const HASH_HEX_LEN: usize = 32;

/// Longest name (in words) looked up in a draft.
pub const MAX_NAME_WORDS: usize = 4;

/// Courtesy titles dropped from roster lines and from drafts' word runs ("Mrs. Maria Lopez").
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "sr", "sra", "srta"];

/// One word of a name as a hash key: lowercase (through [`Text`]), accents removed
/// ("José" and "Jose" are the same key), a trailing possessive dropped.
fn key_word(w: &str) -> String {
    let w = w.strip_suffix("'s").unwrap_or(w);
    nfd(w)
        .chars()
        .filter(|c| combining_class(*c) == 0)
        .collect()
}

/// The lowercased words of `s`, as [`crate::text::words`] splits them, without titles.
fn name_words(s: &str) -> Vec<String> {
    let t = Text::new(s);
    words(&t.lower)
        .iter()
        .map(|w| key_word(w.as_str(&t.lower)))
        .filter(|w| !w.is_empty() && !TITLES.contains(&w.trim_end_matches('.')))
        .collect()
}

/// The keys of one roster line: "Maria Elena Lopez" gives "maria elena lopez" and
/// "maria lopez"; "Lopez, Maria" gives "maria lopez". A line of one word gives nothing (a single
/// first name or surname would match far too much ordinary text).
pub fn name_keys(line: &str) -> Vec<String> {
    let line = line.trim();
    // "Last, First [Middle]" as exported by practice management systems.
    let reordered;
    let line = match line.split_once(',') {
        Some((last, first)) if !first.trim().is_empty() && !last.trim().is_empty() => {
            reordered = format!("{} {}", first.trim(), last.trim());
            reordered.as_str()
        }
        _ => line,
    };
    let ws = name_words(line);
    if ws.len() < 2 || ws.len() > MAX_NAME_WORDS {
        return Vec::new();
    }
    let mut keys = vec![ws.join(" ")];
    if ws.len() > 2 {
        keys.push(format!("{} {}", ws[0], ws[ws.len() - 1]));
    }
    keys
}

/// The salted hash of a name key, as lowercase hex.
pub fn hash_key(salt: &str, key: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update([0x1f]);
    h.update(key.as_bytes());
    let digest = h.finalize();
    let mut out = String::with_capacity(HASH_HEX_LEN);
    for b in digest.iter().take(HASH_HEX_LEN / 2) {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// What hashing a pasted list gave: the hashes (sorted, deduplicated) and the 1-based numbers
/// of the non-blank lines that could not be used (fewer than two words, or more than four).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Hashed {
    pub hashes: Vec<String>,
    pub names: usize,
    pub skipped: Vec<usize>,
}

/// Hashes a pasted list of names, one per line.
pub fn hash_names(salt: &str, list: &str) -> Hashed {
    let mut out = Hashed::default();
    for (i, line) in list.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let keys = name_keys(line);
        if keys.is_empty() {
            out.skipped.push(i + 1);
            continue;
        }
        out.names += 1;
        out.hashes.extend(keys.iter().map(|k| hash_key(salt, k)));
    }
    out.hashes.sort_unstable();
    out.hashes.dedup();
    out
}

/// The hashes of a roster, ready for look-ups.
pub struct RosterSet<'a> {
    salt: &'a str,
    sorted: Vec<&'a str>,
}

impl<'a> RosterSet<'a> {
    pub fn new(roster: &'a crate::policy::Roster) -> Option<RosterSet<'a>> {
        if roster.hashes.is_empty() {
            return None;
        }
        let mut sorted: Vec<&str> = roster.hashes.iter().map(|s| s.trim()).collect();
        if !sorted.is_sorted() {
            sorted.sort_unstable();
        }
        Some(RosterSet {
            salt: &roster.salt,
            sorted,
        })
    }

    pub fn contains_key(&self, key: &str) -> bool {
        let h = hash_key(self.salt, key);
        self.sorted.binary_search(&h.as_str()).is_ok()
    }

    /// Byte spans of `lower` (a [`Text::lower`]) where a run of two to four words is a roster
    /// name. Titles inside the run are skipped ("Mrs. Maria Lopez" matches "maria lopez"); the
    /// longest match at a position wins. `skip` tells names that must never match (staff).
    pub fn find(&self, lower: &str, skip: &dyn Fn(&str) -> bool) -> Vec<(usize, usize)> {
        let ws: Vec<(usize, usize, String)> = words(lower)
            .iter()
            .map(|w| (w.start, w.end, key_word(w.as_str(lower))))
            .filter(|(_, _, k)| !k.is_empty() && !TITLES.contains(&k.as_str()))
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let mut matched = None;
            for n in (2..=MAX_NAME_WORDS).rev() {
                if i + n > ws.len() {
                    continue;
                }
                let run = &ws[i..i + n];
                // Only whitespace (or a middle initial's dot) between the words of a name.
                let tight = run.windows(2).all(|p| {
                    lower[p[0].1..p[1].0]
                        .chars()
                        .all(|c| c.is_whitespace() || c == '.')
                });
                if !tight {
                    continue;
                }
                let key = run
                    .iter()
                    .map(|(_, _, k)| k.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                if !skip(&key) && self.contains_key(&key) {
                    matched = Some((n, (run[0].0, run[n - 1].1)));
                    break;
                }
            }
            match matched {
                Some((n, span)) => {
                    out.push(span);
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Roster;

    fn roster(names: &str) -> Roster {
        let salt = "c0ffee".to_string();
        Roster {
            hashes: hash_names(&salt, names).hashes,
            salt,
        }
    }

    #[test]
    fn keys_normalize_case_accents_titles_and_order() {
        assert_eq!(name_keys("Mrs. José  LÓPEZ"), vec!["jose lopez"]);
        assert_eq!(name_keys("Lopez, Maria"), vec!["maria lopez"]);
        assert_eq!(
            name_keys("Maria Elena Lopez"),
            vec!["maria elena lopez", "maria lopez"]
        );
        assert_eq!(name_keys("O\u{2019}Brien, Sean"), vec!["sean o'brien"]);
        assert!(name_keys("Maria").is_empty());
        assert!(name_keys("   ").is_empty());
    }

    #[test]
    fn hashes_are_salted_and_never_the_name() {
        let a = hash_key("salt-a", "maria lopez");
        let b = hash_key("salt-b", "maria lopez");
        assert_ne!(a, b);
        assert_eq!(a.len(), HASH_HEX_LEN);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        let h = hash_names("s", "Maria Lopez\n\nCher\nLopez, Maria\n");
        assert_eq!(h.names, 2);
        assert_eq!(h.hashes.len(), 1, "same person twice gives one hash");
        assert_eq!(h.skipped, vec![3]);
        assert!(!format!("{h:?}").to_lowercase().contains("lopez"));
    }

    #[test]
    fn finds_names_in_drafts() {
        let r = roster("Maria Lopez\nSean O'Brien\nAnn Lee Park");
        let set = RosterSet::new(&r).unwrap();
        let none = |_: &str| false;
        let t = Text::new("Get well soon Mrs. María López! And Sean O\u{2019}Brien's too.");
        let spans = set.find(&t.lower, &none);
        assert_eq!(spans.len(), 2, "{spans:?}");
        assert_eq!(&t.norm[spans[0].0..spans[0].1], "María López");
        assert_eq!(&t.norm[spans[1].0..spans[1].1], "Sean O'Brien's");
        let t = Text::new("ann park and ann lee park");
        let spans = set.find(&t.lower, &none);
        assert_eq!(spans, vec![(0, 8), (13, 25)]);
    }

    #[test]
    fn near_misses_do_not_match() {
        let r = roster("Maria Lopez");
        let set = RosterSet::new(&r).unwrap();
        let none = |_: &str| false;
        for s in [
            "Maria and Lopez Street",
            "Maria, Lopez",
            "Marian Lopez",
            "Lopez Maria",
            "maria lopezz",
        ] {
            let t = Text::new(s);
            assert!(set.find(&t.lower, &none).is_empty(), "{s}");
        }
        let staff = |k: &str| k == "maria lopez";
        let t = Text::new("Maria Lopez");
        assert!(set.find(&t.lower, &staff).is_empty());
        assert!(RosterSet::new(&Roster::default()).is_none());
    }
}
