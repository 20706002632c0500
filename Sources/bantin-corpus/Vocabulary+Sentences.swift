extension Vocabulary {
    /// Opening sentences of an article.
    static let leads = TextTemplate.list([
        "Ngày {date}/{year}, {agency} đã tổ chức hội nghị triển khai {topic} trên địa bàn tỉnh.",
        "Sáng {date}/{year}, tại {place}, {agency} phối hợp với UBND {district} tổ chức lễ ra quân {topic}.",
        "Chiều {date}/{year}, {agency} tổ chức đoàn công tác kiểm tra tình hình thực hiện {topic} tại {place}.",
        "Trong {period} năm {year}, việc thực hiện {topic} trên địa bàn tỉnh tiếp tục có nhiều chuyển biến tích cực.",
        "Thực hiện kế hoạch của UBND tỉnh, thời gian qua {agency} đã chủ động triển khai đồng bộ nhiều giải pháp để thực hiện {topic}.",
        "Ngày {date}/{year}, UBND {district} tổ chức hội nghị sơ kết {topic} {period}, triển khai nhiệm vụ thời gian tới.",
    ])

    /// Body sentences; an article uses each at most once.
    static let sentences = TextTemplate.list([
        "Theo báo cáo của {agency}, trong {period} năm {year}, toàn tỉnh đã tổ chức {n} đợt kiểm tra, giám sát việc thực hiện {topic}, đạt {pct}% kế hoạch đề ra.",
        "Tham dự hội nghị có {official}; đại diện lãnh đạo các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố.",
        "Phát biểu chỉ đạo, {official} ghi nhận những kết quả mà các địa phương đã đạt được, đồng thời yêu cầu các đơn vị tiếp tục quan tâm thực hiện tốt {topic} trong thời gian tới.",
        "Tại {place}, chính quyền địa phương đã phối hợp với các đoàn thể tổ chức {n} buổi tuyên truyền, thu hút hơn {big} lượt người dân tham gia.",
        "Tổng kinh phí thực hiện trong năm {year} là {money}, trong đó ngân sách tỉnh hỗ trợ {money}, phần còn lại được huy động từ các nguồn xã hội hóa.",
        "Bên cạnh những kết quả đạt được, việc thực hiện {topic} vẫn còn một số khó khăn như nguồn lực còn hạn chế, sự phối hợp giữa các ngành có lúc chưa chặt chẽ và một số địa phương triển khai còn chậm.",
        "Năm {year}, {district} phấn đấu có thêm {n} {outcome}, góp phần hoàn thành các chỉ tiêu phát triển kinh tế - xã hội của địa phương.",
        "Đến nay, toàn {district} đã có {big} {outcome}, tăng {n} so với cùng kỳ năm trước.",
        "Ghi nhận tại {place} cho thấy người dân đồng tình, ủng hộ và tích cực tham gia các hoạt động do địa phương tổ chức.",
        "Dịp này, {agency} đã trao giấy khen cho {n} tập thể và {n} cá nhân có thành tích xuất sắc trong thực hiện {topic}.",
        "Các đại biểu cũng đã thảo luận, làm rõ nguyên nhân của những tồn tại, hạn chế và đề xuất nhiều giải pháp thiết thực nhằm nâng cao hiệu quả {topic}.",
        "{agency} đề nghị UBND các huyện, thị xã, thành phố chỉ đạo các phòng, ban chuyên môn phối hợp chặt chẽ với ngành chức năng trong quá trình thực hiện.",
        "Theo kế hoạch, đợt kiểm tra kéo dài {n} ngày, các đoàn kiểm tra liên ngành sẽ làm việc trực tiếp tại nhiều địa phương trên địa bàn tỉnh.",
        "Trong quá trình triển khai, {agency} thường xuyên cập nhật thông tin trên Cổng thông tin điện tử tỉnh và các trang mạng xã hội để người dân kịp thời nắm bắt.",
        "Nhiều mô hình hay, cách làm hiệu quả đã được nhân rộng, tiêu biểu như mô hình tại {place} với sự tham gia của hơn {n} hộ dân.",
        "Theo ông Lâm Văn Hòa, người dân ở {commune}, nhờ sự hỗ trợ kịp thời của chính quyền, cuộc sống của gia đình ông đã ổn định hơn so với trước.",
        "So với cùng kỳ năm {prevYear}, kết quả này tăng {pct}%, cao hơn mức bình quân chung của khu vực Đông Nam Bộ.",
        "Để đạt được kết quả trên, các cấp ủy, chính quyền từ tỉnh đến cơ sở đã vào cuộc quyết liệt, huy động sức mạnh tổng hợp của cả hệ thống chính trị.",
        "Hiện nay, {agency} đang phối hợp với các đơn vị liên quan hoàn thiện hồ sơ, dự kiến trình UBND tỉnh xem xét trong {period} năm {nextYear}.",
        "Trên địa bàn {district} hiện có {big} hộ dân được hưởng lợi trực tiếp từ chương trình, trong đó có {n} hộ thuộc diện chính sách.",
        "Lãnh đạo {agency} cho biết, thời gian tới đơn vị sẽ tập trung rà soát, đánh giá lại toàn bộ quá trình thực hiện để kịp thời điều chỉnh những nội dung chưa phù hợp.",
        "Đoàn công tác cũng đã đến thăm, tặng {n} phần quà cho các hộ gia đình có hoàn cảnh khó khăn tại {commune}, mỗi phần trị giá 500.000 đồng.",
        "Qua kiểm tra, đoàn đánh giá cao sự chủ động của {place} trong việc triển khai {topic}, nhất là công tác tuyên truyền đến từng khu dân cư.",
        "Nhiều ý kiến cho rằng cần có cơ chế, chính sách đặc thù để thu hút nguồn lực xã hội tham gia thực hiện {topic} một cách bền vững.",
        "Khu vực gần {landmark} được xác định là một trong những địa bàn trọng điểm, cần tăng cường lực lượng và phương tiện trong thời gian cao điểm.",
        "Được biết, năm {prevYear}, tỉnh đã bố trí {money} để thực hiện các nội dung liên quan, qua đó tạo chuyển biến rõ nét ở nhiều địa phương.",
        "Bà Nguyễn Thị Mỹ, cán bộ phụ trách tại {commune}, cho biết địa phương đã thành lập tổ công tác, phân công cụ thể từng thành viên theo dõi, hỗ trợ người dân.",
        "Đến cuối năm {year}, tỷ lệ hoàn thành của toàn tỉnh đạt {pct}%, trong đó {district} dẫn đầu với {pct}%.",
        "Nhằm phát huy kết quả đạt được, {agency} sẽ tiếp tục tham mưu UBND tỉnh ban hành các văn bản chỉ đạo, hướng dẫn cụ thể để thực hiện {topic} trong giai đoạn mới.",
        "Cũng trong {period}, lực lượng chức năng đã phát hiện và xử lý {n} trường hợp vi phạm, xử phạt hành chính với tổng số tiền {money}.",
        "Công tác phối hợp giữa {agency} với UBND {district} ngày càng chặt chẽ, hiệu quả, tạo sự đồng thuận cao trong nhân dân.",
        "Các đơn vị được yêu cầu báo cáo kết quả thực hiện định kỳ hằng tháng, trước ngày 20, để tổng hợp báo cáo Chủ tịch UBND tỉnh.",
        "Người dân có thể liên hệ trực tiếp Bộ phận tiếp nhận và trả kết quả của {place} hoặc gửi hồ sơ qua Cổng dịch vụ công trực tuyến của tỉnh.",
        "Từ đầu năm đến nay, {district} đã huy động được {money} từ các doanh nghiệp, nhà hảo tâm để hỗ trợ người dân.",
        "Kết thúc đợt kiểm tra, {agency} sẽ tổ chức sơ kết, rút kinh nghiệm và khen thưởng kịp thời những tập thể, cá nhân tiêu biểu.",
        "Trong năm {year}, toàn tỉnh có {big} {outcome}, vượt {pct}% so với chỉ tiêu Nghị quyết HĐND tỉnh giao.",
    ])

    /// The sentence that introduces a list.
    static let listIntros = TextTemplate.list([
        "Các nhiệm vụ trọng tâm trong thời gian tới gồm:",
        "Cụ thể, {agency} đề ra một số giải pháp sau:",
        "Để thực hiện {topic} năm {nextYear}, tỉnh tập trung vào các nội dung:",
        "Hội nghị thống nhất một số nội dung chính như sau:",
    ])

    /// List items.
    static let listItems = TextTemplate.list([
        "Tăng cường công tác tuyên truyền, vận động người dân tham gia {topic}.",
        "Rà soát, cập nhật danh sách các đối tượng thụ hưởng tại {place}.",
        "Bố trí đủ nguồn lực, kinh phí cho các nội dung trọng tâm năm {year}.",
        "Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành.",
        "Kiểm tra, giám sát định kỳ và đột xuất việc thực hiện tại cơ sở.",
        "Phấn đấu đến cuối năm {year} có thêm {n} {outcome}.",
        "Kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.",
        "Phối hợp chặt chẽ với UBND {district} trong quá trình triển khai.",
        "Xử lý nghiêm các trường hợp vi phạm, không để kéo dài.",
        "Nhân rộng các mô hình hiệu quả tại {place}.",
        "Nâng cao chất lượng đội ngũ cán bộ làm công tác chuyên môn ở cơ sở.",
        "Tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày {date}/{nextYear}.",
    ])

    /// Quoted remarks, written as a block quote.
    static let quotes = TextTemplate.list([
        "“Chúng tôi xác định {topic} là nhiệm vụ trọng tâm, phải được triển khai thường xuyên, liên tục và có sự tham gia của cả hệ thống chính trị”, {official} nhấn mạnh.",
        "“Thời gian tới, địa phương sẽ tiếp tục rà soát, hỗ trợ kịp thời để không ai bị bỏ lại phía sau”, {official} cho biết.",
        "“Kết quả năm {year} là nền tảng quan trọng để tỉnh thực hiện thắng lợi các mục tiêu của năm {nextYear}”, {official} khẳng định.",
        "“Người dân rất phấn khởi vì được tham gia bàn bạc, quyết định những việc thiết thực của địa phương”, {official} chia sẻ.",
        "“Chúng tôi mong muốn tiếp tục nhận được sự quan tâm, hỗ trợ của các sở, ngành để {place} hoàn thành chỉ tiêu đề ra”, {official} đề nghị.",
        "“Mỗi cán bộ, đảng viên phải gương mẫu, đi đầu trong thực hiện {topic}”, {official} yêu cầu.",
    ])

    /// Section headings.
    static let headings = TextTemplate.list([
        "Kết quả nổi bật", "Những khó khăn, vướng mắc", "Nhiệm vụ trọng tâm năm {nextYear}",
        "Nhiều cách làm sáng tạo ở cơ sở", "Huy động sức mạnh tổng hợp",
        "Chuyển biến rõ nét tại {district}", "Tập trung các giải pháp đột phá",
        "Người dân đồng tình, hưởng ứng", "Kiến nghị, đề xuất",
        "Tiếp tục đổi mới phương thức thực hiện", "Hướng đến mục tiêu bền vững",
        "Ghi nhận tại {place}",
    ])

    /// Front-matter summaries.
    static let summaries = TextTemplate.list([
        "{agency} cho biết, trong {period} năm {year}, việc thực hiện {topic} trên địa bàn tỉnh đạt nhiều kết quả tích cực, tạo chuyển biến rõ nét ở cơ sở.",
        "Năm {year}, {district} phấn đấu có thêm {n} {outcome}; {agency} đề nghị các địa phương tập trung nguồn lực để hoàn thành chỉ tiêu.",
        "Đoàn công tác của {agency} đã kiểm tra tình hình thực hiện {topic} tại {place} và ghi nhận nhiều cách làm hiệu quả.",
        "Tổng kinh phí thực hiện {topic} năm {year} là {money}, phần lớn được huy động từ xã hội hóa.",
    ])
}
