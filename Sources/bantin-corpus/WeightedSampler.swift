/// Draws indices in proportion to fixed weights (binary search over cumulative sums).
struct WeightedSampler: Sendable {
    private let cumulative: [Double]

    /// A sampler over `weights`, which must be non-empty and positive.
    init(weights: [Double]) {
        var running = 0.0
        cumulative = weights.map { weight in
            running += weight
            return running
        }
    }

    /// A Zipf–Mandelbrot sampler over `count` ranks: weight 1 / (rank + offset).
    /// Division only, so the weights are the same bits on every machine.
    static func zipf(count: Int, offset: Double) -> WeightedSampler {
        WeightedSampler(weights: (1...count).map { 1.0 / (Double($0) + offset) })
    }

    /// An index drawn with probability proportional to its weight.
    func draw(_ rng: inout SplitMix64) -> Int {
        guard let total = cumulative.last else { return 0 }
        let point = rng.unit() * total
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > point { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
