import Foundation

/// Validates JSON values against a JSON Schema with Python's `jsonschema` (draft 2020-12, with
/// the `date` format checked), all in one run of `python3`.
enum SchemaValidator {
    static let isAvailable = SARIFSchemaTests.run(["-c", "import jsonschema"]).status == 0

    /// What `jsonschema` says of `schema` and of each of `documents`.
    struct Outcome {
        /// Why the schema is not valid against the draft 2020-12 meta-schema; empty when it is.
        var schemaErrors: [String]
        /// For each document, the places of its errors as document paths (`parties[0].type`);
        /// a key that is not allowed is placed at itself (`parties[0].mandat`).
        var documents: [[String]]
    }

    static func validate(_ documents: [Any], against schema: [String: Any]) throws -> Outcome {
        let job = try JSONSerialization.data(withJSONObject: ["schema": schema, "documents": documents])
        let input = FileManager.default.temporaryDirectory.appending(path: "iop-lint-schema-\(UUID().uuidString).json")
        // Removed however the write ends: a failed write can leave part of the file.
        defer { try? FileManager.default.removeItem(at: input) }
        try job.write(to: input)
        let result = SARIFSchemaTests.run(["-c", script, input.path])
        guard result.status == 0, let data = result.output.split(separator: "\n").last.map({ Data($0.utf8) }),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let schemaErrors = object["schemaErrors"] as? [String], let places = object["documents"] as? [[String]]
        else {
            throw ValidatorFailure(output: result.output)
        }
        return Outcome(schemaErrors: schemaErrors, documents: places)
    }

    struct ValidatorFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "python3 jsonschema failed:\n\(output)" }
    }

    private static let script = #"""
        import json, re, sys
        from jsonschema import Draft202012Validator, FormatChecker
        from jsonschema.exceptions import SchemaError

        with open(sys.argv[1], encoding="utf-8") as f:
            job = json.load(f)
        schema = job["schema"]
        out = {"schemaErrors": [], "documents": []}
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as error:
            out["schemaErrors"].append(error.message)
        validator = Draft202012Validator(schema, format_checker=FormatChecker())

        def shown(path):
            text = ""
            for part in path:
                text += f"[{part}]" if isinstance(part, int) else ("." if text else "") + part
            return text

        for document in job["documents"]:
            places = set()
            for error in validator.iter_errors(document):
                path = list(error.absolute_path)
                if error.validator == "additionalProperties":
                    known = error.schema.get("properties", {})
                    patterns = error.schema.get("patternProperties", {})
                    for key in error.instance:
                        if key not in known and not any(re.search(p, key) for p in patterns):
                            places.add(shown(path + [key]))
                else:
                    places.add(shown(path))
            out["documents"].append(sorted(places))
        print(json.dumps(out))
        """#
}
