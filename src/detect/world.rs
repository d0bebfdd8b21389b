//! Drafts in scripts other than Latin: Cyrillic (Russian, Ukrainian), Arabic script (Arabic,
//! Persian, Dari), Hangul, Han and kana (Chinese, Japanese), Devanagari (Hindi), Greek,
//! Armenian, Hebrew and Tamil.
//!
//! The English detectors see nothing in "Поздравляем Ольгу Смирнову! ... давление в норме" or
//! "李阿姨今天做完了膝盖手术": their lexicons are English and Spanish, and their person cues are
//! capitals and English titles. This module gives the health scan ([`super::health::scan`]) its
//! terms in those scripts (`src/lexicon/health/world.txt`) and the person detector
//! ([`super::persons::detect`]) the cues those languages mark people with:
//! - Cyrillic: first names in any case ("Ольгу", "Олеже", "Галино") written with a capital,
//!   with a surname after them; "пан", "пані", "господин" before a capitalized word; "доктор",
//!   "лікар", "врач" before one make a clinician;
//! - Arabic script: a name after a greeting or "يا" ("مرحبا مريم"), a kunya ("أبو سامي"), a family
//!   ("عائلة الشامي"), a title ("السيد", "الحاج", "آقای", "خانم"), a name before Dari and Persian
//!   "جان"; "د." and "دكتور" before a name make a clinician;
//! - Korean: a name before "님", "씨" or the vocative "야"/"아" ("민정님", "민서야"), a common given
//!   name before a particle; titles such as "원장님" and "어머님" are roles, not names;
//! - Chinese: a surname before a kinship or courtesy title ("李阿姨", "王先生"), "老"/"小" before
//!   a surname ("老王"); a surname before "医生" is a clinician;
//! - Japanese: a name before "さん", "様", "くん", "ちゃん"; before "先生", a clinician;
//! - Greek and Armenian: a title before a capitalized word ("κυρία Ελένη Σ.", "κ. Παπαδόπουλος",
//!   "տիկին Անահիտ"); "γιατρός", "Δρ.", "բժիշկ" before one make a clinician;
//! - Hebrew: a title before a name ("לגברת כהן"), the one congratulated ("מזל טוב לנועה");
//! - Tamil: the one congratulated or thanked, in the dative ("கவின்யாவுக்கு வாழ்த்துகள்").
//!
//! All of it runs only when the text holds one of those scripts ([`has_world_script`]), so an
//! English draft pays one pass over its bytes looking for a lead byte of those blocks.
//!
//! Arabic letters are compared folded (hamza forms, Persian "ی" and "ک", "ى", "ة"), each to a
//! letter of the same UTF-8 length, so offsets in the folded text are offsets in the draft.

use super::Mention;
use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Cyrillic,
    Arabic,
    Hangul,
    /// Han ideographs and kana: Chinese and Japanese, written without spaces.
    Han,
    Devanagari,
    Greek,
    Armenian,
    Hebrew,
    Tamil,
    Other,
}

fn script(c: char) -> Script {
    match u32::from(c) {
        0x0400..=0x052F => Script::Cyrillic,
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Script::Hangul,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        0x0900..=0x097F => Script::Devanagari,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0531..=0x058F | 0xFB13..=0xFB17 => Script::Armenian,
        0x05D0..=0x05EA | 0x05F0..=0x05F2 => Script::Hebrew,
        0x0B80..=0x0BFF => Script::Tamil,
        _ => Script::Other,
    }
}

/// Whether `s` holds a letter of one of the scripts this module reads.
pub fn has_world_script(s: &str) -> bool {
    // (lead bytes: 0xCD-0xCF Greek, 0xD0-0xD4 Cyrillic, 0xD4-0xD6 Armenian, 0xD7 Hebrew, 0xD8-0xDB Arabic,
    // 0xE0 Devanagari and Tamil, 0xE1 Greek extended and Hangul jamo, 0xE3-0xEA, 0xED, 0xEF Hangul, kana,
    // Han, Arabic presentation forms and Armenian ligatures; only then is the char decoded)
    s.bytes().enumerate().any(|(i, b)| {
        matches!(b, 0xCD..=0xDB | 0xE0..=0xEF)
            && s.get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| script(c) != Script::Other)
    })
}

/// Arabic letters folded to one form each, same UTF-8 length: "أ", "إ", "آ" as "ا"; "ى" and
/// Persian "ی" as "ي"; Persian "ک" as "ك"; "ة" as "ه"; Greek vowels without their accents and
/// final "ς" as "σ".
fn fold_char(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        'ة' => 'ه',
        'ё' => 'е',
        // Greek accents and final sigma: "θεραπεία" and "θεραπεια", "ασθενής" and "ασθενησ" are
        // one word to the lexicon (each pair is two bytes in UTF-8)
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        _ => c,
    }
}

/// `lower` with [`fold_char`] applied (byte offsets unchanged).
pub fn fold(lower: &str) -> Cow<'_, str> {
    if !lower.chars().any(|c| fold_char(c) != c) {
        return Cow::Borrowed(lower);
    }
    let out: String = lower.chars().map(fold_char).collect();
    debug_assert_eq!(out.len(), lower.len());
    Cow::Owned(out)
}

/// A char inside a word: a letter or digit, and the marks that are not letters to Unicode but
/// are inside words all the same: Devanagari viramas and vowel signs, Arabic harakat, the
/// zero-width non-joiner of Persian ("دندان‌ها").
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '\u{0900}'..='\u{097F}'
                | '\u{0B80}'..='\u{0BFF}'
                | '\u{064B}'..='\u{065F}'
                | '\u{0670}'
                | '\u{200C}'
        )
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

