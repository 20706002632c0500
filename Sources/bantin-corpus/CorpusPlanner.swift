/// Decides every article's metadata in one sequential pass over a single generator, so titles
/// can be made unique and links can point only to articles planned before.
struct CorpusPlanner {
    /// Number of articles.
    let count: Int
    /// Seed of the whole corpus.
    let seed: UInt64
    /// Share of articles (0…1) titled like the notices a bulletin repeats every week; their
    /// files are named `<title slug>-<yyyy-mm-dd>.md` (then `-2`…), as `bantin new` names them.
    var repeatTitles = 0.0

    /// Titles every provincial bulletin repeats, word for word.
    static let recurringTitles = [
        "Lịch công tác tuần của Lãnh đạo UBND tỉnh", "Thông báo", "Bản tin thời sự", "Thông báo tuyển dụng",
        "Lịch tiếp công dân định kỳ", "Giá cả thị trường", "Dự báo thời tiết", "Thông cáo báo chí",
        "Tình hình dịch bệnh", "Giấy mời họp", "Kế hoạch", "Kết luận của Chủ tịch UBND tỉnh",
        "Thông báo kết quả xét tuyển", "Bản tin nông nghiệp", "Tin vắn", "Lịch phát sóng",
    ]
    /// Who issues them: none, or one of these (16 × 7 titles in all).
    static let issuers = [
        "", " của Sở Y tế", " của Sở Giáo dục và Đào tạo", " của UBND huyện Tân Biên", " của Công an tỉnh",
        " của Sở Nông nghiệp và Phát triển nông thôn", " của UBND thành phố Tây Ninh",
    ]

    private static let firstDay = CivilDateTime.days(year: 2015, month: 1, day: 1)
    private static let lastDay = CivilDateTime.days(year: 2024, month: 12, day: 31)

    /// The plans of all articles, in generation order.
    func plan() -> [ArticlePlan] {
        var rng = SplitMix64(seed: seed)
        let categories = Vocabulary.categories
        let categorySampler = WeightedSampler(weights: categories.map(\.weight))
        let tags = Vocabulary.rankedTags
        let tagSampler = WeightedSampler.zipf(count: tags.count, offset: 3)
        var provinceTagged = [Bool](repeating: false, count: count)
        for index in rng.permutation(count).prefix(count / 2) { provinceTagged[index] = true }

        var titles = TitleMaker()
        var repeatedFiles = Set<String>()  // "<category>/<file name>" taken
        var plans: [ArticlePlan] = []
        plans.reserveCapacity(count)
        for index in 0..<count {
            let categoryIndex = categorySampler.draw(&rng)
            let category = categories[categoryIndex]
            let topicIndex = rng.below(category.topics.count)
            let date = CivilDateTime(
                daysSinceEpoch: rng.between(Self.firstDay...Self.lastDay),
                hour: rng.between(6...21), minute: rng.below(60))
            let draft = titles.draft(
                category: category, topic: category.topics[topicIndex], year: date.year, rng: &rng)
            var (title, slug) = ("", "")
            if repeatTitles > 0, rng.chance(repeatTitles) {
                title = Self.recurringTitles[rng.below(Self.recurringTitles.count)] + Self.issuers[rng.below(Self.issuers.count)]
                let day = "\(date.year)-\(date.month < 10 ? "0" : "")\(date.month)-\(date.day < 10 ? "0" : "")\(date.day)"
                slug = "\(Slug.make(title))-\(day)"
                var number = 2
                while !repeatedFiles.insert("\(categoryIndex)/\(slug)").inserted {
                    slug = "\(Slug.make(title))-\(day)-\(number)"
                    number += 1
                }
            } else {
                (title, slug) = titles.claim(draft.title)
                repeatedFiles.insert("\(categoryIndex)/\(slug)")
            }
            let district = draft.district ?? rng.below(Vocabulary.districtUnits.count)
            plans.append(ArticlePlan(
                category: categoryIndex, topic: topicIndex, district: district,
                title: title, slug: slug, date: date,
                author: rng.below(Vocabulary.authors.count),
                views: views(&rng), featured: rng.chance(0.02), hasSummary: rng.chance(0.3),
                tags: articleTags(
                    draft: draft, category: category, province: provinceTagged[index],
                    all: tags, sampler: tagSampler, rng: &rng),
                links: links(before: index, rng: &rng)))
        }
        return plans
    }

    /// Pareto-distributed views (shape 1): median about 55, a few above 50,000.
    private func views(_ rng: inout SplitMix64) -> Int {
        let u = Double((rng.next() >> 11) + 1) * (1.0 / 9_007_199_254_740_992.0)
        return min(2_500_000, Int(30.0 / u) - 5)
    }

    /// 2–6 tags (a category tag and the named place often among them), plus "Tây Ninh" on
    /// exactly half of the articles.
    private func articleTags(
        draft: TitleMaker.Draft, category: CategorySpec, province: Bool, all: [String],
        sampler: WeightedSampler, rng: inout SplitMix64
    ) -> [String] {
        let wanted = rng.between(2...6)
        var chosen: [String] = []
        if rng.chance(0.6) { chosen.append(rng.pick(category.tags)) }
        if let commune = draft.commune, rng.chance(0.5) {
            chosen.append(Vocabulary.communes[commune].name)
        } else if let district = draft.district, rng.chance(0.5) {
            chosen.append(Vocabulary.districtNames[district])
        }
        var seen = Set(chosen.map(Slug.make))
        seen.insert(Slug.make(Vocabulary.provinceTag))
        while chosen.count < wanted {
            let tag = all[sampler.draw(&rng)]
            if seen.insert(Slug.make(tag)).inserted { chosen.append(tag) }
        }
        if province { chosen.insert(Vocabulary.provinceTag, at: rng.below(chosen.count + 1)) }
        return chosen
    }

    /// One or two distinct earlier articles (none for the first).
    private func links(before index: Int, rng: inout SplitMix64) -> [Int] {
        guard index > 0 else { return [] }
        let first = rng.below(index)
        guard index > 1, rng.chance(0.5) else { return [first] }
        var second = rng.below(index - 1)
        if second >= first { second += 1 }
        return [first, second]
    }
}
