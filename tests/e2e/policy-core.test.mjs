// Unit tests (node, no browser) of the pure policy helpers of the background
// (extension/bg/policy-core.js): managed-over-local merge, error splitting, list tidying,
// handle normalization and override-log entries.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  mergeManaged, splitPolicyError, tidyPolicy, normalizeHandle, ownHandles, siteOfUrl, logEntry,
} from "../../extension/bg/policy-core.js";

const LOCAL = {
  practice: { name: "Local", handles: { x: ["@local"], facebook: ["localpage"] }, phones: ["(555) 201-4400"], fax: "1" },
  staff: ["Dr. A"],
  deny_terms: [],
  rules: { C1: "warn", B4: "block" },
};

describe("mergeManaged", () => {
  test("nothing managed: the local policy, unchanged and not aliased", () => {
    for (const m of [undefined, null, {}, "x", []]) {
      const r = mergeManaged(LOCAL, m);
      assert.deepEqual(r.policy, LOCAL);
      assert.deepEqual(r.managed, []);
      assert.notEqual(r.policy, LOCAL);
    }
    assert.deepEqual(mergeManaged(undefined, {}).policy, {});
  });

  test("managed fields win field by field and are listed by path", () => {
    const r = mergeManaged(LOCAL, {
      practice: { name: "IT", handles: { x: ["@it"] }, phones: ["(555) 000-1111"] },
      staff: ["Dr. B"],
      rules: { B4: "off" },
      warn_holds_post: true,
    });
    assert.equal(r.policy.practice.name, "IT");
    assert.deepEqual(r.policy.practice.handles, { x: ["@it"], facebook: ["localpage"] });
    assert.deepEqual(r.policy.practice.phones, ["(555) 000-1111"]);
    assert.equal(r.policy.practice.fax, "1");
    assert.deepEqual(r.policy.staff, ["Dr. B"]);
    assert.deepEqual(r.policy.rules, { C1: "warn", B4: "off" });
    assert.equal(r.policy.warn_holds_post, true);
    assert.deepEqual(r.managed.sort(), ["practice.handles.x", "practice.name", "practice.phones", "rules.B4", "staff", "warn_holds_post"]);
    assert.equal(LOCAL.practice.name, "Local", "the local policy is not mutated");
  });

  test("managed values of the wrong type are ignored", () => {
    const r = mergeManaged(LOCAL, {
      practice: { name: 7, handles: { x: "@it" }, phones: "(555) 000-1111" },
      staff: "Dr. B",
      rules: { B4: "sometimes" },
      warn_holds_post: "yes",
      roster: { hashes: "abc" },
    });
    assert.deepEqual(r.policy, LOCAL);
    assert.deepEqual(r.managed, []);
  });

  test("a whole policy as JSON (policy_json) applies, individual fields win over it", () => {
    const r = mergeManaged(LOCAL, {
      policy_json: JSON.stringify({ practice: { name: "Whole", hours: "9-5" }, deny_terms: ["Zyx"] }),
      practice: { name: "Field" },
    });
    assert.equal(r.policy.practice.name, "Field");
    assert.equal(r.policy.practice.hours, "9-5");
    assert.deepEqual(r.policy.deny_terms, ["Zyx"]);
    assert.ok(r.managed.includes("practice.hours") && r.managed.includes("deny_terms"));
    assert.deepEqual(mergeManaged(LOCAL, { policy_json: "{not json" }).policy, LOCAL);
  });

  test("a managed roster replaces the local one", () => {
    const r = mergeManaged({ roster: { salt: "a", hashes: ["1"] } }, { roster: { salt: "b", hashes: ["2", "3"] } });
    assert.deepEqual(r.policy.roster, { salt: "b", hashes: ["2", "3"] });
    assert.deepEqual(r.managed, ["roster"]);
  });
});

test("splitPolicyError names the field", () => {
  assert.deepEqual(splitPolicyError("policy field `practice.phones[1]`: `12` does not look like a phone number"),
    { field: "practice.phones[1]", reason: "`12` does not look like a phone number" });
  assert.deepEqual(splitPolicyError("policy: EOF while parsing"), { field: "", reason: "EOF while parsing" });
});

test("tidyPolicy drops blank list entries and trims", () => {
  const t = tidyPolicy({ staff: [" Dr. A ", "", "  "], deny_terms: ["x", ""], practice: { phones: ["", "1"], handles: { x: [" @a ", ""] } } });
  assert.deepEqual(t, { staff: ["Dr. A"], deny_terms: ["x"], practice: { phones: ["1"], handles: { x: ["@a"] } } });
});

test("handles normalize like policy::normalize_handle", () => {
  assert.equal(normalizeHandle("@MapleGroveFM"), "maplegrovefm");
  assert.equal(normalizeHandle("https://www.facebook.com/maplegrove/"), "maplegrove");
  assert.equal(normalizeHandle("https://x.com/Maple_G"), "maple_g");
  assert.deepEqual(ownHandles({ practice: { handles: { x: ["@A"], facebook: ["b"] } } }, "x"), ["a"]);
  assert.deepEqual(ownHandles({ practice: { handles: { x: ["@A"], facebook: ["b"] } } }).sort(), ["a", "b"]);
  assert.deepEqual(ownHandles({}, "x"), []);
});

test("siteOfUrl", () => {
  assert.equal(siteOfUrl("https://x.com/home"), "x");
  assert.equal(siteOfUrl("https://mobile.twitter.com/"), "x");
  assert.equal(siteOfUrl("https://web.facebook.com/x"), "facebook");
  assert.equal(siteOfUrl("https://notfacebook.com/"), null);
  assert.equal(siteOfUrl("not a url"), null);
});

test("override-log entries keep time, site and catalog codes only", () => {
  assert.deepEqual(logEntry({ site: "x", codes: ["C1", "C1", "B10", "<b>", 5], text: "secret" }, 42), { time: 42, site: "x", codes: ["C1", "B10"] });
  assert.deepEqual(logEntry({ site: "myspace" }, 1), { time: 1, site: "other", codes: [] });
});
