/// A value that writes itself as JSON through a ``JSONWriter``: a report type of the JSON
/// formats writes its fields in the order of their keys' UTF-8 bytes, as `JSONEncoder` with
/// `sortedKeys` would encode them.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

extension JSONWritable {
    /// The value as JSON text with a newline at the end, pretty-printed or on one line.
    func jsonText(pretty: Bool) -> String {
        var json = JSONWriter(pretty: pretty)
        write(to: &json)
        json.endLine()
        return json.text()
    }
}

extension JSONWriter {
    /// An array of `elements`, each written by its own `write(to:)`.
    mutating func array(_ elements: [some JSONWritable]) {
        beginArray()
        for element in elements { element.write(to: &self) }
        endArray()
    }

    /// An array of strings.
    mutating func array(_ strings: [String]) {
        beginArray()
        for text in strings { string(text) }
        endArray()
    }

    /// The member `key`, a string.
    mutating func member(_ key: StaticString, _ text: String) {
        self.key(key)
        string(text)
    }

    /// The member `key`, an integer.
    mutating func member(_ key: StaticString, _ number: Int) {
        self.key(key)
        int(number)
    }

    /// The member `key`, a boolean.
    mutating func member(_ key: StaticString, _ flag: Bool) {
        self.key(key)
        bool(flag)
    }

    /// The member `key`, a value that writes itself.
    mutating func member(_ key: StaticString, _ value: some JSONWritable) {
        self.key(key)
        value.write(to: &self)
    }

    /// The member `key`, an array of values that write themselves.
    mutating func member(_ key: StaticString, _ elements: [some JSONWritable]) {
        self.key(key)
        array(elements)
    }

    /// The member `key`, an array of strings.
    mutating func member(_ key: StaticString, _ strings: [String]) {
        self.key(key)
        array(strings)
    }
}

/// A value written as a JSON object whose members can also be written inside another object
/// (a line of JSON Lines adds its `type` to them).
protocol JSONObject: JSONWritable {
    /// The members, in the order of their keys' UTF-8 bytes, without the braces.
    func writeMembers(to json: inout JSONWriter)
}

extension JSONObject {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        writeMembers(to: &json)
        json.endObject()
    }
}
