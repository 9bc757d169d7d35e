#!/usr/bin/env python3
"""Check catalog YAML files against catalogs/catalog.schema.json and the cross-reference rules of
docs/catalog-format.md (edition id = path, unique ids, known source ids, scenario references, threshold order).

Usage: scripts/validate-catalogs.py [catalog-dir]   (default: catalogs/ next to this script's parent)
Needs PyYAML and jsonschema. Prints every problem and exits 1 when there is any.
"""
import json
import pathlib
import sys

import jsonschema
import yaml

STRICTNESS = {"exempt": 0, "standard-contract-or-certification": 1, "other-lawful-route": 1, "security-assessment": 2}


class Loader(yaml.SafeLoader):
    """Keeps dates as the strings written in the file, as the .NET loader does."""


Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def check_thresholds(where, bands, problems):
    for band in bands:
        if "atLeast" in band and "below" in band and band["atLeast"] >= band["below"]:
            problems.append(f"{where}: band atLeast {band['atLeast']} >= below {band['below']}")
    for counter in ("personal", "sensitive"):
        mine = sorted((b for b in bands if b["counter"] == counter), key=lambda b: b.get("atLeast", 1))
        for lower, upper in zip(mine, mine[1:]):
            if STRICTNESS[upper["pathway"]] < STRICTNESS[lower["pathway"]]:
                problems.append(f"{where}: {counter} pathway gets laxer as the count grows")


def check_file(path, root, schema, problems):
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)
    rel = path.relative_to(root)
    expected_id = f"{rel.parent.as_posix()}/{rel.stem}"
    for error in sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path)):
        location = "/".join(str(p) for p in error.absolute_path) or "(root)"
        problems.append(f"{rel}: {location}: {error.message[:300]}")
    if not isinstance(data, dict):
        return
    if data.get("id") != expected_id:
        problems.append(f"{rel}: id {data.get('id')!r} must equal {expected_id!r}")
    source_ids = [s.get("id") for s in data.get("sources", [])]
    seen = set()

    def unique(kind, ident):
        if ident in seen:
            problems.append(f"{rel}: duplicate {kind} id {ident!r}")
        seen.add(ident)

    def walk_provenance(node, where):
        if isinstance(node, dict):
            prov = node.get("provenance")
            if isinstance(prov, dict):
                for source in prov.get("sources", []):
                    if source not in source_ids:
                        problems.append(f"{rel}: {where}: unknown source {source!r}")
            for key, value in node.items():
                walk_provenance(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk_provenance(value, f"{where}/{index}")

    walk_provenance(data, "")
    if len(source_ids) != len(set(source_ids)):
        problems.append(f"{rel}: duplicate source ids")

    rule_ids = [r.get("id") for r in data.get("rules", [])]
    for rule in data.get("rules", []):
        unique("rule", rule.get("id"))
        check_thresholds(f"{rel}: rule {rule.get('id')}", rule.get("thresholds", []), problems)
        for target in rule.get("yieldsTo", []):
            if target not in rule_ids:
                problems.append(f"{rel}: rule {rule.get('id')}: yieldsTo unknown rule {target!r}")

    for entry in data.get("duties", []) + data.get("referenceCriteria", []):
        unique("entry", entry.get("id"))

    for domain in data.get("domains", []):
        unique("domain", domain.get("id"))
        scenario_ids = [s.get("id") for s in domain.get("scenarios", [])]
        items = list(domain.get("items", []))
        for exclusion in domain.get("exclusions", []):
            unique("exclusion", f"{domain.get('id')}/{exclusion.get('id')}")
        for scenario in domain.get("scenarios", []):
            unique("scenario", scenario.get("id"))
            items.extend(scenario.get("items", []))
        for item in items:
            unique("item", item.get("id"))
            check_thresholds(f"{rel}: item {item.get('id')}", item.get("thresholds", []), problems)
            for scenario in item.get("scenarios", []):
                if scenario not in scenario_ids:
                    problems.append(f"{rel}: item {item.get('id')}: unknown scenario {scenario!r}")
            field_ids = [f.get("id") for f in item.get("fields", [])]
            if len(field_ids) != len(set(field_ids)):
                problems.append(f"{rel}: item {item.get('id')}: duplicate field ids")

    for category in data.get("categories", []):
        unique("category", category.get("id"))
        for sub in category.get("subcategories", []):
            unique("subcategory", sub.get("id"))


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "catalogs"
    schema = json.loads((root / "catalog.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    problems = []
    files = sorted(root.glob("*/*.yaml"))
    for path in files:
        check_file(path, root, schema, problems)
    for problem in problems:
        print(problem)
    print(f"{len(files)} editions checked, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
