/// The running bantin's own executable: its size and modification time. Caches of what bantin
/// computed (`ArticleMemo`) are keyed by it, so a new bantin never reuses an old one's work.
public enum ProgramStamp {
    public static let current: String = FileStamp.of("/proc/self/exe")
}
