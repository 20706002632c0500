/// The statement as one self-contained, printable HTML page: the site and the period, one table
/// per author with its sum, the grand total, and places to sign. Every text is escaped.
public enum RoyaltyHTML {
    public static func page(_ statement: RoyaltyStatement) -> String {
        let title = "Bảng kê nhuận bút \(statement.period.vietnamese)"
        var html = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>\(escape(title)) — \(escape(statement.siteTitle))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header>
            <p class="site">\(escape(statement.siteTitle))</p>
            <h1>\(escape(title.prefix(1).uppercased() + title.dropFirst()))</h1>
            <p class="basis">Giá trị một đơn vị hệ số: \(money(statement.unit)); hệ số mỗi ảnh: \(escape(statement.photo.vietnamese)).\
            \(statement.author.map { " Tác giả: \(escape($0))." } ?? "")</p>
            </header>
            <main>

            """
        for group in statement.groups {
            html += """
                <section>
                <h2>\(escape(group.author))</h2>
                <table>
                <colgroup><col class="stt"><col><col class="day"><col class="type"><col class="num"><col class="num"><col class="num"><col class="money"></colgroup>
                <thead><tr><th>STT</th><th>Tiêu đề</th><th>Ngày</th><th>Loại</th><th class="n">Số trang</th>\
                <th class="n">Số ảnh</th><th class="n">Hệ số</th><th class="n">Số tiền</th></tr></thead>
                <tbody>

                """
            for line in group.lines {
                let coefficient = line.coefficient.map { escape($0.vietnamese) } ?? "<span title=\"Số tiền ấn định trong bài (royalty:)\">ấn định</span>"
                html += "<tr><td class=\"n\">\(line.number)</td><td>\(escape(line.title))</td><td>\(line.date.shortDate)</td>"
                    + "<td>\(escape(line.typeLabel))</td><td class=\"n\">\(line.pages)</td><td class=\"n\">\(line.photos)</td>"
                    + "<td class=\"n\">\(coefficient)</td><td class=\"n\">\(money(line.amount))</td></tr>\n"
            }
            html += """
                </tbody>
                <tfoot><tr><th colspan="7">Cộng: \(escape(group.author)) (\(group.lines.count) bài)</th>\
                <td class="n">\(money(group.total))</td></tr></tfoot>
                </table>
                </section>

                """
        }
        if statement.groups.isEmpty { html += "<p>Không có bài viết nào trong kỳ này.</p>\n" }
        html += """
            <p class="total">Tổng cộng: \(statement.articleCount) bài, \(statement.groups.count) tác giả: <strong>\(money(statement.total))</strong></p>
            </main>
            <footer>
            <div><strong>Người lập biểu</strong><br>(Ký, ghi rõ họ tên)</div>
            <div><strong>Kế toán</strong><br>(Ký, ghi rõ họ tên)</div>
            <div><strong>Thủ trưởng đơn vị</strong><br>(Ký, đóng dấu)</div>
            </footer>
            </body>
            </html>

            """
        return html
    }

    static func money(_ amount: Int) -> String { VietnameseMoney.format(amount) }

    static func escape<Text: StringProtocol>(_ text: Text) -> String { FastHTMLEscape.escape(String(text)) }

    static let style = """
        body { font: 15px/1.4 "Times New Roman", Times, serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
        header { text-align: center; }
        .site { text-transform: uppercase; font-weight: bold; margin: 0; }
        h1 { font-size: 1.5rem; margin: .5rem 0; }
        h2 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        col.stt { width: 3rem; } col.day { width: 6.5rem; } col.type { width: 9rem; } col.num { width: 5.2rem; } col.money { width: 8.5rem; }
        th, td { border: 1px solid #444; padding: .25rem .4rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        thead th { background: #eee; }
        .n { text-align: right; white-space: nowrap; }
        tfoot th { text-align: right; }
        .total { font-size: 1.1rem; text-align: right; margin-top: 1.5rem; }
        footer { display: flex; justify-content: space-between; margin-top: 2.5rem; text-align: center; }
        footer div { flex: 1; min-height: 6rem; }
        @media print {
          body { margin: 0; max-width: none; font-size: 12pt; }
          @page { size: A4; margin: 15mm; }
          thead th { background: none; }
          section { break-inside: avoid-page; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
        }
        """
}