fn char_after(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

/// The end of the word of `s` that goes on at byte `i`.
fn word_end(s: &str, i: usize) -> usize {
    i + s[i..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(s.len() - i, |(k, _)| k)
}

/// The start of the word of `s` that holds the char before byte `i`.
fn word_start(s: &str, i: usize) -> usize {
    s[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word(c))
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// Arabic proclitics a word may carry before a lexicon term: "و", "ف", "ب", "ل", "ك" and the
/// article, alone or together ("والعلاج", "بالدواء", "للمريض").
const PROCLITICS: &[&str] = &[
    "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "ولل",
];

/// Datives before "வாழ்த்துகள்" that are no one's name: "to you", "to all of us", "to him",
/// "to the team", "to the family".
const TAMIL_NOT_NAMES: &[&str] = &[
    "உங்களுக்கு",
    "உனக்கு",
    "எங்களுக்கு",
    "நமக்கு",
    "அவருக்கு",
    "அவளுக்கு",
    "அவர்களுக்கு",
    "குழுவுக்கு",
    "குழுவிற்கு",
    "குடும்பத்துக்கு",
    "குடும்பத்திற்கு",
    "அனைவருக்கு",
    "எல்லோருக்கு",
    "மருத்துவருக்கு",
    "டாக்டருக்கு",
    "ஊழியர்களுக்கு",
];

/// Words after "מזל טוב ל" that are no one's name ("to all", "to the team", "to us").
const HEBREW_NOT_NAMES: &[&str] = &[
    "כל",
    "כולם",
    "כולן",
    "כולנו",
    "צוות",
    "הצוות",
    "משפחת",
    "המשפחה",
    "מסיימים",
    "המסיימים",
    "נו",
    "כם",
    "ך",
    "ו",
    "ה",
    "הם",
    "הן",
    "ילדים",
    "הילדים",
    "חברים",
    "כלל",
    "רגל",
];

/// Hebrew prefixes a word may carry before a lexicon term: "ו", "ה", "ב", "ל", "מ", "ש", "כ"
/// and their usual pairs ("והטיפול", "שבטיפול", "לניתוח").
const HEBREW_PREFIXES: &[&str] = &[
    "ו", "ה", "ב", "ל", "מ", "ש", "כ", "וה", "וב", "ול", "ומ", "וש", "שה", "שב", "של", "מה", "כש",
    "לה", "בה", "וכש",
];

struct Entry {
    kind: &'static str,
    ambiguous: bool,
    stem: bool,
    script: Script,
    /// Letters in the term (short Arabic terms take no suffix).
    letters: usize,
}

struct Lexicon {
    ac: AhoCorasick,
    entries: Vec<Entry>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

const WORLD: &str = crate::lexicon::lexicon_text!(include_str!("../lexicon/health/world.txt"));

fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(|| {
        let mut patterns: Vec<String> = Vec::new();
        let mut entries = Vec::new();
        let mut seen = HashSet::new();
        let mut kind = None;
        for line in WORLD.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                kind = super::health::section_kind(name);
                continue;
            }
            let Some(kind) = kind else { continue };
            let (line, ambiguous) = match line.strip_prefix('?') {
                Some(t) => (t, true),
                None => (line, false),
            };
            let (term, stem) = match line.strip_suffix('*') {
                Some(t) => (t, true),
                None => (line, false),
            };
            let term: String = term.to_lowercase().chars().map(fold_char).collect();
            if !seen.insert(term.clone()) {
                continue;
            }
            let Some(first) = term.chars().next() else {
                continue;
            };
            entries.push(Entry {
                kind,
                ambiguous,
                stem,
                script: script(first),
                letters: term.chars().filter(|c| is_word(*c)).count(),
            });
            patterns.push(term);
        }
        Lexicon {
            ac: AhoCorasick::new(&patterns).expect("world lexicon builds"),
            entries,
        }
    })
}

/// Builds the lexicon and the name tables (called by `Engine::new` through `health::warm`).
pub fn warm() {
    lexicon();
    names();
}

/// Whole-word matches of the lexicon in `lower` by the rules of each term's script,
/// leftmost-longest: `(start, end, kind, ambiguous)`. Empty unless the text holds one of the
/// scripts.
pub fn health_matches(lower: &str) -> Vec<(usize, usize, &'static str, bool)> {
    if !has_world_script(lower) {
        return Vec::new();
    }
    let lex = lexicon();
    let f = fold(lower);
    let f = f.as_ref();
    let mut found: Vec<(usize, usize, &'static str, bool)> = Vec::new();
    for m in lex.ac.find_overlapping_iter(f) {
        let (s, mut e) = (m.start(), m.end());
        let entry = &lex.entries[m.pattern().as_usize()];
        match entry.script {
            Script::Han | Script::Hangul => {}
            Script::Arabic | Script::Hebrew => {
                let ws = word_start(f, s);
                let proclitics = if entry.script == Script::Hebrew {
                    HEBREW_PREFIXES
                } else {
                    PROCLITICS
                };
                if ws != s && !proclitics.contains(&&f[ws..s]) {
                    continue;
                }
                let we = word_end(f, e);
                let suffix = f[e..we].chars().count();
                if entry.stem || (suffix <= 3 && (suffix == 0 || entry.letters >= 3)) {
                    e = we;
                } else {
                    continue;
                }
            }
            _ => {
                if char_before(f, s).is_some_and(is_word) {
                    continue;
                }
                if entry.stem {
                    e = word_end(f, e);
                } else if char_after(f, e).is_some_and(is_word) {
                    continue;
                }
            }
        }
        found.push((s, e, entry.kind, entry.ambiguous));
    }
    keep_leftmost_longest(&mut found);
    found
}

/// Days in these scripts: weekdays and today, tomorrow, yesterday (Korean, Chinese, Japanese,
/// Russian, Ukrainian; Hebrew today, tomorrow, yesterday). `(kind, words)`: kinds of the date detector.
const DAYS: &[(&str, &[&str])] = &[
    (
        "date-weekday",
        &[
            "월요일",
            "화요일",
            "수요일",
            "목요일",
            "금요일",
            "토요일",
            "일요일",
            "星期一",
            "星期二",
            "星期三",
            "星期四",
            "星期五",
            "星期六",
            "星期日",
            "星期天",
            "礼拜一",
            "礼拜二",
            "礼拜三",
            "礼拜四",
            "礼拜五",
            "礼拜六",
            "礼拜天",
            "禮拜一",
            "禮拜二",
            "禮拜三",
            "禮拜四",
            "禮拜五",
            "禮拜六",
            "禮拜天",
            "下周一",
            "下周二",
            "下周三",
            "下周四",
            "下周五",
            "下週一",
            "下週二",
            "下週三",
            "下週四",
            "下週五",
            "月曜日",
            "火曜日",
            "水曜日",
            "木曜日",
            "金曜日",
            "土曜日",
            "日曜日",
            "понедельник",
            "вторник",
            "среду",
            "среда",
            "четверг",
            "пятницу",
            "пятница",
            "субботу",
            "суббота",
            "воскресенье",
            "понеділок",
            "вівторок",
            "середу",
            "середа",
            "четвер",
            "п'ятницю",
            "п'ятниця",
            "суботу",
            "субота",
            "неділю",
            "неділя",
        ],
    ),
    (
        "date-relative",
        &[
            "오늘",
            "내일",
            "어제",
            "모레",
            "今天",
            "明天",
            "昨天",
            "后天",
            "後天",
            "今日",
            "明日",
            "昨日",
            "сегодня",
            "завтра",
            "вчера",
            "сьогодні",
            "вчора",
            "היום",
            "מחר",
            "אתמול",
            "இன்று",
            "நாளை",
            "நேற்று",
        ],
    ),
];

/// The day words of [`DAYS`] in `lower`: `(start, end, kind)`. Cyrillic and Hebrew ones are whole
/// words;
/// Hangul and Han ones are found anywhere (Korean particles stick to them: "내일은").
pub fn days(lower: &str) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    if !has_world_script(lower) {
        return out;
    }
    for &(kind, words) in DAYS {
        for w in words {
            for (i, _) in lower.match_indices(w) {
                let e = i + w.len();
                let whole = w.chars().next().is_some_and(|c| {
                    matches!(script(c), Script::Cyrillic | Script::Hebrew | Script::Tamil)
                });
                if whole
                    && (char_before(lower, i).is_some_and(is_word)
                        || char_after(lower, e).is_some_and(is_word))
                {
                    continue;
                }
                out.push((i, e, kind));
            }
        }
    }
    out.sort_unstable();
    out
}

/// Of matches `(start, end, kind, ambiguous)` in any order, keeps the leftmost-longest ones that
/// do not overlap, by start (also how `health::matches` joins these to its own).
pub(super) fn keep_leftmost_longest(found: &mut Vec<(usize, usize, &'static str, bool)>) {
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut end = 0;
    found.retain(|m| {
        let keep = m.0 >= end;
        if keep {
            end = m.1;
        }
        keep
    });
}

// ----- persons -------------------------------------------------------------------------------

/// Russian and Ukrainian first names (nominative). Each is found in any case: its stem (the name
/// without a final "а", "я", "й", "ь" or "о") with a case ending.
const CYRILLIC_NAMES: &[&str] = &[
    "ольга",
    "анна",
    "ганна",
    "мария",
    "марія",
    "елена",
    "олена",
    "наталья",
    "наталія",
    "наталя",
    "ирина",
    "ірина",
    "татьяна",
    "тетяна",
    "светлана",
    "світлана",
    "екатерина",
    "катерина",
    "юлия",
    "юлія",
    "оксана",
    "галина",
    "людмила",
    "валентина",
    "софия",
    "софія",
    "дарья",
    "дарина",
    "анастасия",
    "анастасія",
    "виктория",
    "вікторія",
    "алина",
    "аліна",
    "ксения",
    "ксенія",
    "лариса",
    "марина",
    "леся",
    "тамара",
    "зоя",
    "нина",
    "ніна",
    "валерия",
    "валерія",
    "полина",
    "поліна",
    "кристина",
    "христина",
    "ульяна",
    "уляна",
    "яна",
    "марта",
    "богдана",
    "соломия",
    "соломія",
    "зинаида",
    "раиса",
    "евгения",
    "євгенія",
    "александра",
    "олександра",
    "елизавета",
    "єлизавета",
    "людмила",
    "олеся",
    "инна",
    "інна",
    "жанна",
    "алла",
    "маргарита",
    "олег",
    "андрей",
    "андрій",
    "сергей",
    "сергій",
    "александр",
    "олександр",
    "алексей",
    "олексій",
    "дмитрий",
    "дмитро",
    "иван",
    "іван",
    "николай",
    "микола",
    "михаил",
    "михайло",
    "владимир",
    "володимир",
    "юрий",
    "юрій",
    "игорь",
    "ігор",
    "виктор",
    "віктор",
    "василий",
    "василь",
    "петр",
    "петро",
    "павел",
    "павло",
    "тарас",
    "богдан",
    "ярослав",
    "максим",
    "артем",
    "денис",
    "евгений",
    "євген",
    "анатолий",
    "анатолій",
    "виталий",
    "віталій",
    "вадим",
    "григорий",
    "григорій",
    "степан",
    "остап",
    "назар",
    "кирилл",
    "кирило",
    "никита",
    "микита",
    "антон",
    "борис",
    "илья",
    "ілля",
    "станислав",
    "станіслав",
    "руслан",
    "тимур",
    "федор",
    "федір",
    "яков",
    "геннадий",
    "геннадій",
    "валерий",
    "валерій",
    "леонид",
    "леонід",
    "константин",
    "костянтин",
    "мирослав",
    "всеволод",
    "олесь",
    "данило",
    "даниил",
    // everyday short forms ("нашу Настю"); those whose stem is a word ("Соня": сон, "Надя":
    // над, "Костя": кости, "Женя": жены, "Света": свет) are left out
    "настя",
    "саша",
    "маша",
    "даша",
    "катя",
    "таня",
    "наташа",
    "юля",
    "лена",
    "дима",
    "миша",
    "вова",
    "петя",
    "сережа",
    "серёжа",
    "леша",
    "лёша",
    "андрюша",
    "вася",
    "паша",
    "гриша",
    "витя",
    "галя",
    "зина",
];

/// Case endings of Russian and Ukrainian first names, after the stem.
const CYRILLIC_ENDINGS: &[&str] = &[
    "", "а", "я", "у", "ю", "ы", "и", "і", "ї", "е", "є", "о", "ой", "ей", "ою", "ею", "ом", "ем",
    "ові", "еві", "єві", "ій", "ию", "ія", "ію", "ії", "ией", "ии", "ь", "й", "ьо",
];

/// Arabic, Persian and Dari given names, folded. Read only with a cue (a greeting, "يا", a
/// title, "جان"): many are words too ("كريم" generous, "نور" light).
const ARABIC_NAMES: &[&str] = &[
    "محمد",
    "احمد",
    "علي",
    "عمر",
    "خالد",
    "يوسف",
    "ابراهيم",
    "حسن",
    "حسين",
    "مصطفى",
    "سامي",
    "سمير",
    "طارق",
    "ماجد",
    "فادي",
    "رامي",
    "زياد",
    "كريم",
    "هاني",
    "وليد",
    "ياسر",
    "محمود",
    "عبدالله",
    "عبد الله",
    "مريم",
    "فاطمه",
    "زينب",
    "عائشه",
    "خديجه",
    "ساره",
    "ليلي",
    "نور",
    "هدي",
    "رانيا",
    "دينا",
    "سلمي",
    "مني",
    "ريم",
    "لينا",
    "هبه",
    "امل",
    "ياسمين",
    "رزان",
    "شكيلا",
    "فريده",
    "زهرا",
    "زهره",
    "مهدي",
    "رضا",
    "حميد",
    "فرشته",
    "پروين",
    "مسعود",
    "نسرين",
    "جميله",
    "نادیه",
    "ناديه",
    "سعاد",
    "يوسف",
    "بلال",
    "حمزه",
    "عثمان",
    "جواد",
    "اكبر",
    "اصغر",
    "فرهاد",
    "بهرام",
    "شيرين",
    "مرضيه",
    "سميه",
    "نرگس",
    "گل",
    "وحيد",
];

/// Greetings and openers after which a name is someone addressed.
const ARABIC_GREETINGS: &[&str] = &[
    "مرحبا",
    "مرحباً",
    "اهلا",
    "اهلاً",
    "سلام",
    "شكرا",
    "شكراً",
    "مبروك",
    "مبارك",
    "عزيزي",
    "عزيزتي",
    "يا",
    "تبريك",
    "تبريكات",
    "تهانينا",
    "صباح الخير",
    "مساء الخير",
];

/// Arabic-script titles before a name (folded).
const ARABIC_TITLES: &[&str] = &[
    "السيد",
    "السيده",
    "سيد",
    "سيده",
    "الحاج",
    "الحاجه",
    "حاج",
    "حاجه",
    "الاستاذ",
    "الاستاذه",
    "استاذ",
    "استاذه",
    "اقاي",
    "اقا",
    "خانم",
    "عائله",
    "لعائله",
    "وعائله",
    "عايله",
    "لعايله",
    "خانواده",
    "ابو",
    "لابو",
    "وابو",
    "بابو",
];

/// Arabic-script clinician titles before a name (folded).
const ARABIC_CLINICIANS: &[&str] = &[
    "د",
    "دكتور",
    "الدكتور",
    "دكتوره",
    "الدكتوره",
    "داكتر",
    "دكتر",
    "الطبيب",
    "الطبيبه",
    "طبيب",
    "طبيبه",
    "للدكتور",
    "للدكتوره",
];

/// Korean given names, common ones for the last decades.
const KOREAN_NAMES: &[&str] = &[
    "민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우", "준서", "건우",
    "도현", "현우", "지훈", "우진", "선우", "서진", "민재", "현준", "연우", "유준", "정우", "승우",
    "승현", "시윤", "준혁", "은우", "지환", "승민", "지우", "유찬", "윤우", "민성", "준영", "시후",
    "진우", "재윤", "시현", "동현", "수현", "태윤", "민규", "민우", "재민", "은찬", "윤호", "이준",
    "민호", "성민", "준호", "동욱", "영수", "영호", "영진", "상훈", "성호", "정호", "서연", "서윤",
    "서현", "민서", "하은", "하윤", "윤서", "지유", "지민", "채원", "지윤", "은서", "수아", "다은",
    "예은", "지아", "수빈", "소율", "예린", "예원", "소윤", "하린", "시은", "유진", "채은", "민지",
    "수민", "지현", "은지", "혜진", "민정", "수진", "현주", "미영", "은영", "정희", "영희", "순자",
    "미숙", "경희", "혜원", "유나", "나연", "소연",
];

/// Particles and address endings a Korean given name takes.
const KOREAN_PARTICLES: &[&str] = &[
    "",
    "님",
    "씨",
    "야",
    "아",
    "이",
    "이가",
    "가",
    "는",
    "은",
    "이는",
    "를",
    "을",
    "이를",
    "의",
    "이의",
    "에게",
    "이에게",
    "한테",
    "이한테",
    "랑",
    "이랑",
    "와",
    "과",
    "도",
    "이도",
    "님의",
    "님이",
    "님은",
    "님께",
    "님께서",
    "님도",
    "씨가",
    "씨는",
    "씨의",
    "씨도",
];

/// Stems before "님" that are roles or relatives, not names: "원장님", "선생님", "어머님".
const KOREAN_ROLES: &[&str] = &[
    "원장",
    "선생",
    "고객",
    "어머",
    "아버",
    "부모",
    "손",
    "사장",
    "팀장",
    "실장",
    "간호사",
    "의사",
    "교수",
    "하느",
    "하나",
    "부처",
    "형",
    "누",
    "회원",
    "환자",
    "보호자",
    "관리자",
    "작가",
    "대표",
    "기사",
    "스",
    "주",
    "아드",
    "따",
    "시어머",
    "장모",
    "장인",
    "할머",
    "할아버",
    "언",
    "오라버",
    "사모",
    "목사",
    "신부",
    "수녀",
    "님",
    "여러분",
    "이웃",
    "친구",
    "학부모",
    "부장",
    "과장",
    "차장",
    "이사",
    "회장",
    "위원",
    "국장",
    "원감",
    "교감",
    "교장",
    "매니저",
    "치료사",
    "위생사",
    "코치",
    "감독",
    "박사",
    "변호사",
    "약사",
    "공주",
    "왕자",
    "아가",
];

/// Hindi words that come before a name and are not part of it ("हमारी क्लाइंट प्रिया जी").
const HINDI_NOT_NAMES: &[&str] = &[
    "क्लाइंट",
    "मरीज",
    "मरीज़",
    "हमारे",
    "हमारी",
    "श्री",
    "श्रीमती",
    "आज",
    "कल",
    "और",
    "को",
    "से",
    "की",
    "का",
    "के",
    "ने",
    "में",
    "धन्यवाद",
    "बधाई",
    "नमस्ते",
    "प्रिय",
];

/// Chinese surnames (simplified and traditional), the common ones.
const CHINESE_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付邹孟熊秦邱江尹薛闫雷侯史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒賀顧龔錢嚴湯";

/// Titles after a Chinese surname (or full name) that make a person: kin and courtesy terms.
const CHINESE_TITLES: &[&str] = &[
    "阿姨",
    "先生",
    "女士",
    "小姐",
    "太太",
    "奶奶",
    "爷爷",
    "爺爺",
    "伯伯",
    "叔叔",
    "阿公",
    "阿嬷",
    "阿嬤",
    "大爷",
    "大爺",
    "大妈",
    "大媽",
    "婆婆",
    "同学",
    "同學",
    "老师",
    "老師",
    "伯母",
    "姐姐",
    "哥哥",
    "妹妹",
    "弟弟",
    "宝宝",
    "寶寶",
    "老先生",
    "老太太",
];

/// Titles after a Chinese name that make a clinician.
const CHINESE_CLINICIANS: &[&str] = &[
    "医生", "醫生", "大夫", "医师", "醫師", "护士", "護士", "院长", "院長", "主任", "牙医", "牙醫",
];

/// Japanese honorifics after a name; "先生" after one is a clinician (or teacher).
const JAPANESE_HONORIFICS: &[&str] = &["さん", "様", "さま", "くん", "君", "ちゃん", "先生"];

/// Words before a Japanese honorific that are roles or relatives, not names (as endings of the
/// run before it).
const JAPANESE_ROLES: &[&str] = &[
    "皆",
    "患者",
    "お客",
    "客",
    "家族",
    "奥",
    "母",
    "父",
    "子",
    "姉",
    "兄",
    "嬢",
    "赤",
    "娘",
    "息子",
    "孫",
    "方",
    "者",
    "社員",
    "店員",
    "お医者",
    "看護師",
    "歯医者",
    "先生",
    "お母",
    "お父",
    "おかあ",
    "おとう",
    "おばあ",
    "おじい",
    "おねえ",
    "おにい",
    "みな",
    "あか",
    "ばあ",
    "じい",
    "お子",
    "皆様",
    "奥様",
    "王",
    "神",
    "仏",
    "医師",
    "担当",
];

struct Names {
    /// Every case form of the Cyrillic names, with the names it is a form of.
    cyrillic: HashMap<String, Vec<&'static str>>,
    arabic: HashSet<&'static str>,
}

static NAMES: OnceLock<Names> = OnceLock::new();

fn names() -> &'static Names {
    NAMES.get_or_init(|| {
        let mut cyrillic: HashMap<String, Vec<&'static str>> = HashMap::new();
        for &n in CYRILLIC_NAMES {
            let stem = n.trim_end_matches(['а', 'я', 'й', 'ь', 'о']);
            let mut add = |form: String| {
                let names = cyrillic.entry(form).or_default();
                if !names.contains(&n) {
                    names.push(n);
                }
            };
            for end in CYRILLIC_ENDINGS {
                add(format!("{stem}{end}"));
            }
            // vocative with the last consonant softened: "Олег" -> "Олеже", "Ольга" -> "Ользі"
            for (hard, soft) in [
                ('г', "же"),
                ('г', "зі"),
                ('к', "че"),
                ('к', "ці"),
                ('х', "ше"),
            ] {
                if let Some(s) = stem.strip_suffix(hard) {
                    add(format!("{s}{soft}"));
                }
            }
        }
        Names {
            cyrillic,
            arabic: ARABIC_NAMES.iter().copied().collect(),
        }
    })
}

/// A word of `s` (norm or lower, same offsets): its span.
#[derive(Clone, Copy)]
struct Word {
    s: usize,
    e: usize,
}

fn words(s: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(Word { s: st, e: i });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(Word { s: st, e: s.len() });
    }
    out
}

