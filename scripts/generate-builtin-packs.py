#!/usr/bin/env python3
"""Embed the built-in rule packs (rules/*.yml) into the iop-lint binary.

Writes Sources/IOPLintCore/RuleFiles/BuiltInPacks+Generated.swift. Run it after changing a file
in rules/; a test fails while the embedded copy is stale.

Each file is embedded twice: as written (`files`), and as linting reads it (`lintFiles`): each
rule's `summary`, `message`, `rationale`, `source` and `examples` are blanked out of the text,
line for line so that every position stays the same, and given beside it as Swift values. A run
then parses only what it checks with; a test compares the packs read both ways. A value that is
not written in the plain form handled here (a text, or a map of `en` and `sv` texts; lists of
quoted or block texts under `pass` and `fail`) stays in the text.
"""
import pathlib

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "Sources" / "IOPLintCore" / "RuleFiles" / "BuiltInPacks+Generated.swift"


def raw_literal(text: str) -> str:
    hashes = "#"
    while f'"""{hashes}' in text or f'"{hashes}' in text:
        hashes += "#"
    return f'{hashes}"""\n{text}\n"""{hashes}'


def string_literal(text: str) -> str:
    """A Swift string literal for `text`, on one line."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    )
    return f'"{escaped}"'


def text_value(node) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        return node.value
    return None


def localized(node) -> tuple[str, str] | None:
    """The `en` and `sv` texts of a text written once for both, or as a map of two texts."""
    if (text := text_value(node)) is not None:
        return text, text
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 2:
        return None
    texts = {text_value(key): text_value(value) for key, value in node.value}
    if set(texts) != {"en", "sv"} or None in texts.values():
        return None
    return texts["en"], texts["sv"]


def examples(node) -> dict[str, list[str]] | None:
    """The `pass` and `fail` lists of quoted or block texts."""
    if not isinstance(node, yaml.MappingNode):
        return None
    result = {}
    for key, value in node.value:
        name = text_value(key)
        if name not in ("pass", "fail") or name in result or not isinstance(value, yaml.SequenceNode):
            return None
        items = []
        for item in value.value:
            if text_value(item) is None or item.style not in ("|", ">", '"', "'"):
                return None
            items.append(item.value)
        result[name] = items
    return result


def blank(lines: list[str], key) -> bool:
    """Blanks the lines of `key` and its value: the key's line, and those after it that are
    empty or indented more than the key. False when the key does not start its line."""
    line, column = key.start_mark.line, key.start_mark.column
    if lines[line][:column].strip() or "#" in lines[line]:
        return False
    end = line + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" ")) > column):
        end += 1
    # Blank lines after the value stay: they may belong to what follows.
    while end > line + 1 and not lines[end - 1].strip():
        end -= 1
    for number in range(line, end):
        lines[number] = ""
    return True


def split(text: str) -> tuple[str, list[str]]:
    """The text linting reads, and Swift entries for what was taken out of it."""
    lines = text.split("\n")
    root = yaml.compose(text)
    rules = next((value for key, value in root.value if text_value(key) == "rules"), None)
    entries = []
    for rule in rules.value if isinstance(rules, yaml.SequenceNode) else []:
        fields = {text_value(key): (key, value) for key, value in rule.value}
        name = text_value(fields["id"][1]) if "id" in fields else None
        if name is None:
            continue
        parts = []
        for key in ("summary", "message", "rationale"):
            if key in fields and (texts := localized(fields[key][1])) is not None and blank(lines, fields[key][0]):
                parts.append(f"{key}: LocalizedText(en: {string_literal(texts[0])}, sv: {string_literal(texts[1])})")
        if "source" in fields and (source := text_value(fields["source"][1])) is not None:
            if blank(lines, fields["source"][0]):
                parts.append(f"source: {string_literal(source)}")
        if "examples" in fields and (lists := examples(fields["examples"][1])) is not None:
            if blank(lines, fields["examples"][0]):
                pass_list = ", ".join(f"RuleExample({string_literal(item)})" for item in lists.get("pass", []))
                fail_list = ", ".join(f"RuleExample({string_literal(item)})" for item in lists.get("fail", []))
                parts.append(f"examples: RuleExamples(pass: [{pass_list}], fail: [{fail_list}])")
        if parts:
            entries.append(f"                {string_literal(name)}: RuleDocumentation({', '.join(parts)}),")
    return "\n".join(lines), entries


def main() -> None:
    files = sorted((ROOT / "rules").glob("*.yml"))
    entries = []
    lint_entries = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        if text.endswith("\n"):
            text = text[:-1]
        entries.append(f'        (file: "{path.name}", text: {raw_literal(text)}),')
        lint_text, documentation = split(text)
        documentation_literal = "\n".join(["[", *documentation, "            ]"]) if documentation else "[:]"
        lint_entries.append(
            f'        (\n            file: "{path.name}",\n            text: {raw_literal(lint_text)},\n'
            f"            documentation: {documentation_literal}\n        ),"
        )
    OUTPUT.write_text(
        "// Generated by scripts/generate-builtin-packs.py from rules/*.yml. Do not edit.\n\n"
        "extension BuiltInPacks {\n"
        "    /// The built-in rule files, by file name, in name order.\n"
        "    public static let files: [(file: String, text: String)] = [\n"
        + "\n".join(entries)
        + "\n    ]\n\n"
        "    /// The built-in rule files as linting reads them, in the order of ``files``: each rule's\n"
        "    /// summary, message, rationale, source and examples are blanked out of the text (line for\n"
        "    /// line, so that positions stay) and given in `documentation`, by rule name.\n"
        "    static let lintFiles: [(file: String, text: String, documentation: [String: RuleDocumentation])] = [\n"
        + "\n".join(lint_entries)
        + "\n    ]\n"
        "}\n",
        encoding="utf-8",
    )
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(files)} packs)")


if __name__ == "__main__":
    main()
