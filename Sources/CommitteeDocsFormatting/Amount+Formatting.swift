extension Amount: CustomStringConvertible {
    /// The amount with its unit, øre only when there are some: "1.234.567 kr.",
    /// "1.234.567,50 kr.", "-250 kr.".
    public var formatted: String {
        formattedNumber + " kr."
    }

    /// The number without unit, øre only when there are some: "1.234.567", "1.234.567,50".
    public var formattedNumber: String {
        ørePart == 0 ? wholeKroner : wholeKroner + "," + ASCIIText.zeroPadded(Int(ørePart), width: 2)
    }

    /// The number without unit, always with two øre digits, for columns of amounts:
    /// "1.234.567,00".
    public var formattedNumberWithØre: String {
        wholeKroner + "," + ASCIIText.zeroPadded(Int(ørePart), width: 2)
    }

    /// The amount in millions, exactly rounded half-up (away from zero):
    /// 406.000.000 kr. with `decimals: 1` is "406,0 mio. kr."; 2.325.750 kr. is "2,3 mio. kr.".
    public func millions(decimals: Int = 1) -> String {
        DanishNumber.decimal(Ratio(øre, 100_000_000)!, decimals: decimals) + " mio. kr."
    }

    /// The formatted amount, "1.234.567,50 kr.".
    public var description: String { formatted }

    /// The whole kroner with sign and thousands separators; "-0" for -0,50 kr. keeps the sign.
    private var wholeKroner: String {
        (øre < 0 ? "-" : "") + DanishNumber.groupedDigits(String(øre.magnitude / 100))
    }
}
