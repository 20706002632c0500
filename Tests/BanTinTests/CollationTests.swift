import Testing

@testable import BanTin

@Suite("Vietnamese order and tag merging")
struct CollationTests {
    @Test func alphabetOrder() {
        let words = ["đầu tư", "dân số", "du lịch", "ăn uống", "ân tình", "an ninh", "bầu cử", "ê kíp", "em bé", "ơn nghĩa", "ôn tập", "ong", "ưu tiên", "uống", "y tế", "xã hội"]
        let sorted = VietnameseCollation.sorted(words) { $0 }
        #expect(sorted == ["an ninh", "ăn uống", "ân tình", "bầu cử", "dân số", "du lịch", "đầu tư", "em bé", "ê kíp", "ong", "ôn tập", "ơn nghĩa", "uống", "ưu tiên", "xã hội", "y tế"])
    }

    @Test func lettersBeforeTones() {
        // "hộ nghèo" sorts with the h-o words by letters; tones only decide between equal letters.
        let sorted = VietnameseCollation.sorted(["hồ sơ", "hộ nghèo", "họp", "ho", "hò", "hỏ", "hõ", "hó", "họ"]) { $0 }
        // "họp" before "hộ nghèo" (o before ô); "hộ nghèo" before "hồ sơ" (n before s) although
        // huyền comes before nặng: the tones only count when the letters are equal.
        #expect(sorted == ["ho", "hò", "hỏ", "hõ", "hó", "họ", "họp", "hộ nghèo", "hồ sơ"])
    }

    @Test func dAfterEveryD() {
        let sorted = VietnameseCollation.sorted(["Đồng Khởi", "dz", "Dương Minh Châu", "duy"]) { $0 }
        // u before ư before z; every đ after every d.
        #expect(sorted == ["duy", "Dương Minh Châu", "dz", "Đồng Khởi"])
    }

    @Test func spellingsMergeIntoOneTag() {
        typealias F = ArticleFactory
        let articles = [
            F.article("a", day: 1, tags: ["Tây Ninh"]),
            F.article("b", day: 2, tags: ["tây ninh"]),
            F.article("c", day: 3, tags: ["Tây Ninh".decomposedStringWithCanonicalMapping]),
            F.article("d", day: 4, tags: ["Tây  Ninh ", "Hòa Thành"]),
            F.article("e", day: 5, tags: ["Tây Ninh"]),
        ]
        let tags = Taxonomy(articles: SiteIndex(articles: articles).articles) { $0.tags }
        #expect(tags.terms.map(\.name) == ["Hòa Thành", "Tây Ninh"])
        #expect(tags.terms.map(\.slug) == ["hoa-thanh", "tay-ninh"])
        #expect(tags.terms.last?.members.count == 5)
    }

    @Test func tagsThatSlugAlikeGetDistinctURLs() {
        typealias F = ArticleFactory
        let articles = [F.article("a", day: 1, tags: ["hồ nghèo", "hộ nghèo", "???"])]
        let tags = Taxonomy(articles: articles) { $0.tags }
        #expect(Set(tags.terms.map(\.slug)) == ["ho-ngheo", "ho-ngheo-2", "khong-ten"])
    }
}