/// Persons named in the scripts of this module: `(start, end, kind, score)` with kinds of
/// [`super::persons`] (`NAME`, `TITLED`, `CLINICIAN`). Empty unless the text holds one of the
/// scripts.
pub fn persons(norm: &str, lower: &str) -> Vec<Mention> {
    use super::persons::{CLINICIAN, NAME, TITLED};
    if !has_world_script(lower) {
        return Vec::new();
    }
    let f = fold(lower);
    let f = f.as_ref();
    let ws = words(f);
    let mut out: Vec<Mention> = Vec::new();
    let names = names();
    let capital = |w: &Word| norm[w.s..].chars().next().is_some_and(char::is_uppercase);
    let script_of = |w: &Word| f[w.s..].chars().next().map_or(Script::Other, script);
    // Japanese writes kana between its words; Chinese does not ("先生" is "Mr." in Chinese and
    // "doctor" or "teacher" in Japanese)
    let japanese = f.chars().any(is_kana);
    let mut skip_to = 0;
    for (k, w) in ws.iter().enumerate() {
        if w.s < skip_to {
            continue;
        }
        let word = &f[w.s..w.e];
        let next = ws.get(k + 1);
        match script_of(w) {
            Script::Cyrillic => {
                // "доктор Марта", "лікар Вітком": a clinician
                let clinician = matches!(
                    word,
                    "доктор"
                        | "доктора"
                        | "доктору"
                        | "доктором"
                        | "лікар"
                        | "лікарка"
                        | "лікаря"
                        | "лікарю"
                        | "врач"
                        | "врача"
                );
                let title = matches!(
                    word,
                    "пан"
                        | "пане"
                        | "пана"
                        | "пану"
                        | "пані"
                        | "господин"
                        | "господина"
                        | "госпожа"
                        | "госпожи"
                        | "пани"
                );
                if let Some(n) = next.filter(|n| {
                    (clinician || title) && capital(n) && script_of(n) == Script::Cyrillic
                }) {
                    let e = surname_end(norm, f, &ws, k + 1);
                    let (kind, score) = if clinician {
                        (CLINICIAN, 0.0)
                    } else {
                        (TITLED, 0.9)
                    };
                    out.push(Mention::new(w.s, e.max(n.e), kind, score));
                    skip_to = e.max(n.e);
                    continue;
                }
                if capital(w) && names.cyrillic.contains_key(word) {
                    let e = surname_end(norm, f, &ws, k);
                    out.push(Mention::new(w.s, e, NAME, 0.8));
                    skip_to = e;
                }
            }
            Script::Arabic => {
                // a clinician: "د. ليلى", "دكتور أحمد"
                if ARABIC_CLINICIANS.contains(&word) {
                    if let Some(n) = next.filter(|n| script_of(n) == Script::Arabic) {
                        let gap = &f[w.e..n.s];
                        if word != "د" || gap.trim_start().starts_with('.') {
                            out.push(Mention::new(w.s, n.e, CLINICIAN, 0.0));
                            skip_to = n.e;
                            continue;
                        }
                    }
                }
                // a title, a kunya or a family: "السيد كريم", "أبو سامي", "عائلة الشامي"
                if ARABIC_TITLES.contains(&word) {
                    if let Some(n) = next
                        .filter(|n| script_of(n) == Script::Arabic && f[w.e..n.s].trim().is_empty())
                    {
                        out.push(Mention::new(w.s, n.e, TITLED, 0.9));
                        skip_to = n.e;
                        continue;
                    }
                }
                // "أم سامي": "أم" is also "or", so only before a known name
                if matches!(word, "ام" | "لام") {
                    if let Some(n) = next.filter(|n| names.arabic.contains(&f[n.s..n.e])) {
                        out.push(Mention::new(w.s, n.e, TITLED, 0.9));
                        skip_to = n.e;
                        continue;
                    }
                }
                // a name after a greeting: "مرحبا مريم", "يا سامي"
                let greeted = ARABIC_GREETINGS.contains(&word)
                    || (k > 0
                        && ARABIC_GREETINGS.contains(&&f[ws[k - 1].s..w.e])
                        && f[ws[k - 1].e..w.s].trim().is_empty());
                if greeted {
                    if let Some(n) = next.filter(|n| {
                        names.arabic.contains(&f[n.s..n.e]) && f[w.e..n.s].trim().is_empty()
                    }) {
                        out.push(Mention::new(n.s, n.e, NAME, 0.8));
                        skip_to = n.e;
                        continue;
                    }
                }
                // Dari and Persian "X جان": a person dear to the writer ("شکیلا جان",
                // "احمد شاه جان")
                if next.is_some_and(|n| &f[n.s..n.e] == "جان" && f[w.e..n.s].trim().is_empty())
                    && !matches!(word, "عزيز" | "دل" | "نوش" | "قربان")
                {
                    let s = match k.checked_sub(1).map(|j| &ws[j]) {
                        Some(p)
                            if names.arabic.contains(&f[p.s..p.e])
                                && f[p.e..w.s].trim().is_empty() =>
                        {
                            p.s
                        }
                        _ => w.s,
                    };
                    out.push(Mention::new(s, w.e, NAME, 0.8));
                    skip_to = w.e;
                }
            }
            Script::Hangul => {
                if let Some(m) = korean_name(f, w) {
                    out.push(Mention::new(m.0, m.1, NAME, m.2));
                } else if let Some(n) = next.filter(|n| {
                    // "박지수 님", "지수 씨의": the honorific written apart
                    f[w.e..n.s] == *" "
                        && f[n.s..n.e]
                            .strip_prefix("님")
                            .or_else(|| f[n.s..n.e].strip_prefix("씨"))
                            .is_some_and(|rest| KOREAN_PARTICLES.contains(&rest))
                }) {
                    let syllables = word.chars().count();
                    if (2..=3).contains(&syllables)
                        && word.chars().all(|c| script(c) == Script::Hangul)
                        && !KOREAN_ROLES.iter().any(|r| word.ends_with(r))
                    {
                        out.push(Mention::new(w.s, w.e, NAME, 0.8));
                        skip_to = n.e;
                    }
                }
            }
            // Hindi "प्रिया शर्मा जी": a name (one or two words) before the honorific "जी";
            // "डॉक्टर" before a name, a clinician
            Script::Devanagari => {
                if matches!(word, "डॉक्टर" | "डॉ" | "डा") {
                    if let Some(n) = next.filter(|n| script_of(n) == Script::Devanagari) {
                        out.push(Mention::new(w.s, n.e, CLINICIAN, 0.0));
                        skip_to = n.e;
                        continue;
                    }
                }
                if next.is_some_and(|n| &f[n.s..n.e] == "जी" && f[w.e..n.s] == *" ")
                    && !matches!(
                        word,
                        "माता"
                            | "पिता"
                            | "गुरु"
                            | "आप"
                            | "हाँ"
                            | "हां"
                            | "जी"
                    )
                {
                    let s = match k.checked_sub(1).map(|j| &ws[j]) {
                        Some(p)
                            if script_of(p) == Script::Devanagari
                                && f[p.e..w.s] == *" "
                                && !HINDI_NOT_NAMES.contains(&&f[p.s..p.e]) =>
                        {
                            p.s
                        }
                        _ => w.s,
                    };
                    out.push(Mention::new(s, w.e, NAME, 0.8));
                    skip_to = w.e;
                }
            }
            Script::Han => {
                han_names(f, w, japanese, &mut out);
            }
            // Tamil: the one congratulated or thanked, in the dative before "வாழ்த்துகள்" or
            // "நன்றி" ("கவின்யாவுக்கு வாழ்த்துகள்": "congratulations to Kavinya")
            Script::Tamil => {
                let wish = next.filter(|n| {
                    f[w.e..n.s] == *" "
                        && matches!(
                            &f[n.s..n.e],
                            "வாழ்த்துகள்"
                                | "வாழ்த்துக்கள்"
                                | "நன்றி"
                                | "பாராட்டுகள்"
                        )
                });
                if wish.is_some() && !TAMIL_NOT_NAMES.contains(&word) {
                    let stem = ["வுக்கு", "யுக்கு", "க்கு"]
                        .iter()
                        .find_map(|d| word.strip_suffix(d));
                    if let Some(stem) = stem.filter(|st| st.chars().count() >= 3) {
                        out.push(Mention::new(w.s, w.s + stem.len(), NAME, 0.8));
                        skip_to = w.e;
                    }
                }
            }
            // Hebrew: a title before a name ("גברת כהן", "למר לוי"), a clinician ("דוקטור
            // שרון"), and the one congratulated ("מזל טוב לנועה": "to Noa")
            Script::Hebrew => {
                let titled = matches!(
                    word,
                    "גברת" | "הגברת" | "לגברת" | "מר" | "למר" | "המר" | "הגב" | "לגב"
                );
                let clinician = matches!(word, "דוקטור" | "לדוקטור" | "הרופא" | "הרופאה");
                if let Some(n) = next.filter(|n| {
                    (titled || clinician)
                        && script_of(n) == Script::Hebrew
                        && f[w.e..n.s]
                            .trim_start_matches(['.', '\''])
                            .trim()
                            .is_empty()
                }) {
                    let kind = if clinician { CLINICIAN } else { TITLED };
                    out.push(Mention::new(
                        w.s,
                        n.e,
                        kind,
                        if clinician { 0.0 } else { 0.9 },
                    ));
                    skip_to = n.e;
                    continue;
                }
                let congratulated = word == "טוב"
                    && k > 0
                    && &f[ws[k - 1].s..ws[k - 1].e] == "מזל"
                    && f[ws[k - 1].e..w.s] == *" ";
                if let Some(n) = next.filter(|n| congratulated && f[w.e..n.s] == *" ") {
                    let name = &f[n.s..n.e];
                    if let Some(rest) = name.strip_prefix('ל') {
                        if rest.chars().count() >= 2 && !HEBREW_NOT_NAMES.contains(&rest) {
                            out.push(Mention::new(n.s + 'ל'.len_utf8(), n.e, NAME, 0.8));
                            skip_to = n.e;
                        }
                    }
                }
            }
            // Greek "κυρία Ελένη Σ.", "κ. Παπαδόπουλος", Armenian "տիկին Անահիտ Գ.": a title
            // before a capitalized word; "γιατρός", "Δρ.", "բժիշկ" before one, a clinician
            Script::Greek | Script::Armenian => {
                let dotted = f[w.e..].starts_with('.');
                let clinician = matches!(
                    word,
                    "γιατροσ"
                        | "γιατρο"
                        | "γιατρου"
                        | "γιατρε"
                        | "δοκτωρ"
                        | "բժիշկ"
                        | "բժշկուհի"
                        | "դոկտոր"
                ) || (dotted && word == "δρ");
                let title = matches!(
                    word,
                    "κυρια"
                        | "κυριασ"
                        | "κυριε"
                        | "κυριο"
                        | "κυριοσ"
                        | "κυριου"
                        | "δεσποινισ"
                        | "տիկին"
                        | "տիկնոջ"
                        | "տիկնոջը"
                        | "պարոն"
                        | "պարոնին"
                        | "պարոնի"
                        | "օրիորդ"
                ) || (dotted && word == "κ");
                if next.is_some_and(|n| {
                    (clinician || title) && capital(n) && script_of(n) == script_of(w)
                }) {
                    let e = surname_end(norm, f, &ws, k + 1);
                    let (kind, score) = if clinician {
                        (CLINICIAN, 0.0)
                    } else {
                        (TITLED, 0.9)
                    };
                    out.push(Mention::new(w.s, e, kind, score));
                    skip_to = e;
                }
            }
            _ => {}
        }
    }
    // (the longest of those that start together first; then none that overlaps one before it)
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// Latin letters for Russian and Ukrainian Cyrillic (Ukrainian national system, "г" as "h").
fn cyrillic_to_latin(c: char) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'є' => "ie",
        'ж' => "zh",
        'з' => "z",
        'и' => "y",
        'і' => "i",
        'ї' => "i",
        'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "iu",
        'я' => "ia",
        'ы' => "y",
        'э' => "e",
        'ё' => "e",
        'ь' | 'ъ' => "",
        _ => "",
    }
}

