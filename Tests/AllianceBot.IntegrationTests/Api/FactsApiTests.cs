using System.Net;
using System.Text.Json;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using AllianceBot.IntegrationTests.Storage;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Api;

public sealed class FactsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetFacts_ByKindAndCountry_ReturnsThoseFactsAsCamelCaseJsonNewestFirst()
    {
        await using var host = await ApiHosts.StartAsync();
        var facts = await SeedAsync(host);
        var expected = facts.Where(f => f.Kind == FactKind.Deployment).OrderByDescending(f => f.Date).Select(f => f.Id);

        using var response = await host.Client.GetAsync("api/facts?kind=deployment&country=romania&since=2026-01-01", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ApiHosts.JsonAsync(response);
        var returned = json.GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(expected, returned.Select(f => f.GetProperty("id").GetString()));
        Assert.Equal("deployment", returned[0].GetProperty("kind").GetString());
        Assert.Equal("expected", returned[0].GetProperty("certainty").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("continuationToken").ValueKind);
    }

    [Fact]
    public async Task GetFacts_SmallPages_FollowTokensThroughAllFactsOnce()
    {
        await using var host = await ApiHosts.StartAsync();
        var facts = await SeedAsync(host);
        var seen = new List<string>();
        var url = "api/facts?top=4";

        while (url is not null)
        {
            using var response = await host.Client.GetAsync(url, Ct);
            var json = await ApiHosts.JsonAsync(response);
            seen.AddRange(json.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            url = json.GetProperty("continuationToken").GetString() is { } token ? "api/facts?top=4&continuationToken=" + Uri.EscapeDataString(token) : null;
        }

        Assert.Equal(facts.OrderByDescending(f => f.Date).Select(f => f.Id), seen);
    }

    [Fact]
    public async Task GetFacts_WithQuery_ReturnsOnlyFactsHoldingEveryWordAcrossPages()
    {
        await using var host = await ApiHosts.StartAsync();
        var facts = await SeedAsync(host);
        var expected = facts.Where(f => f.Evidence.Contains("Deployment", StringComparison.Ordinal) && f.Evidence.Contains(" 1,", StringComparison.Ordinal));
        var seen = new List<string>();
        var url = "api/facts?q=deployment%201&top=1";

        while (url is not null)
        {
            var json = await ApiHosts.JsonAsync(await host.Client.GetAsync(url, Ct));
            seen.AddRange(json.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            url = json.GetProperty("continuationToken").GetString() is { } token ? "api/facts?q=deployment%201&top=1&continuationToken=" + Uri.EscapeDataString(token) : null;
        }

        Assert.Equal(expected.Select(f => f.Id), seen);
    }

    [Theory]
    [InlineData("kind=treaty", "kind")]
    [InlineData("since=2026-13-01", "since")]
    [InlineData("until=yesterday", "until")]
    [InlineData("since=2026-03-02&until=2026-03-01", "since")]
    [InlineData("top=0", "top")]
    [InlineData("top=1001", "top")]
    [InlineData("top=ten", "top")]
    [InlineData("ingestedSince=soon", "ingestedSince")]
    [InlineData("continuationToken=not-a-token", "continuationToken")]
    public async Task GetFacts_BadParameter_Returns400NamingIt(string query, string named)
    {
        await using var host = await ApiHosts.StartAsync();

        using var response = await host.Client.GetAsync("api/facts?" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (await ApiHosts.JsonAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFactById_KnownAndUnknown_Returns200WithFactOr404WithMessage()
    {
        await using var host = await ApiHosts.StartAsync();
        var fact = (await SeedAsync(host))[0];

        using var known = await host.Client.GetAsync("api/facts/" + fact.Id, Ct);
        using var unknown = await host.Client.GetAsync("api/facts/ffffffffffffffffffffffff", Ct);

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(fact, FactJson.Options), (await ApiHosts.JsonAsync(known)).GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("ffffffffffffffffffffffff", (await ApiHosts.JsonAsync(unknown)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("read-key", HttpStatusCode.OK)]
    public async Task GetFacts_OutsideDevelopment_NeedsTheKey(string? sent, HttpStatusCode expected)
    {
        await using var host = await ApiHosts.StartAsync(environment: "Production", adminKey: "read-key");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/facts");
        if (sent is not null)
        {
            request.Headers.Add("x-functions-key", sent);
        }

        using var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<List<Fact>> SeedAsync(BotHost host)
    {
        var facts = Enum.GetValues<FactKind>()
            .SelectMany(k => Enumerable.Range(0, 2).Select(i => TestFacts.Of(k, new DateOnly(2026, 1, 1).AddDays((int)k * 10 + i), suffix: $" {i}")))
            .ToList();
        await host.Services.GetRequiredService<FactTable>().UpsertFactsAsync(facts, Ct);
        return facts;
    }
}
