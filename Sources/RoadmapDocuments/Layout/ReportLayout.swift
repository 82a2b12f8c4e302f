import RoadmapModel

extension Report {
    /// The report as printed: heading, the measures table, then the totals,
    /// the on-time share and the overdue list.
    public var blocks: [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        if let appendix = requisites.appendix { blocks.append(.appendix(appendix)) }
        if let issuer { blocks.append(.issuer(issuer)) }
        blocks.append(.heading(heading))
        blocks += preamble.map { .paragraph($0, centered: true) }
        blocks += Self.blocks(of: text.beforeTable)
        blocks.append(.table(measuresTable))
        if !schools.isEmpty {
            blocks.append(.subheading(school == nil ? "Школы программы" : "Школа"))
            blocks.append(.table(schoolsTable))
        }
        blocks.append(.subheading("Итоги на \(asOf.russian)"))
        if let note = countingNote { blocks.append(.paragraph(note)) }
        blocks.append(.table(countsTable))
        blocks.append(.paragraph("Выполнено в срок: \(ReportWording.share(summary.onTime, asOf: asOf))."))
        blocks.append(.subheading("Просроченные мероприятия"))
        if summary.overdue.isEmpty {
            blocks.append(.paragraph("На \(asOf.russian) просроченных мероприятий нет."))
        } else {
            blocks.append(.table(overdueTable))
        }
        blocks += Self.blocks(of: text.afterTotals)
        if requisites.signerPosition != nil || requisites.signerName != nil {
            blocks.append(.signature(position: requisites.signerPosition ?? "", name: requisites.signerName ?? ""))
        }
        if let executor = requisites.executor {
            blocks.append(.executor("Исполнитель: " + [executor, requisites.executorPhone.map { "тел. \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")))
        }
        return blocks
    }

    static func blocks(of parts: [ReportText.Part]) -> [DocumentBlock] {
        parts.map { part in
            switch part {
            case .heading(let text): return .subheading(text)
            case .paragraph(let text): return .paragraph(text)
            }
        }
    }

    /// The programme's schools as seed 002 reports them: programmes, the
    /// «Точка роста», the curator and the partner schools.
    public var schoolsTable: DocumentTable {
        let columns: [DocumentTable.Column] = [
            .init("Школа", weight: 34), .init("Программы", weight: 14), .init("«Точка роста»", weight: 14),
            .init("Куратор", weight: 18), .init("Школы-партнёры", weight: 20),
        ]
        let rows = schools.map { school in
            DocumentTable.Row(.body, [school.name, school.programmes.joined(separator: ", "),
                                      Self.growthPoint(school.growthPoint), school.curator ?? "",
                                      Self.partners(school)])
        }
        return DocumentTable(columns: columns, rows: rows)
    }

    /// The partners, then the agreements with them as the document gives
    /// them: «…; договор о сотрудничестве от 01.10.2020». An agreement's
    /// partners not among the school's are named with it.
    static func partners(_ school: School) -> String {
        let agreements = school.agreements.map { agreement in
            let others = agreement.partners.filter { !school.partners.contains($0) }
            return agreement.label + (others.isEmpty ? "" : " (\(others.joined(separator: ", ")))")
        }
        return ([school.partners.joined(separator: ", ")] + agreements).filter { !$0.isEmpty }.joined(separator: "; ")
    }

    static func growthPoint(_ point: GrowthPoint?) -> String {
        guard let point else { return "" }
        let day = point.opened.map { " \($0.russian)" } ?? ""
        return point.planned ? "планируется\(day)" : "открыта\(day)"
    }

    /// How the totals count, said only when a measure has several
    /// occurrences — per school, recurring, or both — and only for those.
    var countingNote: String? {
        let items = sections.flatMap(\.measures).filter(\.hasSubRows)
        let perSchool = items.contains(where: \.namesSchools)
        let recurring = items.contains { $0.deadline.windows.count > 1 }
        switch (perSchool, recurring) {
        case (true, true):
            return "Считается каждый срок исполнения: мероприятие, которое выполняет каждая школа, — по каждой школе, повторяющееся — по каждому сроку."
        case (true, false):
            return "Мероприятие, которое выполняет каждая школа, считается по каждой школе."
        case (false, true):
            return "Повторяющееся мероприятие считается по каждому сроку."
        case (false, false):
            return nil
        }
    }

    /// «№ п/п / Мероприятие / Срок / Ответственные / Отметка о выполнении»,
    /// section rows across the table, sub-rows under measures that have
    /// several occurrences.
    public var measuresTable: DocumentTable {
        // The mark holds the most text (state, day and note) and the deadline
        // the least: so a sub-row's note wraps on few lines.
        let widths = [6, 34, 13, 16, 31]
        // Rows are made as the writer takes them, one measure's entries at a time.
        let sections = self.sections
        return DocumentTable(columns: zip(Report.columns, widths).map { .init($0, weight: $1) }) { row in
            for section in sections {
                row(.init(.section, [section.caption, "", "", "", ""]))
                for item in section.measures {
                    let measure = item.measure
                    row(.init(.body, [measure.number, measure.title, measure.deadline,
                                      measure.responsible.joined(separator: ", "), item.mark]))
                    guard item.hasSubRows else { continue }
                    let dated = item.deadline.windows.count > 1
                    item.forEachEntry { entry in
                        let due = dated ? (entry.window.map { "до \($0.end.russian)" } ?? "") : ""
                        row(.init(.detail, ["", "- \(entry.label)", due, "", entry.mark]))
                    }
                }
            }
        }
    }

    /// Counts by status: overall, per section, per school.
    public var countsTable: DocumentTable {
        // Each number column as wide as its heading needs, so no heading
        // breaks inside a word («Выполнен|о»); the rest to the labels, so a
        // section's or a school's name wraps on two lines, not seven.
        let columns: [DocumentTable.Column] = [.init("", weight: 36)] + [
            "Всего", "Выполнено", "Выполняется", "Не выполнено", "Отменено", "Запланировано", "Просрочено",
        ].map { .init($0, weight: max(7, $0.count + 2), numeric: true) }
        func cells(_ label: String, _ c: StatusCounts) -> [String] {
            [label] + [c.total, c.done, c.inProgress, c.notDone, c.cancelled, c.planned, c.overdue].map(String.init)
        }
        var rows: [DocumentTable.Row] = [.init(.total, cells("Всего", summary.overall))]
        if !summary.bySection.isEmpty {
            rows.append(.init(.section, ["По разделам"] + Array(repeating: "", count: 7)))
            rows += summary.bySection.map { .init(.body, cells($0.label, $0.counts)) }
        }
        if !summary.bySchool.isEmpty {
            rows.append(.init(.section, ["По школам"] + Array(repeating: "", count: 7)))
            rows += summary.bySchool.map { .init(.body, cells($0.label, $0.counts)) }
        }
        return DocumentTable(columns: columns, rows: rows)
    }

    /// What is late, longest first, with the school and who is responsible.
    public var overdueTable: DocumentTable {
        let columns: [DocumentTable.Column] = [
            .init("№ п/п", weight: 6), .init("Мероприятие", weight: 40), .init("Школа", weight: 18),
            .init("Срок", weight: 10), .init("Дней просрочки", weight: 9, numeric: true),
            .init("Ответственные", weight: 17),
        ]
        // Made as the writer takes them: a region has tens of thousands.
        let overdue = summary.overdue
        return DocumentTable(columns: columns) { row in
            for item in overdue {
                row(.init(.body, [item.measure.number, item.measure.title, item.school?.name ?? "",
                                  item.due.russian, String(item.daysOverdue),
                                  item.measure.responsible.joined(separator: ", ")]))
            }
        }
    }
}
