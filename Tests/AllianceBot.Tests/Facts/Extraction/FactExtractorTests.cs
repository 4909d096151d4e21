using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class FactExtractorTests
{
    public static TheoryData<string> Fixtures() => new(Extraction.FixtureNames);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Extract_EveryQuote_IsAVerbatimSubstringOfTheArticle(string fixture)
    {
        var article = Extraction.Fixture(fixture);

        var quotes = Extraction.Extractor.Extract(article).Where(f => f.Kind == FactKind.Statement).Select(f => f.Quote!).ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q, article.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Extract_EveryEvidence_IsAVerbatimSubstringOfTheArticle(string fixture)
    {
        var article = Extraction.Fixture(fixture);

        var facts = Extraction.Extractor.Extract(article);

        Assert.All(facts, f => Assert.Contains(f.Evidence, article.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Extract_EveryFact_HasItsDeterministicIdSourceAndSummary(string fixture)
    {
        var article = Extraction.Fixture(fixture);

        var facts = Extraction.Extractor.Extract(article);

        Assert.All(facts, f => Assert.Equal(FactIds.For(f), f.Id));
        Assert.All(facts, f => Assert.Equal((article.Url, article.Published), (f.Source.Url, f.Source.Published)));
        Assert.All(facts, f => Assert.EndsWith(".", f.Summary.TrimEnd('"'), StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CrLfText_QuotesStayVerbatim()
    {
        var article = Extraction.Fixture("norway-minister");
        var windows = article with { Text = article.Text.Replace("\n", "\r\n", StringComparison.Ordinal) };

        var statement = Extraction.Extractor.Extract(windows).Single(f => f.Kind == FactKind.Statement);

        Assert.Contains("\r\n\r\n", statement.Quote, StringComparison.Ordinal);
        Assert.Contains(statement.Quote!, windows.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SameArticleTwice_GivesTheSameIds()
    {
        var article = Extraction.Fixture("council-decision");

        Assert.Equal(Extraction.Extractor.Extract(article).Select(f => f.Id), Extraction.Extractor.Extract(article).Select(f => f.Id));
    }

    [Fact]
    public void Extract_TextWithoutAllianceNews_GivesNoFacts()
    {
        var facts = Extraction.FactsOf("The bakery on Main Street opened on Monday. “The bread is good,” a customer said.", new DateOnly(2024, 5, 16));

        Assert.DoesNotContain(facts, f => f.Kind != FactKind.Statement);
    }
}
