using AllianceBot.Facts.Extraction;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class QuoteFinderTests
{
    private readonly QuoteFinder finder = new();

    private string[] Quotes(string text) =>
        finder.Find(text).Select(q => text[q.Content(text).Start..q.Content(text).End]).ToArray();

    [Fact]
    public void Find_CurlyQuotes_ReturnsTheWordsWithoutTrailingComma()
    {
        Assert.Equal(["We stand ready"], Quotes("“We stand ready,” the minister said."));
    }

    [Fact]
    public void Find_StraightQuotes_PairsThemInTurn()
    {
        Assert.Equal(["One.", "Two."], Quotes("He said \"One.\" Then he said \"Two.\""));
    }

    [Fact]
    public void Find_QuoteReopenedInNextParagraph_IsOneQuotation()
    {
        const string text = "“We will help.\n\n“We will not wait,” she said.";

        Assert.Equal(["We will help.\n\n“We will not wait"], Quotes(text));
    }

    [Fact]
    public void Find_QuoteLeftOpenAtParagraphEnd_IsDropped()
    {
        Assert.Empty(Quotes("He said “this never closes.\n\nA new paragraph."));
    }

    [Fact]
    public void Find_Apostrophes_AreNotQuoteMarks()
    {
        Assert.Empty(Quotes("Norway’s minister and the alliance's envoy met."));
    }
}
