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
        switch rng.below(20) {
        case 0..<6:
            return Draft(title: "\(agency) \(verb) \(topic) năm \(year)", district: nil, commune: nil)
        case 6..<10:
            let name = Vocabulary.districtNames[district]
            return Draft(title: "\(name): \(verb.uppercasedFirst) \(topic) năm \(year)",
                         district: district, commune: nil)
        case 10..<14:
            let communeIndex = rng.below(Vocabulary.communes.count)
            let commune = Vocabulary.communes[communeIndex]
            let location = "\(commune.unit), \(Vocabulary.districtUnits[commune.district])"
            return Draft(title: "\(agency) \(verb) \(topic) tại \(location)",
                         district: commune.district, commune: communeIndex)
        case 14..<16:
            let period = rng.pick(Vocabulary.periods)
            return Draft(title: "Tây Ninh: \(verb.uppercasedFirst) \(topic) \(period) năm \(year)",
                         district: nil, commune: nil)
        case 16..<18:
            let name = Vocabulary.districtNames[district]
            let count = rng.between(5...480)
            return Draft(title: "\(name) có thêm \(count) \(rng.pick(category.outcomes)) năm \(year)",
                         district: district, commune: nil)
        default:
            return Draft(title: "UBND \(Vocabulary.districtUnits[district]) \(verb) \(topic) năm \(year)",
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