/// A Latin spelling of a name reduced so that the usual transliterations agree: "g" and "h",
/// "y", "j" and "i", "kh" and "h" are one letter each, and doubled letters one ("Olga",
/// "Olha" and "Ольга" all read "olha"; "Yuliia", "Yulia" and "Юлия" read "iulia").
pub fn latin_key(name: &str) -> String {
    let mut latin = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if script(c) == Script::Cyrillic {
            latin.push_str(cyrillic_to_latin(c));
        } else if c.is_alphanumeric() {
            latin.push(c);
        }
    }
    let latin = latin.replace("kh", "h");
    let mut out = String::with_capacity(latin.len());
    for c in latin.chars() {
        let c = match c {
            'g' => 'h',
            'y' | 'j' => 'i',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The [`latin_key`]s a Cyrillic name word can stand for: its own, and those of the first names
/// it is a case form of ("Олеже" is "Олег": "oleh"; "Галино" is "Галина": "halina").
pub fn latin_keys(word: &str) -> Vec<String> {
    let lower: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_char)
        .collect();
    let mut out = vec![latin_key(&lower)];
    if let Some(names) = names().cyrillic.get(&lower) {
        out.extend(names.iter().map(|n| latin_key(n)));
    }
    out
}

/// Whether `s` holds a Cyrillic letter.
pub fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| script(c) == Script::Cyrillic)
}

