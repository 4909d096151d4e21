using AllianceBot.Facts.Storage;
using AllianceBot.IntegrationTests.Storage;
using AllianceBot.Testing;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Samples;

public sealed class SampleLoadingTests
{
    private static readonly string Folder = Path.Combine(RepoRoot.Find(), "Tests", "AllianceBot.IntegrationTests", "Fixtures", "SampleArticles");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BotHostStart_LoadSamplesWithEmptyTable_IngestsEverySampleArticle()
    {
        await using var host = await BotHost.StartAsync(Settings(loadSamples: true));
        var articles = host.Services.GetRequiredService<ArticleTable>();

        var first = await articles.GetByUrlAsync("https://fixtures.example/2026/03/02/air-policing", Ct);
        var second = await articles.GetByUrlAsync("https://fixtures.example/2026/03/03/consultations", Ct);

        Assert.Equal("Allies add jets to Baltic air policing", first?.Title);
        Assert.Equal(new DateOnly(2026, 3, 3), second?.Published);
        Assert.True(first!.FactCount + second!.FactCount > 0);
        Assert.False(await host.Services.GetRequiredService<FactTable>().IsEmptyAsync(Ct));
    }

    [Fact]
    public async Task BotHostStart_LoadSamplesWithFactsPresent_LoadsNothing()
    {
        var settings = Settings(loadSamples: true);
        var table = new TableServiceClient(Azurite.ConnectionString).GetTableClient(settings["Facts:TableName"]);
        await new FactTable(table, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<FactTable>.Instance)
            .UpsertFactsAsync([TestFacts.Of(AllianceBot.Facts.Model.FactKind.Event)], Ct);

        await using var host = await BotHost.StartAsync(settings);

        Assert.Null(await host.Services.GetRequiredService<ArticleTable>().GetByUrlAsync("https://fixtures.example/2026/03/02/air-policing", Ct));
    }

    [Fact]
    public async Task BotHostStart_LoadSamplesOff_LoadsNothing()
    {
        await using var host = await BotHost.StartAsync(Settings(loadSamples: false));

        Assert.Null(await host.Services.GetRequiredService<ArticleTable>().GetByUrlAsync("https://fixtures.example/2026/03/02/air-policing", Ct));
    }

    private static Dictionary<string, string?> Settings(bool loadSamples) => new()
    {
        ["Facts:TableName"] = Azurite.UniqueName("facts"),
        ["Facts:ArticleTableName"] = Azurite.UniqueName("articles"),
        ["Facts:LoadSamples"] = loadSamples ? "true" : "false",
        ["Facts:SamplesPath"] = Folder,
    };
}
