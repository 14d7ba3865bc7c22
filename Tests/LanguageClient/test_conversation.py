"""A conversation with `iop-lint lsp` driven by a real LSP client (pytest-lsp, over pygls).

Run by LanguageServerClientTests (swift test) with IOP_LINT_BINARY set to the built binary and
IOP_LINT_LSP_ROOT to a folder holding a `.iop-lint.yml` (the format's rules only) and a folder
`core` whose `.iop-lint.yml` adds the core rules.
"""

import os
import pathlib

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BINARY = os.environ["IOP_LINT_BINARY"]
ROOT = pathlib.Path(os.environ["IOP_LINT_LSP_ROOT"])
URI = (ROOT / "avtal.yaml").as_uri()
CORE_URI = (ROOT / "core" / "avtal.yaml").as_uri()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"]))
async def client(lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=ROOT.as_uri(),
        )
    )
    assert result.server_info.name == "iop-lint"
    yield
    await lsp_client.shutdown_session()


async def published(client: LanguageClient, uri: str = URI):
    await client.wait_for_notification("textDocument/publishDiagnostics")
    return list(client.diagnostics[uri])


def open_document(client: LanguageClient, text: str, uri: str = URI):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)
        )
    )


def change(client: LanguageClient, version: int, edits, uri: str = URI):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
                for edit in edits
            ],
        )
    )


async def test_open_change_fix(client: LanguageClient):
    # Open: an unknown key after an emoji-free line, positions in UTF-16.
    open_document(client, "iop-lint: 1\ntitle: Läxhjälp 😀 i Gottsunda\nkind: iop\n")
    assert await published(client) == []

    # Change: `kind: iop` becomes `kind: iopp`, and a key after the emoji is misspelt.
    change(
        client,
        2,
        [
            types.TextEdit(range=types.Range(start=types.Position(2, 9), end=types.Position(2, 9)), new_text="p"),
            types.TextEdit(range=types.Range(start=types.Position(0, 0), end=types.Position(1, 5)),
                           new_text="iop-lint: 1\ntitel"),
        ],
    )
    diagnostics = await published(client)
    assert [(d.code, d.source) for d in diagnostics] == [
        ("format/unknown-key", "iop-lint"),
        ("format/type", "iop-lint"),
    ]
    assert diagnostics[0].range == types.Range(start=types.Position(1, 0), end=types.Position(1, 5))
    assert diagnostics[0].severity == types.DiagnosticSeverity.Warning
    assert diagnostics[1].range == types.Range(start=types.Position(2, 6), end=types.Position(2, 10))

    # Hover on the finding explains its rule.
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(2, 7))
    )
    assert "format/type" in hover.contents.value

    # Apply the preferred quick fix for the value, as an editor does.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=diagnostics[1].range,
            context=types.CodeActionContext(diagnostics=[diagnostics[1]]),
        )
    )
    fix = next(action for action in actions if action.is_preferred)
    assert fix.title == "Change `iopp` to `iop`"
    change(client, 3, fix.edit.changes[URI])
    diagnostics = await published(client)
    assert [d.code for d in diagnostics] == ["format/unknown-key"]

    # Then the one for the key.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    fix = next(action for action in actions if action.is_preferred)
    change(client, 4, fix.edit.changes[URI])
    assert await published(client) == []

    # Complete the value of `kind` (the values of the format) and hover on the key.
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(2, 6))
    )
    items = completion.items if hasattr(completion, "items") else completion
    assert [item.label for item in items] == ["iop", "overenskommelse", "kommunalt-partnerskap", "samverkan"]
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(2, 1))
    )
    assert "**`kind`**" in hover.contents.value


async def test_broken_request_gets_an_error_and_the_server_goes_on(client: LanguageClient):
    try:
        await client.protocol.send_request_async("iop-lint/no-such-method", {})
        raise AssertionError("an unknown method was answered")
    except Exception as error:  # pygls raises JsonRpcMethodNotFound
        assert "no-such-method" in str(error)
    open_document(client, "iop-lint: 1\ntitel: x\n")
    assert [d.code for d in await published(client)] == ["format/unknown-key"]


async def test_a_missing_section_is_added(client: LanguageClient):
    text = "iop-lint: 1\nid: laxhjalp\ntitle: Läxhjälp i Gottsunda\nkind: iop\nlanguage: en\n"
    open_document(client, text, CORE_URI)
    diagnostics = await published(client, CORE_URI)
    missing = next(d for d in diagnostics if d.code == "core/parties")
    assert missing.range == types.Range(start=types.Position(5, 0), end=types.Position(5, 0))

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=CORE_URI),
            range=missing.range,
            context=types.CodeActionContext(diagnostics=[missing]),
        )
    )
    fix = next(action for action in actions if action.title == "Add the missing section `parties`")
    assert fix.is_preferred
    assert "\nparties:\n" in fix.edit.changes[CORE_URI][0].new_text
    change(client, 2, fix.edit.changes[CORE_URI], CORE_URI)
    diagnostics = await published(client, CORE_URI)
    assert not [d.code for d in diagnostics if d.code.startswith("format/")]
    assert not [d for d in diagnostics if d.code == "core/parties" and d.range.start == d.range.end]
