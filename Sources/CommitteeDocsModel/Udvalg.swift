/// A political body of the municipality, or Landsbyggefonden: who a document is for, whose
/// meeting an agenda is, and the steps of a plan's route.
///
/// Two lists say which body may stand where: `route`, the bodies a plan passes and their order
/// (TMU → ØU → BR → LBF), and `meetingBodies`, the bodies that hold meetings with agendas (the
/// city council and its standing committees; Landsbyggefonden decides without one).
public enum Udvalg: String, Hashable, Sendable, CaseIterable, Comparable {
    case TMU, ØU, BR, LBF, KFU, BUU, SUD, SOU, BIU

    /// The bodies a plan passes, in the order it must pass them.
    public static let route: [Udvalg] = [.TMU, .ØU, .BR, .LBF]

    /// The bodies that hold meetings with agendas, as a meeting file names them.
    public static let meetingBodies: [Udvalg] = [.BR, .ØU, .TMU, .KFU, .BUU, .SUD, .SOU, .BIU]

    /// The full name: "Teknik- og Miljøudvalget".
    public var navn: String {
        switch self {
        case .TMU: return "Teknik- og Miljøudvalget"
        case .ØU: return "Økonomiudvalget"
        case .BR: return "Borgerrepræsentationen"
        case .LBF: return "Landsbyggefonden"
        case .KFU: return "Kultur- og Fritidsudvalget"
        case .BUU: return "Børne- og Ungdomsudvalget"
        case .SUD: return "Sundheds- og Omsorgsudvalget"
        case .SOU: return "Socialudvalget"
        case .BIU: return "Beskæftigelses- og Integrationsudvalget"
        }
    }

    /// The genitive, as in "Teknik- og Miljøudvalgets beslutning".
    public var genitiv: String { navn + "s" }

    /// Whether a plan's route can pass this body.
    public var isOnRoute: Bool { Self.route.contains(self) }

    /// The position on the route (TMU → ØU → BR → LBF); bodies off the route come after it.
    public var order: Int { Self.route.firstIndex(of: self) ?? Self.route.count + Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Udvalg, rhs: Udvalg) -> Bool { lhs.order < rhs.order }
}
