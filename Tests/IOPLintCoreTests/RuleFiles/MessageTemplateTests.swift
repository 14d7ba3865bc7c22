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

    /// A value given for one language (`lix@sv`) stands for its name in that language's message,
    /// as ``MessageTemplate/values(_:in:)`` picks it.
    @Test func valuesForOneLanguageAreLookedUpAsTheMessageIsRendered() {
        let template = MessageTemplate.Compiled("LIX {{lix}} för {{path}}")
        let values = ["lix": "61.3", "lix@sv": "61,3", "path": "goals"]
        #expect(template.render(values: values, localizedIn: .sv) == "LIX 61,3 för goals")
        #expect(template.render(values: values, localizedIn: .en) == "LIX 61.3 för goals")
        for language in [Language.en, .sv] {
            #expect(
                template.render(values: values, localizedIn: language)
                    == template.render(values: MessageTemplate.values(values, in: language)))
        }
    }
}
