//! B2: personal channels and personal relationships between staff and patients or followers
//! ("add me on my personal page", "text my cell", "let's grab drinks sometime").

use super::cues::{Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct PersonalChannels;

const MESSAGE: &str = "This moves contact with a patient or follower to a personal channel or a personal relationship. The AMA Code of Medical Ethics (2.3.2), the ACP/FSMB statement (2013) and NCSBN's guide ask staff to keep patient contact on the practice's channels and to keep personal and professional lives apart.";

/// Every pattern below holds one of these.
pub(super) static GATE: Gate = Gate::new(&[
    "me",
    "my ",
    "mi ",
    "you out",
    "here's",
    "friend",
    "let's",
    "lets",
    "should",
    "wanna",
    "want to",
    "hang out",
    "date",
    "personal",
    "'s cell",
    "'s mobile",
    "'s whatsapp",
    "'s number",
    "'s phone",
    "kuv ",
    "meu ",
    "mon ",
    "riêng",
    "개인",
    "мій ",
    "мой ",
    "мені",
    "мне",
]);

static CHANNEL: Lazy = Lazy::new(
    r"(?x)
    \b(?:add|follow|friend|find|dm|message|text|snap|hit)\s+me\s+(?:up\s+)?(?:on|at|@)\b
  | \bmy\s+personal\s+(?:page|profile|account|ig|insta|instagram|facebook|fb|snap|snapchat|tiktok|twitter|x|number|cell|phone|email|line|whatsapp)\b|\bmy\s+personal\s+@
  | \b(?:text|call)\s+(?:me|my\s+(?:cell|phone|number|personal))\b
  | \bmy\s+(?:cell|cell\s+phone|personal\s+cell|mobile)\b
  | \bhere'?s\s+my\s+(?:number|cell|phone|snap|ig|insta|email)\b
  | \b(?:dm|message|pm)\s+me\b
  | \bfriend\s+request\b
  | \b(?:let'?s|lets|we\s+should|wanna|want\s+to)\s+(?:(?:def|definitely|totally|really)\s+)?(?:grab|get|go\s+(?:for|out\s+for)|have|hang\s+out|meet\s+up|hang)\b[^.!?\n]{0,25}?\b(?:drinks?|coffee|dinner|lunch|beers?|margaritas?|wine|cocktails?|sometime|together|a\s+date)\b
  | \bmi\s+(?:número|numero|cel|celular|teléfono|telefono|whatsapp|página|pagina|perfil|cuenta|instagram|face)\s+personal\b
  | \b(?:mándeme|mandeme|escríbame|escribame|llámeme|llameme|agrégueme|agregueme)\s+(?:un\s+)?(?:whatsapp|mensaje|texto|al\s+cel|a\s+mi)\b
  | \b[a-z]+'s\s+(?:personal\s+)?(?:cell|mobile|whatsapp|number|phone)(?:\s+(?:phone|number))?\s*(?:is\s+|at\s+|:\s*|\#\s*)?\+?\(?\d
  | \bkuv\s+tus\s+kheej\s+(?:facebook|fb|instagram|ig|tiktok|xov\s+tooj)\b|\bkuv\s+(?:tus\s+)?xov\s+tooj\s+ntawm\s+tes\b
  | \bmeu\s+(?:celular|número|numero|whatsapp|zap|insta|instagram|face|facebook)\s+pessoal\b
  | \bmon\s+(?:portable|numéro|numero|cellulaire|facebook|instagram)\s+(?:personnel|perso)\b
  | \bsố\s+(?:điện\s+thoại\s+|đt\s+)?riêng\s+(?:của\s+)?(?:tôi|em|chị|anh|mình)
  | (?:내|제|나의|저의)\s*개인\s*(?:인스타그램|인스타|번호|전화번호|전화|폰|핸드폰|카톡|카카오톡|계정|페이스북|페북|이메일|메일)
  | (?:^|[^\w])(?:мій|мой)\s+(?:особистий\s+|личный\s+)?(?:вайбер|viber|вотсап|ватсап|whatsapp|телеграм|telegram|мобільний|мобильный|номер|інстаграм|инстаграм)
  | (?:^|[^\w])(?:пишіть|напишіть|пиши|напиши|пишите|напишите)\s+(?:мені|мне)\s+(?:в|у|на)\s+(?:особисті|особисті\s+повідомлення|приватні|приват|личку|личные|лс|директ|вайбер|viber|телеграм|вотсап)
  | \bhang\s+out\s+sometime\b
  | \b(?:go\s+out\s+with\s+me|on\s+a\s+date)\b
  | \b(?:his|her|their)\s+personal\s+(?:page|profile|account|ig|insta|instagram|facebook|fb|snap|snapchat|tiktok|twitter|number|cell|phone|email|line|whatsapp)\b|\b(?:his|her|their)\s+personal\s+@
  | \b(?:take|took|taking)\s+you\s+out\b|\bhere'?s\s+(?:his|her)\s+(?:cell|number|phone|digits)\b
  | \bi'?m\s+@[\w.]+\s+on\s+(?:the\s+)?(?:insta|ig|instagram|tiktok|snap|snapchat|fb|facebook|twitter|x|threads)\b
  | \b(?:follow|add)\s+me\b[^.!?\n]{0,30}@[\w.]+|@[\w.]+[^.!?\n]{0,30}\b(?:follow|add)\s+me\b
  | \b(?:let'?s|lets|we\s+should|wanna|want\s+to)\s+(?:(?:def|definitely|totally|really)\s+)?(?:set\s+up|plan|do|schedule)\s+a\s+play\s?date\b
  | \bwe\s+should\s+(?:hit\s+the\s+(?:trail|gym|slopes|links)|go\s+(?:for\s+a\s+)?(?:run|hike|ride|climb))\b
",
);

impl Rule for PersonalChannels {
    fn id(&self) -> &'static str {
        "personal-channel"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        let spans = GATE.clauses_in(ctx).into_iter().flat_map(|(a, b)| {
            CHANNEL
                .spans(&lower[a..b])
                .into_iter()
                .map(move |(s, e)| (a + s, a + e))
        });
        for span in spans {
            out.push(
                Hit::new("B2", self.id(), Severity::Medium, span, MESSAGE).suggest(format!(
                    "Keep it on the practice's channels: \"Thanks so much! For anything about your care, please call our office at {}.\"",
                    ctx.phone_or_placeholder()
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy};

    fn b2(text: &str) -> bool {
        Engine::new(Policy::default())
            .check(&Draft::post(text))
            .findings
            .iter()
            .any(|f| f.code == "B2")
    }

    #[test]
    fn catalog_examples_fire() {
        assert!(b2("Add me on my personal page!"));
        assert!(b2("text my cell if anything comes up"));
        // Ukrainian and Russian: "write me in private or on my Viber"
        assert!(b2("Пишіть мені в особисті або на мій вайбер, все розкажу"));
        assert!(b2("Напишите мне в личку, мой телеграм в профиле"));
        // a named staff member's own number offered
        assert!(b2(
            "Just text Marcus's cell at (305) 555-0188 anytime, he always gets back to you"
        ));
        assert!(b2(
            "Sure! Miriam's personal cell is 555-0187, she doesn't mind texts"
        ));
        // near misses: cells of the body, a practice's number
        assert!(!b2(
            "Sickle cell disease changes the red blood cell's shape."
        ));
        assert!(!b2("The clinic's number is on the card we gave you."));
        assert!(b2("let's grab drinks sometime"));
        assert!(b2(
            "add me on snap (jordan.c.lifts) and I'll send you videos"
        ));
        assert!(b2(
            "Totally, text my cell 555-0193 and let's grab margaritas"
        ));
        assert!(b2(
            "we should grab a drink sometime, here's my cell: 555-0184"
        ));
        assert!(b2("DM me on my personal IG @tomas.after.dark"));
        assert!(b2("add me on my personal IG @hana.glows!"));
        assert!(b2(
            "aw thank you!! let's def get coffee sometime, follow my personal @obi_eze_reads"
        ));
        assert!(b2(
            "Si quiere, mándeme un WhatsApp a mi número personal y le platico más."
        ));
        assert!(b2(
            "lol he is!! here's his cell 555-0191, he'd love to take you out"
        ));
        assert!(!b2(
            "Llame a nuestro número, (555) 294-6200, y con gusto le ayudamos."
        ));
        // in Hmong, Portuguese, French and Vietnamese
        for t in [
            "Hu rau kuv tus xov tooj ntawm tes (559) 555-7731 los yog add kuv hauv kuv tus kheej Facebook",
            "Pode me chamar no meu celular pessoal, 617-555-0142",
            "Écrivez-moi sur mon portable personnel, 514-555-0199",
            "Cứ gọi số riêng của chị 714-555-0123 nhé",
            "고마워요~ 💜 내 개인 인스타 @minji_pk 팔로우해줘요! 거기로 디엠 주세요",
            "제 개인 번호로 연락 주세요",
        ] {
            assert!(b2(t), "{t}");
        }
        // near misses: the practice's line in the same languages
        assert!(!b2("Hu rau peb lub chaw kho mob ntawm (559) 555-0100"));
        assert!(!b2("Ligue para o nosso número, 617-555-0100"));
        assert!(!b2(
            "개인 정보는 보호됩니다. 병원 인스타 @brightarch 팔로우해 주세요!"
        ));
        // a staff member's personal channel handed out by the practice
        assert!(b2(
            "Sure! her personal insta is @anjali.m.runs, go ahead and add her there"
        ));
        assert!(b2(
            "She'd love that! Add her on her personal page (Callie Brooks Marsh)"
        ));
        // a staff member's own handle, or a playdate with a patient's family
        assert!(b2(
            "for sure bro! I'm @dev.sandoval.runs on insta, we should hit the trail on saturday"
        ));
        assert!(b2(
            "aww he was the best!! follow me @kaylasmiles_rdh and we should set up a playdate w the kids"
        ));
        // near misses: a personal story, personal training
        assert!(!b2(
            "Dr. Mehta shared her personal story of caring for her mom."
        ));
        assert!(!b2(
            "Our PT Dana offers personal training sessions at the clinic."
        ));
    }

    #[test]
    fn near_misses_stay_quiet() {
        for t in [
            "We offer same-day appointments.",
            "DM us anytime with scheduling questions.",
            "Follow us on Instagram for skin tips!",
            "Call our office at (555) 201-4400.",
            "Let's get you scheduled: call the front desk.",
            "Our team grabbed lunch together after the 5K!",
            "Follow us @harborkids for tips, and tag us in your brushing pics!",
            "We should all hit the trail more this spring: walking is great for your joints.",
        ] {
            assert!(!b2(t), "{t}");
        }
    }
}
