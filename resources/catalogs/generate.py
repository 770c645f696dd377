#!/usr/bin/env python3
"""Builds Attest's shipped catalogs (resources/catalogs/*.json, mappings/*.json) from the reference pack (facts:
identifiers, official titles, structure, flags, published crosswalk pairs) and our own words in authored/.

    python3 resources/catalogs/generate.py PATH/TO/shared/reference

Run by a developer when the facts or the authored text change; the build and the tests read only the output. The
output is deterministic (same inputs, same bytes), so a diff shows exactly what a catalog release changes.
"""

import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AUTHORED = os.path.join(HERE, "authored")
TITLES = os.path.join(HERE, "titles")
TITLE_LANGUAGES = ("de", "fr")

EU = "© European Union, https://eur-lex.europa.eu/. Only the Official Journal text is authentic."
ISO_NOTE = ("Identifiers and short titles only, to identify the requirements; the standard's text is not included. "
            "Buy the standard for its content. Summaries and questions are Attest's own words.")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class Catalog:
    def __init__(self, key, framework):
        self.key = key
        self.framework = dict(framework, key=key)
        self.nodes = []
        self.refs = {}

    def add(self, ref, title, kind, parent=None, assessable=False, flags=None):
        if ref in self.refs:
            raise SystemExit(f"{self.key}: duplicate ref {ref!r}")
        if parent is not None and parent not in self.refs:
            raise SystemExit(f"{self.key}: parent {parent!r} of {ref!r} is unknown")
        node = {"ref": ref, "title": title.strip(), "kind": kind}
        if parent is not None:
            node["parent"] = parent
        if assessable:
            node["assessable"] = True
        if flags:
            node["flags"] = flags
        self.nodes.append(node)
        self.refs[ref] = node
        return node

    def apply_authored(self):
        path = os.path.join(AUTHORED, self.key + ".csv")
        if not os.path.exists(path):
            return 0
        rows = read_csv(path)
        for row in rows:
            ref = row["ref"].strip()
            if ref not in self.refs:
                raise SystemExit(f"{path}: unknown ref {ref!r}")
            for field in ("summary", "question"):
                text = (row.get(field) or "").strip()
                if "\n" in text:
                    raise SystemExit(f"{path}: line break in {field} of {ref!r}")
                if text:
                    self.refs[ref][field] = text
        return len(rows)

    def apply_titles(self):
        """Official titles in other languages (titles/KEY.csv), carried as "titles": {"de": ..., "fr": ...}."""
        path = os.path.join(TITLES, self.key + ".csv")
        if not os.path.exists(path):
            return {}
        counts = dict.fromkeys(TITLE_LANGUAGES, 0)
        for row in read_csv(path):
            ref = row["ref"].strip()
            if ref not in self.refs:
                raise SystemExit(f"{path}: unknown ref {ref!r}")
            if not row["source"].strip():
                raise SystemExit(f"{path}: {ref!r} names no source")
            titles = {}
            for language in TITLE_LANGUAGES:
                title = (row.get("title_" + language) or "").strip()
                if "\n" in title:
                    raise SystemExit(f"{path}: line break in the {language} title of {ref!r}")
                if title:
                    titles[language] = title
                    counts[language] += 1
            if titles:
                self.refs[ref]["titles"] = titles
        return counts

    def write(self):
        document = {"format": "attest-catalog", "formatVersion": 1, "framework": self.framework, "nodes": self.nodes}
        with open(os.path.join(HERE, self.key + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(document, f, ensure_ascii=False, indent=1)
            f.write("\n")


def roman_sort_key(value):
    numerals = {"I": 1, "V": 5, "X": 10, "L": 50}
    total, previous = 0, 0
    for ch in reversed(value):
        n = numerals[ch]
        total += -n if n < previous else n
        previous = max(previous, n)
    return total


def iso27001(ref_dir):
    c = Catalog("iso27001-2022", {
        "name": "ISO/IEC 27001:2022",
        "shortName": "ISO 27001",
        "edition": "2022",
        "publisher": "ISO/IEC",
        "sourceDocument": "ISO/IEC 27001:2022, Information security, cybersecurity and privacy protection — "
                          "Information security management systems — Requirements",
        "licence": "© ISO/IEC. " + ISO_NOTE,
        "attribution": "ISO/IEC 27001:2022",
        "effectiveDate": "2022-10-25",
        "url": "https://www.iso.org/standard/27001",
    })
    clauses = read_csv(os.path.join(ref_dir, "iso27001-2022-clauses.csv"))
    has_children = {row["parent_id"] for row in clauses if row["parent_id"]}
    for row in clauses:
        level = int(row["level"])
        leaf = row["id"] not in has_children
        c.add(row["id"], row["title"], "clause" if level == 1 else "subclause", row["parent_id"] or None,
              assessable=(level > 1 and leaf))
    c.add("A", "Annex A", "annex")
    themes = {"Organizational": ("A.5", "Organizational controls"), "People": ("A.6", "People controls"),
              "Physical": ("A.7", "Physical controls"), "Technological": ("A.8", "Technological controls")}
    for ref, title in themes.values():
        c.add(ref, title, "theme", "A")
    for row in read_csv(os.path.join(ref_dir, "iso27001-2022-annex-a.csv")):
        theme_ref = themes[row["theme"]][0]
        c.add(row["id"], row["title"], "control", theme_ref, assessable=True, flags={"theme": row["theme"]})
    return c


def gdpr(ref_dir):
    c = Catalog("gdpr", {
        "name": "General Data Protection Regulation (GDPR)",
        "shortName": "GDPR",
        "edition": "Regulation (EU) 2016/679",
        "publisher": "European Union",
        "sourceDocument": "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 "
                          "(OJ L 119, 4.5.2016), CELEX 32016R0679",
        "licence": "Reuse of EU legislation under Commission Decision 2011/833/EU.",
        "attribution": EU,
        "effectiveDate": "2018-05-25",
        "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    })
    obligations = {"II", "III", "IV", "V"}
    # In those chapters but addressed to bodies and authorities, not to the organisation running a system.
    not_for_systems = {"41", "43", "50"}
    for row in read_csv(os.path.join(ref_dir, "gdpr-articles.csv")):
        chapter = "Chapter " + row["chapter"]
        if chapter not in c.refs:
            c.add(chapter, row["chapter_title"], "chapter")
        parent = chapter
        if row["section"]:
            section = chapter + " " + row["section"]
            if section not in c.refs:
                c.add(section, row["section_title"], "section", chapter)
            parent = section
        c.add("Art. " + row["article"], row["title"], "article", parent,
              assessable=row["chapter"] in obligations and row["article"] not in not_for_systems)
    return c


HIPAA_SECTIONS = {
    "164.308": "Administrative safeguards",
    "164.310": "Physical safeguards",
    "164.312": "Technical safeguards",
    "164.314": "Organizational requirements",
    "164.316": "Policies and procedures and documentation requirements",
}
NOT_ASSESSABLE_TITLES = {"Applicability", "Definitions", "Transition provisions"}
# 164.509 was vacated (N.D. Tex., June 2025; see the reference pack), 164.534 only sets first compliance dates.
NOT_ASSESSABLE_SECTIONS = {"164.509", "164.534"}


def hipaa(ref_dir):
    c = Catalog("hipaa", {
        "name": "HIPAA Security, Breach Notification and Privacy Rules",
        "shortName": "HIPAA",
        "edition": "45 CFR Part 164",
        "publisher": "U.S. Department of Health and Human Services",
        "sourceDocument": "45 CFR Part 164, Subparts C (Security Rule), D (Breach Notification Rule) and E "
                          "(Privacy Rule)",
        "licence": "U.S. federal regulation, public domain (17 U.S.C. §105).",
        "attribution": "45 CFR Part 164 (eCFR)",
        "effectiveDate": "2013-09-23",
        "url": "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164",
    })
    c.add("Subpart C", "Security Standards for the Protection of Electronic Protected Health Information", "subpart")
    for section, title in HIPAA_SECTIONS.items():
        c.add(section, title, "section", "Subpart C")
    for row in read_csv(os.path.join(ref_dir, "hipaa-security-rule.csv")):
        if row["kind"] == "standard":
            c.add(row["cfr"], row["standard"], "standard", row["section"], assessable=True,
                  flags={"safeguard": row["safeguard"], "implementation": "Required"})
        else:
            c.add(row["cfr"], row["implementation_specification"], "specification", row["standard_cfr"],
                  assessable=True,
                  flags={"safeguard": row["safeguard"],
                         "implementation": "Required" if row["required_or_addressable"] == "R" else "Addressable"})
    for row in read_csv(os.path.join(ref_dir, "hipaa-privacy-breach-sections.csv")):
        subpart = "Subpart " + row["subpart"]
        if subpart not in c.refs:
            c.add(subpart, row["subpart_title"], "subpart")
        flags = {"titleStatus": row["title_status"]} if row["title_status"] != "verified" else None
        c.add(row["section"], row["title"], "section", subpart,
              assessable=row["title"] not in NOT_ASSESSABLE_TITLES and row["section"] not in NOT_ASSESSABLE_SECTIONS,
              flags=flags)
    return c


AI_ACT_ASSESSABLE = {"4", "5", "9", "10", "11", "12", "13", "14", "15", "17", "26", "27", "50", "72", "73"}


def eu_ai_act(ref_dir):
    c = Catalog("eu-ai-act", {
        "name": "EU Artificial Intelligence Act",
        "shortName": "EU AI Act",
        "edition": "Regulation (EU) 2024/1689",
        "publisher": "European Union",
        "sourceDocument": "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 "
                          "laying down harmonised rules on artificial intelligence (OJ L, 12.7.2024), "
                          "CELEX 32024R1689, as published",
        "licence": "Reuse of EU legislation under Commission Decision 2011/833/EU.",
        "attribution": EU,
        "effectiveDate": "2024-08-01",
        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
    })
    for row in read_csv(os.path.join(ref_dir, "eu-ai-act-articles.csv")):
        chapter = "Chapter " + row["chapter"]
        if chapter not in c.refs:
            c.add(chapter, row["chapter_title"].capitalize(), "chapter")
        parent = chapter
        if row["section"]:
            section = chapter + " Section " + row["section"]
            if section not in c.refs:
                c.add(section, row["section_title"], "section", chapter)
            parent = section
        c.add("Art. " + row["article"], row["title"], "article", parent,
              assessable=row["article"] in AI_ACT_ASSESSABLE)
    c.add("Annexes", "Annexes", "group")
    for row in read_csv(os.path.join(ref_dir, "eu-ai-act-annexes.csv")):
        c.add("Annex " + row["annex"], row["title"], "annex", "Annexes")
    return c


def nist_ai_rmf(ref_dir):
    c = Catalog("nist-ai-rmf-1.0", {
        "name": "NIST AI Risk Management Framework 1.0",
        "shortName": "NIST AI RMF",
        "edition": "1.0 (NIST AI 100-1)",
        "publisher": "National Institute of Standards and Technology",
        "sourceDocument": "NIST AI 100-1, Artificial Intelligence Risk Management Framework (AI RMF 1.0), "
                          "January 2023, https://doi.org/10.6028/NIST.AI.100-1",
        "licence": "A work of the U.S. Government, not subject to copyright in the United States.",
        "attribution": "NIST AI 100-1, Artificial Intelligence Risk Management Framework (AI RMF 1.0)",
        "effectiveDate": "2023-01-26",
        "url": "https://doi.org/10.6028/NIST.AI.100-1",
    })
    for row in read_csv(os.path.join(ref_dir, "nist-ai-rmf-1.0.csv")):
        function = row["function"]
        if function not in c.refs:
            node = c.add(function, function.capitalize(), "function")
            node["summary"] = row["function_statement"]
        category = row["category_id"]
        if category not in c.refs:
            c.add(category, row["category_statement"], "category", function)
        c.add(row["subcategory_id"], row["subcategory_statement"], "subcategory", category, assessable=True)
    return c


def iso42001(ref_dir, clause_refs):
    c = Catalog("iso42001-2023", {
        "name": "ISO/IEC 42001:2023",
        "shortName": "ISO 42001",
        "edition": "2023",
        "publisher": "ISO/IEC",
        "sourceDocument": "ISO/IEC 42001:2023, Information technology — Artificial intelligence — Management system",
        "licence": "© ISO/IEC. " + ISO_NOTE,
        "attribution": "ISO/IEC 42001:2023",
        "effectiveDate": "2023-12-18",
        "url": "https://www.iso.org/standard/42001",
    })
    # Clause numbers only (their headings are not in the reference facts): they are the targets of the published
    # NIST AI RMF crosswalk.
    if clause_refs:
        c.add("Clauses", "Management system clauses 4–10", "group")
        for ref in sorted(clause_refs, key=lambda r: [int(p) for p in r.split(".")]):
            c.add(ref, "Clause " + ref, "clause", "Clauses", flags={"titleIncluded": False})
    c.add("A", "Annex A", "annex")
    for row in read_csv(os.path.join(ref_dir, "iso42001-2023-annex-a.csv")):
        if row["topic_id"] not in c.refs:
            c.add(row["topic_id"], row["topic_title"], "topic", "A")
        parent = row["topic_id"]
        if row["subtopic_id"]:
            if row["subtopic_id"] not in c.refs:
                c.add(row["subtopic_id"], row["subtopic_title"], "subtopic", row["topic_id"])
            parent = row["subtopic_id"]
        c.add(row["id"], row["title"], "control", parent, assessable=True)
    return c


def owasp(ref_dir, edition):
    c = Catalog("owasp-llm-" + edition, {
        "name": f"OWASP Top 10 for LLM Applications {edition}",
        "shortName": f"OWASP LLM {edition}",
        "edition": edition,
        "publisher": "OWASP GenAI Security Project",
        "sourceDocument": f"OWASP Top 10 for LLM Applications {edition}, OWASP GenAI Security Project",
        "licence": "CC BY-SA 4.0 (titles only are used; descriptions are Attest's own words).",
        "attribution": f"OWASP Top 10 for LLM Applications {edition}, OWASP GenAI Security Project",
        "effectiveDate": "2024-11-18" if edition == "2025" else "2026-08-04",
        "url": "https://genai.owasp.org/llm-top-10/",
    })
    for row in read_csv(os.path.join(ref_dir, "owasp-llm-top10.csv")):
        if row["edition"] == edition:
            c.add(row["id"], row["title"], "risk", assessable=True, flags={"rank": int(row["rank"])})
    return c


def mitre_atlas(ref_dir):
    c = Catalog("mitre-atlas", {
        "name": "MITRE ATLAS",
        "shortName": "MITRE ATLAS",
        "edition": "5.6.0",
        "publisher": "The MITRE Corporation",
        "sourceDocument": "MITRE ATLAS (Adversarial Threat Landscape for Artificial-Intelligence Systems) data 5.6.0",
        "licence": "Apache License 2.0, Copyright 2021-2025 MITRE. Derived from the ATLAS data (ids, names, "
                   "tactics and maturity).",
        "attribution": "MITRE ATLAS™, © 2021-2025 The MITRE Corporation, Apache-2.0",
        "effectiveDate": "",
        "url": "https://atlas.mitre.org/",
    })
    tactics = {row["id"]: row["name"] for row in read_csv(os.path.join(ref_dir, "mitre-atlas", "atlas-tactics.csv"))}
    rows = read_csv(os.path.join(ref_dir, "mitre-atlas", "atlas-techniques.csv"))
    for row in rows:
        if row["is_subtechnique"] != "true":
            c.add(row["id"], row["name"], "technique",
                  flags={"tactics": [tactics[t] for t in row["tactic_ids"].split(";") if t],
                         "maturity": row["maturity"]})
    for row in rows:
        if row["is_subtechnique"] == "true":
            c.add(row["id"], row["name"], "subtechnique", row["parent_id"], flags={"maturity": row["maturity"]})
    return c


def write_mappings(name, provenance_kind, provenance, rows):
    document = {"format": "attest-mappings", "formatVersion": 1, "name": name,
                "provenanceKind": provenance_kind, "provenance": provenance, "mappings": rows}
    os.makedirs(os.path.join(HERE, "mappings"), exist_ok=True)
    with open(os.path.join(HERE, "mappings", name + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    ref_dir = sys.argv[1]
    rmf_to_42001 = read_csv(os.path.join(ref_dir, "mappings", "nist-ai-rmf-1.0_to_iso42001-2023.csv"))
    clause_refs = {row["target_id"] for row in rmf_to_42001
                   if not row["target_annex_a_control"] and not row["target_id"].startswith("B.")}
    catalogs = [iso27001(ref_dir), gdpr(ref_dir), hipaa(ref_dir), eu_ai_act(ref_dir), nist_ai_rmf(ref_dir),
                iso42001(ref_dir, clause_refs), owasp(ref_dir, "2025"), owasp(ref_dir, "2026"), mitre_atlas(ref_dir)]
    by_key = {c.key: c for c in catalogs}
    for c in catalogs:
        authored = c.apply_authored()
        titles = c.apply_titles()
        c.write()
        translated = "".join(f", {n} {language} titles" for language, n in titles.items())
        print(f"{c.key}: {len(c.nodes)} nodes, {sum(1 for n in c.nodes if n.get('assessable'))} assessable, "
              f"{authored} authored{translated}")

    def check(key, ref, where):
        if ref not in by_key[key].refs:
            raise SystemExit(f"{where}: {key} has no requirement {ref!r}")
        return f"{key}:{ref}"

    # Published: NIST AI RMF -> ISO/IEC 42001 (Annex B implementation guidance mapped to its Annex A control).
    rows = []
    for row in rmf_to_42001:
        target = row["target_annex_a_control"] or row["target_id"]
        note = f"via Annex B implementation guidance {row['target_id']}" if row["target_annex_a_control"] else ""
        if row["note"]:
            note = (note + "; " if note else "") + row["note"]
        rows.append({"from": check("nist-ai-rmf-1.0", row["source_id"], "rmf->42001"),
                     "to": check("iso42001-2023", target, "rmf->42001"),
                     "relationship": row["relationship"], "note": note})
    write_mappings("nist-ai-rmf-1.0_to_iso42001-2023", "published", rmf_to_42001[0]["source_of_mapping"], rows)

    # Derived: HIPAA Security Rule -> ISO/IEC 27001 through NIST SP 800-53 (both legs published by NIST).
    derived = read_csv(os.path.join(ref_dir, "mappings", "hipaa-to-iso27001-via-800-53.csv"))
    rows = []
    for row in derived:
        rows.append({"from": check("hipaa", row["source_id"], "hipaa->27001"),
                     "to": check("iso27001-2022", row["target_id"], "hipaa->27001"),
                     "relationship": row["relationship"],
                     "note": "through NIST SP 800-53 Rev. 5 " + row["pivot_nist_800_53_ids"].replace(";", ", ")})
    write_mappings("hipaa-security-rule_to_iso27001-2022_via_sp800-53", "derived",
                   "Derived via NIST SP 800-53 Rev. 5: NIST SP 800-66r2 (HIPAA Security Rule to SP 800-53) joined "
                   "with the NIST OLIR mapping of SP 800-53 to ISO/IEC 27001:2022 on the exact control id. A lead "
                   "for an analyst, not a published equivalence.", rows)

    # Authored: ours, each with a rationale.
    path = os.path.join(AUTHORED, "crosswalks.csv")
    rows = []
    if os.path.exists(path):
        for row in read_csv(path):
            if not row["rationale"].strip():
                raise SystemExit(f"{path}: a mapping without a rationale: {row}")
            rows.append({"from": check(row["from_framework"], row["from_ref"].strip(), path),
                         "to": check(row["to_framework"], row["to_ref"].strip(), path),
                         "relationship": row["relationship"], "rationale": row["rationale"].strip()})
    write_mappings("authored", "authored", "Authored by the Attest team", rows)
    print("mappings written")


if __name__ == "__main__":
    main()
