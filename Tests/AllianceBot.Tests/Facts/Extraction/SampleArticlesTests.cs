using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Model;
using AllianceBot.Testing;

namespace AllianceBot.Tests.Facts.Extraction;

/// <summary>The sample articles ./run.sh loads must answer the questions a new user asks first.</summary>
public sealed class SampleArticlesTests
{
    private static IReadOnlyList<Fact> FactsOf(string sample) =>
        Extraction.Extractor.Extract(ArticleFile.Parse(File.ReadAllText(Path.Combine(RepoRoot.Find(), "samples", "articles", sample + ".txt")), "https://example.org/" + sample));

    private static List<Fact> AllFacts() =>
        Directory.GetFiles(Path.Combine(RepoRoot.Find(), "samples", "articles"), "*.txt").Select(Path.GetFileNameWithoutExtension).SelectMany(n => FactsOf(n!)).ToList();

    [Theory]
    [InlineData("01-article4-request", new[] { FactKind.Article4Request, FactKind.Statement })]
    [InlineData("02-article5-stance", new[] { FactKind.Article5, FactKind.Statement })]
    [InlineData("03-us-deployments", new[] { FactKind.Deployment, FactKind.Statement })]
    [InlineData("04-no-troops-in-ukraine", new[] { FactKind.Deployment, FactKind.Statement, FactKind.Decision })]
    [InlineData("05-response-force", new[] { FactKind.Decision, FactKind.Deployment, FactKind.Statement })]
    public void Extract_Sample_YieldsTheKindsItIsMeantFor(string sample, FactKind[] kinds)
    {
        var found = FactsOf(sample).Select(f => f.Kind).ToHashSet();

        Assert.All(kinds, k => Assert.Contains(k, found));
    }

    [Fact]
    public void Extract_Samples_NameTheArticle4Requesters()
    {
        var requesters = AllFacts().Where(f => f.Kind == FactKind.Article4Request).SelectMany(f => f.Requesters).ToHashSet();

        Assert.Superset(new HashSet<string> { "Poland", "Lithuania", "Latvia", "Estonia" }, requesters);
    }

    [Fact]
    public void Extract_Samples_TellWhetherArticle5WasInvoked()
    {
        var stances = AllFacts().Where(f => f.Kind == FactKind.Article5).Select(f => f.Stance).ToHashSet();

        Assert.Superset(new HashSet<Article5Stance?> { Article5Stance.Invoked, Article5Stance.NotInvoked, Article5Stance.Commitment }, stances);
    }

    [Fact]
    public void Extract_Samples_TellWhereTheUsSendsTroops()
    {
        var to = AllFacts().Where(f => f is { Kind: FactKind.Deployment, By: "United States" } && f.Assets.Contains("troops")).SelectMany(f => f.To).ToHashSet();

        Assert.Superset(new HashSet<string> { "Poland", "Romania" }, to);
    }

    [Fact]
    public void Extract_Samples_QuoteStoltenberg()
    {
        Assert.Contains(AllFacts(), f => f is { Kind: FactKind.Statement, Speaker: "Jens Stoltenberg" });
    }

    [Fact]
    public void Extract_Samples_DenyNatoTroopsInUkraine()
    {
        Assert.Contains(AllFacts(), f => f is { Kind: FactKind.Deployment, By: "NATO", Certainty: Certainty.Denied } && f.To.Contains("Ukraine"));
    }
}
