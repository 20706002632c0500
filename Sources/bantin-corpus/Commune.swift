/// A ward, commune or township and the district it belongs to.
struct Commune: Sendable {
    /// "xã Tân Hà".
    let unit: String
    /// "Tân Hà", used as a tag.
    let name: String
    /// Index into `Vocabulary.districtUnits`.
    let district: Int
}
