/// A named hole in a template sentence, filled per article by `SlotFiller`.
enum Slot: String, Sendable {
    case agency, topic, place, district, commune, landmark, official
    case outcome, period, year, prevYear, nextYear, date, n, big, pct, money
}
