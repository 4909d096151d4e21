using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Model;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Tests.Facts.Extraction;

/// <summary>The real extractor and its parts, built by <c>AddFactExtraction()</c>, and the fixture articles.</summary>
internal static class Extraction
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddFactExtraction().BuildServiceProvider();

    public static readonly string[] FixtureNames =
        ["baltic-article4", "british-estonia", "norway-minister", "canada-denial", "romania-article5", "council-decision"];

    public static FactExtractor Extractor => Services.GetRequiredService<FactExtractor>();

    public static T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static Article Fixture(string name) =>
        ArticleFile.Parse(File.ReadAllText(Path.Combine(RepoRoot.Find(), "Tests", "AllianceBot.Tests", "Facts", "Extraction", "Fixtures", name + ".txt")), "https://example.org/" + name);

    public static IReadOnlyList<Fact> FactsOf(string fixture) => Extractor.Extract(Fixture(fixture));

    public static IReadOnlyList<Fact> FactsOf(string text, DateOnly published) =>
        Extractor.Extract(new Article("https://example.org/inline", "Inline", "Example Wire", published, text));

    public static AnalyzedArticle Analyze(string text, DateOnly published) =>
        Get<ArticleAnalyzer>().Analyze(new Article("https://example.org/inline", null, null, published, text));
}
