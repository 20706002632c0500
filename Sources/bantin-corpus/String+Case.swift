extension String {
    /// The string with its first character lower-cased ("Phường IV" → "phường IV").
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }

    /// The string with its first character upper-cased ("xã Tân Hà" → "Xã Tân Hà").
    var uppercasedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
