// The wasm engine, created once per policy and rebuilt when the policy changes.
import init, { WasmEngine, version, auditProfile } from "../pkg/practice_guard.js";
import { loadPolicyJson, onPolicyChange } from "./policy.js";

const WARM_TEXT =
  "So sorry your crown came loose, Ms. Jordan! You came in last Tuesday (DOB 4/2/71, MRN 443-22-19, " +
  "room 4, 12 Birch Lane) and your insurance denied the claim; your balance of $240 is due. " +
  "Sounds like you have strep: you should stop the amoxicillin. Text my cell, we answer 24/7. " +
  "Vote for Smith! Use code SMILE20, guaranteed best in town, 5 stars gets you a free whitening. " +
  "Your review is a lie. Before and after of Jenna's veneers, our 94-year-old patient, a frequent flyer.";
const WARM_DRAFTS = [
  { text: WARM_TEXT, site: "x", kind: "post", account: "@someone" },
  { text: WARM_TEXT, site: "facebook", kind: "reply", in_reply_to: { author: "toothfairy22", text: "My crown fell off!" } },
];

let wasmReady = null;
let enginePromise = null;
let startedAt = 0;
let readyMs = null;

function initWasm() {
  if (!wasmReady) {
    startedAt = performance.now();
    wasmReady = init({ module_or_path: new URL("../pkg/practice_guard_bg.wasm", import.meta.url) });
  }
  return wasmReady;
}

async function build() {
  await initWasm();
  const json = await loadPolicyJson();
  let engine;
  try {
    engine = new WasmEngine(json);
  } catch (e) {
    // A stored policy the engine cannot read must not stop the checks: fall back to the empty
    // policy and report the problem in the engine info (the options page shows it).
    console.error("Practice Guard: stored policy rejected:", e && e.message);
    engine = new WasmEngine("");
    engine.policyError = String((e && e.message) || e);
  }
  // Warm the rules (regexes, lexicons) with one throwaway check.
  // Rules compile their patterns on first use, many behind keyword gates: a draft that opens
  // most gates (a post and a reply) moves that cost here, off the user's first check.
  for (const draft of WARM_DRAFTS) engine.check(draft);
  readyMs = performance.now() - startedAt;
  return engine;
}

export function engineReady() {
  if (!enginePromise) {
    enginePromise = build();
    enginePromise.catch(() => {
      enginePromise = null; // let the next message try again
    });
  }
  return enginePromise;
}

onPolicyChange(() => {
  enginePromise = null;
  engineReady().catch((e) => console.error("Practice Guard: engine rebuild failed", e));
});

export async function checkDraft(draft) {
  const engine = await engineReady();
  if (!draft || typeof draft.text !== "string") throw new Error("draft.text must be a string");
  return engine.check({
    text: draft.text,
    site: draft.site || "x",
    kind: draft.kind || "post",
    account: draft.account || undefined,
    in_reply_to: draft.in_reply_to || undefined,
  });
}

export async function engineInfo() {
  const engine = await engineReady();
  return { version: version(), readyMs, policyError: engine.policyError || null };
}

export async function auditProfileText(text) {
  await engineReady();
  return auditProfile(String(text || ""));
}
