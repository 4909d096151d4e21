using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class StatementRuleTests
{
    private static readonly DateOnly Published = new(2024, 5, 16);

    private static List<Fact> Statements(IReadOnlyList<Fact> facts) => facts.Where(f => f.Kind == FactKind.Statement).ToList();

    [Fact]
    public void Apply_QuoteOverTwoParagraphs_IsOneStatementWithTheVerbatimText()
    {
        var article = Extraction.Fixture("norway-minister");

        var statement = Assert.Single(Statements(Extraction.Extractor.Extract(article)));

        Assert.Equal(("Bjorn Arild Gram", "Norway's defence minister"), (statement.Speaker, statement.Role));
        Assert.StartsWith("We see more Russian activity", statement.Quote, StringComparison.Ordinal);
        Assert.EndsWith("to join the exercises", statement.Quote, StringComparison.Ordinal);
        Assert.Contains(statement.Quote!, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_QuoteThatOpensTheNextSentence_KeepsTheSpeaker()
    {
        var facts = Extraction.FactsOf("baltic-article4");

        Assert.Equal("Ruta Vaitkute", Statements(facts).Single(f => f.Quote == "No ally should face this alone.").Speaker);
    }

    [Fact]
    public void Apply_SaidThatBeforeTheQuote_AttributesIt()
    {
        var facts = Extraction.FactsOf("romania-article5");

        Assert.Equal("Klaus Iohannis", Statements(facts).Single(f => f.Quote!.StartsWith("rock solid", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Apply_AccordingTo_AttributesTheQuote()
    {
        var facts = Extraction.FactsOf("council-decision");

        Assert.Equal("Tomasz Wrobel", Statements(facts).Single(f => f.Quote!.StartsWith("protect every family", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Apply_ToldReportersBeforeTheQuote_AttributesIt()
    {
        var facts = Extraction.FactsOf("council-decision");

        Assert.Equal("Anna Kovacs", Statements(facts).Single(f => f.Quote!.StartsWith("we will defend", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Apply_ScareQuoteOfOneWord_IsNoStatement()
    {
        var facts = Extraction.FactsOf("Officials called the flight a “provocation” and said nothing more.", Published);

        Assert.Empty(Statements(facts));
    }

    [Fact]
    public void Apply_QuoteWithoutSpeaker_IsNoStatement()
    {
        var facts = Extraction.FactsOf("The treaty, which says members “will consult together when threatened,” dates from 1949.", Published);

        Assert.Empty(Statements(facts));
    }

    [Fact]
    public void Apply_StatementWithoutDate_IsDatedOnPublication()
    {
        var facts = Extraction.FactsOf("british-estonia");

        Assert.Equal(new DateOnly(2024, 3, 12), Statements(facts).Single(f => f.Speaker == "Liis Tamm").Date);
    }

    [Fact]
    public void Apply_CurlyQuoteMarksInsideQuote_StayAsWritten()
    {
        const string text = "“We are ready.\n\n“We will not wait,” said Defence Minister Ingrid Solberg.";

        var statement = Assert.Single(Statements(Extraction.FactsOf(text, Published)));

        Assert.Equal("We are ready.\n\n“We will not wait", statement.Quote);
    }
}
