//! Replacement texts offered as suggestions, filled from the practice's policy.
//!
//! A reply that confirms care (C2), unmasks someone (C3), discusses an individual's payment (C5)
//! or argues with a reviewer (B8) gets the generic reply of RULES.md, which confirms nothing.
//! A reply that gives individual advice (B1) gets a redirect plus the emergency line (D2).

use crate::engine::Ctx;

/// The generic reply to a review or comment: confirms nothing, moves the conversation offline.
pub fn safe_reply(ctx: &Ctx) -> String {
    format!(
        "We take all feedback seriously. Privacy laws prevent us from discussing anyone's care online; please call our office manager at {}.",
        ctx.phone_or_placeholder()
    )
}

/// The redirect for a clinical question asked in public, with the emergency line.
pub fn advice_redirect(ctx: &Ctx) -> String {
    let emergency = ctx.policy.policy.practice.emergency.trim();
    let emergency = if emergency.is_empty() {
        "If this is an emergency, call 911 or go to the nearest emergency department."
    } else {
        emergency
    };
    format!(
        "We can't give medical advice here, and every situation is different. Please call us at {} so a clinician can help. {}",
        ctx.phone_or_placeholder(),
        emergency
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::CompiledPolicy;
    use crate::{Draft, Policy};

    #[test]
    fn filled_from_policy() {
        let p = Policy::from_json(include_str!("../../tests/data/policy.example.json")).unwrap();
        let cp = CompiledPolicy::new(p);
        let d = Draft::post("x");
        let ctx = Ctx::new(&d, &cp);
        assert!(safe_reply(&ctx).ends_with("office manager at (555) 201-4400."));
        assert!(advice_redirect(&ctx).contains("call 911"));
        let empty = CompiledPolicy::new(Policy::default());
        let ctx = Ctx::new(&d, &empty);
        assert!(safe_reply(&ctx).contains("[office phone]"));
    }
}
