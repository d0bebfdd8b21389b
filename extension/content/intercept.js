// Practice Guard content script, part 5 of 6: stop before posting.
//
// Capture-phase listeners on window, registered at document_start, run before the site's own
// (React 17+ listens on its root container). A post is held when the draft's verdict is block
// (or warn, when the policy's warn_holds_post says so): click on a Post/Send control,
// Enter/Space on a focused Post control, Ctrl/Cmd+Enter in a box, plain Enter in boxes where
// Enter sends (comments, chats). Never during IME composition; key repeats never start a hold.
// If the draft's check is still running, the post waits for it (at most 1 s). A held post shows
// the dialog; "Post anyway" re-sends the same click or key exactly once.
(() => {
  "use strict";
  const PG = (globalThis.__practiceGuard = globalThis.__practiceGuard || {});
  if (PG.intercept) return;

  const WAIT_MS = 1000;
  let bypass = null; // {el, type}: the one re-sent event that must pass
  let holding = false; // a post is held (waiting for a check or for the dialog)

  const isOurs = (t) => !!(t && t.nodeType === 1 && (t.hasAttribute("data-pg-dialog") || t.hasAttribute("data-pg-badge")));
  const disabled = (b) => b.getAttribute("aria-disabled") === "true" || b.disabled === true;

  function stop(e) {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  function takeBypass(e, type) {
    if (bypass && bypass.type === type && (e.target === bypass.el || (bypass.el.contains && bypass.el.contains(e.target)))) {
      bypass = null;
      return true;
    }
    return false;
  }

  function onClick(e) {
    const g = PG.guard;
    if (!g || !g.active()) return;
    if (takeBypass(e, "click")) return;
    if (isOurs(e.target)) return;
    const btn = g.adapter.sendButton(e.target);
    if (!btn || disabled(btn.el)) return;
    if (holding || PG.ui.isDialogOpen()) {
      stop(e);
      return;
    }
    const target = g.targetsForButton(btn);
    if (!target) return;
    const now = g.decideNow(target);
    if (now === "pass") return;
    stop(e);
    hold(target, { type: "click", el: btn.el }, now);
  }

  function onKeyDown(e) {
    const g = PG.guard;
    if (!g || !g.active()) return;
    if (e.isComposing || e.keyCode === 229) return;
    if (e.key !== "Enter" && e.key !== " ") return;
    if (takeBypass(e, "key")) return;
    if (isOurs(e.target)) return;
    const box = g.boxFor(e.target);
    if (box) {
      if (e.key !== "Enter") return;
      const mod = e.ctrlKey || e.metaKey;
      const plain = !mod && !e.shiftKey && !e.altKey && box.enterSends;
      if (!mod && !plain) return;
      if (holding || PG.ui.isDialogOpen()) {
        stop(e);
        return;
      }
      const target = g.targetsForBox(box);
      const now = g.decideNow(target);
      if (now === "pass") return;
      if (e.repeat) {
        // A repeat never opens the dialog, but it must not send a draft that would be held.
        stop(e);
        return;
      }
      stop(e);
      hold(target, { type: "key", el: box.el, key: { ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey } }, now);
      return;
    }
    // Enter/Space on a focused Post control (Facebook's div[role=button]).
    const btn = g.adapter.sendButton(e.target);
    if (!btn || disabled(btn.el) || e.target !== btn.el) return;
    if (holding || PG.ui.isDialogOpen()) {
      stop(e);
      return;
    }
    const target = g.targetsForButton(btn);
    if (!target) return;
    const now = g.decideNow(target);
    if (now === "pass") return;
    stop(e);
    if (e.repeat) return; // swallowed, no dialog
    hold(target, { type: "click", el: btn.el, viaKey: true }, now);
  }

  async function hold(target, trigger, now) {
    holding = true;
    let decision;
    try {
      decision = now === "pending" ? await PG.guard.settle(target, WAIT_MS) : now;
    } catch {
      decision = { verdict: "error" };
    }
    if (typeof decision === "string") decision = PG.guard.decision(target);
    holding = false;
    if (!decision.hold) {
      resend(trigger);
      return;
    }
    holding = true;
    let choice;
    try {
      choice = await PG.ui.dialog({
        findings: decision.findings,
        byKey: trigger.type === "key" || !!trigger.viaKey,
        title:
          decision.verdict === "block"
            ? "Patient information in this post?"
            : decision.verdict === "unchecked"
              ? "This draft has not been checked yet"
              : "Check this post before it goes out",
        intro:
          decision.verdict === "block"
            ? "Practice Guard found text that may identify a patient or their care. Posting it could breach patient confidentiality."
            : decision.verdict === "unchecked"
              ? "Practice Guard is still starting and could not check this draft in time. Go back and wait a moment, or post if you are sure it holds no patient information."
              : "Practice Guard found problems your practice asks you to review before posting.",
      });
    } finally {
      holding = false;
    }
    if (choice === "post-anyway") {
      PG.guard.logOverride(decision);
      resend(trigger);
    } else {
      PG.guard.backToEdit(target);
    }
  }

  // Re-sends the held click or key exactly once (the bypass lets exactly that event through).
  function resend(trigger) {
    if (trigger.type === "click") {
      let el = trigger.el;
      if (!el.isConnected) el = PG.guard.findButtonLike(trigger.el) || el;
      bypass = { el, type: "click" };
      el.click();
      if (bypass && bypass.el === el) bypass = null; // not dispatched (detached): forget it
      return;
    }
    const el = trigger.el;
    if (!el.isConnected) return;
    if (document.activeElement !== el) el.focus();
    bypass = { el, type: "key" };
    const init = {
      key: "Enter",
      code: "Enter",
      keyCode: 13,
      which: 13,
      bubbles: true,
      cancelable: true,
      composed: true,
      ...trigger.key,
    };
    const before = PG.guard.textOf(el);
    const handled = !el.dispatchEvent(new KeyboardEvent("keydown", init));
    if (bypass && bypass.el === el) bypass = null;
    if (handled) return;
    // Nobody cancelled the synthetic key (a site that checks isTrusted or keyCode). If the box
    // still holds the draft a moment later, click the box's own send control instead: still
    // exactly one post, since the key evidently did not send it.
    setTimeout(() => {
      if (PG.guard.textOf(el) !== before) return;
      const btn = PG.guard.buttonForBox(el);
      if (btn && !disabled(btn)) {
        bypass = { el: btn, type: "click" };
        btn.click();
        if (bypass && bypass.el === btn) bypass = null;
      }
    }, 300);
  }

  window.addEventListener("click", onClick, true);
  window.addEventListener("keydown", onKeyDown, true);
  PG.intercept = { isHolding: () => holding };
})();
