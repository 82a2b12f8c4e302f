import Foundation
import RoadmapModel

/// The report's heading built from the roadmap's own title, the way seed
/// documents write it: the title put into the genitive («План мероприятий
/// …» → «плана мероприятий …»), and the lead by the moment — «о ходе
/// реализации … по состоянию на 30.06.2022» while the period runs, «об
/// итогах реализации …» from its last day on.
public enum ReportHeading {
    static let lead = "Информационная справка об итогах реализации"
    static let progressLead = "Информационная справка о ходе реализации"

    public static func heading(for title: String) -> String {
        "\(lead) \(genitive(title))"
    }

    public static func heading(for title: String, period: Period, asOf: Day) -> String {
        isFinal(period: period, asOf: asOf)
            ? heading(for: title)
            : "\(progressLead) \(genitive(title)) по состоянию на \(asOf.russian)"
    }

    /// From the period's last day the справка reports the results.
    public static func isFinal(period: Period, asOf: Day) -> Bool { asOf >= period.end }

    /// «приказом Управления образования … от 27.10.2020 № 378-а»: the
    /// issuer in the genitive when its first word is one the documents use,
    /// the date before the number.
    public static func approval(_ order: ApprovingOrder) -> String {
        let issuer = order.issuer?.trimmingCharacters(in: .whitespacesAndNewlines)
        let genitive = issuer.flatMap(genitiveOfIssuer)
        var text = "приказом"
        if let genitive { text += " \(genitive)" }
        if let date = order.date { text += " от \(date.russian)" }
        text += " № \(order.number)"
        // An issuer whose case cannot be made is named as written, apart.
        if genitive == nil, let issuer, !issuer.isEmpty { text += " (\(issuer))" }
        return text
    }

    static let issuerHeads: [(String, String)] = [
        ("Управление", "Управления"), ("Комитет", "Комитета"), ("Отдел", "Отдела"),
        ("Департамент", "Департамента"), ("Министерство", "Министерства"), ("Администрация", "Администрации"),
    ]

    static func genitiveOfIssuer(_ issuer: String) -> String? {
        for (nominative, genitive) in issuerHeads where issuer.hasPrefix(nominative + " ") {
            return genitive + issuer.dropFirst(nominative.count)
        }
        return nil
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
