"""Fill translations into a Qt Linguist catalogue from a TSV file: `context<TAB>source<TAB>translation`.

    .venv/bin/python tools/ts_set.py resources/translations/jejaring_id.ts new-strings.tsv

Sources may contain `\\n` for a line break. For a plural message (`numerus="yes"`, a source with
`%n`) give the forms separated by `|`: `%n kasus` (Indonesian has one form) or `%n case|%n cases`.
Prints what it could not find.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(catalogue: str, table: str) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for line in Path(table).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")
        wanted[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
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
    for context, source in wanted:
        print(f"not in the catalogue: [{context}] {source}", file=sys.stderr)
    return 1 if wanted else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
