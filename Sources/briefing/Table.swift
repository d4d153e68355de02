/// A plain-text table with columns padded to their widest cell (the last column is not padded).
enum Table {
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let all = [header] + rows
        let counts = all.map { row in row.map(\.count) }
        // The last column is never padded, so its width (a list of documents can be long) does not matter.
        let widths = header.indices.map { i in i == header.count - 1 ? 0 : counts.map { $0[i] }.max() ?? 0 }
        return all.indices.map { r in
            all[r].indices.map { i in
                let cell = all[r][i]
                if i == all[r].count - 1 { return cell }
                let pad = String(repeating: " ", count: widths[i] - counts[r][i])
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
