/// "Did you mean …?" for an unknown key or name: the closest candidate by edit distance,
/// when it is close enough to be a likely typo.
public func closestMatch(to word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
        if distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    guard let best else { return nil }
    // Allow about one typo per three letters: one for short words, at least two from four letters.
    let length = min(target.count, best.name.unicodeScalars.count)
    let allowed = length < 4 ? 1 : max(2, length / 3)
    return best.distance <= allowed ? best.name : nil
}

/// Damerau-Levenshtein distance (optimal string alignment): a swap of two letters counts once.
func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], previousPrevious[j - 2] + 1)
            }
        }
        (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
}
