//! B8: hostile, sarcastic or defensive replies to a reviewer or commenter ("your review is a
//! lie", "get a life", "we've forwarded this to our attorney", "maybe be on time next time?").
//! Only toward someone: a reply, comment or DM, or a post about a review.

use super::cues::{self, Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct HostileReply;

const MESSAGE: &str = "This argues with, mocks or threatens a reviewer. The AMA Code of Medical Ethics (2.3.2) and the ACP/FSMB statement (2013) ask for respectful conduct online, and defending the practice in public tends to reveal care details: HHS OCR fined practices for exactly such replies (Elite Dental 2019, New Vision Dental 2022). Reply with the generic statement and move it offline.";

/// Every hostile or weak cue below holds one of these.
pub(super) static GATE: Gate = Gate::new(&[
    // "Reviews like this are exactly why...", "Shame on you."
    "reviews like",
    "review like",
    "rants like",
    "posts like",
    "shame on",
    // "Shameful review.", "try a thank-you instead of trolling"
    "shameful",
    "disgraceful",
    "instead of",
    // "trash our therapists with lies", "Post your real name"
    "real name",
    // Vietnamese: "vu khống" (slander), "bịa đặt" (made up), "sai sự thật" (untrue)
    "vu khống",
    "bịa đặt",
    "sai sự thật",
    // Spanish: "eso no es verdad", "no sabe comportarse", "busque otro lugar"
    "eso ",
    // "esta reseña es injusta y falsa", "Si no le gusta, hay otras clínicas"
    "reseña",
    "comentario",
    "queja",
    "no le gusta",
    "comportarse",
    "otro ",
    "no sabes",
    "no sabe ",
    "lie",
    "lying",
    "liar",
    "fake",
    "made up",
    "fiction",
    "bs",
    "bull",
    "you're",
    "you are",
    "life",
    "grow up",
    "move along",
    "brave talk",
    "negativity",
    // "Maybe try being patient for once ... don't need your attitude"
    "need your",
    "try being",
    "have no idea",
    "drive-thru",
    "research before",
    "what you pay for",
    "discount mill",
    "somewhere else",
    "it elsewhere",
    "takes",
    "we stand",
    "calm down",
    "get over",
    "shut up",
    "defam",
    "slander",
    "libel",
    "attorney",
    "lawyer",
    "legal",
    "sue you",
    "court",
    "think",
    "stop ",
    "misinformation",
    "false",
    "know it",
    "trash",
    "bash",
    "attack",
    "slam",
    "smear",
    "lol",
    "boomer",
    "funny how",
    "good luck",
    "nobody",
    "learn to",
    "if you had",
    "idiot",
    "moron",
    "pathetic",
    "troll",
    "loser",
    "clown",
    "crybaby",
    "loudest",
    "facts",
    "need patients",
    "need customers",
    "need people",
    "else then",
    "come back",
    "🙄",
    "🙃",
    "😒",
    "🤡",
    "🤣",
    "😂",
    "maybe",
    "next time",
    "enjoy your",
    "stupid",
    "dumb",
    "clearly",
    "obviously",
    "actually you",
    "on time",
    "late",
    "squeezed",
    "still fit",
    "still saw",
    "sorry not sorry",
    "bye",
    "have a great day",
    "have a nice day",
    "have a good day",
    "nobody",
    "respect",
    "educate",
    "uninformed",
    "ignorant",
    "stand by",
    "fault",
    "you signed",
    "explained",
    "for the record",
    "you were told",
    "enjoy the",
    "not true",
    "untrue",
    "not what happened",
    "that's false",
    "that is false",
    "this is false",
    "you refused",
    "you chose",
    "you declined",
    "you failed",
    "you left before",
    "you never",
    "we did nothing",
    "we did everything",
    "frankly",
    "bad review",
    "problem isn't",
    "problem is not",
    "take your",
    "like you",
    // "if people like you spent half as much energy helping as you do whining"
    "you do whin",
    "you do compl",
    "you do troll",
    "you do bash",
    "you do rant",
    "complainer",
    "stand behind",
    "facts straight",
    "garbage",
    "never happy",
    " then.",
    "drive-by",
    "better to do",
    "before trashing",
    "rich coming from",
    "hiding behind",
    "keyboard ",
    "from behind",
    "happier somewhere",
    "nice things",
    "vendetta",
    "try being",
    "your whin",
    "your complaining",
    "your entitlement",
    "your tantrum",
    "for once in your",
    "bullied",
    "bully",
    "not our problem",
    "spouting",
    "unhinged",
    "forgotten more",
    "says more about you",
    "say more about you",
    "insults online",
    "who'd disagree",
    "who would disagree",
    "mirror",
    "bothered to",
    "tired of",
    "sick of",
    "you problem",
    "your budget",
    "💅",
    "grumpy review",
    "bitter review",
    "salty review",
    "angry review",
    "cranky review",
]);

/// Hostile on its own, toward a reviewer.
static STRONG: Lazy = Lazy::new(
    r"(?x)
    \b(?:is|are|was|that's|thats|it's|its|all|full\s+of|a\s+pack\s+of)\s+(?:a\s+|an\s+|total\s+|complete\s+|outright\s+)?(?:lie|lies|lying|fake|made\s+up|fiction|bs|bull)\b
  | \byou(?:'re|\s+are)\s+(?:lying|a\s+liar|delusional|ridiculous|crazy|rude|entitled|unreasonable|clueless)\b
  | \bliar\b|\bget\s+a\s+life\b|\bgrow\s+up\b|\bcalm\s+down\b|\bget\s+over\s+it\b|\bshut\s+up\b
  | \b(?:defamation|defamatory|slander|slanderous|libel|libelous)\b
  | \b(?:our|my)\s+(?:attorney|attorneys|lawyer|lawyers|legal\s+team)\b|\blegal\s+action\b|\bsue\s+you\b|\bsee\s+you\s+in\s+court\b
  | \bthink\s+(?:twice\s+)?before\s+you\s+(?:post|write|review|speak|type)\b
  | \b(?:stop|quit)\s+(?:spreading|posting|lying|whining|complaining|trolling)\b
  | \b(?:misinformation|false\s+information|fake\s+reviews?|false\s+reviews?|professional\s+complainer|serial\s+complainer)\b
  | \band\s+you\s+know\s+it\b
  | \bbefore\s+you\s+(?:trash|bash|attack|slam|smear)\b|\btrash(?:ing)?\s+(?:a|our|the)\s+(?:[a-z-]+\s+){0,2}(?:doctors?|practice|clinic|office|staff|team|nurses?|therapists?|providers?|hygienists?|dentists?|surgeons?|physicians?)\b
  | \blol\s+ok\b|\bok\s+boomer\b|\bfunny\s+how\b|\bgood\s+luck\s+with\s+that\b
  | \bnobody\s+(?:cares|asked)\b|\blearn\s+to\s+read\b|\bif\s+you\s+had\s+(?:bothered|listened|read)\b
  | \b(?:idiot|idiots|moron|morons|pathetic|troll|loser|clown|crybaby|unhinged)\b|\bforgotten\s+more\s+about\b
  | \bloudest\s+opinions\b|\bnever\s+have\s+any\s+facts\b|\bwe\s+don'?t\s+need\s+(?:patients|customers|people)\s+like\s+you\b
  | \bgo\s+(?:somewhere|elsewhere)\s+else\s+then\b|\bdon'?t\s+come\s+back\b|\bgo\s+somewhere\s+else\b|\btake\s+it\s+(?:somewhere\s+else|elsewhere)\b
  | \bdo\s+(?:some|your|a\s+little)\s+research\s+before\b|\byou\s+(?:clearly\s+|obviously\s+)?have\s+no\s+idea\b|\bmove\s+along\b|\bbrave\s+talk\b|\bdon'?t\s+need\s+your\s+(?:negativity|attitude|business)\b|\btry\s+(?:some|a\s+little)\s+patience\b|\bnot\s+a\s+drive-?thru\b|\byou\s+get\s+what\s+you\s+pay\s+for\b|\bdiscount\s+mill\b|\bwant\s+to\s+trash\b|\bnobody\s+takes\b[^.!?\n]{0,30}\bseriously\b|\b(?:reviews?|rants?|tirades?|posts?)\s+like\s+(?:this|yours)\s+(?:are|is)\s+(?:exactly\s+)?(?:why|the\s+reason)\b
  | \bnobody(?:'s|\s+is)\s+forcing\s+you\b|\bwith\s+all\s+due\s+respect\b|\beducate\s+yourself\b|\b(?:uninformed|ignorant)\b
  | \bwe\s+stand\s+(?:by|behind)\s+(?:our|the|this|that|every|each|all)\b|\bnot\s+our\s+fault\b|\byou\s+signed\s+(?:the|a|our)\b|\b(?:form|forms|paperwork|waiver|consent)\s+(?:that\s+)?you\s+signed\b|\bfor\s+the\s+record\b|\byou\s+were\s+told\b
  | \bas\s+(?:dr\.?\s+\w+|we|i|our\s+\w+)\s+(?:explained|told\s+you|mentioned)\b
  | \b(?:that's|that\s+is|this\s+is)\s+(?:simply\s+|just\s+|completely\s+|flat\s+out\s+|flat-out\s+|totally\s+|absolutely\s+|patently\s+)?(?:not\s+true|false|untrue|not\s+what\s+happened)\b|\bnot\s+what\s+happened\b
  | \byou\s+(?:refused|chose\s+to|declined|failed\s+to|left\s+before|never\s+(?:showed|followed|paid|called))\b|\bif\s+you\s+had\s+(?:followed|listened|come|shown)\b
  | \bwe\s+did\s+(?:nothing|everything)\s+(?:wrong|right)\b|\bfrankly\b|\bbad\s+reviews?\s+(?:won't|will\s+not|don't)\b
  | \b(?:this|that|your)\s+(?:review|post|comment|claim|story)\s+is\s+(?:simply\s+|just\s+|completely\s+|totally\s+|entirely\s+)?(?:false|untrue|not\s+true)\b
  | \bthe\s+problem\s+(?:isn't|is\s+not|wasn't|was\s+not)\s+(?:us|our\s+\w+|the\s+(?:doctor|staff|team|office|practice))\b
  | \btake\s+your\s+(?:\w+\s+){0,2}(?:business|review|reviews|stars?|complaints?|attitude|money)\s+(?:somewhere\s+else|elsewhere)\b
  | \bget\s+your\s+(?:own\s+)?facts\s+straight\b|\bdrive-by\s+reviews?\b|\bfind\s+something\s+better\s+to\s+do\b|\bbefore\s+trashing\b
  | \b(?:this|that|such)\s+garbage\b|\bsome\s+people\s+are\s+never\s+(?:happy|satisfied)\b|^\W*go\s+(?:to\s+)?[a-z]+\s+then\b
  | \brich\s+coming\s+from\b|\bhiding\s+behind\s+(?:a|an|your|their|his|her)\s+(?:initials?|keyboard|screens?|fake\s+name|username|anonymous\s+account)\b|\bkeyboard\s+(?:warriors?|cowboys?|commandos?|heroes|critics?)\b|\b(?:reviews?|complain\w*|talk\w*|easy|brave|tough)\b[^.!?\n]{0,30}\bfrom\s+behind\s+(?:a|the|your|their)\s+(?:keyboard|screens?|phone)\b|\b(?:be|feel)\s+happier\s+(?:somewhere\s+else|elsewhere)\b|\bwhy\s+we\s+can'?t\s+have\s+nice\s+things\b
  | \btry\s+being\s+(?:grateful|thankful)\b|\btry\s+being\s+(?:patient|nice|polite|kind|respectful|reasonable)\s+(?:for\s+once|sometime)\b|\bfor\s+once\s+in\s+your\s+life\b|\byour\s+(?:whining|whine|complaining|entitlement|tantrum)\b
  | \b(?:personal\s+)?vendetta\b|\b(?:won'?t|will\s+not|refuse\s+to)\s+be\s+bullied\b|\bbully(?:ing)?\s+(?:us|our\s+(?:staff|team|office|practice|doctors?))\b
  | \b(?:trolls?|haters?|liars?)\s+like\s+you\b|\b(?:people|patients|reviewers|customers)\s+like\s+you\s+(?:are\s+(?:exactly\s+|precisely\s+)?(?:why|the\s+reason|what's\s+wrong)|ruin|never)\b
  | \bnot\s+our\s+problem\b|\bspouting\s+(?:off|nonsense|garbage|lies|misinformation)\b|\bbefore\s+spouting\b
  | \blook\s+in\s+(?:the|a)\s+mirror\b|\bif\s+you\s+(?:even\s+)?bothered\s+to\b
  | \b(?:we're|we\s+are|i'm|i\s+am)\s+(?:so\s+|really\s+|just\s+)?(?:tired|sick)\s+of\s+(?:people|patients|reviewers|parents|these|folks)\b
  | \bone\s+(?:grumpy|bitter|salty|angry|cranky|bad)\s+review(?:er)?\s+(?:doesn't|does\s+not|won't|will\s+not|can't)\b
  | \b(?:says?|tells?)\s+(?:a\s+lot\s+)?more\s+about\s+you\s+than\b|\bposting\s+insults\b|\b(?:people|patients)\s+who(?:'d|\s+would)\s+disagree\s+with\s+you\b
  | \bshame\s+on\s+you\b
  | \bif\s+(?:people|folks|patients|reviewers)\s+like\s+you\b|\bas\s+(?:much\s+as\s+)?you\s+do\s+(?:whining|complaining|trolling|bashing|ranting)\b
  | \b(?:shameful|disgraceful)\s+(?:review|reviews|comment|comments|post|rant)\b|\binstead\s+of\s+(?:trolling|attacking|bashing|trashing|whining|insulting|harassing)\b
  | \b(?:a|an)\s+you\s+problem\b|\bmaybe\s+(?:\w+\s+){0,4}just\s+(?:isn't|is\s+not|aren't|are\s+not|wasn't)\s+(?:in|within)\s+your\s+budget\b
  | \b(?:with|telling|spreading|posting|more)\s+lies\b|\b(?:post|give\s+us|show\s+us)\s+your\s+real\s+name\b
  | \b(?:reseña|comentario|queja)\s+es\s+(?:\w+\s+(?:y\s+)?){0,2}(?:falsa|falso|injusta|injusto|mentira)\b|\bsi\s+no\s+le\s+gusta,?\s+(?:hay|busque|vaya|puede\s+ir)\b
  | \beso\s+(?:no\s+es\s+(?:verdad|cierto)|es\s+(?:una\s+)?mentira)\b|\bno\s+sabe\s+comportarse\b|\b(?:busque|busca|vaya|váyase)\s+(?:a\s+)?otro\s+(?:lugar|sitio|consultorio|dentista|médico|medico|doctor)\b|\b(?:vete|váyase|vayase)\s+a\s+otro\s+(?:lado|lugar|sitio)\b|\bno\s+(?:hables|hable)\s+de\s+lo\s+que\s+no\s+(?:sabes|sabe)\b
  | \bvu\s+khống\b|\bbịa\s+đặt\b|\bhoàn\s+toàn\s+sai\s+sự\s+thật\b
",
);

/// Hostile only with another sign, or toward a complaint.
static WEAK: Lazy = Lazy::new(
    r"(?x)
    [🙄🙃😒🤡🤣😂💅]|\bmaybe\b[^.!?\n]{0,40}\bnext\s+time\b|\bnext\s+time,?\s+(?:try|maybe|read|be|don't|do)\b
  | \benjoy\s+(?:your|the)\b|\b(?:stupid|dumb)\b|\bclearly\s+(?:you|didn't|did\s+not)\b|\bobviously\s+you\b|\bactually\s+you\b
  | \bbe\s+on\s+time\b|\byou\s+(?:arrived|showed\s+up|came)\s+(?:\d+\s+\w+\s+)?late\b|\bwe\s+still\s+(?:squeezed|fit|saw)\s+you\b
  | \bmaybe\s+stick\s+to\b|\bmaybe\s+get\s+your\s+(?:\w+\s+){0,2}(?:info|information|facts|advice)\b
  | \bmaybe\s+(?:read|try\s+reading|do\s+(?:some|a\s+little|five\s+minutes\s+of)|check|look)\b[^.!?\n]{0,40}\bbefore\b
  | \bsorry\s+not\s+sorry\b|\bbye\b|\bhave\s+a\s+(?:great|nice|good)\s+day!?\s*[🙃😉🙂]
",
);

/// A post can be about a review too.
static ABOUT_REVIEW: Lazy =
    Lazy::new(r"\b(?:review|reviews|reviewer|yelp|1-star|one-star|1 star|one star|commenter)\b");

impl Rule for HostileReply {
    fn id(&self) -> &'static str {
        "hostile-reply"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        if !(cues::is_answer(ctx) || ABOUT_REVIEW.is_match(lower)) {
            return;
        }
        let candidates = GATE.clauses_in(ctx);
        if candidates.is_empty() {
            return;
        }
        let in_clauses = |re: &Lazy| -> Vec<(usize, usize)> {
            candidates
                .iter()
                .flat_map(|&(a, b)| {
                    re.spans(&lower[a..b])
                        .into_iter()
                        .map(move |(s, e)| (a + s, a + e))
                })
                .collect()
        };
        let strong = in_clauses(&STRONG);
        let weak = in_clauses(&WEAK);
        let complaint = cues::parent_is_complaint(ctx);
        let mut spans = strong.clone();
        if strong.is_empty() && (weak.len() >= 2 || (complaint && !weak.is_empty())) {
            spans.extend(weak);
        }
        for span in spans {
            out.push(
                Hit::new("B8", self.id(), Severity::Medium, span, MESSAGE)
                    .suggest(crate::rules::safe_reply::safe_reply(ctx)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Kind, Policy};

    fn b8(d: &Draft) -> bool {
        Engine::new(Policy::default())
            .check(d)
            .findings
            .iter()
            .any(|f| f.code == "B8")
    }

    fn reply(text: &str, parent: &str) -> Draft {
        Draft::reply(text, "Chris", parent).with_kind(Kind::Comment)
    }

    #[test]
    fn sneering_at_an_anonymous_reviewer() {
        let parent = "Overpriced surgeons who only care about money. Total scam.";
        for t in [
            "Calling a board-certified surgeon a scam is pretty rich coming from someone hiding behind an initial.",
            "Easy to be a keyboard warrior. We'll stick to facts.",
            "Janine, leaving one-star reviews from behind a keyboard is easy. Our front desk works incredibly hard.",
            "Bucky, we are tired of keyboard cowboys trashing our hardworking staff. Try running a rural ER sometime.",
            "Sounds like you'd be happier somewhere else then. Posting 1-star rants is exactly why we can't have nice things.",
            "This is not an accurate picture of our office and honestly reads like a personal vendetta. We won't be bullied by one-star reviews.",
            "Mike, maybe try being grateful for once. Our staff works 12 hour shifts and doesn't need your whining.",
            "Maybe try being patient for once. Our nurses work 14 hr shifts and don't need your attitude.",
            "Try being polite for once.",
            "Dr. Okonjo has a waiting list of people who'd disagree with you. Posting insults online says more about you than about him.",
            "Tom, we won't get into this online, but honestly 1-star rants like yours are exactly why good small practices burn out.",
            "We've been here 18 years with hundreds of 5 star reviews. One grumpy review doesn't change that. Maybe look in the mirror.",
            "Play-based therapy is evidence-based and if you bothered to read anything about it you'd know that.",
            "Honestly we are tired of people leaving reviews about things they know nothing about.",
            "Our clinicians pour their hearts into this work and THIS is what we get? Reviews like this are exactly why people are scared to ask for help. Shame on you.",
        ] {
            assert!(b8(&reply(t, parent)), "{t}");
        }
        // near misses: the words in a kind answer
        for t in [
            "We're sorry to hear this. Our fees are posted at the front desk; please call us so we can talk it through.",
            "No need to hide behind anything, you can reach our manager directly at the front desk.",
            "We're sorry you felt bullied in the waiting room; that is not okay. Please call our manager so we can make it right.",
            "Try being patient with yourself as you heal, and call us with any questions.",
            "Your kind words say more than we could. Thank you for trusting us!",
            "We're sorry you're tired of waiting on hold; we added two phone lines this month.",
            "The mirror in room 2 is fixed, thanks for telling us!",
            "The keyboard at check-in is fixed, and our hardworking staff thank you for your patience!",
            "Thanks for the review! Our billing team works from behind the front desk, call them anytime.",
            "Reviews like yours help other families find us. Thank you!",
        ] {
            assert!(!b8(&reply(t, parent)), "{t}");
        }
    }

    #[test]
    fn people_like_you_and_your_whining() {
        let parent = "This clinic is ruining our neighborhood.";
        assert!(b8(&reply(
            "If folks like you volunteered as much as you do complaining, the neighborhood would be fine.",
            parent
        )));
        // near miss: owning the problem
        assert!(!b8(&reply(
            "We hear you. We can do better, and we'd like to talk: please call our manager.",
            parent
        )));
    }

    #[test]
    fn hostile_in_spanish() {
        let parent = "⭐ Mala atención, la recepcionista me trató feo.";
        let t = "Roberto, eso no es verdad. Nuestra recepcionista es excelente y si usted no sabe comportarse, mejor busque otro lugar.";
        assert!(b8(&reply(t, parent)));
        let t = "Chuy, mejor no hables de lo que no sabes. Aquí trabajamos duro, si no te gusta vete a otro lado.";
        assert!(b8(&reply(t, parent)));
        // near miss: an apology that asks for a call
        let t = "Roberto, lamentamos mucho su experiencia. Por favor llame a nuestra gerente al 555-0100 para hablar de otro horario.";
        assert!(!b8(&reply(t, parent)));
    }

    #[test]
    fn hostile_in_vietnamese() {
        let parent = "1 sao. Phòng khám làm việc cẩu thả, không chuyên nghiệp.";
        let t = "Đánh giá này hoàn toàn sai sự thật! Chị đừng lên mạng vu khống người khác nữa.";
        assert!(b8(&reply(t, parent)));
        // near miss: an apology that asks for a call
        let t = "Chị ơi, tụi em rất tiếc về trải nghiệm của chị. Chị gọi cho quản lý phòng khám giúp em nha.";
        assert!(!b8(&reply(t, parent)));
    }

    #[test]
    fn telling_the_reviewer_to_leave() {
        assert!(b8(&reply(
            "Reviews like this are exactly why nobody takes online ratings seriously. If you want to trash people online, go somewhere else.",
            "Rude front desk, waited 40 minutes."
        )));
        assert!(b8(&reply(
            "Our front desk works incredibly hard and we stand behind every one of them.",
            "Rude front desk, waited 40 minutes."
        )));
        assert!(b8(&reply(
            "Hi Gary, staining is a known side effect and it was on the consent form you signed.",
            "Nobody warned me about the staining. 1 star."
        )));
        // near miss: the form offered, nothing thrown back
        assert!(!b8(&reply(
            "Hi Gary, we're sorry. Please call us and we'll go over your questions together.",
            "Nobody warned me about the staining. 1 star."
        )));
        assert!(b8(&reply(
            "Devon, maybe do some research before accusing professionals of fraud. You get what you pay for.",
            "This place is a scam, they upsold me."
        )));
        assert!(b8(&reply(
            "Todd, you clearly have no idea how orthopedics works. We're a busy practice, not a drive-thru.",
            "Waited 2 hours for a 5 minute visit."
        )));
        assert!(b8(&reply(
            "Pretty brave talk from an anonymous account, Pete. We don't need your negativity. Move along",
            "This place is a joke."
        )));
        // near miss: a calm offer to transfer records
        assert!(!b8(&reply(
            "We're sorry to hear this. If you'd prefer another office, please call us and we'll gladly help.",
            "Rude front desk, waited 40 minutes."
        )));
    }

    #[test]
    fn dismissing_the_reviewer() {
        assert!(b8(&reply(
            "Gerald, our doctors are among the most respected in the state. Maybe the problem isn't us. Take your 1 star somewhere else.",
            "Waited an hour, rude front desk. 1 star."
        )));
        assert!(b8(&reply(
            "This review is completely false. Anonymous trolls like you are why small businesses struggle.",
            "Dirty bathrooms and rude staff"
        )));
        // near misses: a calm correction offered offline, and thanks
        assert!(!b8(&reply(
            "We're sorry to hear this. We take cleanliness seriously; please call our office manager so we can look into it.",
            "Dirty bathrooms"
        )));
        assert!(!b8(&reply(
            "Thank you for the kind words! People like you make our day.",
            "Great visit!"
        )));
        // Spanish: the review called false, and the door shown
        assert!(b8(&reply(
            "Con todo respeto, esta reseña es injusta y falsa. Si no le gusta, hay otras clínicas.",
            "La doctora no hizo nada, son unos inútiles."
        )));
        // near miss: a calm Spanish answer about a review
        assert!(!b8(&reply(
            "Gracias por su comentario. Por favor llámenos para hablar de su experiencia.",
            "La doctora no hizo nada, son unos inútiles."
        )));
        // telling a critic to quit trolling, like "stop trolling"
        assert!(b8(&reply(
            "Gary maybe stick to your HMO then and quit trolling local businesses.",
            "concierge medicine = healthcare for rich people. ridiculous."
        )));
        // near miss: a quit said of a habit
        assert!(!b8(&reply(
            "Thanks Gary! Quitting smoking is the best thing you can do for your heart.",
            "concierge medicine = healthcare for rich people. ridiculous."
        )));
    }

    #[test]
    fn not_our_problem_and_spouting_nonsense() {
        for (t, parent) in [
            ("Maybe read the website before driving 40 minutes? It's in bold on every page. Not our problem.", "drove 40 min and they wouldn't see me. 1 star"),
            ("People like you are exactly why kids fall behind. Maybe do five minutes of reading before spouting nonsense.", "Speech therapy is a scam."),
            ("Maybe check our hours before you come next time 🙃", "closed at 4:30?? ridiculous"),
            ("Karen, our dermatologists have forgotten more about skin than you'll ever read on Facebook. Maybe stick to your essential oils 🙄", "Botox is poison and med spas are run by amateurs."),
            ("@realtalkdad that's flat out false and honestly kind of unhinged. maybe get your medical info somewhere other than youtube 🙄", "they push vaccines for kickbacks. Wake up people."),
        ] {
            assert!(b8(&reply(t, parent)), "{t}");
        }
        // near misses: a calm pointer to the hours, a problem the practice owns
        for (t, parent) in [
            ("So sorry for the trip! Please check our hours page or call before you come; we'd love to see you.", "closed at 4:30??"),
            ("A broken ramp is our problem to fix, and we're on it. Thank you for telling us.", "ramp is broken"),
        ] {
            assert!(!b8(&reply(t, parent)), "{t}");
        }
    }

    #[test]
    fn fake_reviews_and_professional_complainers() {
        assert!(b8(&reply(
            "Posting fake reviews for attention is sad. We stand behind our team 100%.",
            "Worst office ever"
        )));
        assert!(b8(&reply(
            "Gary, we see you're a professional complainer. Noted.",
            "1 star, rude"
        )));
    }

    #[test]
    fn lies_and_a_demand_for_the_reviewers_name() {
        assert!(b8(&reply(
            "We're not going to let you trash our therapists with lies.",
            "1 star. They ruined my knee."
        )));
        assert!(b8(&reply(
            "Post your real name if you're so sure.",
            "1 star. They ruined my knee."
        )));
        // near misses: "lies" as a place, a real name asked for the booking
        assert!(!b8(&reply(
            "The answer lies in good follow-up; please call us so we can help.",
            "1 star, nobody called me back"
        )));
        assert!(!b8(&reply(
            "Thanks for the kind words! For the raffle, please use your real name when you sign up.",
            "great team"
        )));
    }

    #[test]
    fn condescending_dismissals() {
        assert!(b8(&reply(
            "@mkwalsh Maybe get your own facts straight before trashing a small business online.",
            "overpriced and rude"
        )));
        assert!(b8(&reply(
            "Carla, we don't appreciate drive-by reviews. Maybe find something better to do with your evening.",
            "1 star"
        )));
    }

    #[test]
    fn a_you_problem_and_out_of_your_budget() {
        assert!(b8(&reply(
            "Out of 400+ five star reviews you're the only one. Sounds like a you problem honestly.",
            "Doctors here are arrogant. 1 star."
        )));
        assert!(b8(&reply(
            "Maybe a med spa just isn't in your budget babe 💅",
            "Overpriced and the front girl was snotty."
        )));
        // near misses: a payment plan offered kindly, the emoji among friends
        assert!(!b8(&reply(
            "We're sorry the price surprised you. If a full treatment isn't in your budget right now, we offer payment plans.",
            "Overpriced and the front girl was snotty."
        )));
        assert!(!b8(&reply(
            "Love this! 💅 Nails and brows both on point for prom 😍",
            "Got my brows done for prom!!"
        )));
    }

    #[test]
    fn a_shameful_review_and_trolling() {
        assert!(b8(&reply(
            "Honestly? Shameful review. Maybe try a thank-you instead of trolling people who work this hard.",
            "This so-called team is disorganized. Avoid."
        )));
        // near misses: shame about a policy, "instead of" with no insult
        assert!(!b8(&reply(
            "We agree the wait was too long. Instead of the paper sign-in we now text you when a room opens.",
            "Waited 2 hours, disorganized."
        )));
        assert!(!b8(&reply(
            "It's shameful that dental care isn't covered for adults in our state, and we're sorry it cost so much.",
            "Way too expensive."
        )));
    }

    #[test]
    fn catalog_examples_fire() {
        assert!(b8(&reply(
            "Your review is a lie and you know it. Get a life.",
            "Summit Dermatology is a scam, don't go there"
        )));
        assert!(b8(&reply("get a life", "meh")));
        assert!(b8(&reply(
            "That is simply not true. You refused the x-rays and left before the doctor came in.",
            "They never even examined me. Worst clinic."
        )));
        assert!(b8(&reply(
            "With all due respect, your opinion is uninformed. Maybe educate yourself before posting.",
            "Overpriced nonsense. A scam."
        )));
        assert!(b8(&reply(
            "Nobody's forcing you to come here. Enjoy the long drive.",
            "Overpriced and the building smells."
        )));
        assert!(b8(&reply(
            "We reviewed it and you signed the consent form. We stand by our billing.",
            "Charged me for x-rays I never agreed to. Shady."
        )));
        assert!(b8(&reply(
            "Spreading false information online is defamation. We've forwarded this to our attorney. Think before you post.",
            "1 star. Worst PT clinic in WA, staff are clueless."
        )));
        assert!(b8(&reply(
            "lol ok Chris. enjoy your drugstore moisturizer 🙄",
            "Overpriced and pretentious. Save your money."
        )));
        assert!(b8(&reply(
            "Funny how the people with the loudest opinions never have any facts. Have a great day! 🙃",
            "harborview is so overrated"
        )));
        assert!(b8(&reply(
            "We squeezed you in. Maybe be on time next time?",
            "2 hour wait and the front desk was rude. never again"
        )));
    }

    #[test]
    fn suggestion_is_the_safe_reply() {
        let e = Engine::new(Policy::default());
        let r = e.check(&reply("Your review is a lie.", "scam"));
        let f = r.findings.iter().find(|f| f.code == "B8").unwrap();
        assert!(f
            .suggestion
            .as_deref()
            .unwrap()
            .starts_with("We take all feedback seriously."));
    }

    #[test]
    fn near_misses_stay_quiet() {
        for d in [
            reply(
                "We take all feedback seriously. Privacy laws prevent us from discussing anyone's care online; please call our clinic director at (555) 462-7800.",
                "Worst PT in town. They just hand you a theraband and leave.",
            ),
            reply("Thanks for the shout-out! Our team loves what they do.", "you guys are the best!!"),
            reply(
                "Thank you for taking the time to leave feedback! We're proud of our whole team.",
                "5 stars! Best dermatology office in town.",
            ),
            // not toward anyone
            Draft::post("Get a life... insurance quote before you travel! Ha, kidding."),
        ] {
            assert!(!b8(&d), "{}", d.text);
        }
    }
}
