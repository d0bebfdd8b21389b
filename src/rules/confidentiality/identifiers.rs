//! C9: Safe Harbor identifiers of a patient: phone, fax, email, SSN, medical record and other
//! account numbers, health plan numbers, dates of birth, licenses, device serials, URLs, handles
//! offered as a contact, IP addresses. Source: HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i).
//!
//! An SSN, a record number or a date of birth is always reported. A phone number, an email or a
//! web address is reported when it is tied to a patient (a third person's number, a person or
//! care nearby); the practice's own contact details never are, nor the writer's own ("text my
//! cell"), nor a business line.

use crate::detect::identifiers::Others;
use crate::detect::Mention;
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct SafeHarborIdentifiers;

const SRC: &str = "HIPAA Safe Harbor, 45 CFR 164.514(b)(2)";

fn message(kind: &str) -> (String, &'static str) {
    match kind {
        "ssn" => (
            format!("A Social Security number identifies a person outright; {SRC} lists SSNs among the identifiers that must not be disclosed."),
            "Remove the number.",
        ),
        "mrn" | "patient-id" | "id" => (
            format!("A medical record or patient ID number points at one patient's chart; {SRC} lists medical record numbers and other unique codes among the identifiers."),
            "Remove the number.",
        ),
        "health-plan" => (
            format!("A health plan or insurance member number identifies the patient; {SRC} lists health plan beneficiary numbers among the identifiers."),
            "Remove the number; discuss coverage by phone.",
        ),
        "account" | "claim" => (
            format!("An account or claim number identifies the patient; {SRC} lists account numbers among the identifiers."),
            "Remove the number; discuss the account by phone.",
        ),
        "license" => (
            format!("A license number identifies its holder; {SRC} lists certificate and license numbers among the identifiers."),
            "Remove the number.",
        ),
        "device" => (
            format!("A device serial number can be traced to the patient who has it; {SRC} lists device identifiers and serial numbers among the identifiers."),
            "Remove the serial number.",
        ),
        "dob" => (
            format!("A date of birth identifies a patient; {SRC} lists birth dates among the identifiers."),
            "Remove the date of birth.",
        ),
        "ip" => (
            format!("An IP address can be traced to a person; {SRC} lists IP addresses among the identifiers."),
            "Remove the address.",
        ),
        "phone" | "fax" => (
            format!("This is not one of the practice's numbers: a patient's phone or fax number posted in public identifies them; {SRC} lists telephone and fax numbers among the identifiers."),
            "Remove the number and reach the patient privately.",
        ),
        "email" => (
            format!("A patient's email address posted in public identifies them; {SRC} lists email addresses among the identifiers."),
            "Remove the address and reply privately.",
        ),
        _ => (
            format!("A patient's web address or social media handle, given as a way to reach or find them, identifies them; {SRC} lists web addresses among the identifiers."),
            "Remove it.",
        ),
    }
}

/// Whether a candidate is a patient's identifier, given the rest of the analysis.
fn reported(o: &Others, m: &Mention) -> bool {
    match m.kind {
        "ssn" | "mrn" | "patient-id" | "health-plan" | "account" | "claim" | "license"
        | "device" | "dob" | "ip" => m.score >= 0.75,
        "id" => {
            m.score >= 0.75
                || (m.score >= 0.4 && o.persons.any(m.span(), 150) && o.care.any(m.span(), 200))
        }
        "phone" | "fax" | "email" => {
            m.score >= 0.9
                || (m.score >= 0.6 && o.persons.any(m.span(), 200))
                || (m.score >= 0.4 && o.persons.any(m.span(), 200) && o.care.any(m.span(), 300))
        }
        "url" => m.score >= 0.9 || (m.score >= 0.5 && o.persons.any(m.span(), 150)),
        "handle" => m.score >= 0.9,
        _ => false,
    }
}

impl Rule for SafeHarborIdentifiers {
    fn id(&self) -> &'static str {
        "safe-harbor-identifier"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let a = ctx.analysis();
        if a.identifiers.is_empty() {
            return;
        }
        let o = Others::new(a);
        for m in &a.identifiers {
            if !reported(&o, m) {
                continue;
            }
            let (msg, sug) = message(m.kind);
            out.push(Hit::new("C9", self.id(), Severity::High, m.span(), msg).suggest(sug));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Report};