/// The end of a name that starts at word `k`: past one or two capitalized words of the same
/// script after it (a surname, a patronymic or an initial: "Ольгу Смирнову", "Олег Петрович",
/// "Ελένη Σ.").
fn surname_end(norm: &str, f: &str, ws: &[Word], k: usize) -> usize {
    let first = f[ws[k].s..].chars().next().map_or(Script::Other, script);
    let mut e = ws[k].e;
    for n in ws.iter().skip(k + 1).take(2) {
        let gap = &f[e..n.s];
        let cap = norm[n.s..].chars().next().is_some_and(char::is_uppercase);
        let same = f[n.s..].chars().next().is_some_and(|c| script(c) == first);
        if gap != " " || !cap || !same {
            break;
        }
        e = n.e;
    }
    e
}

/// A Korean name in word `w`: a given name with a particle or ending ("민서야", "준호",
/// "민정님"), or any two or three syllables before "님" or "씨" that are not a role.
fn korean_name(f: &str, w: &Word) -> Option<(usize, usize, f32)> {
    let word = &f[w.s..w.e];
    for n in KOREAN_NAMES {
        if let Some(rest) = word.strip_prefix(n) {
            if KOREAN_PARTICLES.contains(&rest) {
                return Some((w.s, w.s + n.len(), 0.8));
            }
        }
    }
    // "김민정님", "박 원장님" (a role), "하은씨"
    for hon in ["님", "씨"] {
        let Some(at) = word.find(hon) else { continue };
        let stem = &word[..at];
        let rest = &word[at + hon.len()..];
        let syllables = stem.chars().count();
        if !(2..=3).contains(&syllables)
            || !stem.chars().all(|c| script(c) == Script::Hangul)
            || !KOREAN_PARTICLES.contains(&rest)
            || KOREAN_ROLES.iter().any(|r| stem.ends_with(r))
        {
            continue;
        }
        // "씨" ends everyday words ("날씨" weather, "솜씨" skill, "아저씨"): only after a name of
        // three syllables (surname and given name)
        if hon == "씨" && syllables != 3 {
            continue;
        }
        return Some((w.s, w.s + at, 0.8));
    }
    None
}

