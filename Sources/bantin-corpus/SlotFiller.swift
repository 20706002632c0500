/// Expands templates for one article: its category, topic, year and district stay fixed,
/// places, numbers and people are drawn from the article's own generator.
struct SlotFiller {
    /// The article's generator; every draw for this article comes from it.
    var rng: SplitMix64
    private let category: CategorySpec
    private let topic: String
    private let year: Int
    private let district: Int

    /// A filler for the article described by `plan`.
    init(plan: ArticlePlan, rng: SplitMix64) {
        self.rng = rng
        category = Vocabulary.categories[plan.category]
        topic = category.topics[plan.topic]
        year = plan.date.year
        district = plan.district
    }

    /// Appends `template` with every slot filled.
    mutating func append(_ template: TextTemplate, to out: inout [UInt8]) {
        for piece in template.pieces {
            switch piece {
            case .text(let bytes): out.append(contentsOf: bytes)
            case .slot(let slot): fill(slot, into: &out)
            }
        }
    }

    private mutating func fill(_ slot: Slot, into out: inout [UInt8]) {
        switch slot {
        case .agency: out.append(rng.pick(category.agencies))
        case .topic: out.append(topic)
        case .place: out.append(place())
        case .district: out.append(Vocabulary.districtUnits[district])
        case .commune: out.append(commune())
        case .landmark: out.append(rng.pick(Vocabulary.landmarks))
        case .official: out.append(rng.pick(Vocabulary.officials))
        case .outcome: out.append(rng.pick(category.outcomes))
        case .period: out.append(rng.pick(Vocabulary.periods))
        case .year: out.appendDecimal(year)
        case .prevYear: out.appendDecimal(year - 1)
        case .nextYear: out.appendDecimal(year + 1)
        case .date:
            out.appendDecimal(rng.between(1...28))
            out.append(UInt8(ascii: "/"))
            out.appendDecimal(rng.between(1...12))
        case .n: out.appendDecimal(rng.between(2...95))
        case .big: out.appendGrouped(rng.between(1_000...60_000))
        case .pct: out.appendTenths(rng.between(600...999))
        case .money: appendMoney(to: &out)
        }
    }

    /// A commune of the article's district, or another one now and then.
    private mutating func commune() -> String {
        let inDistrict = Vocabulary.communesByDistrict[district]
        if !inDistrict.isEmpty && rng.chance(0.8) {
            return Vocabulary.communes[rng.pick(inDistrict)].unit + ", " + Vocabulary.districtUnits[district]
        }
        return rng.pick(Vocabulary.communes).unit
    }

    private mutating func place() -> String {
        rng.chance(0.35) ? Vocabulary.districtUnits[district] : commune()
    }

    private mutating func appendMoney(to out: inout [UInt8]) {
        if rng.chance(0.3) {
            out.appendDecimal(rng.between(1...9) * 100 + rng.between(0...9) * 10)
            out.append(" triệu đồng")
        } else {
            out.appendTenths(rng.between(12...950))
            out.append(" tỷ đồng")
        }
    }
}
