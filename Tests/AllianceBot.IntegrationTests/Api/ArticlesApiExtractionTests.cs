using System.Net;
using System.Text.Json;

namespace AllianceBot.IntegrationTests.Api;

/// <summary>The ingestion API with the real extractor: what is posted comes back as facts, and the queries find them.</summary>
public sealed class ArticlesApiExtractionTests
{
    private const string Url = "https://wire.example/2026/03/04/ministers";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostArticles_TextWithRequestAndQuote_ReturnsGroundedFactsOfThoseKinds()
    {
        await using var host = await ApiHosts.StartAsync();
        var text = Text(ApiHosts.TextArticle(Url));

        using var response = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle(Url));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var facts = (await ApiHosts.JsonAsync(response)).GetProperty("facts").EnumerateArray().ToList();
        var request = Assert.Single(facts, f => f.GetProperty("kind").GetString() == "article4_request");
        Assert.Equal(["Lithuania", "Poland"], request.GetProperty("requesters").EnumerateArray().Select(c => c.GetString()).Order());
        var statement = Assert.Single(facts, f => f.GetProperty("kind").GetString() == "statement");
        Assert.Equal("Jana Example", statement.GetProperty("speaker").GetString());
        Assert.Contains(statement.GetProperty("quote").GetString()!, text, StringComparison.Ordinal);
        Assert.All(facts, f => Assert.Contains(f.GetProperty("evidence").GetString()!, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("country=lithuania", "article4_request")]
    [InlineData("speaker=Jana%20Example&kind=statement", "statement")]
    [InlineData("q=every%20inch", "statement")]
    [InlineData("kind=article4_request&since=2026-03-01&until=2026-03-04", "article4_request")]
    public async Task GetFacts_AfterIngestion_FindsTheExtractedFact(string query, string kind)
    {
        await using var host = await ApiHosts.StartAsync();
        using var posted = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle(Url));

        using var response = await host.Client.GetAsync("api/facts?" + query, Ct);

        var found = Assert.Single((await ApiHosts.JsonAsync(response)).GetProperty("facts").EnumerateArray());
        Assert.Equal(kind, found.GetProperty("kind").GetString());
        Assert.Equal(Url, found.GetProperty("source").GetProperty("url").GetString());
        using var byId = await host.Client.GetAsync("api/facts/" + found.GetProperty("id").GetString(), Ct);
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
    }

    private static string Text(object article) =>
        JsonSerializer.SerializeToElement(article).GetProperty("text").GetString()!;
}
