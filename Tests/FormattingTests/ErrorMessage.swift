@testable import CommitteeDocsFormatting

/// The message `parse` gives for `input`, or nil when it accepts the input.
func errorMessage<Value>(_ input: String, _ parse: (String) throws(FormatError) -> Value) -> String? {
    do {
        _ = try parse(input)
        return nil
    } catch {
        return error.description
    }
}
