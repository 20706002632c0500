extension Vocabulary {
    /// Districts, towns and the provincial city, as written inside a sentence.
    static let districtUnits = [
        "thành phố Tây Ninh", "thị xã Hòa Thành", "thị xã Trảng Bàng", "huyện Gò Dầu",
        "huyện Bến Cầu", "huyện Châu Thành", "huyện Tân Biên", "huyện Tân Châu",
        "huyện Dương Minh Châu",
    ]

    /// Short district names, used at the start of titles and as tags.
    static let districtNames = [
        "Thành phố Tây Ninh", "Hòa Thành", "Trảng Bàng", "Gò Dầu", "Bến Cầu", "Châu Thành",
        "Tân Biên", "Tân Châu", "Dương Minh Châu",
    ]

    /// Wards, communes and townships, by district.
    static let communes: [Commune] = {
        let table: [(Int, String, [String])] = [
            (0, "phường", ["Ninh Sơn", "Ninh Thạnh", "Hiệp Ninh", "Phường IV"]),
            (0, "xã", ["Bình Minh", "Tân Bình", "Thạnh Tân"]),
            (1, "phường", ["Long Hoa", "Long Thành Bắc", "Long Thành Trung", "Hiệp Tân"]),
            (1, "xã", ["Long Thành Nam", "Trường Tây", "Trường Đông", "Trường Hòa"]),
            (2, "phường", ["An Tịnh", "Lộc Hưng", "Gia Lộc", "Gia Bình", "An Hòa"]),
            (2, "xã", ["Phước Chỉ", "Phước Bình", "Hưng Thuận", "Đôn Thuận"]),
            (3, "thị trấn", ["Gò Dầu"]),
            (3, "xã", ["Thanh Phước", "Phước Đông", "Bàu Đồn", "Hiệp Thạnh", "Cẩm Giang",
                       "Thạnh Đức", "Phước Trạch"]),
            (4, "thị trấn", ["Bến Cầu"]),
            (4, "xã", ["Lợi Thuận", "Long Thuận", "Tiên Thuận", "An Thạnh", "Long Chữ",
                       "Long Giang", "Long Phước", "Long Khánh"]),
            (5, "thị trấn", ["Châu Thành"]),
            (5, "xã", ["Thái Bình", "Hòa Hội", "Biên Giới", "Thành Long", "Ninh Điền",
                       "Phước Vinh", "Trí Bình", "Hảo Đước", "An Bình", "An Cơ", "Đồng Khởi"]),
            (6, "thị trấn", ["Tân Biên"]),
            (6, "xã", ["Tân Lập", "Thạnh Bắc", "Thạnh Tây", "Hòa Hiệp", "Mỏ Công", "Trà Vong",
                       "Tân Phong"]),
            (7, "thị trấn", ["Tân Châu"]),
            (7, "xã", ["Tân Hà", "Tân Đông", "Tân Hòa", "Suối Ngô", "Suối Dây", "Tân Hiệp",
                       "Tân Hội", "Tân Hưng", "Tân Phú", "Tân Thành"]),
            (8, "thị trấn", ["Dương Minh Châu"]),
            (8, "xã", ["Suối Đá", "Phan", "Phước Ninh", "Phước Minh", "Bàu Năng", "Chà Là",
                       "Cầu Khởi", "Truông Mít", "Lộc Ninh", "Bến Củi"]),
        ]
        var result: [Commune] = []
        for (district, kind, names) in table {
            for name in names {
                let unit = name.hasPrefix("Phường") ? name.lowercasedFirst : "\(kind) \(name)"
                result.append(Commune(unit: unit, name: name, district: district))
            }
        }
        return result
    }()

    /// Landmarks and economic zones, used in sentences and as tags.
    static let landmarks = [
        "núi Bà Đen", "hồ Dầu Tiếng", "Tòa Thánh Tây Ninh", "cửa khẩu Mộc Bài",
        "cửa khẩu Xa Mát", "Vườn quốc gia Lò Gò - Xa Mát", "Khu công nghiệp Trảng Bàng",
        "Khu công nghiệp Phước Đông", "Khu kinh tế cửa khẩu Mộc Bài", "sông Vàm Cỏ Đông",
        "Khu công nghiệp Thành Thành Công", "Khu công nghiệp Chà Là",
        "Căn cứ Trung ương Cục miền Nam", "Di tích Địa đạo An Thới",
    ]

    /// About thirty bylines.
    static let authors = [
        "Công Phong", "Thanh Tâm", "Minh Hùng", "Ngọc Ánh", "Hoàng Yến", "Văn Đức", "Thu Hà",
        "Quốc Bảo", "Thanh Hương", "Hữu Lộc", "Mỹ Linh", "Trần Khánh", "Bảo Ngọc", "Đức Thịnh",
        "Kim Ngân", "Phương Thảo", "Minh Khoa", "Lê Hiếu", "Thanh Nga", "Tuấn Anh",
        "Hồng Nhung", "Nguyễn Sang", "Ngọc Diệp", "Trung Kiên", "Thúy Vân", "Duy Khánh",
        "Hải Đăng", "Phúc Hậu", "Lan Anh", "Tường Vi", "Khắc Huy",
    ]

    /// Fictional officials quoted in bodies: name and title.
    static let officials = [
        "ông Trần Văn Hải, Phó Chủ tịch UBND tỉnh", "bà Nguyễn Thị Thu, Phó Chủ tịch HĐND tỉnh",
        "ông Lê Minh Tâm, Giám đốc sở", "bà Phạm Thị Hồng, Phó Giám đốc sở",
        "ông Võ Thành Nhân, Chủ tịch UBND huyện", "ông Đặng Quốc Việt, Bí thư Huyện ủy",
        "bà Huỳnh Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh",
        "ông Nguyễn Hoàng Phúc, Trưởng ban Dân vận Tỉnh ủy",
        "ông Phan Văn Lợi, Chủ tịch UBND xã", "bà Trương Ngọc Hân, Trưởng phòng Kế hoạch",
        "ông Đỗ Thanh Bình, Chánh Văn phòng UBND tỉnh", "ông Lâm Văn Sơn, Trưởng ấp",
        "bà Dương Thị Lan, Bí thư Đảng ủy xã", "ông Tạ Quang Huy, Phó Giám đốc Công an tỉnh",
        "ông Mai Xuân Trường, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "bà Kiều Thị Ngọc, Giám đốc Trung tâm Y tế huyện",
    ]

    /// Parts of a year used in titles and bodies.
    static let periods = [
        "quý I", "quý II", "quý III", "quý IV", "6 tháng đầu", "9 tháng",
        "đợt cao điểm", "dịp Tết Nguyên đán",
    ]
}

extension Vocabulary {
    /// Indices into `communes`, grouped by district.
    static let communesByDistrict: [[Int]] = {
        var groups = Array(repeating: [Int](), count: districtUnits.count)
        for (index, commune) in communes.enumerated() { groups[commune.district].append(index) }
        return groups
    }()
}
