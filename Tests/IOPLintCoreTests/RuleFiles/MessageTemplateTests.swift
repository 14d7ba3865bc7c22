import Testing

@testable import IOPLintCore

@Suite struct MessageTemplateTests {
    @Test func placeholdersAreFilledAndThoseWithoutAValueLeftOut() {
        let rendered = MessageTemplate.render(
            "`{{ path }}` säger {{term}} ({{match}}) — {{unknown}}slut", values: ["path": "goals", "term": "köp"])
        #expect(rendered == "`goals` säger köp () — slut")
    }

    @Test func anUnclosedPlaceholderIsKeptAsWritten() {
        #expect(MessageTemplate.render("år {{count} och {{count", values: ["count": "3"]) == "år {{count} och {{count")
        #expect(MessageTemplate.render("{ {count}} }", values: ["count": "3"]) == "{ {count}} }")
    }

    @Test func placeholderNamesAreListedInOrder() {
        #expect(MessageTemplate.placeholders(in: "{{min}}–{{ max }} å {{lix}} {{open") == ["min", "max", "lix"])
        #expect(MessageTemplate.placeholders(in: "inga platshållare").isEmpty)
    }
}
