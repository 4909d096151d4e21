using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;

namespace AllianceBot.IntegrationTests.Storage;

/// <summary>Each documented query returns the right facts and reads only its partition(s), checked on the wire.</summary>
public sealed class FactTableQueryTests
{
    private const string OtherUrl = "https://other.example/news/1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueryFactsAsync_ByKindAndDates_ReadsKindPartitionWithinRange()
    {
        var (fixture, facts) = await SeedAsync();
        var expected = facts.Where(f => f.Kind == FactKind.Event && f.Date >= new DateOnly(2026, 3, 5) && f.Date <= new DateOnly(2026, 3, 10));

        var page = await fixture.Table.QueryFactsAsync(
            new FactQuery { Kind = FactKind.Event, Since = new DateOnly(2026, 3, 5), Until = new DateOnly(2026, 3, 10) }, null, Ct);

        Assert.Equal(2, expected.Count());
        AssertNewestFirst(expected, page);
        AssertOnlyPartitions(fixture, "kind|event");
    }

    [Fact]
    public async Task QueryFactsAsync_ByCountry_ReadsCountryPartitionIgnoringCase()
    {
        var (fixture, facts) = await SeedAsync();
        var expected = facts.Where(f => f.Countries.Concat(f.To).Contains("Romania"));

        var page = await fixture.Table.QueryFactsAsync(new FactQuery { Country = "  romania " }, null, Ct);

        AssertNewestFirst(expected, page);
        AssertOnlyPartitions(fixture, "country|romania");
    }

