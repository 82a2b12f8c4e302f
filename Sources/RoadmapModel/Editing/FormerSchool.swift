extension School {
    /// Whether the school has left the programme by this day (a former school).
    public func hasLeft(by day: Day) -> Bool {
        guard let left else { return false }
        return left <= day
    }
}
