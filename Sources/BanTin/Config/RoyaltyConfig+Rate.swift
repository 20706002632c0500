extension RoyaltyConfig {
    /// The genre and grade an article is paid by: its `type:` (else `default_type`) and its
    /// `grade:` (else the genre's `default_grade`), or the problems at those lines.
    public func rate(of royalty: ArticleRoyalty) -> (genre: RoyaltyGenre, grade: RoyaltyGenre.Grade)? {
        rateOrProblems(of: royalty).rate
    }

    /// The problems of `type:` and `grade:` against this table (none when both are known).
    public func problems(of royalty: ArticleRoyalty) -> [Diagnostic] {
        rateOrProblems(of: royalty).problems
    }

    private func rateOrProblems(of royalty: ArticleRoyalty) -> (rate: (genre: RoyaltyGenre, grade: RoyaltyGenre.Grade)?, problems: [Diagnostic]) {
        let chosen: RoyaltyGenre
        if let type = royalty.type {
            guard let found = self.genre(named: type.value) else {
                return (nil, [.error(
                    type.location, vi: "Loại bài viết \"\(type.value)\" không có trong bảng nhuận bút.",
                    en: "Genre \"\(type.value)\" is not in the royalty table.",
                    hintVI: "Chọn một trong: \(knownGenres)\(isGiven ? "; hoặc thêm loại này vào `royalty.types` của site.yml" : " (bảng mặc định; site.yml có thể khai báo bảng riêng ở `royalty:`)").",
                    hintEN: "Use one of: \(knownGenres)\(isGiven ? "; or add it to `royalty.types` in site.yml" : " (the default table; site.yml may declare its own under `royalty:`)").")])
            }
            chosen = found
        } else {
            guard let found = genre(named: defaultType) ?? types.first else { return (nil, []) }
            chosen = found
        }
        let genre = chosen
        let gradeName = royalty.grade?.value ?? genre.defaultGrade
        guard let grade = genre.grade(named: gradeName) ?? (royalty.grade == nil ? genre.grades.first : nil) else {
            let known = genre.grades.map(\.name).joined(separator: ", ")
            let location = royalty.grade?.location ?? royalty.type?.location ?? SourceLocation(path: "site.yml")
            return (nil, [.error(
                location, vi: "Mức \"\(gradeName)\" không có trong loại \"\(genre.name)\" của bảng nhuận bút.",
                en: "Grade \"\(gradeName)\" is not a grade of genre \"\(genre.name)\" in the royalty table.",
                hintVI: "Chọn một trong: \(known); hoặc xóa dòng `grade:` để dùng mức mặc định \(genre.defaultGrade).",
                hintEN: "Use one of: \(known); or delete the `grade:` line for the default grade \(genre.defaultGrade).")])
        }
        return ((genre, grade), [])
    }
}
