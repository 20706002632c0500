import Testing

@testable import BanTin

/// The "Tin liên quan" ranking on small sites whose expected lists are argued in each test.
@Suite("Related news")
struct RelatedTests {
    typealias F = ArticleFactory

    @Test func editorsChoicesComeFirstInTheirOrder() {
        // "dich" shares a tag with "dau-tu"; the editor still puts "le-hoi" then "giao-thong" first,
        // even though neither shares anything, and "le-hoi" is newer (explicit choices ignore dates).
        let articles = [
            F.article("dau-tu", day: 20, tags: ["đầu tư"], related: ["le-hoi", "giao-thong"]),
            F.article("le-hoi", day: 25),
            F.article("giao-thong", day: 3),
            F.article("dich", day: 10, tags: ["đầu tư"]),
        ]
        #expect(F.related(of: "dau-tu", in: articles) == ["le-hoi", "giao-thong", "dich"])
    }

    @Test func rareSharedTagsBeatCommonOnes() {
        // "hiếm" is on 2 of 12 articles (ln(1 + 12/2) ≈ 1.95), "phổ biến" on 8 (ln(1 + 12/8) ≈ 0.92): the article
        // sharing only the rare tag wins although the common-tag one is closer in date and has more views.
        var articles = [
            F.article("goc", day: 20, tags: ["hiếm", "phổ biến"]),
            F.article("chung-hiem", day: 5, tags: ["hiếm"]),
            F.article("chung-pho-bien", day: 19, tags: ["phổ biến"], views: 900),
        ]
        articles += (0..<6).map { F.article("pb-\($0)", day: 1, tags: ["phổ biến"]) }
        articles += (0..<3).map { F.article("le-\($0)", day: 1) }
        #expect(F.related(of: "goc", in: articles).prefix(2) == ["chung-hiem", "chung-pho-bien"])
    }

    @Test func tagOnTooManyArticlesIsIgnored() {
        // "Tây Ninh" is on 21 of 30 articles: more than 20 % and more than the floor of 10, so it
        // says nothing; only "cao su" links "goc" to "cao-su".
        var articles = [
            F.article("goc", day: 20, tags: ["Tây Ninh", "cao su"]),
            F.article("cao-su", day: 2, tags: ["cao su"]),
        ]
        articles += (0..<20).map { F.article("tn-\($0)", day: 10, tags: ["Tây Ninh"]) }
        articles += (0..<8).map { F.article("x-\($0)", day: 1) }
        #expect(F.related(of: "goc", in: articles) == ["cao-su"])
        // With a higher share allowed, the Tây Ninh articles come back after it.
        var loose = RelatedConfig()
        loose.maxTagShare = 0.9
        #expect(F.related(of: "goc", in: articles, config: loose).count == 5)
    }

    @Test func sameCategoryGetsABonus() {
        // Both candidates share one tag and are 5 days away; the one in the same category wins.
        let articles = [
            F.article("goc", day: 20, tags: ["mía đường"]),
            F.article("khac-muc", day: 15, category: F.economy, tags: ["mía đường"], views: 500),
            F.article("cung-muc", day: 15, tags: ["mía đường"]),
        ]
        #expect(F.related(of: "goc", in: articles) == ["cung-muc", "khac-muc"])
    }

    @Test func closerInDateRanksHigher() {
        // Same tag, same category; 2 days apart beats 18 days apart, whatever the views.
        let articles = [
            F.article("goc", day: 20, tags: ["khô hạn"]),
            F.article("xa", day: 2, tags: ["khô hạn"], views: 5000),
            F.article("gan", day: 18, tags: ["khô hạn"]),
        ]
        #expect(F.related(of: "goc", in: articles) == ["gan", "xa"])
    }

    @Test func newerArticlesAreLeftOutByDefault() {
        // "moi" is newer than "goc": by default it is not listed, so goc's list stays stable
        // when news is published; the switch lets it in (it is closer in date, so first).
        let articles = [
            F.article("goc", day: 10, tags: ["lễ hội"]),
            F.article("moi", day: 11, tags: ["lễ hội"]),
            F.article("cu", day: 1, tags: ["lễ hội"]),
        ]
        #expect(F.related(of: "goc", in: articles) == ["cu"])
        var newer = RelatedConfig()
        newer.includeNewer = true
        #expect(F.related(of: "goc", in: articles, config: newer) == ["moi", "cu"])
    }

    @Test func tiesAreBrokenByViewsThenDeterministically() {
        // Three candidates identical in tags, category and date: more views first; equal views
        // fall back to the index order (path), the same on every run and machine.
        let articles = [
            F.article("goc", day: 20, tags: ["du lịch"]),
            F.article("b-it-xem", day: 10, tags: ["du lịch"], views: 1),
            F.article("c-nhieu-xem", day: 10, tags: ["du lịch"], views: 99),
            F.article("a-it-xem", day: 10, tags: ["du lịch"], views: 1),
        ]
        let expected = ["c-nhieu-xem", "a-it-xem", "b-it-xem"]
        #expect(F.related(of: "goc", in: articles) == expected)
        #expect(F.related(of: "goc", in: articles.reversed()) == expected)
    }

    @Test func otherNewsNeverRepeatsRelated() {
        let articles = [
            F.article("goc", day: 20, tags: ["y tế"]),
            F.article("lien-quan", day: 19, tags: ["y tế"]),
            F.article("ke-tiep", day: 18),
            F.article("sau-nua", day: 17),
        ]
        let index = SiteIndex(articles: articles)
        let position = index.articles.firstIndex { $0.slug == "goc" } ?? 0
        let related = index.related[position]
        let other = index.otherNews(for: position, count: 8, excluding: related).map { index.articles[$0].slug }
        #expect(related.map { index.articles[$0].slug } == ["lien-quan"])
        #expect(other == ["ke-tiep", "sau-nua"])
    }
}
