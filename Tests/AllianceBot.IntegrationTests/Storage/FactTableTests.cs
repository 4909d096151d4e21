using System.Text.Json;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;

namespace AllianceBot.IntegrationTests.Storage;

public sealed class FactTableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<FactKind> Kinds => new(Enum.GetValues<FactKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task GetFactAsync_AfterUpsertOfEachKind_ReturnsEveryFieldUnchanged(FactKind kind)
    {
        var fixture = new FactTableFixture();
        var fact = TestFacts.Of(kind);

        var added = await fixture.Table.UpsertFactsAsync([fact], Ct);
        var read = await fixture.Table.GetFactAsync(fact.Id, Ct);

        Assert.Equal(1, added);
        Assert.NotNull(read);
        Assert.Equal(Json(fact), Json(read));
    }

    [Fact]
    public async Task UpsertFactsAsync_SameFactsTwice_AddsNoEntity()
    {
        var fixture = new FactTableFixture();
        var facts = Kinds.Select(k => TestFacts.Of(k.Data)).ToList();
        var first = await fixture.Table.UpsertFactsAsync(facts, Ct);
        var entities = await fixture.CountEntitiesAsync(Ct);

        fixture.Time.Advance(TimeSpan.FromDays(2));
        var again = await fixture.Table.UpsertFactsAsync(facts.Select(f => f with { IngestedAt = default }).ToList(), Ct);

        Assert.Equal(facts.Count, first);
        Assert.Equal(0, again);
        Assert.Equal(entities, await fixture.CountEntitiesAsync(Ct));
    }

    [Fact]
    public async Task StoreFactsAsync_KnownFact_KeepsFirstIngestionTime()
    {
        var fixture = new FactTableFixture();
        var fact = TestFacts.Of(FactKind.Event);
        await fixture.Table.UpsertFactsAsync([fact], Ct);

        var result = await fixture.Table.StoreFactsAsync([fact with { IngestedAt = fact.IngestedAt.AddDays(1) }], Ct);

        Assert.Equal(0, result.Added);
        Assert.Equal(fact.IngestedAt, Assert.Single(result.Facts).IngestedAt);
    }

    [Fact]
    public async Task StoreFactsAsync_FactWithoutIdOrTime_GetsDeterministicIdAndNow()
    {
        var fixture = new FactTableFixture();
        var fact = TestFacts.Of(FactKind.Decision) with { Id = string.Empty, IngestedAt = default };

        var stored = Assert.Single((await fixture.Table.StoreFactsAsync([fact, fact], Ct)).Facts);

        Assert.Equal(FactIds.For(fact), stored.Id);
        Assert.Equal(fixture.Time.GetUtcNow(), stored.IngestedAt);
        Assert.NotNull(await fixture.Table.GetFactAsync(stored.Id, Ct));
    }

    [Fact]
    public async Task GetFactAsync_UnknownOrOddId_ReturnsNull()
    {
        var fixture = new FactTableFixture();

        Assert.Null(await fixture.Table.GetFactAsync("0123456789abcdef01234567", Ct));
        Assert.Null(await fixture.Table.GetFactAsync("a/b\\c#d?e' or 1 eq 1", Ct));
    }

    [Fact]
    public async Task QueryFactsAsync_NoFilter_ReturnsAllNewestFirstWithUndatedLast()
    {
        var fixture = new FactTableFixture();
        var facts = new[]
        {
            TestFacts.Of(FactKind.Event, new DateOnly(2026, 1, 5)),
            TestFacts.Of(FactKind.Event, new DateOnly(2026, 2, 5)),
            TestFacts.Of(FactKind.Decision) with { Date = null },
            TestFacts.Of(FactKind.Statement, new DateOnly(2025, 12, 24)),
        }.Select(FactIds.WithId).ToList();
        await fixture.Table.UpsertFactsAsync(facts, Ct);
        fixture.Recorder.Requests.Clear();

        var page = await fixture.Table.QueryFactsAsync(new FactQuery(), null, Ct);

        Assert.Equal([facts[1].Id, facts[0].Id, facts[3].Id, facts[2].Id], page.Facts.Select(f => f.Id));
        Assert.Null(page.ContinuationToken);
        Assert.All(fixture.Recorder.QueryFilters, f => Assert.StartsWith("PartitionKey eq 'all'", f, StringComparison.Ordinal));
    }

    private static string Json(Fact fact) => JsonSerializer.Serialize(fact, FactJson.Options);
}
