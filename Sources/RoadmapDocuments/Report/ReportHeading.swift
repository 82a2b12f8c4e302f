import Foundation

/// The report's heading built from the roadmap's own title, the way seed
/// documents write it: «Информационная справка об итогах реализации» and the
/// title put into the genitive («План мероприятий …» → «плана мероприятий …»).
public enum ReportHeading {
    static let lead = "Информационная справка об итогах реализации"

    public static func heading(for title: String) -> String {
        "\(lead) \(genitive(title))"
    }

    /// The first words of roadmap titles as the documents print them, and
    /// their genitive. Longest first, so «Муниципальная дорожная карта»
    /// wins over «Дорожная карта».
    static let openings: [(nominative: String, genitive: String)] = [
        ("муниципальная «дорожная карта»", "муниципальной «дорожной карты»"),
        ("муниципальная дорожная карта", "муниципальной дорожной карты"),
        ("муниципальный план", "муниципального плана"),
        ("«дорожная карта»", "«дорожной карты»"),
        ("дорожная карта", "дорожной карты"),
        ("комплексный план", "комплексного плана"),
        ("комплекс мер", "комплекса мер"),
        ("программа", "программы"),
        ("план", "плана"),
    ]

    /// The title in the genitive when it opens with a known phrase; else the
    /// title quoted after «документа», which is always grammatical.
    static func genitive(_ title: String) -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let folded = trimmed.lowercased()
        for opening in openings {
            let length = opening.nominative.count
            guard folded.hasPrefix(opening.nominative) else { continue }
            let rest = trimmed.dropFirst(length)
            // A whole word only: «Планирование» is not «План».
            if let next = rest.first, next.isLetter { continue }
            return opening.genitive + rest
        }
        return "документа «\(trimmed)»"
    }
}