    [Fact]
    public async Task QueryFactsAsync_BySpeakerAndKind_ReadsSpeakerPartition()
    {
        var (fixture, facts) = await SeedAsync();
        var expected = facts.Where(f => f.Speaker == "Kaja Example");

        var page = await fixture.Table.QueryFactsAsync(new FactQuery { Speaker = "KAJA EXAMPLE", Kind = FactKind.Statement }, null, Ct);

        AssertNewestFirst(expected, page);
        AssertOnlyPartitions(fixture, "speaker|kaja example");
        Assert.Contains(fixture.Recorder.QueryFilters, f => f.Contains("Kind eq 'statement'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueryFactsAsync_BySource_ReadsThatArticlesPartition()
    {
        var (fixture, facts) = await SeedAsync();
        var expected = facts.Where(f => f.Source.Url == OtherUrl);

        var page = await fixture.Table.QueryFactsAsync(new FactQuery { SourceUrl = OtherUrl }, null, Ct);

        AssertNewestFirst(expected, page);
        AssertOnlyPartitions(fixture, "source|" + FactKeys.SourceKey(OtherUrl));
    }

    [Fact]
    public async Task QueryFactsAsync_ByCountryAndSource_NarrowsCountryPartitionBySourceColumn()
    {
        var (fixture, facts) = await SeedAsync();
        var expected = facts.Where(f => f.Source.Url == OtherUrl && f.Countries.Contains("Ukraine"));

        var page = await fixture.Table.QueryFactsAsync(new FactQuery { Country = "Ukraine", SourceUrl = OtherUrl }, null, Ct);

        AssertNewestFirst(expected, page);
        AssertOnlyPartitions(fixture, "country|ukraine");
    }

    [Fact]
    public async Task QueryFactsAsync_IngestedSince_ReadsOnlyRecentIngestionDaysLatestFirst()
    {
        var fixture = new FactTableFixture(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var old = TestFacts.Of(FactKind.Event, suffix: " old") with { IngestedAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero) };
        var day8 = TestFacts.Of(FactKind.Event, suffix: " 8") with { IngestedAt = new DateTimeOffset(2026, 3, 8, 8, 0, 0, TimeSpan.Zero) };
        var day9 = TestFacts.Of(FactKind.Decision, suffix: " 9") with { IngestedAt = new DateTimeOffset(2026, 3, 9, 7, 0, 0, TimeSpan.Zero) };
        var day10 = TestFacts.Of(FactKind.Statement, suffix: " 10") with { IngestedAt = new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero) };
        await fixture.Table.UpsertFactsAsync([old, day8, day9, day10], Ct);
        fixture.Recorder.Requests.Clear();

        var page = await fixture.Table.QueryFactsAsync(new FactQuery { IngestedSince = new DateTimeOffset(2026, 3, 8, 9, 0, 0, TimeSpan.Zero) }, null, Ct);

        Assert.Equal([day10.Id, day9.Id], page.Facts.Select(f => f.Id));
        AssertOnlyPartitions(fixture, "ingested|2026-03-10", "ingested|2026-03-09", "ingested|2026-03-08");
    }

    [Fact]
    public async Task QueryFactsAsync_IngestedSinceAcrossDaysInSmallPages_ReturnsEachFactOnce()
    {
        var fixture = new FactTableFixture(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var facts = Enumerable.Range(0, 7).Select(i => TestFacts.Of(FactKind.Event, suffix: $" {i}") with
        {
            IngestedAt = new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero).AddHours(-13 * i),
        }).ToList();
        await fixture.Table.UpsertFactsAsync(facts, Ct);

        var read = await ReadAllAsync(fixture.Table, new FactQuery { IngestedSince = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), Top = 2 });

        Assert.Equal(facts.Select(f => f.Id), read.Select(f => f.Id));
    }

    [Fact]
    public async Task QueryFactsAsync_MoreThanThousandFacts_PagesThroughAllOnceNewestFirst()
    {
        var fixture = new FactTableFixture();
        var start = new DateOnly(2020, 1, 1);
        var facts = Enumerable.Range(0, 1_150)
            .Select(i => TestFacts.Of(i % 2 == 0 ? FactKind.Event : FactKind.Decision, start.AddDays(i), suffix: $" {i}"))
            .ToList();
        Assert.Equal(facts.Count, await fixture.Table.UpsertFactsAsync(facts, Ct));

        var first = await fixture.Table.QueryFactsAsync(new FactQuery { Top = 1000 }, null, Ct);
        var read = await ReadAllAsync(fixture.Table, new FactQuery { Top = 1000 });
        var events = await ReadAllAsync(fixture.Table, new FactQuery { Kind = FactKind.Event, Top = 111 });

        Assert.Equal(1000, first.Facts.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(facts.OrderByDescending(f => f.Date).Select(f => f.Id), read.Select(f => f.Id));
        Assert.Equal(facts.Where(f => f.Kind == FactKind.Event).OrderByDescending(f => f.Date).Select(f => f.Id), events.Select(f => f.Id));
    }

    [Theory]
    [InlineData("' or PartitionKey ne '")]
    [InlineData("x') or (true")]
    [InlineData("Romania' or Kind ne 'x")]
    [InlineData("%27 or 1 eq 1")]
    public async Task QueryFactsAsync_FilterValueWithQuotesOrOperators_ReturnsNothingForeign(string hostile)
    {
        var (fixture, _) = await SeedAsync();

        var byCountry = await fixture.Table.QueryFactsAsync(new FactQuery { Country = hostile }, null, Ct);
        var bySpeaker = await fixture.Table.QueryFactsAsync(new FactQuery { Speaker = hostile, Kind = FactKind.Statement }, null, Ct);
        var bySource = await fixture.Table.QueryFactsAsync(new FactQuery { SourceUrl = hostile }, null, Ct);
        var narrowed = await fixture.Table.QueryFactsAsync(new FactQuery { Kind = FactKind.Event, Speaker = null, SourceUrl = hostile }, null, Ct);

        Assert.Empty(byCountry.Facts);
        Assert.Empty(bySpeaker.Facts);
        Assert.Empty(bySource.Facts);
        Assert.Empty(narrowed.Facts);
    }

    [Fact]
    public async Task QueryFactsAsync_TokenOfAnotherQueryOrGarbage_ThrowsFormatException()
    {
        var (fixture, _) = await SeedAsync();
        var page = await fixture.Table.QueryFactsAsync(new FactQuery { Top = 1 }, null, Ct);

        await Assert.ThrowsAsync<FormatException>(() => fixture.Table.QueryFactsAsync(new FactQuery { Country = "Romania" }, page.ContinuationToken, Ct));
        await Assert.ThrowsAsync<FormatException>(() => fixture.Table.QueryFactsAsync(new FactQuery(), "not a token!", Ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task QueryFactsAsync_TopOutOfRange_Throws(int top)
    {
        var fixture = new FactTableFixture();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Table.QueryFactsAsync(new FactQuery { Top = top }, null, Ct));
    }

    private static async Task<(FactTableFixture Fixture, List<Fact> Facts)> SeedAsync()
    {
        var fixture = new FactTableFixture();
        var facts = new List<Fact>();
        var day = new DateOnly(2025, 12, 20);
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            for (var i = 0; i < 3; i++)
            {
                facts.Add(TestFacts.Of(kind, day, i == 2 ? OtherUrl : null, $" {i}"));
                day = day.AddDays(5);
            }
        }

        await fixture.Table.UpsertFactsAsync(facts, Ct);
        fixture.Recorder.Requests.Clear();
        return (fixture, facts);
    }

    private static async Task<List<Fact>> ReadAllAsync(FactTable table, FactQuery query)
    {
        var all = new List<Fact>();
        string? token = null;
        do
        {
            var page = await table.QueryFactsAsync(query, token, Ct);
            Assert.True(page.Facts.Count <= query.Top);
            all.AddRange(page.Facts);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    private static void AssertNewestFirst(IEnumerable<Fact> expected, FactPage page)
    {
        var ids = expected.OrderByDescending(f => f.Date).Select(f => f.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids, page.Facts.Select(f => f.Id));
    }

    private static void AssertOnlyPartitions(FactTableFixture fixture, params string[] partitions)
    {
        var filters = fixture.Recorder.QueryFilters;
        Assert.NotEmpty(filters);
        Assert.All(filters, f => Assert.Contains(partitions, p => f.StartsWith($"PartitionKey eq '{p}'", StringComparison.Ordinal)));
    }
}
