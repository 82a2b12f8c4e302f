import Foundation

public enum Samples {
    public static var names: [String] { ["terek-2022", "vladivostok-2020", "seryshevo-2023"] }
    public static func install(_ name: String, into: URL) throws(StoreError) { throw StoreError("не реализовано") }
}
