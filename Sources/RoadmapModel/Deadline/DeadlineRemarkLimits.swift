/// «Ежемесячно (до 25 числа)»: a bracketed day limit is a limit, not only
/// a remark, when the dates before it are one monthly or quarterly
/// recurrence without a limit of its own. The remark is still kept.
extension DeadlineGrammar {
    func applyingRemarkLimits(_ remarks: [String], to items: [DeadlineItem]) -> [DeadlineItem] {
        guard items.count == 1, case .recurring(let recurrence, nil, let within) = items[0],
              recurrence == .monthly || recurrence == .quarterly else { return items }
        for remark in remarks {
            guard let inner = self.items(of: DeadlineSpelling.repaired(DeadlineTokenizer.tokens(remark))),
                  inner.count == 1, case .recurring(.monthly, let limit?, nil) = inner[0] else { continue }
            return [.recurring(recurrence, dayLimit: limit, within: within)]
        }
        return items
    }
}
