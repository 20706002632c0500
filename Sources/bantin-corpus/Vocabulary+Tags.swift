extension Vocabulary {
    /// The tag every second article carries, kept out of the Zipf-ranked list.
    static let provinceTag = "Tây Ninh"

    /// Topic tags, roughly from most to least used.
    static let topicTags = [
        "hộ nghèo", "chuyển đổi số", "nông thôn mới", "đầu tư", "COVID-19",
        "cải cách hành chính", "doanh nghiệp", "an sinh xã hội", "giáo dục", "y tế",
        "an toàn giao thông", "du lịch", "nông nghiệp", "biên giới", "ngân sách",
        "an ninh trật tự", "dịch vụ công trực tuyến", "việc làm", "người có công", "môi trường",
        "đất đai", "xuất khẩu", "thể thao", "HĐND tỉnh", "bầu cử", "xây dựng Đảng",
        "phổ biến pháp luật", "thi tốt nghiệp THPT", "bảo hiểm y tế", "sốt xuất huyết",
        "an toàn thực phẩm", "OCOP", "khởi nghiệp", "cao su", "mãng cầu", "hợp tác xã",
        "phòng cháy chữa cháy", "tuyển quân", "núi Bà Đen", "lễ hội", "khuyến học",
        "trường chuẩn quốc gia", "tiếp xúc cử tri", "hiến máu", "công nghệ thông tin",
        "du lịch cộng đồng", "bóng đá", "việt dã", "phòng chống đuối nước", "thông báo",
        "tuyển dụng", "thủ tục hành chính", "đấu giá", "tiêm chủng", "mía đường", "sắn",
        "điện mặt trời", "thủy lợi", "hạn hán", "mùa mưa bão", "giá cả thị trường",
        "Tết Nguyên đán", "người cao tuổi", "trẻ em", "thanh niên", "phụ nữ", "nông dân",
        "công nhân", "dân tộc thiểu số", "tôn giáo", "Cao Đài", "đại đoàn kết",
        "nhà đại đoàn kết", "nhà tình nghĩa", "Mẹ Việt Nam anh hùng", "thương binh liệt sĩ",
        "ngày 27/7", "ngày 30/4", "Quốc khánh 2/9", "Xuân biên phòng", "Campuchia",
        "Svay Rieng", "Tbong Khmum", "hợp tác quốc tế", "khu công nghiệp", "khu kinh tế",
        "logistics", "thương mại điện tử", "xúc tiến thương mại", "thuế", "kho bạc",
        "tín dụng chính sách", "ngân hàng", "vốn đầu tư công", "giải ngân", "quy hoạch",
        "đô thị", "giao thông", "cao tốc", "quốc lộ 22", "đường Hồ Chí Minh", "cầu",
        "nước sạch", "điện nông thôn", "rác thải", "biến đổi khí hậu", "rừng", "kiểm lâm",
        "chăn nuôi", "dịch tả heo châu Phi", "thú y", "bảo vệ thực vật", "VietGAP",
        "lúa", "rau an toàn", "cây ăn quả", "thủy sản", "khoa học công nghệ", "sáng kiến",
        "sở hữu trí tuệ", "đo lường chất lượng", "an toàn thông tin", "chính quyền số",
        "đô thị thông minh", "căn cước công dân", "định danh điện tử", "VNeID",
        "thanh toán không dùng tiền mặt", "bưu chính", "báo chí", "phát thanh truyền hình",
        "văn hóa", "di tích", "bảo tàng", "thư viện", "nghệ thuật", "đờn ca tài tử",
        "gia đình văn hóa", "bình đẳng giới", "phòng chống bạo lực gia đình",
        "phòng chống ma túy", "phòng chống tham nhũng", "thanh tra", "tiếp công dân",
        "khiếu nại tố cáo", "tư pháp", "hộ tịch", "công chứng", "trợ giúp pháp lý",
        "thi đua khen thưởng", "cán bộ công chức", "tinh giản biên chế", "sắp xếp đơn vị hành chính",
        "dân vận khéo", "quy chế dân chủ", "Mặt trận Tổ quốc", "Công đoàn", "Đoàn thanh niên",
        "Hội Nông dân", "Hội Cựu chiến binh", "Hội Chữ thập đỏ", "quân sự địa phương",
        "dân quân tự vệ", "diễn tập", "biên phòng", "cột mốc", "xuất nhập cảnh",
        "buôn lậu", "hàng giả", "quản lý thị trường", "tội phạm", "lừa đảo qua mạng",
        "tai nạn giao thông", "đăng kiểm", "vận tải", "xe buýt", "cáp treo", "homestay",
        "ẩm thực", "bánh tráng phơi sương", "muối tôm", "sản phẩm đặc sản", "học sinh giỏi",
        "tuyển sinh lớp 10", "năm học mới", "giáo viên", "sách giáo khoa", "học bổng",
        "bán trú", "mầm non", "đại học", "giáo dục nghề nghiệp", "bệnh viện",
        "trạm y tế", "bác sĩ gia đình", "vắc xin", "tay chân miệng", "dinh dưỡng",
        "dân số", "người khuyết tật", "bảo hiểm xã hội", "bảo hiểm thất nghiệp",
        "xuất khẩu lao động", "tiền lương", "nhà ở xã hội", "chợ", "siêu thị",
    ]

    /// Every tag an article may draw, most frequent first: topics, with a place name after
    /// every third topic so a few places rank high, then the remaining places. Tags whose
    /// slugs repeat an earlier one (or "Tây Ninh") are dropped.
    static let rankedTags: [String] = {
        let places = districtNames + communes.map(\.name) + landmarks.map(\.uppercasedFirst)
        var remainingPlaces = places.makeIterator()
        var merged: [String] = []
        for (index, topic) in topicTags.enumerated() {
            merged.append(topic)
            if index % 3 == 2, let place = remainingPlaces.next() { merged.append(place) }
        }
        while let place = remainingPlaces.next() { merged.append(place) }
        var seen: Set<String> = [Slug.make(provinceTag)]
        return merged.filter { seen.insert(Slug.make($0)).inserted }
    }()
}
