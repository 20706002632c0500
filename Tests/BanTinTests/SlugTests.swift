import Testing

@testable import BanTin

@Suite("Slugs")
struct SlugTests {
    @Test(arguments: [
        ("Năm 2020: Phấn đấu không còn hộ nghèo theo chuẩn Trung ương",
         "nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong"),
        ("Đường Đồng Khởi", "duong-dong-khoi"),
        ("Tin Chuyên Ngành", "tin-chuyen-nganh"),
        ("Văn hóa - Xã hội", "van-hoa-xa-hoi"),
        ("  Ưu tiên   ƯỚC  ", "uu-tien-uoc"),
        ("Sởi - Rubella: tiêm bổ sung!", "soi-rubella-tiem-bo-sung"),
        ("Kế hoạch 490/KH-UBND", "ke-hoach-490-kh-ubnd"),
        ("Thủy, thuỷ, THỦY", "thuy-thuy-thuy"),
        ("???", ""),
        ("—", ""),
        ("COVID-19", "covid-19"),
    ])
    func slug(_ input: String, _ expected: String) {
        #expect(Slugger.slug(input) == expected)
    }

    @Test func decomposedAndComposedGiveTheSameSlug() {
        let composed = "Hộ nghèo Đồng Khởi"
        #expect(Slugger.slug(composed.decomposedStringWithCanonicalMapping) == Slugger.slug(composed))
    }

    @Test func foldRemovesTonesAndMapsD() {
        #expect(Slugger.fold("  Đầu   TƯ  ") == "dau tu")
    }
}
