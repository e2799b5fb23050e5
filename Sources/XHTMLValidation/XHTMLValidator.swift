import CLibXML2
import Diagnostics

/// Validates XHTML against the XHTML 1.0 Strict DTD. (Stub: to be implemented.)
public final class XHTMLValidator: @unchecked Sendable {
    public init() throws {}
    public static func shared() throws -> XHTMLValidator { try XHTMLValidator() }
    public func validate(_ xhtml: String, file: String) -> [Diagnostic] { [] }
}