/// Chinese and Japanese names in a run of Han and kana `w`: a surname before a title ("李阿姨",
/// "王医生"), "老"/"小" before a surname, a name before a Japanese honorific ("田中さん").
fn han_names(f: &str, w: &Word, japanese: bool, out: &mut Vec<Mention>) {
    use super::persons::{CLINICIAN, NAME, TITLED};
    let run = &f[w.s..w.e];
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let surname = |c: char| CHINESE_SURNAMES.contains(c);
    for (k, &(i, c)) in chars.iter().enumerate() {
        let rest = &run[i..];
        // Chinese: a title after a surname and up to two given-name characters
        for (titles, kind, score) in [
            (CHINESE_CLINICIANS, CLINICIAN, 0.0),
            (CHINESE_TITLES, TITLED, 0.9),
        ]
        .into_iter()
        .filter(|_| !japanese)
        {
            let Some(t) = titles.iter().find(|t| rest.starts_with(**t)) else {
                continue;
            };
            // the name: one to three chars before, starting with a surname
            let from = (1..=3).rev().find(|&n| k >= n && surname(chars[k - n].1));
            if let Some(n) = from {
                let s = w.s + chars[k - n].0;
                out.push(Mention::new(s, w.s + i + t.len(), kind, score));
            }
        }
        // "老王", "小李": "老"/"小" before a surname (not those that make words: "小于" less
        // than, "小白" a novice, "小金库", "老马识途")
        if matches!(c, '老' | '小') && !japanese {
            if let Some(&(j, sc)) = chars.get(k + 1) {
                if surname(sc) && !"于白万向方石段金马胡江黄".contains(sc) {
                    out.push(Mention::new(w.s + i, w.s + j + sc.len_utf8(), NAME, 0.8));
                }
            }
        }
        // Japanese: a name before an honorific ("田中さん", "ゆいちゃん", "佐藤先生")
        if let Some(h) = JAPANESE_HONORIFICS
            .iter()
            .find(|h| japanese && rest.starts_with(**h))
        {
            if k == 0 {
                continue;
            }
            // the name: the run of kanji (or of katakana, or of hiragana) right before
            let kind_of = |c: char| {
                if is_hiragana(c) {
                    0
                } else if is_katakana(c) {
                    1
                } else {
                    2
                }
            };
            let last = kind_of(chars[k - 1].1);
            let mut from = k;
            while from > 0 && k - from < 4 && kind_of(chars[from - 1].1) == last {
                from -= 1;
            }
            let name = &run[chars[from].0..i];
            // a hiragana name stands alone ("ゆいちゃん"), not after a particle
            if last == 0 && from > 0 && kind_of(chars[from - 1].1) == 0 {
                continue;
            }
            if JAPANESE_ROLES.iter().any(|r| name.ends_with(r)) || name.is_empty() {
                continue;
            }
            // "先生" after a Chinese title is no Japanese name ("王医生" was read above)
            let (kind, score) = if *h == "先生" {
                (CLINICIAN, 0.0)
            } else {
                (NAME, 0.8)
            };
            if *h == "先生" && CHINESE_TITLES.iter().any(|t| name.ends_with(t)) {
                continue;
            }
            out.push(Mention::new(w.s + chars[from].0, w.s + i, kind, score));
        }
    }
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

fn is_katakana(c: char) -> bool {
    ('\u{30A0}'..='\u{30FF}').contains(&c)
}

fn is_kana(c: char) -> bool {
    is_hiragana(c) || is_katakana(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, &'static str)> {
        let lower = text.to_lowercase();
        health_matches(&lower)
            .into_iter()
            .map(|(s, e, k, _)| (lower[s..e].to_string(), k))
            .collect()
    }

    fn people(text: &str) -> Vec<(String, &'static str)> {
        let lower = text.to_lowercase();
        persons(text, &lower)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.kind))
            .collect()
    }

    #[test]
    fn health_terms_in_each_script() {
        for (text, term, kind) in [
            ("давление наконец в норме", "давление", "condition"),
            ("аналізи вашого сина вже готові", "аналізи", "test"),
            ("після операції", "операції", "procedure"),
            ("بعد عملية اللوزتين", "عملية", "procedure"),
            ("إنهاء العلاج الطبيعي بعد حروق", "العلاج الطبيعي", "rehab"),
            ("بعد از شش ماه تداوی توبرکلوز", "تداوی", "procedure"),
            ("임플란트 자리 잘 아물고", "임플란트", "dental"),
            ("다음 교정 예약은", "예약", "visit"),
            ("李阿姨今天做完了膝盖手术", "手术", "procedure"),
            ("田中さんは明日手術です", "手術", "procedure"),
            ("मरीज को दवा दी", "मरीज", "patient"),
            // Greek, compared without accents: "ΘΕΡΑΠΕΙΑ" is "θεραπεία"
            ("μετά από έξι μήνες αποκατάστασης", "αποκατάστασης", "rehab"),
            ("ΤΕΛΟΣ Η ΘΕΡΑΠΕΙΑ", "θεραπεια", "procedure"),
            ("ο ασθενής μας", "ασθενής", "patient"),
            ("մեր կլինիկայի հիվանդն է", "հիվանդն", "patient"),
            ("չի թողնում իր ինֆուզիաները", "ինֆուզիաները", "procedure"),
            ("שסיימה היום שנתיים של טיפול בחגורה", "טיפול", "procedure"),
            ("אחרי הניתוח", "ניתוח", "procedure"),
            ("முதுகு பிரேஸ் அணிந்த", "பிரேஸ்", "rehab"),
        ] {
            let found = kinds(text);
            assert!(
                found.iter().any(|(t, k)| t == term && *k == kind),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn near_misses_are_no_health_terms() {
        for text in [
            "ракета летит", // "рак" is cancer, "ракета" a rocket
            "рано утром",   // "рана" a wound, "рано" early
            "تبريك لكم",    // "تب" fever in Persian, not inside "تبريك"
            "Happy holidays to all of you",
            "ترکیب غذایی",
            "Καλή χρονιά σε όλους! Το ιατρείο μας ανοίγει στις 7",
            "Շնորհավոր Նոր տարի, մեր ատամնաբույժը և թիմը", // "ատամնաբույժ": the dentist
            "դեղին ծաղիկներ",                              // "դեղին": yellow
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn persons_in_each_script() {
        use super::super::persons::{CLINICIAN, NAME, TITLED};
        for (text, who, kind) in [
            (
                "Поздравляем Ольгу Смирнову! Так держать",
                "Ольгу Смирнову",
                NAME,
            ),
            ("Пане Олеже, щиро перепрошуємо", "Пане Олеже", TITLED),
            ("Олеже, щиро перепрошуємо", "Олеже", NAME),
            ("Галино, так — чергуйте", "Галино", NAME),
            ("доктор Марта того ранку", "доктор Марта", CLINICIAN),
            ("مرحبا مريم، الوالد بخير", "مريم", NAME),
            ("مبروك لأبو سامي على", "لأبو سامي", TITLED),
            ("شكراً جزيلاً لعائلة الشامي على", "لعائلة الشامي", TITLED),
            ("د. ليلى رح تتصل", "د. ليلى", CLINICIAN),
            ("مبارک باشد شکیلا جان!", "شکیلا", NAME),
            ("سلام احمد شاه جان!", "احمد شاه", NAME),
            ("민정님 감사합니다", "민정", NAME),
            ("민서야 교정 끝난 거 축하해", "민서", NAME),
            ("준호 다음 교정 예약은", "준호", NAME),
            ("김하은씨 오늘", "김하은", NAME),
            ("李阿姨今天做完了膝盖手术", "李阿姨", TITLED),
            ("老王今天来了", "老王", NAME),
            ("王医生说", "王医生", CLINICIAN),
            ("田中さんは明日", "田中", NAME),
            ("ゆいちゃん、おめでとう", "ゆい", NAME),
            ("佐藤先生の説明", "佐藤", CLINICIAN),
            ("오늘 오후 박지수 님이 수술 후", "박지수", NAME),
            ("지수 씨의 회복 전후 사진", "지수", NAME),
            ("हमारी क्लाइंट प्रिया शर्मा जी का सेशन", "प्रिया शर्मा", NAME),
            ("डॉक्टर मेहता ने कहा", "डॉक्टर मेहता", CLINICIAN),
            ("στην κυρία Ελένη Σ. από", "κυρία Ελένη Σ", TITLED),
            ("ο κ. Παπαδόπουλος", "κ. Παπαδόπουλος", TITLED),
            ("η γιατρός Μαρία Νίκου", "γιατρός Μαρία Νίκου", CLINICIAN),
            ("տիկին Անահիտ Գ.-ին", "տիկին Անահիտ Գ", TITLED),
            ("מזל טוב לנועה, בת 15", "נועה", NAME),
            ("அணிந்த கவின்யாவுக்கு வாழ்த்துகள்!", "கவின்யா", NAME),
            ("תודה לגברת כהן", "לגברת כהן", TITLED),
            ("բժիշկ Արամ", "բժիշկ Արամ", CLINICIAN),
        ] {
            let found = people(text);
            assert!(
                found.iter().any(|(t, k)| t == who && *k == kind),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn roles_and_words_are_no_persons() {
        for text in [
            "원장님 감사합니다",
            "원장 님 감사합니다",
            "माता जी को प्रणाम",
            "어머님 안녕하세요",
            "선생님께 여쭤보세요",
            "오늘 날씨 좋네요",
            "رمضان كريم",
            "يا بطل",
            "患者さんの皆様へ",
            "お母さんと一緒に",
            "小时候",
            "Привет всем! Вера в лучшее",
            "наш доктор",
            "η κυρία μας στην υποδοχή",
            "տիկին և պարոն",
            "מזל טוב לכל המסיימים",
            "உங்களுக்கு வாழ்த்துகள்",
            "מזל טוב לצוות שלנו",
        ] {
            assert!(people(text).is_empty(), "{text}: {:?}", people(text));
        }
    }

    #[test]
    fn latin_keys_agree_across_transliterations() {
        assert_eq!(latin_key("Olga"), latin_key("Ольга"));
        assert_eq!(latin_key("Olha"), latin_key("Ольга"));
        assert_eq!(latin_key("Yulia"), latin_key("Юлия"));
        assert_eq!(latin_key("Serhii"), latin_key("Сергій"));
        assert!(latin_keys("Олеже").contains(&latin_key("Oleh")));
        assert!(latin_keys("Галино").contains(&latin_key("Halyna")));
        assert!(!latin_keys("Олеже").contains(&latin_key("Halyna")));
    }

    #[test]
    fn days_in_each_script() {
        let found = |t: &str| {
            let l = t.to_lowercase();
            days(&l)
                .into_iter()
                .map(|(s, e, k)| (l[s..e].to_string(), k))
                .collect::<Vec<_>>()
        };
        assert_eq!(found("다음 주 화요일 예약 때 뵙겠습니다")[0].0, "화요일");
        assert_eq!(found("明天见")[0].1, "date-relative");
        assert_eq!(found("Увидимся во вторник")[0].0, "вторник");
        // near misses: a weekday inside a longer Cyrillic word; no day at all
        assert!(found("середовище").is_empty());
        assert!(found("Happy Monday").is_empty());
    }

    #[test]
    fn english_has_no_world_script() {
        assert!(!has_world_script("Crown came loose, Ms. Jordan! café ñ"));
        assert!(has_world_script("Ольга"));
        assert!(has_world_script("手术"));
    }
}
