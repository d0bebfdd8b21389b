// Per-tab status reported by the content script (boxes watched, worst verdict), shown on the
// toolbar icon's badge of that tab and read by the popup.
//
//   {type: "tab-status", status: {site, boxes, worst, count, account, paused}}  (content script)
//     -> {ok: true}; stored per sender.tab.id, toolbar badge set for that tab.
//   {type: "get-tab-status", tabId} -> {ok: true, status | null}                 (popup)
//
// Kept in memory and mirrored to storage.session (when available), so a service worker that was
// stopped and restarted still answers the popup. Nothing here holds draft text.

const STATES = new Set(["ok", "warn", "block", "checking", "error", "paused", "none"]);
const BADGE = {
  block: { text: (n) => (n ? String(Math.min(n, 99)) : "!"), color: "#b91c1c" },
  warn: { text: (n) => (n ? String(Math.min(n, 99)) : "!"), color: "#b45309" },
  error: { text: () => "ERR", color: "#4b5563" },
  paused: { text: () => "off", color: "#5f6368" },
  ok: { text: () => "", color: "#15803d" },
  checking: { text: () => "", color: "#4b5563" },
  none: { text: () => "", color: "#4b5563" },
};

const statuses = new Map(); // tabId -> status
const session = globalThis.chrome && chrome.storage && chrome.storage.session;
const KEY = (tabId) => `tab-status:${tabId}`;

function clean(s, tab) {
  const status = s && typeof s === "object" ? s : {};
  const worst = STATES.has(status.worst) ? status.worst : "none";
  return {
    site: status.site === "x" || status.site === "facebook" ? status.site : null,
    boxes: Math.max(0, Math.min(1000, Number(status.boxes) || 0)),
    worst,
    count: Math.max(0, Math.min(1000, Number(status.count) || 0)),
    account: typeof status.account === "string" ? status.account.slice(0, 100) : null,
    paused: status.paused === true,
    url: tab && tab.url ? safeOrigin(tab.url) : null,
    at: Date.now(),
  };
}

function safeOrigin(u) {
  try {
    return new URL(u).origin;
  } catch {
    return null;
  }
}

async function paint(tabId, status) {
  const action = chrome.action;
  if (!action) return;
  const b = BADGE[status ? status.worst : "none"] || BADGE.none;
  try {
    await action.setBadgeText({ tabId, text: b.text(status ? status.count : 0) });
    await action.setBadgeBackgroundColor({ tabId, color: b.color });
    if (action.setBadgeTextColor) await action.setBadgeTextColor({ tabId, color: "#ffffff" });
    const title = status && status.worst !== "none" ? `Practice Guard: ${status.worst}${status.count ? ` (${status.count})` : ""}` : "Practice Guard";
    await action.setTitle({ tabId, title });
  } catch {
    /* the tab went away in the meantime */
  }
}

async function remember(tabId, status) {
  statuses.set(tabId, status);
  if (session) {
    try {
      await session.set({ [KEY(tabId)]: status });
    } catch {
      /* session storage full or unavailable: memory is enough */
    }
  }
}

async function recall(tabId) {
  if (statuses.has(tabId)) return statuses.get(tabId);
  if (!session) return null;
  try {
    const got = await session.get(KEY(tabId));
    const s = got[KEY(tabId)] || null;
    if (s) statuses.set(tabId, s);
    return s;
  } catch {
    return null;
  }
}

async function forget(tabId) {
  statuses.delete(tabId);
  if (session) {
    try {
      await session.remove(KEY(tabId));
    } catch {
      /* nothing to remove */
    }
  }
}

if (globalThis.chrome && chrome.tabs) {
  chrome.tabs.onRemoved.addListener((tabId) => {
    forget(tabId);
  });
  // A new page in the tab starts with no boxes; its content script reports again.
  chrome.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === "loading" && info.url) {
      forget(tabId);
      paint(tabId, null);
    }
  });
}

// Other code paints the toolbar badge too (bg/policy.js puts "off" on paused sites' tabs and
// clears it when it refreshes the pause state, e.g. when the popup opens). Repaint our tabs from
// their last status shortly after, so the worst state stays visible.
function repaintSoon(tabIds) {
  setTimeout(() => {
    for (const id of tabIds) {
      const s = statuses.get(id);
      if (s) paint(id, s);
    }
  }, 250);
}

/** Repaints every tab that reported a status (for code that changed the toolbar badges). */
export function repaintTabs() {
  repaintSoon([...statuses.keys()]);
}

if (globalThis.chrome && chrome.storage && chrome.storage.onChanged) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && changes.pausedUntil) repaintSoon([...statuses.keys()]);
  });
}

export const tabHandlers = {
  "tab-status": async (msg, sender) => {
    const tab = sender && sender.tab;
    if (!tab || typeof tab.id !== "number") return { ok: false, error: "tab-status comes from a tab's content script" };
    const status = clean(msg.status, tab);
    await remember(tab.id, status);
    await paint(tab.id, status);
    return { ok: true };
  },
  "get-tab-status": async (msg) => {
    const tabId = Number(msg.tabId);
    if (!Number.isInteger(tabId)) return { ok: false, error: "tabId must be a number" };
    const status = await recall(tabId);
    if (status) repaintSoon([tabId]);
    return { ok: true, status };
  },
};
