import Foundation

/// Unicode normalisation without paying Foundation's price on text that is already NFC.
public enum TextNormalizer {
    /// `text` in NFC. Text with no combining mark, no Hangul jamo and no character that NFC
    /// replaces by another (the "singletons") is NFC already and returned as it is; Vietnamese typed
    /// in a precomposed keyboard layout always is. Anything else goes through Foundation.
    public static func nfc(_ text: String) -> String {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 && mayChangeUnderNFC(scalar.value) {
            return text.precomposedStringWithCanonicalMapping
        }
        return text
    }

    static func mayChangeUnderNFC(_ value: UInt32) -> Bool {
        switch value {
        case 0x300...0x36F, 0x374, 0x37E, 0x387, 0x483...0x489, 0x591...0x5C7, 0x610...0x61A, 0x64B...0x65F,
             0x670, 0x6D6...0x6ED, 0x900...0xDFF, 0xF00...0xFFF, 0x1100...0x11FF, 0x1AB0...0x1AFF,
             0x1B00...0x1B7F, 0x1DC0...0x1DFF, 0x1F00...0x1FFF, 0x20D0...0x20FF, 0x2126, 0x212A, 0x212B,
             0x2329, 0x232A, 0x2ADC, 0x3099, 0x309A, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFB1D...0xFB4F,
             0xFE20...0xFE2F, 0x1D15E...0x1D1C0, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
