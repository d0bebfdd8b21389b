// Practice Guard content script, part 3 of 6: what the user sees on the page (badge, findings
// panel, the stop-before-posting dialog).
//
// Everything lives in open shadow roots of hosts appended to <body>, outside the site's React
// roots; nothing is ever inserted into an editor. Text is only ever set with textContent (never
// innerHTML), so nothing the user typed can become markup.
// Test hooks: badge host [data-pg-badge][data-pg-state][data-pg-count]; panel [data-pg-panel];
// dialog host [data-pg-dialog] with buttons [data-pg-action="edit"|"post-anyway"].
(() => {
  "use strict";
  const PG = (globalThis.__practiceGuard = globalThis.__practiceGuard || {});
  if (PG.ui) return;

  const TITLES = {
    C1: "Patient named with health details",
    C2: "Confirms someone is a patient",
    C3: "Names someone who posted anonymously",
    C4: "Date of a visit",
    C5: "Someone's payment details",
    C6: "Location that points at a person",
    C7: "Patient image or story",
    C8: "Identifying details without a name",
    C9: "Patient identifier",
    C10: "Disparaging words about patients",
    B1: "Individual medical advice",
    B2: "Personal relationship or channel",
    B3: "Promise to answer fast",
    B4: "Personal opinion or politics",
    B5: "Undisclosed endorsement",
    B6: "Guarantee or unsupported claim",
    B7: "Fees discussed with someone",
    B8: "Hostile tone toward a reviewer",
    B9: "Incentivized or staff review",
    B10: "Wrong account",
    D1: "Add a not-monitored notice",
    D2: "Add an emergency notice",
    D3: "Add a not-medical-advice notice",
    D4: "Add a privacy warning",
    D5: "Contact details",
    D6: "Add a paid-content disclosure",
    D7: "Add \u201cresults may vary\u201d",
  };
  // "Always allow this name" is offered for names and handles, not for phrases.
  const NAME_LIKE = /^(?:@\w{1,30}|(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})$/u;
  const titleOf = (f) => (f.rule === "deny-term" ? "On your practice's deny list" : TITLES[f.code] || f.code);
  const SEV_LABEL = { high: "Blocks posting", medium: "Warning", low: "Note", info: "Tip" };

  const STATE_TEXT = {
    ok: "No problems found",
    warn: "Warnings",
    block: "Patient information: posting will be held",
    checking: "Checking…",
    error: "Could not check",
    paused: "Paused",
  };

  // Icons: fixed path data, built with createElementNS (no markup strings).
  const ICONS = {
    ok: "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z",
    warn: "M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z",
    block: "M15.73 3H8.27L3 8.27v7.46L8.27 21h7.46L21 15.73V8.27L15.73 3zM17 13H7v-2h10v2z",
    checking: "M12 4V1L8 5l4 4V6a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z",
    error: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z",
    paused: "M6 19h4V5H6v14zm8-14v14h4V5h-4z",
  };
  const SVGNS = "http://www.w3.org/2000/svg";
  function icon(name) {
    const svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const p = document.createElementNS(SVGNS, "path");
    p.setAttribute("d", ICONS[name] || ICONS.error);
    p.setAttribute("fill", "currentColor");
    svg.append(p);
    return svg;
  }

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, v);
    for (const k of kids) if (k != null) e.append(typeof k === "string" ? document.createTextNode(k) : k);
    return e;
  }

  const CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.t { --bg: #ffffff; --fg: #14171a; --muted: #4b5563; --line: #d1d5db; --ok: #15803d; --warn: #b45309;
  --warn-bg: #fef3c7; --block: #b91c1c; --block-bg: #fee2e2; --idle: #4b5563; --focus: #1d4ed8; --shadow: rgba(0,0,0,.25); }
.t.dark { --bg: #1f2328; --fg: #f3f4f6; --muted: #c3c8cf; --line: #4b5563; --ok: #4ade80; --warn: #fbbf24;
  --warn-bg: #3b2f12; --block: #f87171; --block-bg: #3f1d1d; --idle: #c3c8cf; --focus: #93c5fd; --shadow: rgba(0,0,0,.6); }
.badge { display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 8px; border-radius: 12px;
  border: 1px solid var(--line); background: var(--bg); color: var(--idle); font-size: 12px; font-weight: 600;
  line-height: 1; cursor: pointer; box-shadow: 0 1px 3px var(--shadow); white-space: nowrap; }
.badge:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.badge[data-state="ok"] { color: var(--ok); }
.badge[data-state="warn"] { color: var(--warn); background: var(--warn-bg); border-color: var(--warn); }
.badge[data-state="block"] { color: #fff; background: var(--block); border-color: var(--block); }
.t.dark .badge[data-state="block"] { color: #1f2328; }
.badge[data-state="error"] { color: var(--fg); border-style: dashed; }
.badge[data-state="checking"] svg { animation: spin 1s linear infinite; }
@media (prefers-reduced-motion: reduce) { .badge[data-state="checking"] svg { animation: none; } }
@keyframes spin { to { transform: rotate(360deg); } }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.panel { position: absolute; top: 30px; right: 0; width: 360px; max-height: 420px; overflow: auto; background: var(--bg);
  color: var(--fg); border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 8px 24px var(--shadow);
  padding: 10px 12px; font-size: 13px; line-height: 1.4; text-align: left; }
.panel[hidden] { display: none; }
.panel header { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; }
.panel h2 { font-size: 14px; margin: 0; }
.x { background: none; border: 0; color: var(--muted); font-size: 18px; cursor: pointer; padding: 0 4px; }
.empty { color: var(--muted); margin: 6px 0; }
ul.f { list-style: none; margin: 0; padding: 0; }
ul.f > li { border-top: 1px solid var(--line); padding: 8px 0; }
.head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.sev { font-size: 11px; font-weight: 700; border-radius: 4px; padding: 1px 5px; }
.sev.high { background: var(--block); color: #fff; }
.t.dark .sev.high { color: #1f2328; }
.sev.medium { background: var(--warn-bg); color: var(--warn); border: 1px solid var(--warn); }
.sev.low, .sev.info { background: transparent; color: var(--muted); border: 1px solid var(--line); }
.title { font-weight: 700; }
q { display: block; margin: 4px 0; padding: 2px 6px; border-left: 3px solid var(--line); color: var(--fg);
  font-style: italic; quotes: "\\201C" "\\201D"; word-break: break-word; }
.msg { margin: 2px 0; }
.src { color: var(--muted); font-size: 11px; }
.sugg { margin: 4px 0; padding: 4px 6px; border-radius: 4px; border: 1px dashed var(--line); }
.actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
.actions button, .dlg button { font: inherit; font-size: 12px; border-radius: 6px; padding: 4px 8px; cursor: pointer;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
.actions button.primary, .dlg button.primary { background: var(--focus); border-color: var(--focus); color: #fff; }
.t.dark .actions button.primary, .t.dark .dlg button.primary { color: #111; }
.actions button:focus-visible, .dlg button:focus-visible, .x:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.note { color: var(--muted); font-size: 12px; margin-top: 6px; }
.mask { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; }
.dlg { width: min(520px, calc(100vw - 32px)); max-height: calc(100vh - 64px); overflow: auto; background: var(--bg); color: var(--fg);
  border-radius: 12px; padding: 18px 20px; box-shadow: 0 12px 32px var(--shadow); font-size: 14px; line-height: 1.45; }
.dlg h2 { margin: 0 0 6px; font-size: 18px; display: flex; gap: 8px; align-items: center; }
.dlg h2 svg { color: var(--block); width: 22px; height: 22px; }
.dlg .btns { display: flex; justify-content: flex-end; gap: 8px; margin-top: 14px; }
.dlg .btns button { font-size: 14px; padding: 8px 14px; }
`;

  let sheet = null;
  function style(root) {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      /* constructable sheets unavailable from this world: use a style element */
    }
    root.append(el("style", null, CSS));
  }

  // Light or dark, from the page's own background (X and Facebook have their own theme switch).
  function pageIsDark() {
    const bgOf = (e) => (e ? getComputedStyle(e).backgroundColor : "");
    for (const c of [bgOf(document.body), bgOf(document.documentElement)]) {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(c || "");
      if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
      const [r, g, b] = [m[1], m[2], m[3]].map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
    return !!(window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  }

  function hostEl(attr) {
    const h = document.createElement("div");
    h.setAttribute(attr, "");
    // The host is styled inline so that page CSS cannot move or hide it.
    const s = h.style;
    s.setProperty("display", "block", "important");
    s.setProperty("margin", "0", "important");
    s.setProperty("padding", "0", "important");
    s.setProperty("border", "0", "important");
    s.setProperty("width", "auto", "important");
    s.setProperty("height", "auto", "important");
    s.setProperty("position", "fixed", "important");
    s.setProperty("z-index", "2147483646", "important");
    s.setProperty("top", "0", "important");
    s.setProperty("left", "0", "important");
    return h;
  }

  function mountHost(h) {
    (document.body || document.documentElement).append(h);
  }

  // ------------------------------------------------------------------------------------------
  // Badge (+ findings panel), one per compose box.

  class Badge {
    constructor(box, handlers) {
      this.box = box;
      this.handlers = handlers;
      this.host = hostEl("data-pg-badge");
      this.host.setAttribute("data-pg-state", "checking");
      this.host.setAttribute("data-pg-count", "0");
      this.host.setAttribute("data-pg-site", box.site);
      this.root = this.host.attachShadow({ mode: "open" });
      style(this.root);
      this.wrap = el("div", { class: "t" });
      this.button = el("button", {
        class: "badge",
        type: "button",
        "data-state": "checking",
        "aria-haspopup": "dialog",
        "aria-expanded": "false",
      });
      this.iconSlot = el("span", { "aria-hidden": "true" });
      this.label = el("span", { "aria-hidden": "true" });
      this.status = el("span", { class: "sr", role: "status", "aria-live": "polite" });
      this.button.append(this.iconSlot, this.label);
      this.panel = el("div", { class: "panel", role: "dialog", "aria-label": "Practice Guard findings", "data-pg-panel": "", hidden: "" });
      this.wrap.append(this.button, this.status, this.panel);
      this.root.append(this.wrap);
      this.button.addEventListener("click", () => this.toggle());
      this.panel.addEventListener("keydown", (e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          this.close(true);
        }
      });
      this.state = null;
      this.visible = true;
      mountHost(this.host);
      this.theme();
      this.set("checking", { count: 0 });
    }

    theme() {
      this.wrap.classList.toggle("dark", pageIsDark());
    }

    set(state, { count = 0, message = "", findings = null } = {}) {
      const changed = state !== this.state || count !== this.count;
      this.state = state;
      this.count = count;
      this.message = message;
      if (findings) this.findings = findings;
      this.host.setAttribute("data-pg-state", state);
      this.host.setAttribute("data-pg-count", String(count));
      this.button.setAttribute("data-state", state);
      if (changed) {
        this.iconSlot.replaceChildren(icon(state));
        this.label.textContent =
          state === "warn" || state === "block" ? String(count) : state === "error" ? "Error" : state === "paused" ? "Paused" : "";
        let name = "Practice Guard: " + STATE_TEXT[state];
        if (state === "warn") name = `Practice Guard: ${count} warning${count === 1 ? "" : "s"}`;
        if (state === "block") name = `Practice Guard: ${count} problem${count === 1 ? "" : "s"}, patient information`;
        if (state === "error" && message) name += ": " + message;
        this.button.setAttribute("aria-label", name + ". Show details");
        this.button.title = name;
        // Polite announcements only for outcomes, not for every "checking".
        if (state !== "checking") this.status.textContent = name;
      }
      if (!this.panel.hidden) this.renderPanel();
    }

    place(rect) {
      if (!rect || (rect.width === 0 && rect.height === 0)) {
        if (this.visible) {
          this.host.style.setProperty("display", "none", "important");
          this.visible = false;
        }
        return;
      }
      if (!this.visible) {
        this.host.style.setProperty("display", "block", "important");
        this.visible = true;
      }
      const w = this.button.offsetWidth || 40;
      const h = this.button.offsetHeight || 24;
      // Top-right corner, just above the box; inside it when there is no room above.
      let x = Math.round(rect.right - w);
      let y = Math.round(rect.top - h - 4);
      if (y < 2) y = Math.round(rect.top + 2);
      x = Math.max(2, Math.min(x, window.innerWidth - w - 2));
      this.host.style.setProperty("transform", `translate(${x}px, ${y}px)`, "important");
    }

    toggle() {
      if (this.panel.hidden) this.open();
      else this.close(true);
    }

    open() {
      this.theme();
      this.renderPanel();
      this.panel.hidden = false;
      this.button.setAttribute("aria-expanded", "true");
      // Light dismiss: a press anywhere outside the badge closes the panel.
      if (!this.outside) {
        this.outside = (e) => {
          if (!e.composedPath().includes(this.host)) this.close(false);
        };
        window.addEventListener("pointerdown", this.outside, true);
      }
      const first = this.panel.querySelector("button");
      if (first) first.focus();
    }

    close(focusBadge) {
      if (this.outside) {
        window.removeEventListener("pointerdown", this.outside, true);
        this.outside = null;
      }
      this.panel.hidden = true;
      this.button.setAttribute("aria-expanded", "false");
      if (focusBadge) this.button.focus();
    }

    renderPanel() {
      const box = this.box;
      const findings = this.findings || [];
      const header = el(
        "header",
        null,
        el("h2", null, "Practice Guard"),
        (() => {
          const x = el("button", { class: "x", type: "button", "aria-label": "Close" }, "\u00d7");
          x.addEventListener("click", () => this.close(true));
          return x;
        })()
      );
      const parts = [header];
      if (this.state === "error") {
        parts.push(el("p", { class: "msg" }, "The check could not run: " + (this.message || "unknown error") + "."));
        parts.push(el("p", { class: "note" }, "Posting is not held while the check cannot run. Review the draft yourself."));
        const retry = el("button", { type: "button", class: "primary" }, "Try again");
        retry.addEventListener("click", () => this.handlers.retry(box));
        parts.push(el("div", { class: "actions" }, retry));
      } else if (this.state === "paused") {
        parts.push(el("p", { class: "msg" }, "Checks are paused for this site. Resume them from the toolbar button."));
      } else if (!findings.length) {
        parts.push(el("p", { class: "empty" }, this.state === "checking" ? "Checking…" : "No problems found in this draft."));
      } else {
        const list = el("ul", { class: "f" });
        for (const f of findings) list.append(this.item(f));
        parts.push(list);
      }
      this.panel.replaceChildren(...parts);
    }

    item(f) {
      const box = this.box;
      const li = el("li", { "data-pg-finding": f.code });
      li.append(
        el(
          "div",
          { class: "head" },
          el("span", { class: "sev " + f.severity }, SEV_LABEL[f.severity] || f.severity),
          el("span", { class: "title" }, titleOf(f))
        )
      );
      const quoted = (f.quote || "").slice(0, 200);
      if (quoted) li.append(el("q", null, quoted));
      li.append(el("p", { class: "msg" }, f.message || ""));
      li.append(el("div", { class: "src" }, `${f.code} \u00b7 ${f.rule === "deny-term" || /policy|deny/.test(f.rule) ? "practice policy" : "rule " + f.rule}`));
      const actions = el("div", { class: "actions" });
      const apply = PG.suggestionAction ? PG.suggestionAction(box, f) : null;
      if (f.suggestion && !apply) li.append(el("p", { class: "sugg" }, "Suggestion: " + f.suggestion));
      if (apply) {
        li.append(el("p", { class: "sugg" }, (apply.whole ? "Safe reply: " : "Replace with: ") + f.suggestion));
        const b = el("button", { type: "button", class: "primary", "data-pg-apply": "" }, apply.label);
        b.addEventListener("click", () => this.handlers.apply(box, f, apply));
        actions.append(b);
      }
      const ign = el("button", { type: "button", "data-pg-ignore": "" }, "Ignore in this draft");
      ign.addEventListener("click", () => this.handlers.ignore(box, f));
      actions.append(ign);
      if (quoted && quoted.length <= 60 && (f.rule === "deny-term" || NAME_LIKE.test(quoted))) {
        const allow = el("button", { type: "button", "data-pg-allow": "" }, "Always allow \u201c" + quoted + "\u201d");
        allow.addEventListener("click", () => this.handlers.allow(box, f));
        actions.append(allow);
      }
      li.append(actions);
      return li;
    }

    note(text) {
      if (this.panel.hidden) return;
      const n = el("p", { class: "note", role: "status" }, text);
      this.panel.append(n);
    }

    destroy() {
      this.close(false);
      this.host.remove();
    }
  }

  // ------------------------------------------------------------------------------------------
  // The stop-before-posting dialog (modal). Resolves "edit" or "post-anyway".

  let openDialog = null;

  function dialog({ findings, title, intro, byKey }) {
    if (openDialog) openDialog.finish("edit");
    return new Promise((resolve) => {
      const host = hostEl("data-pg-dialog");
      host.style.setProperty("z-index", "2147483647", "important");
      host.style.setProperty("width", "100vw", "important");
      host.style.setProperty("height", "100vh", "important");
      const root = host.attachShadow({ mode: "open" });
      style(root);
      const prevFocus = document.activeElement;
      const wrap = el("div", { class: "t" + (pageIsDark() ? " dark" : "") });
      const h = el("h2", { id: "pg-dlg-title" }, icon("block"), title);
      const p = el("p", { id: "pg-dlg-desc" }, intro);
      const list = el("ul", { class: "f" });
      for (const f of findings.slice(0, 8)) {
        const li = el("li", null);
        li.append(
          el(
            "div",
            { class: "head" },
            el("span", { class: "sev " + f.severity }, SEV_LABEL[f.severity] || f.severity),
            el("span", { class: "title" }, titleOf(f))
          )
        );
        if (f.quote) li.append(el("q", null, f.quote.slice(0, 200)));
        li.append(el("p", { class: "msg" }, f.message || ""));
        list.append(li);
      }
      const edit = el("button", { type: "button", class: "primary", "data-pg-action": "edit" }, "Go back and edit");
      const anyway = el("button", { type: "button", "data-pg-action": "post-anyway" }, "Post anyway");
      const dlg = el(
        "div",
        { class: "dlg", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "pg-dlg-title", "aria-describedby": "pg-dlg-desc" },
        h,
        p,
        list,
        el("p", { class: "note" }, "Choosing \u201cPost anyway\u201d is recorded (which rules, never the text)."),
        el("div", { class: "btns" }, anyway, edit)
      );
      const mask = el("div", { class: "mask" }, dlg);
      wrap.append(mask);
      root.append(wrap);

      // The key press that triggered the post must not answer the dialog: keyboard activation
      // is ignored until a key is released (and repeats never count).
      const openedAt = performance.now();
      let armed = !byKey;
      const armTimer = setTimeout(() => (armed = true), 600);
      const onKeyUp = (e) => {
        if (!armed) {
          armed = true;
          if (e.key === " " || e.key === "Enter") e.preventDefault();
        }
      };
      const onKeyDown = (e) => {
        e.stopPropagation();
        if (e.repeat || (!armed && (e.key === "Enter" || e.key === " "))) {
          e.preventDefault();
          return;
        }
        if (e.key === "Escape") {
          e.preventDefault();
          finish("edit");
        } else if (e.key === "Tab") {
          e.preventDefault();
          const order = [anyway, edit];
          const i = order.indexOf(root.activeElement);
          order[(i + (e.shiftKey ? order.length - 1 : 1)) % order.length].focus();
        }
      };
      root.addEventListener("keydown", onKeyDown);
      root.addEventListener("keyup", onKeyUp);
      const keyboardClick = (e) => e.detail === 0 && !armed && performance.now() - openedAt < 1000;
      edit.addEventListener("click", (e) => {
        if (!keyboardClick(e)) finish("edit");
      });
      anyway.addEventListener("click", (e) => {
        if (!keyboardClick(e)) finish("post-anyway");
      });
      // A click on the mask (outside the dialog) does nothing: the choice must be explicit.
      const stop = (e) => e.stopPropagation();
      for (const t of ["click", "mousedown", "pointerdown", "keypress", "input"]) host.addEventListener(t, stop);

      let done = false;
      function finish(choice) {
        if (done) return;
        done = true;
        openDialog = null;
        clearTimeout(armTimer);
        host.remove();
        resolve(choice);
        if (choice === "edit" && prevFocus && prevFocus.isConnected && prevFocus.focus) prevFocus.focus();
      }
      openDialog = { finish, host };
      mountHost(host);
      edit.focus();
    });
  }

  PG.ui = {
    Badge,
    dialog,
    titles: TITLES,
    isDialogOpen: () => !!openDialog,
    dialogHost: () => (openDialog ? openDialog.host : null),
    pageIsDark,
    hostEl,
    mountHost,
    style,
  };
})();
