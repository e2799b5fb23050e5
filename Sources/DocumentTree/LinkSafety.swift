/// Which links a writer may make live: http, https, mailto and relative ones. Every writer asks
/// here, so a `javascript:`, `data:` or `vbscript:` link is dropped (its text kept) in every format.
public enum LinkSafety {
    /// The scheme is read the way a browser would: ASCII letters are compared without case, and
    /// control characters and spaces are ignored.
    public static func isSafe(_ destination: String) -> Bool {
        var scheme = ""
        for scalar in destination.unicodeScalars {
            if scalar.value <= 0x20 { continue }
            if scalar == ":" {
                return ["http", "https", "mailto"].contains(scheme.lowercased())
            }
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.unicodeScalars.append(scalar)
        }
        return true
    }
}
