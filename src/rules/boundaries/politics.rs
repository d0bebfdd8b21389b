//! B4: politics and personal opinions from the practice account, and patient data used for
//! anything but care ("vote for X", party politics, "anyone voting yes on Prop 118 is an idiot",
//! "texting every patient to invite them to a campaign kickoff"). A nonpartisan reminder to
//! vote stays quiet.

use super::cues::{find_from, Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct Politics;

const MESSAGE: &str = "This takes a political side or voices a personal opinion from the practice's account. The AMA Code of Medical Ethics (2.3.2) and the ACP/FSMB statement (2013) ask clinicians to keep personal views apart from their professional presence; patients of every view rely on the practice.";

const MESSAGE_DATA: &str = "This uses patients' contact details or the patient list for something other than their care. HIPAA (45 CFR 164.502, 164.508) allows that only with each patient's written authorization, and the AMA Code of Medical Ethics (2.3.2) keeps patient relationships out of politics.";

/// Every pattern below holds one of these.
pub(super) static GATE: Gate = Gate::new(&[
    "vote",
    "voting",
    "elect",
    "endorse",
    "proudly",
    "officially",
    "support",
    "governor",
    "mayor",
    "senat",
    "congress",
    "president",
    "council",
    "school board",
    "sheriff",
    "state rep",
    "campaign",
    "yard sign",
    "slate",
    "democrat",
    "republican",
    "gop",
    "maga",
    "libtard",
    "leftist",
    "right-wing",
    "rightwing",
    "socialist",
    "pro-life",
    "prolife",
    "pro-choice",
    "prochoice",
    "resist",
    "petition",
    "recall",
    "ashamed",
    "patient",
    "#vote",
    "#elect",
    "#reelect",
    "measure",
    "prop ",
    "proposition",
    "ballot",
    "get rid of",
    "voted out",
    "disgrace",
    " out in ",
    "ridiculous",
    "a joke",
    "campaign",
    "petition",
    "medical freedom",
    "against",
    "november",
    "candidate",
    "candidat",
    "straight ticket",
    "straight-ticket",
]);

static POLITICS: Lazy = Lazy::new(
    r"(?x)
    \b(?:vote|votes|voting|voted)\s+(?:for|against)\s+\w
  | \b(?:vote|voting)\s+(?:(?:on|this|next|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|early)\s+(?:for|against)\s+\w
  | \b(?:vote|voting)\s+(?:yes|no)\s+on\b
  | \bvote\s+(?:them|him|her|\w+)\s+out\b|\bvote\s+out\s+(?:the|every|all|our|those|these|\w+)\b|\bvote\s+(?:every|each|all|these|those|the|this|that|our)\s+(?:\w+\s+){0,3}out\b
  | \b(?:re-?elect|elect)\s+[a-z]|\bfor\s+re-?election\b
  | \b(?:endorse|endorses|endorsed|endorsing)\s+(?:sen\.?|senator|rep\.?|representative|gov\.?|governor|mayor|councilmember|council\s*member|commissioner|judge|candidate|president|the\s+candidate)\b
  | \#(?:vote|elect|reelect)[a-z]+
  | \b(?:proudly|officially)\s+(?:support|supporting|endorse|endorsing|voting)\b
  | \b(?:we|the\s+team|our\s+team|practice)\s+(?:endorses?|supports?)\s+[a-z]+\s+for\s+(?:governor|mayor|senate|senator|congress|president|council|school\s+board|sheriff|judge)\b
  | \bfor\s+(?:governor|mayor|senate|senator|congress|president|city\s+council|school\s+board|sheriff|state\s+rep\w*)\b[^.!?\n]{0,40}\b(?:vote|voting|support|she|he|gets\s+it|candidate)
  | \b(?:support|supporting|backing|endorse|endorsing|vote|voting)\s+[a-z]+(?:\s+[a-z.'-]+){0,2}\s+for\s+(?:state\s+|us\s+|u\.s\.\s+)?(?:governor|mayor|senate|senator|congress|president|city\s+council|council|school\s+board|sheriff|rep\w*|assembly|house|judge|commissioner|chair|chairman|chairwoman|chairperson|trustee|alderman|alderwoman)\b
  | \b(?:is|are|am|she's|he's|i'm|we're)\s+running\s+for\s+(?:city\s+council|county\s+\w+|council|mayor|governor|state\s+\w+|congress|senate|school\s+board|sheriff|judge|re-?election)\b
  | \b(?:campaign\s+(?:kickoff|rally|event|fundraiser|launch)|yard\s+signs?|stands?\s+with\s+the\b[^.!?\n]{0,40}\bslate)\b
  | \b(?:democrats?|republicans?|gop|maga|libtards?|leftists?|right-?wingers?|socialists?)\b
  | \b(?:pro-?life|pro-?choice)\b
  | \b(?:anyone|everyone|people)\s+(?:voting|who\s+votes?|who\s+voted)\b[^.!?\n]{0,40}\b(?:idiots?|morons?|stupid|clueless|dumb)\b
  | \bshould\s+be\s+ashamed\b|\#resist\b|\bsign\s+(?:the|our|this)\s+petition\b
  | \b(?:stands?|standing|stand)\s+(?:behind|with|against)\s+(?:measure|prop|proposition|ballot\s+(?:measure|question|issue)|initiative|amendment)\s+[0-9a-z]
  | \b(?:support|supports|supporting|oppose|opposes|opposing|back|backs|backing|yes\s+on|no\s+on)\s+(?:measure|prop|proposition|ballot\s+(?:measure|question|issue))\s+[0-9a-z]
  | \bget\s+rid\s+of\s+(?:commissioner|mayor|governor|gov\.?|senator|sen\.?|rep\.?|representative|councilmember|council\s*member|judge|sheriff|the\s+(?:county|school|city)\s+(?:board|council))\b
  | \b(?:should|must|needs?\s+to|deserves?\s+to)\s+be\s+voted\s+out\b
  | \b(?:governor|mayor|senator|congress(?:man|woman)?|legislature|president|commissioner|city\s+council|school\s+board|(?:this|the)\s+(?:[a-z]+\s+)?board)(?:'s)?\b[^.!?\n]{0,60}\b(?:is|are|was)?\s*(?:ridiculous|a\s+joke|a\s+disgrace|idiotic|insane|clowns)\b
  | \b(?:support|supports|oppose|opposes|back|backs)\s+the\s+recall\s+of\b|\brecall\s+(?:mayor|governor|gov\.?|senator|councilmember|judge)\b
  | \btell\s+(?:him|her|them)\s+to\s+vote\s+(?:no|yes|against|for)\b|\bvote\s+accordingly\b
  | \b(?:stands?|standing)\s+(?:with|for)\s+medical\s+freedom\b
  | \b(?:runs?|running|ran)\s+against\s+(?:trustee|mayor|governor|gov\.?|senator|sen\.?|rep\.?|representative|councilmember|council\s*member|commissioner|judge|sheriff|the\s+incumbent)\b
  | \b(?:shameful|disgraceful|shame\s+on)\b[^.!?\n,]{0,25}\b(?:governor|mayor|senators?|congress(?:man|woman)?|president|city\s+council)\b
  | \bremember\s+(?:this|that|it)?\s*(?:in|come)\s+november\b
  | \b(?:recall|election|ballot)\b[^.!?\n]{0,60}\b(?:throw|kick|vote)\s+(?:them|him|her|the\s+bums|the\s+lot|every\s+one\s+of\s+them)\s+out\b
  | \bvot(?:em|e|en)\s+(?:no|na|em|por)\s+[a-z]|\b(?:para|pra)\s+(?:prefeito|prefeita|vereador|vereadora|governador|governadora|deputado|deputada|senador|senadora|presidente)\b[^.!?\n]{0,60}\bcandidat[oa]\b
  | \bvote\s+(?:straight\s+)?(?:red|blue)\b|\b(?:red|blue)\s+(?:all\s+the\s+way\s+)?down\s+the\s+ballot\b|\bstraight[- ]ticket\b
  | \b(?:stands?|standing)\s+(?:with|behind)\s+(?:the\s+|these\s+|our\s+)?candidates?\b
  | \b(?:has|have|gets?|got)\s+(?:our|my)\s+vote\b[^.!?\n]{0,40}\b(?:for|in)\s+(?:governor|mayor|senate|congress|council|city\s+council|school\s+board|trustee|sheriff|judge|commissioner|re-?election|the\s+election|november)\b
",
);

/// Every match of [`DATA_MISUSE`], and of the cause `contacted_for_politics` needs in the
/// draft, holds one of these: a draft without any skips both.
pub(super) static CAUSE_GATE: Gate = Gate::new(&[
    "campaign",
    "vote",
    "voting",
    "election",
    "candidate",
    "rally",
    "petition",
    "fundraiser",
    "political",
    "levy",
    "ballot",
]);

static VOTE_NAME: Lazy = Lazy::new(r"\b[Vv][Oo][Tt][Ee]\s+[A-Z](?:[a-z]+|[A-Z]{2,})");

static DATA_MISUSE: Lazy = Lazy::new(
    r"\bour\s+(?:patients'?|families'?|clients'?)\s+(?:emails?|contacts?|phone\s+numbers|addresses)\b[^.!?\n]{0,100}\b(?:campaign|vote|election|re-?election|candidate|rally|petition|fundraiser|political)|\b(?:every|all|each)\s+(?:of\s+our\s+)?patients?\b[^.!?\n]{0,80}\b(?:campaign|vote|voting|election|candidate|rally|petition|fundraiser|political)|\bpatient\s+(?:list|emails?|contacts?|phone\s+numbers|database)\b[^.!?\n]{0,80}\b(?:campaign|vote|election|candidate|rally|petition|fundraiser)|\b(?:list|emails?|email\s+list|contacts?|mailing\s+list|phone\s+numbers|addresses)\s+of\s+(?:our\s+)?(?:[a-z0-9-]+\s+){0,3}(?:patients|clients)\b[^.!?\n]{0,100}\b(?:campaign|vote|voting|election|candidate|rally|petition|fundraiser|political)",
);

/// "We've mailed a reminder to every patient in our system ... Please vote YES": the patient
/// list contacted in one sentence, for a vote, campaign or petition anywhere in the draft.
fn contacted_for_politics(lower: &str, clause: &str) -> bool {
    static CONTACTED: Lazy = Lazy::new(
        r"\b(?:mailed|texted|emailed|called|messaged|sent|contacted)\b[^.!?\n]{0,60}\b(?:every|all|each)\s+(?:of\s+our\s+)?patients?\b|\b(?:every|all|each)\s+(?:of\s+our\s+)?patients?\b[^.!?\n]{0,60}\b(?:mailed|texted|emailed|called|messaged|sent|contacted)\b|\b(?:texted|emailed|called|messaged)\s+everyone\s+on\s+our\s+(?:appointment|patient)\s+list\b",
    );
    CONTACTED.is_match(clause) && CAUSE.is_match(lower)
}

/// A cause to use the patient list for (see [`contacted_for_politics`]).
static CAUSE: Lazy =
    Lazy::new(r"\b(?:vote|voting|levy|ballot|campaign|candidate|election|petition|rally)\b");

impl Rule for Politics {
    fn id(&self) -> &'static str {
        "politics-opinion"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        let norm = ctx.norm();
        // (most drafts give no cause to use the patient list for)
        let cause = CAUSE_GATE.hit_in(ctx);
        for (a, b) in GATE.clauses_in(ctx) {
            let c = &lower[a..b];
            if cause && (DATA_MISUSE.is_match(c) || contacted_for_politics(lower, c)) {
                out.push(
                    Hit::new("B4", "patient-data-non-care", Severity::Medium, (a, b), MESSAGE_DATA)
                        .suggest("Use patient contact details only for care. Share the event on the practice's own page, not through the patient list, or leave it out."),
                );
            }
            let mut spans = POLITICS.spans(c);
            // "Vote Halvorsen!": vote followed by a capitalized name (checked on the cased text;
            // its "vote", in any case, is "vote" in the lowercased clause)
            let vote_names = if find_from(c, "vote", 0).is_some() {
                VOTE_NAME.spans(&norm[a..b])
            } else {
                Vec::new()
            };
            for (s, e) in vote_names {
                let name = norm[a + s..a + e].rsplit(' ').next().unwrap_or("");
                if !NOT_NAMES.iter().any(|w| w.eq_ignore_ascii_case(name)) {
                    spans.push((s, e));
                }
            }
            // "Vote for us for Best Dentist in the Readers' Choice awards", "has our vote for
            // best costume": a contest's vote, in a draft with no election in it
            let contest = || {
                [
                    "best ",
                    "contest",
                    "award",
                    "readers",
                    "favorite",
                    "costume",
                    "competition",
                ]
                .iter()
                .any(|w| lower.contains(w))
                    && ![
                        "elect",
                        "ballot",
                        "candidate",
                        "council",
                        "mayor",
                        "governor",
                        "senat",
                        "trustee",
                        "board",
                        "congress",
                        "measure",
                        "prop ",
                    ]
                    .iter()
                    .any(|w| lower.contains(w))
            };
            spans.retain(|&(s, _)| !(c[s..].starts_with("vote") && contest()));
            for (s, e) in spans {
                out.push(
                    Hit::new("B4", self.id(), Severity::Medium, (a + s, a + e), MESSAGE).suggest(
                        "Keep the practice's account nonpartisan: remind people to vote without naming candidates, parties or measures, and post personal views from a personal account.",
                    ),
                );
            }
        }
    }
}

const NOT_NAMES: &[&str] = &[
    "For", "Yes", "No", "Early", "Today", "Tuesday", "In", "On", "By", "Here", "Now", "Smart",
    "Safe", "Us", "Our", "The",
];

#[cfg(test)]
mod tests {
    use crate::testutil::always_holds;
    use crate::{Draft, Engine, Policy};

    #[test]
    fn the_cause_gate_holds_a_word_of_every_data_misuse_and_cause() {
        let words = super::CAUSE_GATE.words();
        let cause = regex_syntax::Parser::new()
            .parse(super::CAUSE.pattern())
            .unwrap();
        let misuse = regex_syntax::Parser::new()
            .parse(super::DATA_MISUSE.pattern())
            .unwrap();
        assert!(always_holds(&misuse, words));
        assert!(always_holds(&cause, words));
        // (the sufficient test rejects what it cannot show)
        let vague = regex_syntax::Parser::new().parse(r"vot\w+|rally").unwrap();
        assert!(!always_holds(&vague, words));
    }

    fn b4(text: &str) -> bool {
        Engine::new(Policy::default())
            .check(&Draft::post(text))
            .findings
            .iter()
            .any(|f| f.code == "B4")
    }

    #[test]
    fn opinions_about_officials() {
        assert!(b4("Is it just me or is the governor's new ban on Sunday liquor sales ridiculous? Anyway, book now!"));
        assert!(b4("The school board cut athletic trainers and every one of them should be voted out in May."));
        assert!(b4(
            "Vote out the council members who killed fluoride in Fennick Bay. REMEMBER THEM."
        ));
        assert!(b4("Shameful that Governor Hartley vetoed the mental health parity bill. We'll remember this in November 🗳️"));
        // near miss: a board as a fact
        assert!(!b4(
            "Thanks to the school board for inviting us to the health fair!"
        ));
        // near misses: the news told plainly, a November date, and shame that is not political
        assert!(!b4(
            "Governor Hartley vetoed the parity bill. Here's what it means for your coverage."
        ));
        assert!(!b4("Remember: flu clinics run through November!"));
        assert!(!b4(
            "Shame on whoever took our parking sign 😂 the mayor of Main Street strikes again"
        ));
    }

    #[test]
    fn boards_and_voting_out() {
        assert!(b4("The school board cut speech services AGAIN. Honestly this board is a disgrace. Vote every one of them out in April."));
        assert!(!b4(
            "Thank you to the board of the Rotary Club for the scholarship!"
        ));
        assert!(b4(
            "Call your state rep TODAY. Then vote these clowns out in November."
        ));
        assert!(b4("We're pulling together our families' emails to invite everyone to the mayor's re-election fundraiser!"));
        // near miss: voting, then coming out to an event
        assert!(!b4("Go vote and then come out to our open house at 5!"));
    }

    #[test]
    fn lobbying_a_legislator_and_voting_slogans() {
        assert!(b4(
            "Call Rep. Dillard TODAY and tell him to vote NO on HB 204."
        ));
        assert!(b4("the mandates were a mistake and this practice stands with medical freedom. vote accordingly"));
        assert!(b4(
            "Vote Tuesday for the only candidate who cares about Haitian families"
        ));
        assert!(b4("voting early for Councilor Dieudonné, join us!"));
        // near misses: a reminder to vote, and a vote of the staff
        assert!(!b4(
            "Election day is Tuesday: make a plan to vote! We open late so staff can too."
        ));
        assert!(!b4(
            "Our staff voted on the new break-room coffee and told us to keep the dark roast."
        ));
    }

    #[test]
    fn party_tickets_and_candidates() {
        assert!(b4(
            "Proud to stand with the candidates who'll keep DC out of our oilfields."
        ));
        assert!(b4("Vote red down the ballot 🇺🇸"));
        assert!(b4("straight-ticket blue this year, friends"));
        // near misses: red as a color, a candidate for a job
        assert!(!b4("Wear red this Friday for heart health month!"));
        assert!(!b4(
            "We interviewed a great candidate for our front desk today."
        ));
    }

    #[test]
    fn portuguese_endorsements() {
        assert!(b4(
            "Votem no Marcos Aguiar para prefeito!! Ele é o único candidato que se importa."
        ));
        // near miss: a reminder to vote
        assert!(!b4(
            "Dia de eleição: não esqueça de votar! Abrimos mais tarde."
        ));
    }

    #[test]
    fn ballot_measures_and_officials() {
        assert!(b4("Our whole team stands behind Measure 7. Vote YES!"));
        assert!(b4(
            "Time to get rid of Commissioner Dale Orrin and the county board."
        ));
        assert!(b4("We support Prop 12, and so should you."));
        assert!(b4(
            "Anyone who votes for Gov. Hal Prescott again clearly doesn't care about kids."
        ));
        assert!(b4(
            "Proud to support Dennis Hargrove for state senate this November, he actually gets healthcare."
        ));
        // near misses: a nonpartisan reminder and a measure of health
        assert!(!b4("Polls are open until 8pm: make a plan to vote!"));
        assert!(!b4(
            "Proud to support Coach Hargrove for the Hall of Fame this November!"
        ));
        assert!(b4(
            "Our own Dr. Wojcik is running for city council! Vote WOJCIK Nov 5!!"
        ));
        assert!(!b4(
            "Vote NOW for us in the Best of Cinderforge poll! Voting closes Friday."
        ));
        assert!(!b4(
            "Our own Dr. Wojcik is running the Cinderforge half marathon!"
        ));
        assert!(!b4("We measure blood pressure at every visit."));
        // a named board's vote called a disgrace; a recall to throw them out
        assert!(b4(
            "The hospital board's vote to close the ER is a disgrace."
        ));
        assert!(b4(
            "Show up to the recall vote in November and throw them out."
        ));
        // near misses: a board's decision told plainly; throwing out old meds
        assert!(!b4(
            "The hospital board voted to keep the ER open overnight."
        ));
        assert!(!b4(
            "Medication take-back day: bring your expired pills and we'll throw them out safely."
        ));
    }

    #[test]
    fn catalog_examples_fire() {
        assert!(b4("Vote for Dana Whitcomb on Tuesday!"));
        assert!(b4("Republicans want to gut your health care."));
        assert!(b4(
            "The team is proudly voting for Dana Whitcomb for governor. #VoteWhitcomb"
        ));
        assert!(b4("Hot take: anyone voting yes on Prop 118 is an idiot."));
        assert!(b4(
            "We're texting every patient on our appointment list to invite them to Dr. O's campaign kickoff for school board."
        ));
        assert!(b4("Remember those four names in November. Vote them out."));
        assert!(b4("We'd love to help your campaign! We can share our email list of COPD patients so you can ask them to sign the clean-air petition."));
        assert!(!b4("Sign up for our email list to get flu clinic dates."));
        assert!(b4("The hospital levy vote is Nov 4! We've mailed a reminder postcard to every patient in our system and texted everyone on our appointment list. Please vote YES!"));
        assert!(b4(
            "Our clinic supports the recall of Mayor Smith. Sign the petition!"
        ));
        assert!(b4("The governor's budget cuts are cruel and anyone who supports them should be ashamed. #Resist"));
        assert!(b4(
            "The team proudly endorses Sen. Halvorsen for re-election. Vote Halvorsen!"
        ));
    }

    #[test]
    fn near_misses_stay_quiet() {
        for t in [
            "Election Day is Tuesday, Nov 4. Polls are open 7am-7pm. However you vote, wear sunscreen in line!",
            "We offer same-day appointments.",
            "Flu shots for every patient who wants one, no appointment needed.",
            "Dr. Lee was elected president of the state dermatology society!",
            "Vote Early! Polls open at 7am. Whoever you vote for, please vote!",
            "Vote early Tuesday: polls open at 7am, and our lot is free for voters.",
        ] {
            assert!(!b4(t), "{t}");
        }
    }

    #[test]
    fn voting_someone_for_an_office() {
        assert!(b4(
            "Tribal council election is Saturday and our staff are ALL voting Rita Bellanger for chairwoman!"
        ));
        // near misses: a vote in an award, a reminder to vote
        assert!(!b4(
            "Vote Dr. Okafor for Best Dentist in the Readers' Choice awards!"
        ));
        assert!(!b4(
            "Tribal council election is Saturday. The clinic closes at 3 so staff can vote."
        ));
    }
}
