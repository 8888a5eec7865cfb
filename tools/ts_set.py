"""Fill translations into a Qt Linguist catalogue from a TSV file: `context<TAB>source<TAB>translation`.

    .venv/bin/python tools/ts_set.py resources/translations/jejaring_id.ts new-strings.tsv

The table may also be another `.ts` catalogue: its finished translations are copied (how two branches'
catalogues are merged: take one side, run `make lupdate`, then fill from the other side's file).

Sources may contain `\\n` for a line break. For a plural message (`numerus="yes"`, a source with
`%n`) give the forms separated by `|`: `%n kasus` (Indonesian has one form) or `%n case|%n cases`.
Prints what it could not find.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def translations_of(catalogue: str) -> dict[tuple[str, str], str]:
    """The finished translations of a catalogue, plural forms joined by `|` as in the TSV."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in node.iter("numerusform")]
            text = "|".join(forms) if forms else (node.text or "")
            if text:
                found[(name, message.findtext("source", ""))] = text
    return found


def read_table(table: str) -> dict[tuple[str, str], str]:
    if table.endswith(".ts"):
        return translations_of(table)
    wanted: dict[tuple[str, str], str] = {}
    for line in Path(table).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")
        wanted[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
    return wanted


def main(catalogue: str, table: str) -> int:
    from_catalogue = table.endswith(".ts")
    wanted = read_table(table)
    tree = ET.parse(catalogue)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if key in wanted:
                node = message.find("translation")
                assert node is not None
                text = wanted.pop(key)
                if message.get("numerus") == "yes":
                    for form in list(node):
                        node.remove(form)
                    node.text = None
                    for plural in text.split("|"):
                        ET.SubElement(node, "numerusform").text = plural
                else:
                    node.text = text
                node.attrib.pop("type", None)
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    if from_catalogue:  # the other side's strings that this side no longer has are not an error
        return 0
    for context, source in wanted:
        print(f"not in the catalogue: [{context}] {source}", file=sys.stderr)
    return 1 if wanted else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
