// Practice Guard content script, part 6 of 6: finding compose boxes, checking drafts, wiring the
// badge, highlights, panel actions and the stop-before-posting guard together.
//
// - Boxes are found by event delegation (capture-phase focusin/input on document) and one
//   MutationObserver on added/removed nodes, batched per animation frame. Each box gets its own
//   observer on its editor only (text changes that fire no input event: undo, clearing after a
//   post). Nothing observes characterData or attributes of the whole page.
// - A check runs ~150 ms after the last change, never more than one in flight per box; it sends
//   {type:"check", draft} to the extension's background (the only place the text goes).
// - Speed marks: performance.measure "pg-check-main" (this script's main-thread time per check:
//   reading the box + rendering the result; detail {chars, readMs, renderMs}) and
//   "pg-badge-latency" (debounce fired -> badge shows the result).
(() => {
  "use strict";
  const PG = (globalThis.__practiceGuard = globalThis.__practiceGuard || {});
  if (PG.main) return;
  PG.main = true;
  const adapter = PG.adapters && PG.adapters.forHost(location.hostname);
  if (!adapter) return;

  const SITE = adapter.site;
  const DEBOUNCE_MS = 150;
  const MESSAGE_TIMEOUT_MS = 10000;
  const api = globalThis.chrome;
  const boxes = new Map(); // editor element -> Box
  const recent = []; // last state of boxes that were removed (Pages' Next -> Post flow)
  let nextId = 1;
  let warmed = false;
  let pausedUntil = 0;
  let warnHoldsPost = false;

  // ------------------------------------------------------------------------------------------
  // Messaging

  function send(msg, timeout = MESSAGE_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("the extension did not answer")), timeout);
      try {
        api.runtime.sendMessage(msg, (resp) => {
          clearTimeout(t);
          const err = api.runtime.lastError;
          if (err) reject(new Error(err.message || String(err)));
          else resolve(resp);
        });
      } catch (e) {
        clearTimeout(t);
        // "Extension context invalidated" after an update: this page needs a reload.
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  // ------------------------------------------------------------------------------------------
  // Boxes

  const RANK = { block: 5, warn: 4, error: 3, checking: 2, paused: 1, ok: 0 };
  const editorLabel = (el) =>
    (el.getAttribute("data-testid") || el.getAttribute("aria-label") || el.tagName.toLowerCase()).slice(0, 60);

  class Box {
    constructor(el, entry) {
      this.id = nextId++;
      this.el = el;
      this.entry = entry;
      this.type = entry.type;
      this.site = SITE;
      const k = adapter.kindOf(el, entry);
      this.kind = k.kind;
      this.inReplyTo = k.in_reply_to;
      this.enterSends = !!entry.enterSends || !!(adapter.enterSends && adapter.enterSends(el, this.kind));
      this.dialog = el.closest('[role="dialog"]');
      this.version = 0;
      this.checked = null; // {text, report, read, version}
      this.timer = 0;
      this.inFlight = null;
      this.again = false;
      this.ignored = new Set();
      this.state = "checking";
      this.verdict = "ok";
      this.error = "";
      this.visible = [];
      this.badge = new PG.ui.Badge(this, handlers);
      this.badge.host.setAttribute("data-pg-kind", this.kind);
      this.badge.host.setAttribute("data-pg-editor", editorLabel(el));
      this.badge.host.setAttribute("data-pg-where", this.dialog ? "dialog" : "page");
      this.mo = null;
      if (this.type !== "textarea") {
        this.mo = new MutationObserver(() => this.changed());
        this.mo.observe(el, { childList: true, characterData: true, subtree: true });
      }
      this.ro = new ResizeObserver(() => schedulePlace());
      this.ro.observe(el);
    }

    changed() {
      this.version++;
      this.badge.host.setAttribute("data-pg-pending", "");
      schedule(this);
    }

    dispose() {
      clearTimeout(this.timer);
      if (this.mo) this.mo.disconnect();
      this.ro.disconnect();
      this.badge.destroy();
      PG.highlights.set(this.id, []);
      if (this.checked && this.checked.text.trim()) {
        recent.unshift({ dialog: this.dialog, text: this.checked.text, verdict: this.verdict, findings: this.visible, at: Date.now() });
        recent.length = Math.min(recent.length, 5);
      }
    }
  }

  function register(el, entry) {
    let box = boxes.get(el);
    if (box) return box;
    box = new Box(el, entry);
    boxes.set(el, box);
    if (!warmed) {
      // Start the background's engine while the user is still typing the first words.
      warmed = true;
      send({ type: "engine-info" }).catch(() => {});
    }
    // A new box in a dialog replaces what was remembered of that dialog.
    for (let i = recent.length - 1; i >= 0; i--) if (recent[i].dialog && recent[i].dialog === box.dialog) recent.splice(i, 1);
    if (paused()) setState(box, "paused");
    else schedule(box, 0);
    schedulePlace();
    scheduleStatus();
    return box;
  }

  function boxFor(target) {
    const hit = PG.adapters.editorEntry(adapter, target && target.nodeType === 1 ? target : target && target.parentElement);
    return hit ? register(hit.el, hit.entry) : null;
  }

  function schedule(box, delay = DEBOUNCE_MS) {
    clearTimeout(box.timer);
    if (paused()) return;
    box.timer = setTimeout(() => runCheck(box), delay);
  }

  function setState(box, state, opts = {}) {
    box.state = state;
    box.badge.set(state, opts);
    scheduleStatus();
  }

  function draftFor(box, text) {
    // The page around a box can change (a reply modal re-used, a thread loaded above it).
    const k = adapter.kindOf(box.el, box.entry);
    box.kind = k.kind;
    box.inReplyTo = k.in_reply_to;
    box.badge.host.setAttribute("data-pg-kind", box.kind);
    const d = { text, site: SITE, kind: box.kind };
    const account = adapter.account();
    if (account) d.account = account;
    if (box.inReplyTo && (box.inReplyTo.author || box.inReplyTo.text)) d.in_reply_to = box.inReplyTo;
    return d;
  }

  function runCheck(box) {
    box.timer = 0;
    if (paused() || !box.el.isConnected) return;
    if (box.inFlight) {
      box.again = true;
      return box.inFlight;
    }
    const fired = performance.now();
    const read = PG.reader.read(box.el, box.type);
    const version = box.version;
    if (box.checked && box.checked.text === read.text && box.state !== "error") {
      // Same text (e.g. an undo back to it): the result stands; only the DOM nodes may be new.
      box.checked.read = read;
      box.checked.version = version;
      render(box);
      return Promise.resolve();
    }
    if (!read.text.trim()) {
      box.ignored.clear();
      box.checked = { text: read.text, report: { verdict: "ok", findings: [] }, read, version };
      render(box);
      return Promise.resolve();
    }
    const draft = draftFor(box, read.text);
    if (box.state !== "checking") setState(box, "checking", { count: 0 });
    const readMs = performance.now() - fired;
    box.inFlight = send({ type: "check", draft })
      .then(
        (resp) => {
          const t1 = performance.now();
          try {
            if (!resp || !resp.ok || !resp.report) {
              fail(box, (resp && resp.error) || "no answer from the extension's background", read.text);
            } else if (box.version === version) {
              box.checked = { text: read.text, report: resp.report, read, version };
              box.error = "";
              render(box);
            }
            // else: the text changed while the check ran; the pending debounce checks it.
          } catch (e) {
            console.error("Practice Guard:", e);
            fail(box, "internal error: " + (e && e.message), read.text);
          }
          const t2 = performance.now();
          try {
            const detail = { chars: read.text.length, readMs, renderMs: t2 - t1, site: SITE };
            performance.measure("pg-check-main", { start: fired, duration: readMs + (t2 - t1), detail });
            if (box.version === version) {
              performance.measure("pg-badge-latency", { start: fired, end: t2, detail: { chars: read.text.length } });
            }
          } catch {
            /* User Timing L3 missing: no figures, nothing else lost */
          }
        },
        (err) => fail(box, err && err.message, read.text)
      )
      .finally(() => {
        box.inFlight = null;
        // The debounce fired while this check ran: check the newer text now.
        if (box.again) {
          box.again = false;
          schedule(box, 0);
        }
      });
    return box.inFlight;
  }

  function fail(box, message, text) {
    box.error = message || "unknown error";
    box.failedText = text;
    box.checked = null;
    box.verdict = "error";
    box.visible = [];
    PG.highlights.set(box.id, []);
    setState(box, "error", { count: 0, message: box.error });
    box.badge.host.removeAttribute("data-pg-pending");
  }

  const ignoreKey = (f) => `${f.code}|${(f.quote || "").toLowerCase()}`;

  function render(box) {
    const { text, report, read, version } = box.checked;
    const fs = [];
    for (const f of report.findings || []) {
      const g = { ...f, quote: text.slice(f.start, f.end) };
      if (!box.ignored.has(ignoreKey(g))) fs.push(g);
    }
    const order = { high: 0, medium: 1, low: 2, info: 3 };
    fs.sort((a, b) => order[a.severity] - order[b.severity] || a.start - b.start);
    const counted = fs.filter((f) => f.severity === "high" || f.severity === "medium");
    const verdict = fs.some((f) => f.severity === "high") ? "block" : counted.length ? "warn" : "ok";
    box.verdict = verdict;
    box.visible = fs;
    setState(box, verdict, { count: counted.length, findings: fs });
    const items = [];
    for (const f of fs) {
      if (f.severity === "info" || f.end <= f.start) continue;
      if (!read.segs) {
        items.push({ textarea: box.el, start: f.start, end: f.end, severity: f.severity });
        continue;
      }
      const range = PG.reader.toRange(read, f.start, f.end);
      if (range) items.push({ range, severity: f.severity });
    }
    PG.highlights.set(box.id, items);
    if (box.version === version) box.badge.host.removeAttribute("data-pg-pending");
    box.badge.host.setAttribute("data-pg-highlights", String(items.length));
    schedulePlace();
  }

  // ------------------------------------------------------------------------------------------
  // Panel actions

  const WHOLE_REPLY_CODES = new Set(["C2", "C3", "C5", "B8", "B1"]);
  // A suggestion can be applied when it is replacement text: the safe reply of an answer
  // (whole-draft replacement), or a short phrase for the span. Advice ("Remove the name: ...")
  // is shown, not applied.
  const ADVICE_RE = /^(remove|delete|ask|add|use|call|consider|don't|do not|post only|keep|avoid|check|move|replace|rephrase|say)\b/i;
  PG.suggestionAction = (box, f) => {
    const s = (f.suggestion || "").trim();
    if (!s || ADVICE_RE.test(s)) return null;
    if (WHOLE_REPLY_CODES.has(f.code) && box.kind !== "post") return { whole: true, label: "Use the safe reply" };
    if (s.length <= 60 && !/[.!?:;]$/.test(s)) return { whole: false, label: "Replace" };
    return null;
  };

  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  function selectionSettled() {
    return new Promise((resolve) => {
      let done = false;
      const fin = () => {
        if (done) return;
        done = true;
        document.removeEventListener("selectionchange", fin);
        setTimeout(resolve, 0);
      };
      document.addEventListener("selectionchange", fin);
      setTimeout(fin, 150);
    });
  }

  // Replaces [start, end) of a box's text through the editor's own input path: a synthetic
  // paste (Draft.js and Lexical both handle paste from clipboardData and update their state),
  // then a beforeinput insertReplacementText, never by editing their DOM.
  async function replaceText(box, start, end, text) {
    const el = box.el;
    const cur = PG.reader.read(el, box.type);
    const expected = cur.text.slice(0, start) + text + cur.text.slice(end);
    if (box.type === "textarea") {
      el.focus();
      el.setSelectionRange(start, end);
      let ok = false;
      try {
        ok = document.execCommand("insertText", false, text);
      } catch {
        ok = false;
      }
      if (!ok || el.value !== expected) {
        el.setRangeText(text, start, end, "end");
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }
      await frame();
      return el.value === expected;
    }
    const select = async () => {
      const range = PG.reader.toRange(PG.reader.read(el, box.type), start, end);
      if (!range) return false;
      if (document.activeElement !== el) {
        el.focus();
        await frame();
      }
      const sel = getSelection();
      const settled = selectionSettled();
      sel.removeAllRanges();
      sel.addRange(range);
      await settled;
      return true;
    };
    if (!(await select())) return false;
    const dt = new DataTransfer();
    dt.setData("text/plain", text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    await frame();
    await frame();
    if (PG.reader.read(el, box.type).text === expected) return true;
    if (PG.reader.read(el, box.type).text !== cur.text) return false; // something changed: don't stack edits
    if (!(await select())) return false;
    const dt2 = new DataTransfer();
    dt2.setData("text/plain", text);
    el.dispatchEvent(
      new InputEvent("beforeinput", { inputType: "insertReplacementText", data: text, dataTransfer: dt2, bubbles: true, cancelable: true, composed: true })
    );
    await frame();
    await frame();
    if (PG.reader.read(el, box.type).text === expected) return true;
    if (PG.reader.read(el, box.type).text !== cur.text) return false;
    // Firefox gives synthetic paste events no clipboard data and Draft.js ignores a synthetic
    // beforeinput: the browser's own editing command, which fires trusted beforeinput/input
    // events that both editors handle.
    if (!(await select())) return false;
    try {
      document.execCommand("insertText", false, text);
    } catch {
      /* not supported here */
    }
    await frame();
    await frame();
    return PG.reader.read(el, box.type).text === expected;
  }

  const handlers = {
    async apply(box, f, action) {
      const cur = PG.reader.read(box.el, box.type).text;
      let start = 0;
      let end = cur.length;
      if (!action.whole) {
        if (cur.slice(f.start, f.end) !== f.quote) {
          box.badge.note("The text changed since the check; wait for the new result.");
          return;
        }
        start = f.start;
        end = f.end;
      }
      box.badge.close(false);
      const ok = await replaceText(box, start, end, f.suggestion);
      box.changed();
      if (!ok) {
        box.badge.open();
        box.badge.note("The editor did not accept the change; please edit the text yourself.");
      }
    },
    ignore(box, f) {
      box.ignored.add(ignoreKey(f));
      if (box.checked) render(box);
      box.badge.renderPanel();
      const first = box.badge.panel.querySelector("button");
      if (first) first.focus();
    },
    async allow(box, f) {
      try {
        const resp = await send({ type: "allow-term", term: f.quote });
        if (!resp || !resp.ok) throw new Error((resp && resp.error) || "not available");
        box.badge.note(`\u201c${f.quote}\u201d is now allowed for this practice.`);
        // The background rebuilds its engine on the policy change; check again after it.
        setTimeout(() => {
          box.checked = null;
          schedule(box, 0);
        }, 200);
      } catch (e) {
        box.badge.note("Could not add to the allow list: " + (e && e.message));
      }
    },
    retry(box) {
      box.checked = null;
      schedule(box, 0);
    },
  };

  // ------------------------------------------------------------------------------------------
  // Guard API for intercept.js

  function readText(box) {
    return PG.reader.read(box.el, box.type).text;
  }

  function boxesNear(el, depthLimit) {
    let n = el.parentElement;
    let depth = 0;
    while (n && n !== document.body && n !== document.documentElement && depth++ < depthLimit) {
      const found = PG.adapters.allEditors(adapter, n);
      if (found.length) return found.map(({ el: e, entry }) => register(e, entry));
      if (n.getAttribute("role") === "dialog") break;
      n = n.parentElement;
    }
    return [];
  }

  function targetsForButton(btn) {
    const inDialog = btn.el.closest('[role="dialog"]');
    const list = boxesNear(btn.el, inDialog ? 30 : 8);
    if (list.length) return { boxes: list, recent: [] };
    if (!btn.post || !inDialog) return null;
    // Facebook Pages: "Next" replaced the editor with "Post settings"; the draft is what the
    // box held when it went away.
    let rec = recent.filter((r) => r.dialog === inDialog && Date.now() - r.at < 30 * 60000);
    // A step that re-renders the whole dialog: the draft that just went away (2 minutes at most).
    if (!rec.length && recent[0] && !(recent[0].dialog && recent[0].dialog.isConnected) && Date.now() - recent[0].at < 2 * 60000) {
      rec = [recent[0]];
    }
    return rec.length ? { boxes: [], recent: rec } : null;
  }

  function pendingBoxes(target) {
    const out = [];
    for (const box of target.boxes) {
      const text = readText(box);
      if (!text.trim()) continue;
      if (!box.inFlight && box.state === "error" && box.failedText === text) continue; // failed: not waited for
      if (box.inFlight || !box.checked || box.checked.text !== text) out.push(box);
    }
    return out;
  }

  function decision(target, timedOut = false) {
    const findings = [];
    let worst = "ok";
    const take = (verdict, fs) => {
      if (RANK[verdict] > RANK[worst] && (verdict === "block" || verdict === "warn")) worst = verdict;
      for (const f of fs) if (f.severity === "high" || f.severity === "medium") findings.push(f);
    };
    for (const box of target.boxes) {
      if (!readText(box).trim()) continue;
      if (box.state === "error") continue; // the check cannot run: not held (the badge says so)
      if (box.checked || box.visible.length) take(box.verdict, box.visible);
    }
    for (const r of target.recent) take(r.verdict, r.findings);
    let hold = worst === "block" || (worst === "warn" && warnHoldsPost);
    // Still no result for the text being posted after the wait (the engine is slow to start, not
    // failing): ask rather than let an unchecked draft out.
    const unchecked = timedOut && pendingBoxes(target).some((b) => b.state !== "error");
    if (unchecked && !hold) {
      hold = true;
      worst = "unchecked";
    }
    return { hold, verdict: worst, findings, timedOut, site: SITE };
  }

  function decideNow(target) {
    if (pendingBoxes(target).length) return "pending";
    const hold = decision(target).hold;
    if (!hold) forgetRecent(target);
    return hold ? "hold" : "pass";
  }

  // A remembered draft is posted once: forget it when its post goes out.
  function forgetRecent(target) {
    for (const r of target.recent) {
      const i = recent.indexOf(r);
      if (i >= 0) recent.splice(i, 1);
    }
  }

  async function settle(target, ms) {
    const deadline = performance.now() + ms;
    for (const box of pendingBoxes(target)) {
      clearTimeout(box.timer);
      if (box.inFlight) box.again = true;
      else runCheck(box);
    }
    while (performance.now() < deadline) {
      if (!pendingBoxes(target).length) return decision(target);
      await new Promise((r) => setTimeout(r, 10));
    }
    return decision(target, true);
  }

  function buttonForBox(el) {
    let n = el.parentElement;
    let depth = 0;
    while (n && n !== document.body && depth++ < 30) {
      for (const b of n.querySelectorAll('button, [role="button"]')) {
        const info = adapter.sendButton(b);
        if (info && info.el === b) return b;
      }
      if (n.getAttribute("role") === "dialog") break;
      n = n.parentElement;
    }
    return null;
  }

  function findButtonLike(old) {
    const tid = old.getAttribute("data-testid");
    if (tid) return document.querySelector(`[data-testid="${CSS.escape(tid)}"]`);
    const label = old.getAttribute("aria-label");
    if (label) return document.querySelector(`[role="button"][aria-label="${CSS.escape(label)}"]`);
    return null;
  }

  PG.guard = {
    adapter,
    active: () => !paused(),
    boxFor,
    targetsForButton,
    targetsForBox: (box) => ({ boxes: [box], recent: [] }),
    decideNow,
    decision,
    settle,
    buttonForBox,
    findButtonLike,
    textOf: (el) => {
      const box = boxes.get(el);
      return box ? readText(box) : el.value || el.textContent || "";
    },
    logOverride(d) {
      const codes = [...new Set(d.findings.map((f) => f.code))];
      recent.length = 0;
      send({ type: "log-override", site: SITE, codes }).catch(() => {});
    },
    backToEdit(target) {
      const box = target.boxes[0];
      if (box && box.el.isConnected) box.el.focus();
    },
  };

  // ------------------------------------------------------------------------------------------
  // Finding boxes: delegation + one batched MutationObserver

  let added = [];
  let removed = false;
  let batchQueued = false;

  function processBatch() {
    batchQueued = false;
    const nodes = added;
    added = [];
    for (const n of nodes) {
      if (n.nodeType !== 1 || !n.isConnected) continue;
      if (n.hasAttribute("data-pg-badge") || n.hasAttribute("data-pg-dialog") || n.hasAttribute("data-pg-overlay")) continue;
      for (const { el, entry } of PG.adapters.allEditors(adapter, n)) register(el, entry);
    }
    if (removed) {
      removed = false;
      for (const [el, box] of boxes) {
        if (!el.isConnected) {
          boxes.delete(el);
          box.dispose();
          scheduleStatus();
        }
      }
    }
    schedulePlace();
  }

  const pageObserver = new MutationObserver((records) => {
    for (const r of records) {
      if (r.addedNodes.length) for (const n of r.addedNodes) added.push(n);
      if (r.removedNodes.length) removed = true;
    }
    if (!batchQueued && (added.length || removed)) {
      batchQueued = true;
      requestAnimationFrame(processBatch);
    }
  });
  pageObserver.observe(document, { childList: true, subtree: true });

  document.addEventListener(
    "focusin",
    (e) => {
      const box = boxFor(e.composedPath ? e.composedPath()[0] : e.target);
      if (box) schedulePlace();
    },
    true
  );
  document.addEventListener(
    "input",
    (e) => {
      const box = boxFor(e.target);
      if (box) box.changed();
    },
    true
  );

  // ------------------------------------------------------------------------------------------
  // Positioning (one pass per frame)

  let placeQueued = false;
  function schedulePlace() {
    if (placeQueued) return;
    placeQueued = true;
    requestAnimationFrame(() => {
      placeQueued = false;
      // A box behind a modal dialog (X's #layers, Facebook's composer) keeps its badge hidden.
      const modals = document.querySelectorAll('[aria-modal="true"]');
      const modal = modals.length ? modals[modals.length - 1] : null;
      for (const box of boxes.values()) {
        const covered = modal && !modal.contains(box.el);
        box.badge.place(covered ? null : box.el.getBoundingClientRect());
      }
      PG.highlights.reposition();
    });
  }
  window.addEventListener("scroll", schedulePlace, { capture: true, passive: true });
  window.addEventListener("resize", schedulePlace, { passive: true });
  // Layout can move a box without any event we see (images loading above it): a slow sweep.
  setInterval(() => {
    if (boxes.size) schedulePlace();
  }, 1000);

  // ------------------------------------------------------------------------------------------
  // Tab status (toolbar badge), pause, policy

  let statusTimer = 0;
  let lastStatus = "";
  function scheduleStatus() {
    if (statusTimer) return;
    statusTimer = setTimeout(() => {
      statusTimer = 0;
      let worst = boxes.size ? "ok" : "none";
      let count = 0;
      for (const box of boxes.values()) {
        if (worst === "none" || RANK[box.state] > RANK[worst]) worst = box.state;
        if (box.verdict === "block" || box.verdict === "warn") count += box.badge.count || 0;
      }
      const status = { site: SITE, boxes: boxes.size, worst: paused() ? "paused" : worst, count, account: adapter.account() || null, paused: paused() };
      const key = JSON.stringify(status);
      if (key === lastStatus) return;
      lastStatus = key;
      send({ type: "tab-status", status }).catch(() => {});
    }, 100);
  }

  function paused() {
    return pausedUntil > Date.now();
  }

  let resumeTimer = 0;
  function applyPause(map) {
    const until = Number((map && map[SITE]) || 0);
    const was = paused();
    pausedUntil = until;
    clearTimeout(resumeTimer);
    if (paused()) {
      resumeTimer = setTimeout(() => applyPause({ [SITE]: 0 }), Math.min(until - Date.now() + 50, 2 ** 31 - 1));
      for (const box of boxes.values()) {
        clearTimeout(box.timer);
        PG.highlights.set(box.id, []);
        setState(box, "paused", { count: 0 });
      }
    } else if (was) {
      for (const box of boxes.values()) {
        box.checked = null;
        schedule(box, 0);
      }
    }
    scheduleStatus();
  }

  async function loadPolicyFlag() {
    try {
      const resp = await send({ type: "get-policy" }, 3000);
      warnHoldsPost = !!(resp && resp.ok && resp.policy && resp.policy.warn_holds_post === true);
    } catch {
      warnHoldsPost = false; // no handler yet: warn does not hold the post
    }
  }

  try {
    api.storage.local.get("pausedUntil", (got) => applyPause((got && got.pausedUntil) || {}));
    api.storage.onChanged.addListener((changes, area) => {
      if (area !== "local") return;
      if (changes.pausedUntil) applyPause(changes.pausedUntil.newValue || {});
      if (changes.policy) {
        loadPolicyFlag();
        // Let the background rebuild its engine first.
        setTimeout(() => {
          for (const box of boxes.values()) {
            box.checked = null;
            schedule(box, 0);
          }
        }, 150);
      }
    });
  } catch {
    /* storage unavailable (context invalidated): checks still run */
  }
  loadPolicyFlag();

  function initialScan() {
    for (const { el, entry } of PG.adapters.allEditors(adapter, document)) register(el, entry);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initialScan, { once: true });
  else initialScan();
})();
