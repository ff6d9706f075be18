#!/usr/bin/env python3
"""Derives biolink-terms.tsv from the Biolink Model's schema, for KgxSpecificationTest.

Usage: python3 derive.py biolink_model.yaml COMMIT > biolink-terms.tsv
where biolink_model.yaml is src/biolink_model/schema/biolink_model.yaml of github.com/biolink/biolink-model at COMMIT.
Rows: kind (category, association-category, predicate, association-slot, qualifier-slot, node-slot, knowledge_level, agent_type,
object_aspect_qualifier, object_direction_qualifier), then the term as KGX writes it.
Categories are the classes below 'named thing' that are no mixins, predicates the slots below 'related to',
association slots those of the class 'association' and its ancestors, node slots those of 'named thing'.
"""
import sys
import yaml

schema = yaml.safe_load(open(sys.argv[1]))
commit = sys.argv[2]
classes, slots, enums = schema["classes"], schema["slots"], schema["enums"]


def camel(name):
    return "".join(w[0].upper() + w[1:] for w in name.split(" "))


def snake(name):
    return name.replace(" ", "_")


def below(table, top, name):
    seen = set()
    while name and name not in seen:
        if name == top:
            return True
        seen.add(name)
        name = table.get(name, {}).get("is_a")
    return False


def class_slots(name):
    result = []
    while name:
        result += classes[name].get("slots", []) or []
        result += list((classes[name].get("slot_usage") or {}).keys())
        name = classes[name].get("is_a")
    return result


rows = set()
for name, c in classes.items():
    if below(classes, "named thing", name) and not c.get("mixin") and not c.get("abstract") and not c.get("deprecated"):
        rows.add(("category", "biolink:" + camel(name)))
for name, c in classes.items():
    if below(classes, "association", name) and not c.get("mixin") and not c.get("abstract") and not c.get("deprecated"):
        rows.add(("association-category", "biolink:" + camel(name)))
for name, s in slots.items():
    if below(slots, "qualifier", name):
        rows.add(("qualifier-slot", snake(name)))
for name, s in slots.items():
    if below(slots, "related to", name) and not s.get("deprecated") and not s.get("abstract") and not s.get("mixin"):
        rows.add(("predicate", "biolink:" + snake(name)))
for name in class_slots("association"):
    rows.add(("association-slot", snake(name)))
for name in class_slots("named thing"):
    rows.add(("node-slot", snake(name)))
for kind, enum in [("knowledge_level", "KnowledgeLevelEnum"), ("agent_type", "AgentTypeEnum"),
                   ("object_aspect_qualifier", "GeneOrGeneProductOrChemicalEntityAspectEnum"),
                   ("object_direction_qualifier", "DirectionQualifierEnum")]:
    for value in enums[enum]["permissible_values"]:
        rows.add((kind, value))

print("# Biolink Model %s terms, derived by derive.py from src/biolink_model/schema/biolink_model.yaml"
      % schema["version"])
print("# of github.com/biolink/biolink-model at commit %s" % commit)
print("kind\tterm")
for kind, term in sorted(rows):
    print(kind + "\t" + term)
