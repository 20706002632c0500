/// Builds headlines from templates such as "{cơ quan} {động từ} {chủ đề} năm {YYYY}" and
/// keeps them unique: a repeated slug gets "-2", "-3"… appended to the title.
struct TitleMaker {
    /// A headline before de-duplication, with the district it names (if any).
    struct Draft {
        let title: String
        let district: Int?
        let commune: Int?
    }

    private var nextSuffix: [String: Int] = [:]
    private var taken = Set<String>()

    /// A fresh maker with no titles taken.
    init() {}

    /// A random headline for an article of `category` about `topic` in `year`.
    func draft(category: CategorySpec, topic: String, year: Int, rng: inout SplitMix64) -> Draft {
        let agency = rng.pick(category.agencies)
        let verb = rng.pick(category.verbs)
        let district = rng.below(Vocabulary.districtUnits.count)
        let unit = Vocabulary.districtUnits[district]
        let name = Vocabulary.districtNames[district]
        let period = rng.chance(0.5) ? " " + rng.pick(Vocabulary.periods) : ""
        switch rng.below(20) {
        case 0..<3:
            return Draft(title: "\(agency) \(verb) \(topic)\(period) năm \(year)",
                         district: nil, commune: nil)
        case 3..<7:
            return Draft(title: "\(agency) \(verb) \(topic) tại \(unit) năm \(year)",
                         district: district, commune: nil)
        case 7..<10:
            return Draft(title: "\(name): \(verb.uppercasedFirst) \(topic)\(period) năm \(year)",
                         district: district, commune: nil)
        case 10..<15:
            let communeIndex = rng.below(Vocabulary.communes.count)
            let commune = Vocabulary.communes[communeIndex]
            let when = rng.chance(0.5) ? " năm \(year)" : ""
            let location = "\(commune.unit), \(Vocabulary.districtUnits[commune.district])"
            return Draft(title: "\(agency) \(verb) \(topic) tại \(location)\(when)",
                         district: commune.district, commune: communeIndex)
        case 15:
            let period = rng.pick(Vocabulary.periods)
            return Draft(title: "Tây Ninh: \(verb.uppercasedFirst) \(topic) \(period) năm \(year)",
                         district: nil, commune: nil)
        case 16..<18:
            let count = rng.between(5...480)
            return Draft(title: "\(name) có thêm \(count) \(rng.pick(category.outcomes)) năm \(year)",
                         district: district, commune: nil)
        default:
            return Draft(title: "UBND \(unit) \(verb) \(topic)\(period) năm \(year)",
                         district: district, commune: nil)
        }
    }

    /// Makes `title` unique by slug; returns the final title and its slug.
    mutating func claim(_ title: String) -> (title: String, slug: String) {
        let base = Slug.make(title)
        if taken.insert(base).inserted { return (title, base) }
        var suffix = nextSuffix[base, default: 2]
        while true {
            let candidate = "\(title)-\(suffix)"
            let slug = Slug.make(candidate)
            suffix += 1
            if taken.insert(slug).inserted {
                nextSuffix[base] = suffix
                return (candidate, slug)
            }
        }
    }
}
