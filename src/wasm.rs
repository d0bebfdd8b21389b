//! The WebAssembly binding: a thin serializer around the engine. The extension's background
//! creates one `WasmEngine` per policy and calls `check` for each debounced draft.

use crate::{Draft, Engine, Policy};
use wasm_bindgen::prelude::*;

fn to_js<T: serde::Serialize>(v: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    v.serialize(&ser).map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
pub struct WasmEngine {
    engine: Engine,
}

#[wasm_bindgen]
impl WasmEngine {
    /// Builds an engine from a policy in JSON (empty string: the empty policy).
    /// A malformed policy throws an Error whose message names the field.
    #[wasm_bindgen(constructor)]
    pub fn new(policy_json: &str) -> Result<WasmEngine, JsError> {
        let policy = Policy::from_json(policy_json).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(WasmEngine {
            engine: Engine::new(policy),
        })
    }

    /// Checks a draft `{text, site, kind, account?, in_reply_to?}` and returns the Report.
    pub fn check(&self, draft: JsValue) -> Result<JsValue, JsError> {
        let draft: Draft = serde_wasm_bindgen::from_value(draft)
            .map_err(|e| JsError::new(&format!("draft: {e}")))?;
        to_js(&self.engine.check(&draft))
    }
}

/// Validates a policy without building an engine: `null` when valid, else the error message.
#[wasm_bindgen(js_name = validatePolicy)]
pub fn validate_policy(policy_json: &str) -> Option<String> {
    Policy::from_json(policy_json).err().map(|e| e.to_string())
}

/// The engine's version, for the popup and logs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Audits a profile text (About, bio, pinned post): which contact and emergency items it shows.
#[wasm_bindgen(js_name = auditProfile)]
pub fn audit_profile(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::profile::audit_profile(text))
}

/// Hashes a pasted list of patient names (one per line) with the roster's salt:
/// `{hashes, names, skipped}`. The names themselves are never returned or kept.
#[wasm_bindgen(js_name = rosterHashes)]
pub fn roster_hashes(salt: &str, names: &str) -> Result<JsValue, JsError> {
    to_js(&crate::roster::hash_names(salt, names))
}