    fn dev_policy() -> Policy {
        Policy::from_json(
            r#"{"practice": {"name": "Summit Dermatology", "phones": ["(555) 318-2200"],
               "fax": "(555) 318-2201", "email": "frontdesk@summitdermskin.example",
               "website": "https://summitdermskin.example",
               "handles": {"x": ["@summitdermskin"]},
               "address": "4410 Juniper Ridge Pkwy, Suite 210, Alder Springs, CO 80931"},
               "staff": ["Dr. Adaeze Okonkwo", "Hana Kobayashi, RN"]}"#,
        )
        .unwrap()
    }

    fn c9(r: &Report, text: &str) -> Vec<String> {
        let u: Vec<u16> = text.encode_utf16().collect();
        r.findings
            .iter()
            .filter(|f| f.code == "C9")
            .map(|f| String::from_utf16(&u[f.start..f.end]).unwrap())
            .collect()
    }

    fn post(text: &str) -> Vec<String> {
        c9(&Engine::new(dev_policy()).check(&Draft::post(text)), text)
    }

    #[test]
    fn the_writers_own_number_is_not_a_patients() {
        assert!(post(
            "Great meeting you at the health fair! Here's my personal WhatsApp: 555-233-9041"
        )
        .is_empty());
        assert!(
            post("Si quiere, mándeme un WhatsApp a mi número personal, 555-0190. Soy Lupita")
                .is_empty()
        );
        assert!(post("lol he is!! here's his cell 555-0191, he'd love to take you out").is_empty());
        // a staff member's own number ("Hana" is on the staff), a personal number of the writer
        assert!(post("So sorry! Just text Hana's cell at (305) 555-0188 anytime").is_empty());
        assert!(post("here's my personal VP number 555-0177, call me anytime").is_empty());
        assert!(post("here's my personal cell if you ever need anything: 555-0128").is_empty());
        // the writer's own number in other languages
        for t in [
            "Hu rau kuv tus xov tooj ntawm tes (559) 555-7731 hmo ntuj",
            "Me chame no meu celular (617) 555-0142 a qualquer hora",
            "Appelez mon portable au 514-555-0199 ce soir",
            "Gọi số điện thoại của em 714-555-0123 nhé",
            "I-text mo ang aking numero 907-555-0144 anytime",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
        // near miss: a patient's number given to someone else
        assert!(!post("pt Dana's cell is 555-0191 if her ride needs it").is_empty());
    }

    #[test]
    fn hashtags_are_not_identifiers() {
        assert!(
            post("Thank you to every midwife who shows up at 3am. #IDM2026 #Class2025").is_empty()
        );
    }

    #[test]
    fn rules_md_examples_fire() {
        assert_eq!(post("pt MRN 443-22-19"), vec!["443-22-19"]);
        assert_eq!(post("her number is 555-0142"), vec!["555-0142"]);
        assert_eq!(post("DOB 4/2/71"), vec!["4/2/71"]);
    }

    #[test]
    fn rules_md_near_misses_stay_quiet() {
        for t in [
            "Call us at (555) 318-2200 or fax (555) 318-2201.",
            "Email frontdesk@summitdermskin.example or visit summitdermskin.example/hours",
            "Follow @summitdermskin for sun safety tips",
        ] {
            assert!(post(t).is_empty(), "{t}: {:?}", post(t));
        }
    }

    #[test]
    fn ssn_and_record_numbers_always_fire() {
        assert_eq!(post("SSN: 123-45-6789"), vec!["123-45-6789"]);
        assert_eq!(post("her social is 219-09-9998"), vec!["219-09-9998"]);
        assert_eq!(post("chart #A88213 is missing"), vec!["A88213"]);
        assert_eq!(post("acct #SD-20418 came back"), vec!["SD-20418"]);
        assert_eq!(
            post("we have your Premera ID (PRX884120771) on file"),
            vec!["PRX884120771"]
        );
        assert_eq!(
            post("a driver's license (#09-234-7761)"),
            vec!["09-234-7761"]
        );
        assert_eq!(post("member ID: XKM449201"), vec!["XKM449201"]);
        assert_eq!(
            post("reissued your ICVP with the correct passport no. 548213077"),
            vec!["548213077"]
        );
        assert_eq!(post("Passport # C03005988 on the form"), vec!["C03005988"]);
        // near miss: a passport without a number
        assert!(post("bring your passport to the 9am visit").is_empty());
    }

    #[test]
    fn invalid_unlabeled_ssn_is_not_reported() {
        assert!(post("order 666-12-3456 shipped").is_empty());
        assert!(post("ticket 912-12-3456").is_empty());
    }

    #[test]
    fn writer_and_business_numbers_are_not_patient_phones() {
        assert!(post("text my cell 555-0193 and let's grab margaritas").is_empty());
        assert!(post("Poison Control: 1-800-222-1222, 24/7").is_empty());
        assert!(post("call 911 now").is_empty());
        assert!(post("Order ID 88213344 is on the way").is_empty());
    }

    #[test]
    fn patient_contact_details_fire() {
        let t = "Trying to reach our patient about his results. We have 555-0137 but it's disconnected.";
        assert_eq!(post(t), vec!["555-0137"]);
        let t = "Got an email from a patient (ninakessler77@mail.example) asking about her sprain";
        assert_eq!(post(t), vec!["ninakessler77@mail.example"]);
        let t = "her IG is @jen.runs.far if you want to cheer her on after surgery";
        assert_eq!(post(t), vec!["@jen.runs.far"]);
    }

    #[test]
    fn exact_utf16_spans_with_emoji_and_crlf() {
        let t = "🎉🎉 pt\r\nMRN: 0048213 😂";
        let r = Engine::new(dev_policy()).check(&Draft::post(t));
        let f = r.findings.iter().find(|f| f.code == "C9").expect("C9");
        // 🎉 is two UTF-16 units; CRLF stays two units in the original
        assert_eq!((f.start, f.end), (14, 21));
        assert_eq!(c9(&r, t), vec!["0048213"]);
    }

    #[test]
    fn fullwidth_digits_are_read() {
        let t = "SSN １２３-４５-６７８９";
        assert_eq!(post(t), vec!["１２３-４５-６７８９"]);
    }
}
