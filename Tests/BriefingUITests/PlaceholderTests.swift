import Testing

@Suite struct UIPlaceholderTests {
    @Test func nothingYet() { #expect(Bool(true)) }
}
